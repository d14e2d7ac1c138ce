"""Drives one bulk import: worker thread, progress with cancel, then per-file results."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog

from desktop.gui.error_dialogs import show_error
from desktop.gui.i18n.core_text import core_text
from desktop.gui.importing.encoding_choice_dialog import PREVIEW_BYTES, EncodingChoiceDialog
from desktop.gui.importing.import_results_dialog import ImportResultsDialog
from desktop.gui.importing.import_worker import ImportWorker
from desktop.gui.plain_text import plain_label
from desktop.services.library_service import ImportReport

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

# Under this many files the progress dialog would only flash: it appears after a short delay.
PROGRESS_DELAY_MS = 400


def _tr(text: str) -> str:
    return QCoreApplication.translate("Importing", text)


class ImportRunner(QObject):
    """One import at a time per window; `finished(report)` once results are shown."""

    finished = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.worker_thread: QThread | None = None
        self.worker: ImportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.results_dialog: ImportResultsDialog | None = None
        self._files_done = 0
        self.last_report: ImportReport | None = None

    @property
    def running(self) -> bool:
        return self.worker_thread is not None

    def start(self, paths: list[Path]) -> bool:
        if self.running:
            self.window.show_status(_tr("Đang nhập dở: hãy chờ lần nhập trước xong hoặc hủy nó."))
            return False
        if self.window.services.store.read_only:
            show_error(self.window, _read_only_error())
            return False
        self.progress = QProgressDialog(_tr("Đang đọc các tệp…"), _tr("Dừng nhập"), 0, 0, self.window)
        self.progress.setLabel(plain_label(_tr("Đang đọc các tệp…")))  # file names are text, never HTML
        self.progress.setWindowTitle(_tr("Nhập bài viết"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self._files_done = 0
        self.worker = ImportWorker(self.window.services, list(paths))
        self.worker_thread = QThread(self)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_worker_progressed)
        self.worker.reading.connect(self._on_worker_reading)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self.progress.canceled.connect(self.cancel)
        self.window.show_status(_tr("Đang nhập bài viết…"), 0)
        self.worker_thread.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            if self.progress is not None:
                self.progress.setLabelText(_tr("Đang dừng sau bài đang đọc…"))

    def _on_worker_progressed(self, done: int, total: int, name: str) -> None:
        self._files_done = done
        if self.progress is None:
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        if self.worker is not None and not self.worker.cancel_requested:
            self.progress.setLabelText(_tr("Đang nhập %1/%2: %3").replace("%1", str(done)).replace("%2", str(total)).replace("%3", name))

    def _on_worker_reading(self, name: str, done: int, total: int) -> None:
        """Pages of one long file: the bar follows them while no other file has finished."""
        if self.progress is None or self.worker is None or self.worker.cancel_requested:
            return
        if self._files_done == 0:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)
        text = _tr("Đang đọc “%1”: trang %2/%3").replace("%1", name).replace("%2", str(done)).replace("%3", str(total))
        self.progress.setLabelText(text)

    def _stop_thread(self) -> None:
        if self.worker_thread is not None:
            self.worker_thread.quit()
            self.worker_thread.wait()
            self.worker_thread.deleteLater()
        if self.worker is not None:
            self.worker.deleteLater()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        self.worker_thread, self.worker, self.progress = None, None, None

    def _on_worker_failed(self, error: BaseException) -> None:
        self._stop_thread()
        self.window.show_status("")
        show_error(self.window, error)

    def _on_worker_finished(self, report: ImportReport) -> None:
        self._stop_thread()
        for path in list(report.unsure):
            encoding = self.choose_encoding(path)
            if encoding is None:
                report.failures.append((path.name, _tr("Không nhập được “%1”: chưa chọn bảng mã.").replace("%1", path.name)))
                continue
            chosen = self.window.services.library.import_file(path, encoding=encoding)
            report.added += chosen.added
            report.duplicates += chosen.duplicates
            report.failures += chosen.failures
        report.unsure.clear()
        self.last_report = report
        self.window.show_status(core_text(report.summary()))
        if report.added:
            self.window.open_article(report.added[0].id)
        self.results_dialog = ImportResultsDialog(report, self.window.open_article, self.window)
        self.results_dialog.show()
        self.finished.emit(report)

    def choose_encoding(self, path: Path) -> str | None:
        """Ask the user which encoding an unclear file is in; None when they decline."""
        try:
            with path.open("rb") as handle:
                data = handle.read(PREVIEW_BYTES)
        except OSError:
            return None
        dialog = EncodingChoiceDialog(path.name, data, self.window)
        return dialog.chosen_encoding() if dialog.exec() else None


def _read_only_error() -> Exception:
    from desktop.domain.errors import UserError

    return UserError(_tr("Thư viện đang mở ở chế độ chỉ đọc: không thể nhập bài viết."))

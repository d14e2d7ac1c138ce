"""Import an article from a web address: the page is fetched off the GUI thread, with cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.article import ArticleMeta
from desktop.gui.background_task import BackgroundTask
from desktop.gui.i18n.core_text import core_text
from desktop.services import Services
from desktop.services.library_service import ImportReport


def _tr(text: str) -> str:
    return QCoreApplication.translate("UrlImport", text)


class UrlImportDialog(QDialog):
    """Type or paste an address, press Nhập: the page is fetched and read in the background;
    Dừng stops it. `added` holds the new article once the dialog is accepted."""

    def __init__(self, services: Services, address: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Nhập từ địa chỉ web"))
        self.setObjectName("urlImportDialog")
        self.services = services
        self.added: ArticleMeta | None = None
        self.report: ImportReport | None = None
        self._cancel = threading.Event()
        self._task: BackgroundTask | None = None
        self.address_edit = QLineEdit(address)
        self.address_edit.setObjectName("urlAddress")
        self.address_edit.setPlaceholderText(_tr("vd. https://baochinhphu.vn/…"))
        self.address_edit.textChanged.connect(self._on_address_edit_text_changed)
        explanation = QLabel(
            _tr(
                "Dán địa chỉ của một bài báo hoặc một văn bản trên cổng thông tin. Chỉ phần bài viết được "
                "giữ lại (bỏ menu, quảng cáo, tin liên quan); địa chỉ được lưu làm nguồn của bài."
            )
        )
        explanation.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("urlImportStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # a page's or server's words are never markup
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a download has no known length
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_tr("&Nhập"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(_tr("Đóng"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self._on_buttons_rejected)
        form = QFormLayout()
        form.addRow(_tr("Địa &chỉ:"), self.address_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(620, 200)
        self._on_address_edit_text_changed()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _on_address_edit_text_changed(self, *_args: object) -> None:
        self.ok_button.setEnabled(bool(self.address_edit.text().strip()) and not self.busy)

    def _on_buttons_accepted(self) -> None:
        address = self.address_edit.text().strip()
        if not address or self.busy:
            return
        self._cancel.clear()
        self.status.setText(_tr("Đang tải và đọc trang…"))
        self.progress.setVisible(True)
        self.address_edit.setEnabled(False)
        self.ok_button.setEnabled(False)
        self.cancel_button.setText(_tr("&Dừng"))
        library = self.services.library
        self._task = BackgroundTask.start(
            lambda: library.import_url(address, cancelled=self._cancel.is_set),
            self._on_task_finished,
            self._on_task_failed,
        )

    def _on_buttons_rejected(self) -> None:
        if self.busy:
            self._cancel.set()
            self.status.setText(_tr("Đang dừng…"))
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.busy:  # the download stops; the dialog closes when the worker has returned
            self._cancel.set()
            event.ignore()
            return
        super().closeEvent(event)

    def _idle(self) -> None:
        self._task = None
        self.progress.setVisible(False)
        self.address_edit.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(_tr("Đóng"))
        self._on_address_edit_text_changed()

    def _on_task_finished(self, report: ImportReport) -> None:
        self._idle()
        self.report = report
        if report.cancelled or self._cancel.is_set():
            self.status.setText(_tr("Đã dừng: thư viện không thay đổi."))
            return
        if report.added:
            self.added = report.added[0]
            self.accept()
        elif report.duplicates:
            self.status.setText(
                _tr("Bài này đã có trong thư viện: “%1”.").replace("%1", report.duplicates[0][1].title)
            )
        elif report.failures:
            self.status.setText(core_text(report.failures[0][1]))

    def _on_task_failed(self, error: BaseException) -> None:
        self._idle()
        self.status.setText(_tr("Không nhập được trang: %1").replace("%1", core_text(error)))

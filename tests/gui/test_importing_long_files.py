"""A long PDF imports on the worker thread: the dialog follows its pages, cancel stops it."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot

from desktop.gui.main_window import MainWindow

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest-files"


def long_pdf(path: Path, copies: int) -> Path:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument((DATA / "hien-phap-2013-p1-6.pdf").read_bytes())
    target = pdfium.PdfDocument.new()
    for _ in range(copies):
        target.import_pages(source)
    buffer = io.BytesIO()
    target.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


class _Watcher(QObject):
    """Records, in the GUI thread, what the progress dialog says while the worker reads on."""

    def __init__(self, runner: object) -> None:
        super().__init__()
        self.runner = runner
        self.seen: list[tuple[int, int]] = []
        self.labels: list[str] = []

    @Slot(str, int, int)
    def on_reading(self, name: str, done: int, total: int) -> None:
        self.seen.append((done, total))
        progress = self.runner.progress  # type: ignore[attr-defined]
        if progress is not None:
            self.labels.append(progress.labelText())


def test_pages_shown_and_cancel_inside_one_long_pdf(main_window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    pdf = long_pdf(tmp_path / "Hiến pháp dài.pdf", 20)  # 120 pages, a Vietnamese file name
    before = len(main_window.services.library.list_articles())
    runner = main_window.import_controller.runner  # type: ignore[attr-defined]
    watcher = _Watcher(runner)

    def press_cancel_at_page_30(name: str, done: int, total: int) -> None:
        if done == 30:
            runner.cancel()  # as the dialog's button does, but exactly at page 30

    runner.start([pdf])
    runner.worker.reading.connect(watcher.on_reading)  # a slot of a GUI-thread object: queued
    runner.worker.reading.connect(press_cancel_at_page_30, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(runner.finished, timeout=30000) as blocker:
        pass
    report = blocker.args[0]
    assert report.cancelled and not report.added and not report.failures
    assert watcher.seen[0] == (1, 120) and len(watcher.seen) == 30
    assert any("Hiến pháp dài.pdf" in label and "trang" in label for label in watcher.labels)
    assert len(main_window.services.library.list_articles()) == before


def test_a_whole_pdf_then_imports(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = main_window.import_controller.runner  # type: ignore[attr-defined]
    with qtbot.waitSignal(runner.finished, timeout=30000) as blocker:
        runner.start([DATA / "hien-phap-2013-p1-6.pdf"])
    report = blocker.args[0]
    assert len(report.added) == 1 and report.added[0].encoding == "pdf"

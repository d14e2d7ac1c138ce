"""Place a colleague's annotations off the GUI thread, with progress and a way to stop."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.gui.background_task import BackgroundTask

SHOW_PROGRESS_AFTER_MS = 400  # a small file is placed before a dialog would flash
TICK_MS = 50

T = TypeVar("T")
Progress = Callable[[int, int], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


class PlacingStopped(Exception):
    """The user stopped placing the annotations; nothing was written."""


def run_placing(work: Callable[[Progress], T], parent: QWidget | None) -> T | None:
    """`work(progress)` on a worker thread, the window kept alive meanwhile (a progress dialog
    after SHOW_PROGRESS_AFTER_MS, with a Stop button). None when the user stopped it; what
    `work` raised is raised here, on the GUI thread. `work` must not write: it may be stopped
    between any two annotations."""
    stop = threading.Event()
    state = [0, 0]  # annotations placed, of how many: written by the worker, read by the timer

    def progress(done: int, total: int) -> None:
        state[0], state[1] = done, total
        if stop.is_set():
            raise PlacingStopped

    dialog = QProgressDialog(_tr("Đang tìm chỗ cho các ghi chú…"), _tr("Dừng"), 0, 0, parent)
    dialog.setWindowTitle(_tr("Nhập ghi chú"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(stop.set)

    def tick() -> None:
        done, total = state
        if total and not stop.is_set():
            dialog.setMaximum(total)
            dialog.setValue(done)
            dialog.setLabelText(
                _tr("Đang tìm chỗ cho ghi chú %1/%2…").replace("%1", str(done + 1)).replace("%2", str(total))
            )

    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finished(value: object) -> None:
        outcome["value"] = value
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    BackgroundTask.start(lambda: work(progress), finished, failed)
    loop.exec()  # the callbacks are queued to this thread: they run inside, and end it
    timer.stop()
    dialog.close()
    dialog.deleteLater()
    error = outcome.get("error")
    if isinstance(error, PlacingStopped):
        return None
    if error is not None:
        raise error
    return outcome["value"]

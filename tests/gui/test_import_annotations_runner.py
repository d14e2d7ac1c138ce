"""Placing a colleague's annotations runs off the GUI thread: the window keeps answering, a
progress dialog with a Stop button shows when it takes a while, errors come back to the GUI."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from desktop.gui.export import import_annotations_runner
from desktop.gui.export.import_annotations_runner import run_placing


@pytest.fixture
def parent(qtbot):  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _slow(steps: int, pause: float, seen: list[str] | None = None):  # type: ignore[no-untyped-def]
    def work(progress):  # type: ignore[no-untyped-def]
        if seen is not None:
            seen.append(threading.current_thread().name)
        for step in range(steps):
            progress(step, steps)
            time.sleep(pause)
        return "placed"

    return work


def test_the_work_runs_on_another_thread_and_the_window_keeps_answering(parent) -> None:  # type: ignore[no-untyped-def]
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    seen: list[str] = []
    assert run_placing(_slow(30, 0.02, seen), parent) == "placed"
    timer.stop()
    assert seen and seen[0] != threading.main_thread().name
    assert len(ticks) >= 10  # the GUI thread ran its events all along (0.6 s of work)


def test_a_long_placing_shows_its_progress_and_can_be_stopped(parent, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(import_annotations_runner, "SHOW_PROGRESS_AFTER_MS", 0)
    shown: list[str] = []

    def press_stop() -> None:
        dialogs = [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, press_stop)
            return
        shown.append(dialogs[0].labelText())
        dialogs[0].findChild(QPushButton).click()  # "Dừng"

    QTimer.singleShot(150, press_stop)
    started = time.perf_counter()
    assert run_placing(_slow(500, 0.01), parent) is None  # stopped: nothing to write
    assert time.perf_counter() - started < 3  # well before the 5 s the whole work would take
    assert shown and "/500" in shown[0]


def test_an_error_in_the_work_is_raised_on_the_gui_thread(parent) -> None:  # type: ignore[no-untyped-def]
    def work(progress):  # type: ignore[no-untyped-def]
        raise ValueError("tệp hỏng")

    with pytest.raises(ValueError, match="tệp hỏng"):
        run_placing(work, parent)

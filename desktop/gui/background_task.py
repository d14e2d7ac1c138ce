"""Run one blocking call off the GUI thread and get its result (or error) back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class BackgroundTask(QRunnable):
    """`BackgroundTask.start(fn, on_done, on_error)`; the callbacks run on the GUI thread."""

    _running: set[BackgroundTask] = set()  # keeps each task (and its signals) alive until it reports

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, never lost
            self._report(self.signals.failed, exc)
        else:
            self._report(self.signals.finished, result)

    def _report(self, signal: Signal, value: object) -> None:
        try:
            signal.emit(value)  # type: ignore[attr-defined]
        except RuntimeError:  # the application is closing and the receivers are gone
            pass
        finally:
            BackgroundTask._running.discard(self)

    @classmethod
    def start(
        cls,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        pool: QThreadPool | None = None,
    ) -> BackgroundTask:
        task = cls(fn)
        cls._running.add(task)
        task.signals.finished.connect(on_done)
        task.signals.failed.connect(on_error)
        (pool or QThreadPool.globalInstance()).start(task)
        return task

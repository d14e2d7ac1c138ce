"""Run one blocking call off the GUI thread and get its result (or error) back on it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class BackgroundTask(QRunnable):
    """`BackgroundTask.start(fn, on_done, on_error)`; the callbacks run on the GUI thread.

    Python owns each task (auto-delete off, so the pool never frees what Python still holds)
    and releases it on the GUI thread once its callback ran, never from the worker."""

    _running: set[BackgroundTask] = set()

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._fn = fn
        self.signals = _Signals()  # created on the GUI thread: its slots are queued there

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, never lost
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the app is closing and the receivers are gone
            signal.emit(value)

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
        # Connected as given, so Qt drops a callback whose widget was deleted meanwhile.
        task.signals.finished.connect(on_done)
        task.signals.failed.connect(on_error)
        # Released after the callbacks, on the GUI thread (connections run in order).
        task.signals.finished.connect(lambda _value: cls._running.discard(task))
        task.signals.failed.connect(lambda _error: cls._running.discard(task))
        (pool or QThreadPool.globalInstance()).start(task)
        return task

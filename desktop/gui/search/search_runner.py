"""SearchRunner: searches off the GUI thread, one at a time, newest query wins."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.gui.background_task import BackgroundTask
from desktop.search.results import SearchResults
from desktop.services.search_service import SearchService

DEBOUNCE_MS = 180  # typing pauses shorter than this start no search
LIMIT = 50


class SearchRunner(QObject):
    """While a search runs, a newer request waits and older ones are dropped, so a fast
    typist never queues searches and never sees results of a query already replaced."""

    finished = Signal(object)  # SearchResults
    failed = Signal(object)  # BaseException
    busy_changed = Signal(bool)

    def __init__(self, service: Callable[[], SearchService], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service  # called each time: the services may be rebuilt after a restore
        self._pending: str | None = None
        self._running = False
        self._task: BackgroundTask | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._start_pending)

    @property
    def running(self) -> bool:
        return self._running

    def request(self, query: str, *, now: bool = False) -> None:
        self._pending = query
        if now:
            self.timer.stop()
            self._start_pending()
        else:
            self.timer.start()

    def cancel(self) -> None:
        self._pending = None
        self.timer.stop()

    def _start_pending(self) -> None:
        if self._running or self._pending is None:
            return
        query, self._pending = self._pending, None
        self._running = True
        self.busy_changed.emit(True)
        service = self._service()
        self._task = BackgroundTask.start(lambda: service.search(query, limit=LIMIT), self._on_task_done, self._on_task_failed)

    def _finish(self) -> bool:
        """True if this answer is still wanted (no newer query is waiting)."""
        self._running = False
        self._task = None
        if self._pending is not None:
            self._start_pending()
            return False
        self.busy_changed.emit(False)
        return True

    def _on_task_done(self, results: SearchResults) -> None:
        if self._finish():
            self.finished.emit(results)

    def _on_task_failed(self, error: BaseException) -> None:
        if self._finish():
            self.failed.emit(error)

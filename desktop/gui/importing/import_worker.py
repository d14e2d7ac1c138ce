"""Runs a bulk import on its own thread, reporting progress; cancelling stops between articles
and inside a long PDF between its pages."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from desktop.services import Services


class ImportWorker(QObject):
    progressed = Signal(int, int, str)  # done, total, file name
    reading = Signal(str, int, int)  # file name, pages read, pages in all (a long PDF)
    finished = Signal(object)  # ImportReport
    failed = Signal(object)  # the exception

    def __init__(self, services: Services, paths: list[Path]) -> None:
        super().__init__()
        self._services = services
        self._paths = paths
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            report = self._services.library.import_paths(
                self._paths,
                progress=lambda done, total, name: self.progressed.emit(done, total, name),
                cancelled=self._cancel.is_set,
                hold_unsure=True,
                reading=lambda name, done, total: self.reading.emit(name, done, total),
            )
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            self.failed.emit(exc)
        else:
            self.finished.emit(report)

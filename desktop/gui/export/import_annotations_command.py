"""Undo/redo of a finished annotation import (Edit → Hoàn tác "Nhập ghi chú")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.export.annotation_merge import AppliedImport
from desktop.services import Services


class ImportAnnotationsCommand(QUndoCommand):
    """Pushed after the import succeeded, so its first redo does nothing."""

    def __init__(self, services: Services, applied: AppliedImport, file_name: str) -> None:
        super().__init__(
            QCoreApplication.translate("Export", "Nhập ghi chú từ “%1”").replace("%1", file_name)
        )
        self._services = services
        self._applied = applied
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._services.export.reapply_import(self._applied)

    def undo(self) -> None:
        self._services.export.revert_import(self._applied)

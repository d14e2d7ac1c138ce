"""Files and folders dropped anywhere on the main window are imported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent


def local_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class ImportDropFilter(QObject):
    """An event filter: the window itself need not know about importing."""

    def __init__(self, on_paths: Callable[[list[Path]], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_paths = on_paths

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if local_paths(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = local_paths(event)
            if paths:
                event.acceptProposedAction()
                self._on_paths(paths)
                return True
        return super().eventFilter(watched, event)

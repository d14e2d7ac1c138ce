"""Turns service events into Qt signals, delivered on the GUI thread whoever published them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.services import events
from desktop.services.events import EventBus


class EventBridge(QObject):
    articles_changed = Signal(tuple)
    annotations_changed = Signal(str)
    tags_changed = Signal()
    glossary_changed = Signal()
    library_replaced = Signal()

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Signals emitted from a worker thread are queued to this object's (GUI) thread.
        bus.subscribe(events.ARTICLES_CHANGED, lambda ids: self.articles_changed.emit(tuple(ids)))
        bus.subscribe(events.ANNOTATIONS_CHANGED, lambda article_id: self.annotations_changed.emit(article_id))
        bus.subscribe(events.TAGS_CHANGED, lambda: self.tags_changed.emit())
        bus.subscribe(events.GLOSSARY_CHANGED, lambda: self.glossary_changed.emit())
        bus.subscribe(events.LIBRARY_REPLACED, lambda: self.library_replaced.emit())

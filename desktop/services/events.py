"""A tiny publish/subscribe hub so views learn about changes without polling the store."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

# Topics (past-tense facts) and their payloads:
ARTICLES_CHANGED = "articles_changed"  # ids: tuple[str, ...] (added, edited or deleted)
ANNOTATIONS_CHANGED = "annotations_changed"  # article_id: str
TAGS_CHANGED = "tags_changed"  # no payload
GLOSSARY_CHANGED = "glossary_changed"  # no payload
LIBRARY_REPLACED = "library_replaced"  # no payload (restore from backup)


class EventBus:
    def __init__(self) -> None:
        self._listeners: dict[str, list[Callable[..., Any]]] = defaultdict(list)

    def subscribe(self, topic: str, listener: Callable[..., Any]) -> None:
        self._listeners[topic].append(listener)

    def unsubscribe(self, topic: str, listener: Callable[..., Any]) -> None:
        if listener in self._listeners[topic]:
            self._listeners[topic].remove(listener)

    def publish(self, topic: str, **payload: Any) -> None:
        for listener in list(self._listeners[topic]):
            listener(**payload)

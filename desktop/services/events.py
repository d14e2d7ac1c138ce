"""A tiny publish/subscribe hub so views learn about changes without polling the store.

Inside a store transaction, events wait: they are delivered once it is committed and dropped
if it is undone (then LIBRARY_REPLACED tells every view to read the library again)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

# Topics (past-tense facts) and their payloads:
ARTICLES_CHANGED = "articles_changed"  # ids: tuple[str, ...] (added, edited or deleted)
ANNOTATIONS_CHANGED = "annotations_changed"  # article_id: str
TAGS_CHANGED = "tags_changed"  # no payload
GLOSSARY_CHANGED = "glossary_changed"  # no payload
LIBRARY_REPLACED = "library_replaced"  # no payload (restore from backup, an undone transaction)


class EventBus:
    def __init__(self) -> None:
        self._listeners: dict[str, list[Callable[..., Any]]] = defaultdict(list)
        self._held: list[tuple[str, dict[str, Any]]] = []
        self._held_keys: set[object] = set()
        self.hold_while: Callable[[], bool] = lambda: False  # True: publish() queues

    def subscribe(self, topic: str, listener: Callable[..., Any]) -> None:
        self._listeners[topic].append(listener)

    def unsubscribe(self, topic: str, listener: Callable[..., Any]) -> None:
        if listener in self._listeners[topic]:
            self._listeners[topic].remove(listener)

    def publish(self, topic: str, **payload: Any) -> None:
        if self.hold_while():
            try:
                key: object = (topic, tuple(sorted(payload.items())))
                fresh = key not in self._held_keys  # one delivery per fact is enough
                self._held_keys.add(key)
            except TypeError:  # an unhashable payload: keep every one
                fresh = True
            if fresh:
                self._held.append((topic, payload))
            return
        for listener in list(self._listeners[topic]):
            listener(**payload)

    def release(self) -> None:
        """Deliver what was held (the transaction was committed)."""
        held, self._held, self._held_keys = self._held, [], set()
        for topic, payload in held:
            self.publish(topic, **payload)

    def discard(self) -> None:
        """Forget what was held (the transaction was undone) and have everyone read again."""
        self._held, self._held_keys = [], set()
        self.publish(LIBRARY_REPLACED)

"""The library's annotations in memory, loaded per article on demand, with per-article
counts kept in the derived index folder so the library table opens at 100,000 annotations
without reading every annotation file."""

from __future__ import annotations

import contextlib
import json
import os
from typing import TYPE_CHECKING

from desktop.domain.annotation import Annotation
from desktop.storage import paths
from desktop.storage.atomic_write import atomic_write_bytes

if TYPE_CHECKING:
    from desktop.storage.library_store import LibraryStore

SUMMARY_FILE = "annotation_summary.json"  # in paths.INDEX_DIR: derived, rebuilt when stale
SUMMARY_VERSION = 1

Counts = tuple[int, int]  # annotations, of which needing review


def _counts(annotations: list[Annotation]) -> Counts:
    return len(annotations), sum(1 for a in annotations if a.needs_review)


class AnnotationCache:
    def __init__(self, store: LibraryStore) -> None:
        self._store = store
        self._loaded: dict[str, list[Annotation]] = {}
        self._article_of: dict[str, str] = {}  # annotation id -> article id, loaded ones
        self._counts: dict[str, Counts] | None = None
        self._complete = False

    # --- counts, from the summary file checked against each annotation file --------------
    def _summary_path(self) -> str:
        return str(self._store.folder / paths.INDEX_DIR / SUMMARY_FILE)

    def _read_summary(self) -> dict[str, list[int]]:
        with contextlib.suppress(OSError, ValueError, TypeError):
            with open(self._summary_path(), encoding="utf-8") as handle:
                data = json.load(handle)
            if data.get("version") == SUMMARY_VERSION and isinstance(data.get("articles"), dict):
                return dict(data["articles"])
        return {}

    def counts(self) -> dict[str, Counts]:
        """Article id -> (annotations, needing review). An entry of the saved summary is used
        only while its file's size and modification time are unchanged."""
        if self._counts is not None:
            return self._counts
        saved = self._read_summary()
        fresh: dict[str, list[int]] = {}
        counts: dict[str, Counts] = {}
        folder = self._store.folder / paths.ANNOTATIONS_DIR
        entries = list(os.scandir(folder)) if folder.is_dir() else []
        for entry in entries:
            if not entry.name.endswith(".json") or entry.name.startswith("."):
                continue
            article_id = entry.name[: -len(".json")]
            if not self._store.has_article(article_id):
                continue
            stat = entry.stat()
            stamp = [stat.st_mtime_ns, stat.st_size]
            old = saved.get(article_id)
            if isinstance(old, list) and len(old) == 4 and old[:2] == stamp:
                counts[article_id] = (int(old[2]), int(old[3]))
            else:
                counts[article_id] = _counts(self.article(article_id))
            fresh[article_id] = [*stamp, *counts[article_id]]
        if fresh != saved and not self._store.read_only:
            payload = json.dumps(
                {"version": SUMMARY_VERSION, "articles": fresh}, separators=(",", ":")
            )
            # Derived data: losing it costs a rebuild, never user data.
            with contextlib.suppress(OSError):
                atomic_write_bytes(
                    self._store.folder / paths.INDEX_DIR / SUMMARY_FILE, payload.encode()
                )
        self._counts = counts
        return counts

    # --- annotations ---------------------------------------------------------------------
    def article(self, article_id: str) -> list[Annotation]:
        items = self._loaded.get(article_id)
        if items is None:
            items = (
                self._store.list_annotations(article_id)
                if self._store.has_article(article_id)
                else []
            )
            self._remember(article_id, items)
        return items

    def all(self) -> dict[str, list[Annotation]]:
        if not self._complete:
            for article_id, (count, _) in self.counts().items():
                if count:
                    self.article(article_id)
            self._complete = True
        return {k: v for k, v in self._loaded.items() if v}

    def locate(self, annotation_id: str) -> str | None:
        """The article holding an annotation: the loaded articles first (the open one is),
        the whole library only if needed."""
        found = self._article_of.get(annotation_id)
        if found is None and not self._complete:
            self.all()
            found = self._article_of.get(annotation_id)
        return found

    def _remember(self, article_id: str, items: list[Annotation]) -> None:
        for a in self._loaded.get(article_id, ()):
            self._article_of.pop(a.id, None)
        self._loaded[article_id] = list(items)
        self._article_of.update({a.id: article_id for a in items})

    def put(self, article_id: str, items: list[Annotation]) -> None:
        """After a write: what the article now holds."""
        self._remember(article_id, items)
        if self._counts is not None:
            self._counts[article_id] = _counts(items)

    def upsert(self, annotation: Annotation) -> None:
        """After one annotation was written (created or changed)."""
        article_id = annotation.article_id
        if article_id not in self._loaded:
            self.article(article_id)  # read after the write: already holds it
        else:
            items = [a for a in self._loaded[article_id] if a.id != annotation.id]
            self._remember(article_id, [*items, annotation])
        if self._counts is not None:
            self._counts[article_id] = _counts(self._loaded[article_id])

    def drop(self, article_id: str) -> None:
        """The article is gone."""
        for a in self._loaded.pop(article_id, ()):
            self._article_of.pop(a.id, None)
        if self._counts is not None:
            self._counts.pop(article_id, None)

    def reset(self) -> None:
        self._loaded, self._article_of, self._counts, self._complete = {}, {}, None, False

"""Keep the index in step with the library: catch up on open, refresh what events name."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.errors import NotFoundError, UserError
from desktop.search.bulk_load import load_batches, workers_for
from desktop.search.index import IndexedArticle, IndexedNote, SearchIndex
from desktop.storage import paths

if TYPE_CHECKING:
    from desktop.domain.article import ArticleMeta
    from desktop.storage.library_store import LibraryStore

ProgressCallback = Callable[[int, int], None]  # done, total
CancelCheck = Callable[[], bool]

BATCH = 200  # articles per transaction: progress survives an interruption


def _file_stats(folder: Path) -> dict[str, str]:
    """`<id>.json` -> "mtime:size": every write replaces the file, so either changes."""
    out: dict[str, str] = {}
    try:
        entries = os.scandir(folder)
    except FileNotFoundError:
        return out
    with entries:
        for entry in entries:
            if entry.name.endswith(".json"):
                st = entry.stat()
                out[entry.name[:-5]] = f"{st.st_mtime_ns}:{st.st_size}"
    return out


def _meta_digest(meta: ArticleMeta) -> str:
    fields = "\x1f".join((meta.title, meta.source, meta.published or ""))
    return hashlib.blake2b(fields.encode("utf-8"), digest_size=8).hexdigest()


class LibrarySync:
    def __init__(self, store: LibraryStore, index: SearchIndex) -> None:
        self.store = store
        self.index = index

    def _article_sig(self, meta: ArticleMeta, text_stat: str | None) -> str:
        return f"{text_stat or '-'}|{_meta_digest(meta)}"

    def _indexed_article(self, meta: ArticleMeta, sig: str) -> IndexedArticle:
        try:
            text = self.store.get_article_text(meta.id).clean_text
        except UserError:
            # A text that is lost (and not in any backup) or unreadable must not stop search
            # for the rest: its title stays findable, and a signature no file can have makes
            # the next catch-up try again (the user was told by the store).
            text, sig = "", "missing|" + sig
        return IndexedArticle(meta.id, meta.title, meta.source, meta.published, text, sig)

    def refresh_tags(self) -> None:
        self.index.set_tags({t.id: t.name for t in self.store.list_tags()})

    def refresh_articles(self, ids: Iterable[str]) -> None:
        """Re-read the named articles (added, edited or deleted)."""
        stats = _file_stats(self.store.folder / paths.TEXTS_DIR)
        gone, fresh = [], []
        for article_id in ids:
            try:
                meta = self.store.get_article_meta(article_id)
            except NotFoundError:
                gone.append(article_id)
                continue
            fresh.append(self._indexed_article(meta, self._article_sig(meta, stats.get(article_id))))
        if gone:
            self.index.delete_articles(gone)
        for start in range(0, len(fresh), BATCH):
            self.index.upsert_articles(fresh[start : start + BATCH])

    def refresh_annotations(self, article_ids: Iterable[str]) -> None:
        stats = _file_stats(self.store.folder / paths.ANNOTATIONS_DIR)
        for article_id in article_ids:
            if not self.store.has_article(article_id):
                continue  # its notes left with the article
            notes = [
                IndexedNote(a.id, a.article_id, a.quote.exact, a.note, tuple(a.tags), a.start, a.end)
                for a in self.store.list_annotations(article_id)
            ]
            self.index.replace_notes(article_id, notes, stats.get(article_id, "-"))

    def catch_up(self, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> bool:
        """Bring the whole index in step with the library, changed parts only.
        Returns False if cancelled (what was done is kept and counts next time)."""
        self.refresh_tags()
        metas = {m.id: m for m in self.store.list_article_meta()}
        text_stats = _file_stats(self.store.folder / paths.TEXTS_DIR)
        indexed = self.index.article_signatures()
        gone = [i for i in indexed if i not in metas]
        if gone:
            self.index.delete_articles(gone)
        stale = [m for i, m in metas.items() if indexed.get(i) != self._article_sig(m, text_stats.get(i))]
        note_stats = _file_stats(self.store.folder / paths.ANNOTATIONS_DIR)
        note_sigs = self.index.note_signatures()
        stale_notes = [i for i in metas if note_sigs.get(i, "-") != note_stats.get(i, "-")]
        total = len(stale) + len(stale_notes)
        done = 0
        def batches() -> Iterator[list[IndexedArticle]]:
            for start in range(0, len(stale), BATCH):
                batch = stale[start : start + BATCH]
                yield [self._indexed_article(m, self._article_sig(m, text_stats.get(m.id))) for m in batch]

        def on_batch(count: int) -> None:
            nonlocal done
            done += count
            if progress is not None:
                progress(done, total)

        if not load_batches(self.index, batches(), on_batch, cancelled, workers=workers_for(len(stale))):
            return False
        for start in range(0, len(stale_notes), BATCH):
            if cancelled is not None and cancelled():
                return False
            batch_ids = stale_notes[start : start + BATCH]
            self.refresh_annotations(batch_ids)
            done += len(batch_ids)
            if progress is not None:
                progress(done, total)
        return True

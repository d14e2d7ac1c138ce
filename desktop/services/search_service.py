"""Search over articles and annotations with the accent rules, and find-in-article."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.domain.errors import UserError
from desktop.domain.message import Message
from desktop.search.index import INDEX_FILE, SearchIndex
from desktop.search.library_sync import CancelCheck, LibrarySync, ProgressCallback
from desktop.search.matcher import QueryMatcher
from desktop.search.query import ParsedQuery, parse_query
from desktop.search.results import SearchResults
from desktop.search.searcher import Searcher
from desktop.services import events
from desktop.storage import paths

if TYPE_CHECKING:
    from desktop.services.container import Services

DEFAULT_LIMIT = 50


class SearchService:
    """Events only mark what changed (cheap, on any thread); the work is done by the next
    `ensure_ready`/`search`, which the GUI runs off its thread. All index access is
    serialised by one lock, so a search and an update never interleave."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._store = services.store
        self._lock = threading.RLock()
        self._pending_lock = threading.Lock()
        self._pending_articles: set[str] = set()
        self._pending_notes: set[str] = set()
        self._tags_dirty = False
        self._caught_up = False
        self._closed = False
        self._stopping = False  # set by close(): a running catch-up stops between batches
        self._index = self._open_index()
        self._sync = LibrarySync(self._store, self._index)
        self._listeners: list[tuple[str, Callable[..., None]]] = [
            (events.ARTICLES_CHANGED, self._on_articles_changed),
            (events.ANNOTATIONS_CHANGED, self._on_annotations_changed),
            (events.TAGS_CHANGED, self._on_tags_changed),
            (events.LIBRARY_REPLACED, self._on_library_replaced),
        ]
        for topic, listener in self._listeners:
            services.events.subscribe(topic, listener)

    def _open_index(self) -> SearchIndex:
        try:
            return SearchIndex.open(self._store.folder / paths.INDEX_DIR / INDEX_FILE)
        except (OSError, sqlite3.Error):
            pass  # a read-only or full disk: search still works from memory for this session
        try:
            return SearchIndex.open(None)
        except sqlite3.Error as exc:  # e.g. a Python whose SQLite lacks FTS5
            raise UserError(
                Message("Không mở được chỉ mục tìm kiếm: bản SQLite đi kèm Python thiếu mô-đun FTS5.", code="fts5_missing"),
                detail=repr(exc),
            ) from exc

    # --- events (mark only) --------------------------------------------------------
    def _on_articles_changed(self, ids: tuple[str, ...] = ()) -> None:
        with self._pending_lock:
            self._pending_articles.update(ids)
            self._pending_notes.update(ids)  # a deleted article takes its notes along

    def _on_annotations_changed(self, article_id: str = "") -> None:
        with self._pending_lock:
            self._pending_notes.add(article_id)

    def _on_tags_changed(self, **_: object) -> None:
        with self._pending_lock:
            self._tags_dirty = True

    def _on_library_replaced(self, **_: object) -> None:
        with self._pending_lock:
            self._caught_up = False

    # --- keeping up ----------------------------------------------------------------
    @property
    def is_ready(self) -> bool:
        """True when a search would not first have to update the index."""
        with self._pending_lock:
            return self._caught_up and not (self._pending_articles or self._pending_notes or self._tags_dirty)

    def ensure_ready(self, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> bool:
        """Catch up with the library (first use, or after a restore), then apply what
        events reported. False if cancelled; the index stays usable and consistent."""
        with self._lock:
            if self._closed:
                raise UserError(Message("Thư viện đã đóng: không thể tìm kiếm.", code="library_closed"))
            try:
                return self._update(progress, cancelled)
            except sqlite3.OperationalError as exc:  # busy or disk full: the index is not damaged
                raise UserError(
                    Message("Chưa cập nhật được chỉ mục tìm kiếm (ổ đĩa đầy hoặc tệp đang bận). Hãy thử lại.", code="index_busy"),
                    detail=repr(exc),
                ) from exc
            except sqlite3.DatabaseError:
                # Derived data: a damaged index is thrown away and built again.
                self._reset_index()
                return self._update(progress, cancelled)

    def _update(self, progress: ProgressCallback | None, cancelled: CancelCheck | None) -> bool:
        with self._pending_lock:
            full = not self._caught_up
            articles, notes, tags = self._pending_articles, self._pending_notes, self._tags_dirty
            self._pending_articles, self._pending_notes, self._tags_dirty = set(), set(), False
            self._caught_up = True

        def stop() -> bool:
            return self._stopping or (cancelled is not None and cancelled())

        try:
            if full:
                if not self._sync.catch_up(progress, stop):
                    raise _Cancelled
                return True
            if tags:
                self._sync.refresh_tags()
            if articles:
                self._sync.refresh_articles(sorted(articles))
            if notes:
                self._sync.refresh_annotations(sorted(notes))
            return True
        except BaseException as exc:
            with self._pending_lock:  # nothing reported is forgotten: try again next time
                self._caught_up = self._caught_up and not full
                self._pending_articles |= articles
                self._pending_notes |= notes
                self._tags_dirty = self._tags_dirty or tags
            if isinstance(exc, _Cancelled):
                return False
            raise

    def _reset_index(self) -> None:
        self._index.close()
        path = self._store.folder / paths.INDEX_DIR / INDEX_FILE
        for suffix in ("", "-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        self._index = self._open_index()
        self._sync = LibrarySync(self._store, self._index)
        with self._pending_lock:
            self._caught_up = False

    def rebuild(self, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> bool:
        """Throw the index away and build it again from the library."""
        with self._lock:
            self._reset_index()
            return self.ensure_ready(progress, cancelled)

    # --- searching -----------------------------------------------------------------
    @staticmethod
    def parse(query: str) -> ParsedQuery:
        return parse_query(query)

    def search(self, query: str | ParsedQuery, limit: int = DEFAULT_LIMIT) -> SearchResults:
        """Ranked articles and annotations; raises UserError for a query it cannot read
        (a malformed date)."""
        parsed = parse_query(query) if isinstance(query, str) else query
        if parsed.is_empty:
            return SearchResults(query=parsed)
        if limit < 1:
            raise UserError(Message("Số kết quả tối đa phải lớn hơn 0.", code="bad_limit"))
        self.ensure_ready()
        with self._lock:
            try:
                return Searcher(self._index, parsed, self._numbers(parsed)).run(limit)
            except sqlite3.OperationalError as exc:
                if "interrupted" in str(exc):
                    raise UserError(Message("Tìm kiếm đã bị dừng.", code="cancelled")) from exc
                raise UserError(
                    Message("Không tìm được: chỉ mục tìm kiếm đang bận hoặc bị lỗi. Hãy thử lại.", code="search_failed"), detail=repr(exc)
                ) from exc

    def _numbers(self, parsed: ParsedQuery) -> dict[str, str]:
        """Article id -> official document number, read only when the query filters on `số:`."""
        if not (parsed.numbers or parsed.excluded_numbers):
            return {}
        return {m.id: m.doc_number for m in self._services.library.list_articles() if m.doc_number}

    def find_in_text(self, text: str, query: str | ParsedQuery) -> list[tuple[int, int]]:
        """Code-point spans of every hit of the query's words and phrases in `text`
        (the reader's find bar); exclusions and filters do not apply to one text."""
        parsed = parse_query(query) if isinstance(query, str) else query
        return QueryMatcher(parsed).focused_spans(text)

    def spans_in_article(self, article_id: str, query: str | ParsedQuery) -> list[tuple[int, int]]:
        """Every hit in an article's clean text, for highlighting a result that was opened."""
        text = self._services.library.get_article(article_id).clean_text
        return self.find_in_text(text, query)

    def indexed_article_count(self) -> int:
        with self._lock:
            return self._index.article_count()

    def interrupt(self) -> None:
        """Stop a running query from another thread (the user typed on)."""
        self._index.interrupt()

    def close(self) -> None:
        if self._closed:
            return
        for topic, listener in self._listeners:
            self._services.events.unsubscribe(topic, listener)
        self._stopping = True
        self._index.interrupt()
        with self._lock:
            self._closed = True
            self._index.close()


class _Cancelled(Exception):
    pass

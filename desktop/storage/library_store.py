"""The library on disk: small TinyDB files so one edit rewrites one small file.

Layout: library.json (schema, settings, tags, which articles have annotation files),
articles.json (metadata only), texts/<id>.json (raw and clean text),
annotations/<article id>.json. Every write goes through a transaction (see transactions.py):
one file is one atomic rename, several files are one journal entry.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager as ContextManager
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from desktop.domain.annotation import Annotation
from desktop.domain.article import ArticleMeta, ArticleText
from desktop.domain.errors import NotFoundError, StorageError
from desktop.domain.message import Message
from desktop.domain.tag import Tag
from desktop.storage import codec, paths
from desktop.storage.json_file_storage import CorruptFileError
from desktop.storage.library_lock import LibraryLock
from desktop.storage.recovery import RecoveryLog, annotations_label, text_label
from desktop.storage.store_files import StoreFiles
from desktop.storage.store_methods import check_id, synchronized, writing
from desktop.storage.table import Table
from desktop.storage.transactions import Transactions

ANNOTATED_DOC = "annotated"  # meta document: ids of the articles that have an annotation file
SEEDS_DOC = "seeds"  # meta document: {"state": "pending" | "done"} (new libraries only)
READ_ONLY_MESSAGE = Message("Thư viện đang mở ở chế độ chỉ đọc: không thể lưu thay đổi.", code="read_only")


class LibraryStore(StoreFiles):
    """Open with `LibraryStore.open(folder)`; close when done (frees the lock)."""

    def __init__(self, folder: Path, *, read_only: bool = False) -> None:
        self.folder = folder
        self.read_only = read_only
        self.read_only_reason = ""  # set when the folder could not be written and we fell back
        self.recovery = RecoveryLog()
        self._mutex = threading.RLock()
        self._lock = LibraryLock(folder)
        self._txn = Transactions(folder, self._mutex, self._forget_files, self._transaction_ended)
        self._dbs: dict[Path, TinyDB] = {}
        self._annotation_tables: dict[str, Table] = {}
        self._txn_texts: dict[Path, TinyDB] = {}  # texts written by the running transaction
        self._overlay: dict[Path, Path | None] = {}
        self._annotated: set[str] = set()
        self._lost: set[str] = set()  # files looked for in the backups in vain (told already)
        self._created = False
        # Set by library_opening when the files are opened (and again after a restore).
        self._meta: Table
        self._settings: Table
        self._tags: Table
        self._articles: Table
        self._meta_cache: dict[str, ArticleMeta] = {}

    # --- opening -------------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path, *, read_only: bool = False) -> LibraryStore:
        from desktop.storage.library_opening import acquire_or_read_only, open_library

        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if not folder.is_dir():
                raise StorageError(
                    Message("Không tạo được thư mục thư viện “{folder}”. Hãy chọn một thư mục khác.", code="folder_unusable", folder=str(folder)),
                    detail=repr(exc),
                ) from exc
        store = cls(folder, read_only=read_only)
        try:
            if not read_only:
                acquire_or_read_only(store)
            open_library(store)
        except BaseException:
            store.close()
            raise
        return store

    @property
    def is_new(self) -> bool:
        return self._created

    @property
    def needs_seeds(self) -> bool:
        """A new library whose seed articles have not all arrived yet (an interrupted first start)."""
        doc = self._meta.get(SEEDS_DOC)
        return doc is not None and doc.get("state") == "pending"

    @writing
    def mark_seeded(self) -> None:
        self._meta.put({"id": SEEDS_DOC, "state": "done"})

    @synchronized
    def close(self) -> None:
        for db in self._dbs.values():
            db.close()
        self._dbs.clear()
        self._annotation_tables.clear()
        self._lock.release()

    def _writable(self) -> None:
        if self.read_only:
            raise StorageError(READ_ONLY_MESSAGE)

    # --- transactions ----------------------------------------------------------------
    def transaction(self, description: str = "") -> ContextManager[None]:
        """Everything written inside is one all-or-nothing operation, also across a crash at
        any instant: `with store.transaction("Gộp thẻ A vào B"): ...`. Nested ones join the
        outer one. The description names the operation if the next open has to finish or
        undo it. Listeners added with `add_transaction_listeners` hear the outcome."""
        return self._txn.transaction(description)

    def add_transaction_listeners(
        self, *, committed: Callable[[], None] | None = None, rolled_back: Callable[[], None] | None = None
    ) -> None:
        if committed is not None:
            self._txn.commit_listeners.append(committed)
        if rolled_back is not None:
            self._txn.rollback_listeners.append(rolled_back)

    @property
    def in_transaction(self) -> bool:
        """True on the thread whose transaction is open."""
        return self._txn.active

    def reload(self) -> None:
        """Forget everything in memory and read the files again (after a restore)."""
        from desktop.storage.library_opening import open_library

        with self._mutex:
            for db in self._dbs.values():
                db.close()
            self._dbs.clear()
            self._annotation_tables.clear()
            open_library(self)

    def _decode_metas(self) -> dict[str, ArticleMeta]:
        # Decoded once: every view lists articles, and decoding 35k documents each time adds up.
        return {str(doc["id"]): codec.meta_from_doc(doc) for _key, doc in self._articles.raw_items()}

    def _read_annotated(self) -> set[str]:
        doc = self._meta.get(ANNOTATED_DOC)
        return set(doc.get("ids", ())) if doc else set()

    # --- settings ------------------------------------------------------------------
    @synchronized
    def get_setting(self, key: str, default: Any = None) -> Any:
        doc = self._settings.get(key)
        return default if doc is None else doc.get("value", default)

    @writing
    def put_setting(self, key: str, value: Any) -> None:
        self._settings.put({"id": key, "value": value})

    # --- articles ------------------------------------------------------------------
    @synchronized
    def list_article_meta(self) -> list[ArticleMeta]:
        return list(self._meta_cache.values())

    @synchronized
    def has_article(self, article_id: str) -> bool:
        return article_id in self._meta_cache

    @synchronized
    def get_article_meta(self, article_id: str) -> ArticleMeta:
        meta = self._meta_cache.get(article_id)
        if meta is None:
            raise NotFoundError(Message("Không có bài viết mã “{id}” trong thư viện.", code="article_not_found", id=article_id))
        return meta

    def _text_path(self, article_id: str) -> Path:
        return self.folder / paths.TEXTS_DIR / f"{check_id(article_id)}.json"

    def _text_db(self, path: Path) -> TinyDB:
        db = self._txn_texts.get(path) if self._txn.active else None
        if db is None:
            db = self._storage(path)
            if self._txn.active:
                self._txn_texts[path] = db
        return db

    @synchronized
    def get_article_text(self, article_id: str) -> ArticleText:
        path = self._text_path(article_id)
        meta = self.get_article_meta(article_id)
        if not self._file_exists(path):
            rel = path.relative_to(self.folder).as_posix()
            label = text_label(meta.title)
            # Each lost text is looked for in the backups (and told) once per opening.
            if rel in self._lost or not self._restore_missing([rel], {rel: label}):
                self._lost.add(rel)
                raise StorageError(
                    Message(
                        "Nội dung của bài viết “{title}” bị thiếu trong thư mục thư viện và không có trong bản sao lưu nào.",
                        code="text_lost",
                        title=meta.title,
                    ),
                    detail=str(path),
                )
        # Texts are read whole and rarely: no need to keep a TinyDB open per article.
        db = self._text_db(path)
        try:
            tables = db.storage.read() or {}
        except CorruptFileError:
            self._recover(path)
            db = self._storage(path)
            tables = db.storage.read() or {}
        docs = list(tables.get("text", {}).values())
        if not docs:
            raise StorageError(
                Message("Nội dung của bài viết “{title}” bị trống trong thư mục thư viện.", code="text_empty", title=meta.title)
            )
        return codec.text_from_doc(docs[0])

    @writing
    def put_article_text(self, article_id: str, text: ArticleText) -> None:
        db = self._text_db(self._text_path(article_id))
        db.storage.write({"text": {"1": codec.text_to_doc(text)}})

    @writing
    def add_articles(self, items: Iterable[tuple[ArticleMeta, ArticleText]]) -> None:
        """Texts and metadata of a batch: one transaction (all of it, or none)."""
        metas = []
        for meta, text in items:
            self.put_article_text(meta.id, text)
            metas.append(meta)
        self._articles.put_many([codec.meta_to_doc(m) for m in metas])
        self._meta_cache.update((m.id, m) for m in metas)

    @writing
    def put_article_meta(self, meta: ArticleMeta) -> None:
        self._articles.put(codec.meta_to_doc(meta))
        self._meta_cache[meta.id] = meta

    @writing
    def delete_article(self, article_id: str) -> None:
        """The metadata, the text and the annotations: all together."""
        if not self._articles.remove(article_id):
            raise NotFoundError(Message("Không có bài viết mã “{id}” trong thư viện.", code="article_not_found", id=article_id))
        del self._meta_cache[article_id]
        table = self._annotation_tables.pop(article_id, None)
        if table is not None:
            self._dbs.pop(self._annotation_path(article_id), None)
        self._txn.delete(self._text_path(article_id))
        self._txn.delete(self._annotation_path(article_id))
        self._set_annotated(article_id, False)

    # --- annotations ---------------------------------------------------------------
    def _annotation_path(self, article_id: str) -> Path:
        return self.folder / paths.ANNOTATIONS_DIR / f"{check_id(article_id)}.json"

    def _annotation_table(self, article_id: str) -> Table:
        table = self._annotation_tables.get(article_id)
        if table is None:
            table = Table(self._open_db(self._annotation_path(article_id)), "annotations")
            self._annotation_tables[article_id] = table
        return table

    def _set_annotated(self, article_id: str, present: bool) -> None:
        """Keep the list of annotation files: one that disappears is then known to be lost."""
        if (article_id in self._annotated) == present:
            return
        if present:
            self._annotated.add(article_id)
        else:
            self._annotated.discard(article_id)
        self._meta.put({"id": ANNOTATED_DOC, "ids": sorted(self._annotated)})

    def _missing_annotations(self, article_id: str) -> bool:
        """The article should have an annotation file and it is gone: put it back if we can."""
        path = self._annotation_path(article_id)
        if article_id not in self._annotated or self._file_exists(path):
            return False
        rel = path.relative_to(self.folder).as_posix()
        title = self._meta_cache[article_id].title if article_id in self._meta_cache else article_id
        restored = self._restore_missing([rel], {rel: annotations_label(title)})
        if not restored and not self.read_only:
            self._set_annotated_now(article_id, False)  # told once; the list follows what exists
        return not restored

    def _set_annotated_now(self, article_id: str, present: bool) -> None:
        with self._txn.transaction(explicit=False):
            self._set_annotated(article_id, present)

    @synchronized
    def list_annotations(self, article_id: str) -> list[Annotation]:
        unloaded = article_id not in self._annotation_tables
        if unloaded and (self._missing_annotations(article_id) or not self._file_exists(self._annotation_path(article_id))):
            return []
        return [codec.annotation_from_doc(d) for _key, d in self._annotation_table(article_id).raw_items()]

    def iter_all_annotations(self) -> Iterator[Annotation]:
        for article_id in sorted(self.annotated_article_ids()):
            if self.has_article(article_id):
                yield from self.list_annotations(article_id)

    @synchronized
    def annotated_article_ids(self) -> set[str]:
        """Articles that have an annotation file (maybe empty)."""
        return set(self._annotated)

    def _annotation_written(self, article_id: str) -> None:
        """Listed after the file is written, in its own write: a crash in between leaves a
        file the list lacks, which the next open adds (no journal needed for one edit)."""
        if article_id not in self._annotated:
            with contextlib.suppress(StorageError):  # the next open repairs the list
                self._set_annotated_now(article_id, True)

    @synchronized
    def put_annotation(self, annotation: Annotation) -> None:
        self._writable()
        with self._txn.transaction(explicit=False):
            self.get_article_meta(annotation.article_id)  # refuse orphans
            self._missing_annotations(annotation.article_id)
            self._annotation_table(annotation.article_id).put(codec.annotation_to_doc(annotation))
        self._annotation_written(annotation.article_id)

    @synchronized
    def replace_annotations(self, article_id: str, annotations: list[Annotation]) -> None:
        """All of an article's annotations in one atomic write (re-anchoring, tag merges)."""
        self._writable()
        with self._txn.transaction(explicit=False):
            self.get_article_meta(article_id)
            self._missing_annotations(article_id)
            self._annotation_table(article_id).replace_all([codec.annotation_to_doc(a) for a in annotations])
        self._annotation_written(article_id)

    @writing
    def delete_annotation(self, article_id: str, annotation_id: str) -> None:
        if not self.has_article(article_id) or not self._annotation_table(article_id).remove(annotation_id):
            raise NotFoundError(Message("Không tìm thấy ghi chú này: có thể nó đã bị xóa.", code="annotation_not_found"))

    # --- tags ----------------------------------------------------------------------
    @synchronized
    def list_tags(self) -> list[Tag]:
        return [codec.tag_from_doc(d) for _key, d in self._tags.raw_items()]

    @writing
    def put_tag(self, tag: Tag) -> None:
        self._tags.put(codec.tag_to_doc(tag))

    @writing
    def delete_tag(self, tag_id: str) -> None:
        self._tags.remove(tag_id)

    # --- backups -------------------------------------------------------------------
    def hold(self) -> ContextManager[object]:
        """No write can happen while this is held (a backup reading a consistent state)."""
        return self._mutex

    def create_backup(self, *, reason: str = "manual", keep: int | None = None) -> Path:
        from desktop.storage.backups import DEFAULT_KEEP, create_backup

        if self.read_only:
            raise StorageError(READ_ONLY_MESSAGE)
        return create_backup(self.folder, reason=reason, keep=keep or DEFAULT_KEEP, lock=self.hold)

    def restore_backup(self, archive: Path, *, keep: int | None = None) -> Path:
        """Replace the whole library by a backup's state, holding the lock from start to end;
        returns the safety backup of the state before."""
        from desktop.storage.backups import DEFAULT_KEEP, restore_backup

        self._writable()
        with self._mutex:
            if self._txn.active:
                raise StorageError(Message("Không thể khôi phục giữa một thao tác khác.", code="busy"))
            try:
                safety = restore_backup(self.folder, Path(archive), keep=keep or DEFAULT_KEEP, lock=self.hold)
            finally:
                with contextlib.suppress(StorageError):
                    self.reload()
        return safety

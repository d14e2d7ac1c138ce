"""The library on disk: small TinyDB files so one edit rewrites one small file.

Layout: library.json (schema, settings, tags), articles.json (metadata only),
texts/<id>.json (raw and clean text), annotations/<article id>.json.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from tinydb import TinyDB

from desktop.domain.annotation import Annotation
from desktop.domain.article import ArticleMeta, ArticleText
from desktop.domain.errors import NotFoundError, StorageError
from desktop.domain.tag import Tag
from desktop.storage import codec, paths
from desktop.storage.atomic_write import sync_written
from desktop.storage.json_file_storage import AtomicJSONStorage, CorruptFileError
from desktop.storage.library_lock import LibraryLock
from desktop.storage.recovery import RecoveryLog, recover_file
from desktop.storage.schema import SCHEMA_VERSION, migrate

_F = TypeVar("_F", bound=Callable[..., Any])


def _synchronized(method: _F) -> _F:
    """One call at a time: background work (search catch-up, backups) reads while the GUI writes."""

    @functools.wraps(method)
    def wrapper(self: LibraryStore, *args: Any, **kwargs: Any) -> Any:
        with self._mutex:
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _check_id(article_id: str) -> str:
    # Ids become file names: refuse anything that could leave the folder.
    if not _SAFE_ID.match(article_id):
        raise NotFoundError(f"Không có bài viết mã “{article_id}”.")
    return article_id


class _Table:
    """One TinyDB table in one file, addressed by our string ids."""

    def __init__(self, db: TinyDB, name: str) -> None:
        self._db = db
        self._name = name
        self._table = db.table(name, cache_size=0)
        self._doc_ids: dict[str, int] = {str(doc["id"]): int(key) for key, doc in self.raw_items()}

    def raw_items(self) -> list[tuple[str, dict[str, Any]]]:
        """The stored documents themselves, without TinyDB's per-document copies: read only."""
        tables = self._db.storage.read() or {}
        return list(tables.get(self._name, {}).items())

    def all(self) -> list[dict[str, Any]]:
        return [dict(d) for d in self._table.all()]

    def get(self, key: str) -> dict[str, Any] | None:
        doc_id = self._doc_ids.get(key)
        if doc_id is None:
            return None
        doc = self._table.get(doc_id=doc_id)
        return dict(doc) if doc is not None else None  # type: ignore[arg-type]

    def __contains__(self, key: str) -> bool:
        return key in self._doc_ids

    def __len__(self) -> int:
        return len(self._doc_ids)

    def put(self, doc: dict[str, Any]) -> None:
        key = str(doc["id"])
        doc_id = self._doc_ids.get(key)
        if doc_id is None:
            self._doc_ids[key] = self._table.insert(doc)
        else:
            self._table.update(doc, doc_ids=[doc_id])

    def put_many(self, docs: list[dict[str, Any]]) -> None:
        """New documents in one write (bulk import)."""
        new = [d for d in docs if str(d["id"]) not in self._doc_ids]
        for doc in docs:
            if str(doc["id"]) in self._doc_ids:
                self.put(doc)
        if new:
            ids = self._table.insert_multiple(new)
            self._doc_ids.update({str(d["id"]): i for d, i in zip(new, ids, strict=True)})

    def remove(self, key: str) -> bool:
        doc_id = self._doc_ids.pop(key, None)
        if doc_id is None:
            return False
        self._table.remove(doc_ids=[doc_id])
        return True

    def replace_all(self, docs: list[dict[str, Any]]) -> None:
        self._table.truncate()
        self._doc_ids = {}
        if docs:
            ids = self._table.insert_multiple(docs)
            self._doc_ids = {str(d["id"]): i for d, i in zip(docs, ids, strict=True)}


class LibraryStore:
    """Open with `LibraryStore.open(folder)`; close when done (frees the lock)."""

    def __init__(self, folder: Path, *, read_only: bool = False) -> None:
        self.folder = folder
        self.read_only = read_only
        self.recovery = RecoveryLog()
        self._mutex = threading.RLock()
        self._lock = LibraryLock(folder)
        self._dbs: list[TinyDB] = []
        self._annotation_tables: dict[str, _Table] = {}
        self._all_annotations_loaded = False

    # --- opening -------------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path, *, read_only: bool = False) -> LibraryStore:
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                f"Không tạo được thư mục thư viện “{folder}”. Hãy chọn một thư mục khác.",
                detail=repr(exc),
            ) from exc
        store = cls(folder, read_only=read_only)
        if not read_only:
            store._lock.acquire()
        try:
            store._open_files()
        except BaseException:
            store.close()
            raise
        return store

    @property
    def is_new(self) -> bool:
        return self._created

    def _open_db(self, path: Path) -> TinyDB:
        storage_path = path
        try:
            db = TinyDB(storage_path, storage=AtomicJSONStorage)
            db.storage.read()
        except CorruptFileError:
            recover_file(self.folder, path, self.recovery)
            db = TinyDB(storage_path, storage=AtomicJSONStorage)
            try:
                db.storage.read()
            except CorruptFileError as exc:  # the backup was bad too: start this file empty
                raise StorageError(
                    f"Tệp “{path.name}” bị hỏng và không khôi phục được từ bản sao lưu.",
                    detail=exc.detail,
                ) from exc
        self._dbs.append(db)
        return db

    def _open_files(self) -> None:
        library_path = self.folder / paths.LIBRARY_FILE
        self._created = not library_path.exists() and not (self.folder / paths.ARTICLES_FILE).exists()
        self._library_db = self._open_db(library_path)
        self._meta = _Table(self._library_db, "meta")
        self._settings = _Table(self._library_db, "settings")
        self._tags = _Table(self._library_db, "tags")
        schema = self._meta.get("schema")
        if schema is None:
            if not self.read_only:
                self._meta.put({"id": "schema", "version": SCHEMA_VERSION})
        else:
            version = int(schema.get("version", 0))
            if version > SCHEMA_VERSION:
                raise StorageError(
                    "Thư viện này được tạo bởi một phiên bản Trích Dẫn mới hơn. "
                    "Hãy cập nhật ứng dụng để mở nó.",
                    detail=f"schema {version} > {SCHEMA_VERSION}",
                )
            if version < SCHEMA_VERSION and not self.read_only:
                from desktop.storage.backups import create_backup

                create_backup(self.folder, reason="before-migration")
                self._meta.put({"id": "schema", "version": migrate(self.folder, version)})
        self._articles = _Table(self._open_db(self.folder / paths.ARTICLES_FILE), "articles")
        # Decoded once: every view lists articles, and decoding 35k documents each time adds up.
        self._meta_cache: dict[str, ArticleMeta] = {
            str(doc["id"]): codec.meta_from_doc(doc) for _key, doc in self._articles.raw_items()
        }

    @_synchronized
    def close(self) -> None:
        for db in self._dbs:
            db.close()
        self._dbs.clear()
        self._annotation_tables.clear()
        self._lock.release()

    def _writable(self) -> None:
        if self.read_only:
            raise StorageError("Thư viện đang mở ở chế độ chỉ đọc: không thể lưu thay đổi.")

    # --- settings ------------------------------------------------------------------
    @_synchronized
    def get_setting(self, key: str, default: Any = None) -> Any:
        doc = self._settings.get(key)
        return default if doc is None else doc.get("value", default)

    @_synchronized
    def put_setting(self, key: str, value: Any) -> None:
        self._writable()
        self._settings.put({"id": key, "value": value})

    # --- articles ------------------------------------------------------------------
    @_synchronized
    def list_article_meta(self) -> list[ArticleMeta]:
        return list(self._meta_cache.values())

    @_synchronized
    def has_article(self, article_id: str) -> bool:
        return article_id in self._meta_cache

    @_synchronized
    def get_article_meta(self, article_id: str) -> ArticleMeta:
        meta = self._meta_cache.get(article_id)
        if meta is None:
            raise NotFoundError(f"Không có bài viết mã “{article_id}” trong thư viện.")
        return meta

    def _text_path(self, article_id: str) -> Path:
        return self.folder / paths.TEXTS_DIR / f"{_check_id(article_id)}.json"

    @_synchronized
    def get_article_text(self, article_id: str) -> ArticleText:
        path = self._text_path(article_id)
        if not path.exists() and self.has_article(article_id):
            raise StorageError(
                f"Nội dung của bài viết “{self.get_article_meta(article_id).title}” bị thiếu trong thư mục thư viện.",
                detail=str(path),
            )
        # Texts are read whole and rarely: no need to keep a TinyDB open per article.
        db = TinyDB(path, storage=AtomicJSONStorage)
        try:
            db.storage.read()
        except CorruptFileError:
            recover_file(self.folder, path, self.recovery)
            db = TinyDB(path, storage=AtomicJSONStorage)
        docs = db.table("text").all()
        db.close()
        if not docs:
            raise NotFoundError(f"Không có bài viết mã “{article_id}” trong thư viện.")
        return codec.text_from_doc(docs[0])

    @_synchronized
    def put_article_text(self, article_id: str, text: ArticleText, *, durable: bool = True) -> None:
        self._writable()
        db = TinyDB(self._text_path(article_id), storage=AtomicJSONStorage, durable=durable)
        table = db.table("text", cache_size=0)
        doc = codec.text_to_doc(text)
        if table.all():
            table.update(doc, doc_ids=[table.all()[0].doc_id])
        else:
            table.insert(doc)
        db.close()

    @_synchronized
    def add_articles(self, items: Iterable[tuple[ArticleMeta, ArticleText]]) -> None:
        """Texts first, metadata last in one write: a crash leaves at worst an unused text file."""
        self._writable()
        metas = []
        for meta, text in items:
            # One sync for the whole batch below instead of two fsyncs per text file.
            self.put_article_text(meta.id, text, durable=False)
            metas.append(meta)
        sync_written([self._text_path(m.id) for m in metas])
        self._articles.put_many([codec.meta_to_doc(m) for m in metas])
        self._meta_cache.update((m.id, m) for m in metas)

    @_synchronized
    def put_article_meta(self, meta: ArticleMeta) -> None:
        self._writable()
        self._articles.put(codec.meta_to_doc(meta))
        self._meta_cache[meta.id] = meta

    @_synchronized
    def delete_article(self, article_id: str) -> None:
        self._writable()
        if not self._articles.remove(article_id):
            raise NotFoundError(f"Không có bài viết mã “{article_id}” trong thư viện.")
        del self._meta_cache[article_id]
        self._annotation_tables.pop(article_id, None)
        for path in (self._text_path(article_id), self._annotation_path(article_id)):
            path.unlink(missing_ok=True)

    # --- annotations ---------------------------------------------------------------
    def _annotation_path(self, article_id: str) -> Path:
        return self.folder / paths.ANNOTATIONS_DIR / f"{_check_id(article_id)}.json"

    def _annotation_table(self, article_id: str) -> _Table:
        table = self._annotation_tables.get(article_id)
        if table is None:
            table = _Table(self._open_db(self._annotation_path(article_id)), "annotations")
            self._annotation_tables[article_id] = table
        return table

    @_synchronized
    def list_annotations(self, article_id: str) -> list[Annotation]:
        if not self._annotation_path(article_id).exists() and article_id not in self._annotation_tables:
            return []
        return [codec.annotation_from_doc(d) for d in self._annotation_table(article_id).all()]

    def iter_all_annotations(self) -> Iterator[Annotation]:
        folder = self.folder / paths.ANNOTATIONS_DIR
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                article_id = path.stem
                if self.has_article(article_id):
                    yield from self.list_annotations(article_id)

    @_synchronized
    def put_annotation(self, annotation: Annotation) -> None:
        self._writable()
        self.get_article_meta(annotation.article_id)  # refuse orphans
        self._annotation_table(annotation.article_id).put(codec.annotation_to_doc(annotation))

    @_synchronized
    def replace_annotations(self, article_id: str, annotations: list[Annotation]) -> None:
        """All of an article's annotations in one atomic write (re-anchoring, tag merges)."""
        self._writable()
        self._annotation_table(article_id).replace_all([codec.annotation_to_doc(a) for a in annotations])

    @_synchronized
    def delete_annotation(self, article_id: str, annotation_id: str) -> None:
        self._writable()
        if not self._annotation_table(article_id).remove(annotation_id):
            raise NotFoundError("Không tìm thấy ghi chú này: có thể nó đã bị xoá.")

    # --- tags ----------------------------------------------------------------------
    @_synchronized
    def list_tags(self) -> list[Tag]:
        return [codec.tag_from_doc(d) for d in self._tags.all()]

    @_synchronized
    def put_tag(self, tag: Tag) -> None:
        self._writable()
        self._tags.put(codec.tag_to_doc(tag))

    @_synchronized
    def delete_tag(self, tag_id: str) -> None:
        self._writable()
        self._tags.remove(tag_id)

"""Opening a library: the lock (or read-only), an interrupted operation finished or undone,
leftovers cleaned, missing and damaged files put back from the backups, the user told."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.errors import StorageError
from desktop.domain.message import Message, StoredLabel
from desktop.storage import journal, paths
from desktop.storage.backups import RESTORE_KIND, iter_restore_leftovers, list_backups
from desktop.storage.library_lock import FolderNotWritableError
from desktop.storage.recovery import annotations_label, remove_quietly, text_label
from desktop.storage.schema import SCHEMA_VERSION, migrate
from desktop.storage.table import Table

if TYPE_CHECKING:
    from desktop.storage.library_store import LibraryStore

LAYOUT_DOC = "layout"  # meta document: present once articles.json is sure to exist
LAYOUT_VERSION = 2
_LEFTOVER_SUFFIXES = (".tmp", journal.STAGED_SUFFIX)


def read_only_message(folder: Path) -> str:
    return Message(
        "Thư mục thư viện “{folder}” không cho phép ghi (ổ đĩa, thư mục mạng hoặc thư mục chỉ đọc), "
        "nên thư viện được mở ở chế độ chỉ đọc: xem, tìm và xuất được, nhưng không lưu được thay đổi.",
        code="read_only_folder",
        folder=str(folder),
    )


def _writable(folder: Path) -> bool:
    try:
        fd, name = tempfile.mkstemp(prefix=".probe-", suffix=".tmp", dir=folder)
    except OSError:
        return False
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return True


def acquire_or_read_only(store: LibraryStore) -> None:
    """Take the lock; a folder that cannot be written opens read-only by itself (told)."""
    try:
        store._lock.acquire()
    except FolderNotWritableError:
        pass
    else:
        if _writable(store.folder):
            return
        store._lock.release()
    store.read_only = True
    store.read_only_reason = read_only_message(store.folder)


def describe_outcome(outcome: journal.Outcome) -> str | None:
    """The sentence for an operation the previous run left unfinished. The journal keeps the
    operation's name as Vietnamese text: a fixed name is translated (StoredLabel), a restore
    is named by its archive (backups.restore_description)."""
    what = StoredLabel(outcome.description)
    if outcome.kind == RESTORE_KIND:
        quoted = re.search(r"“(.+)”", outcome.description)
        name = quoted.group(1) if quoted else outcome.description
        if outcome.completed:
            return Message(
                "Lần khôi phục từ bản sao lưu “{name}” bị ngắt giữa chừng nhưng đã lưu đủ, nên đã được hoàn tất: "
                "thư viện hiện là bản đã khôi phục.",
                code="restore_completed",
                name=name,
            )
        return Message(
            "Lần khôi phục từ bản sao lưu “{name}” bị ngắt trước khi xong nên đã được hủy: thư viện vẫn như trước khi khôi phục.",
            code="restore_undone",
            name=name,
        )
    if outcome.completed:
        if what:
            return Message(
                "Thao tác đang làm khi ứng dụng bị tắt đột ngột ({operation}) đã lưu đủ, nên đã được hoàn tất.",
                code="operation_completed",
                operation=what,
            )
        return Message("Thao tác đang làm khi ứng dụng bị tắt đột ngột đã lưu đủ, nên đã được hoàn tất.", code="operation_completed")
    if not what:
        return None  # one edit that never returned: nothing acknowledged is lost, nothing to say
    return Message(
        "Thao tác đang làm khi ứng dụng bị tắt đột ngột ({operation}) chưa lưu xong nên đã được hủy; "
        "thư viện giữ nguyên như trước thao tác đó.",
        code="operation_undone",
        operation=what,
    )


def _scan(folder: Path, *, clean: bool) -> set[str]:
    """Ids of the `<id>.json` files in a folder; leftovers of finished writes removed."""
    ids: set[str] = set()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return ids
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            if clean and name.endswith(_LEFTOVER_SUFFIXES):
                remove_quietly(Path(entry.path))
        elif name.endswith(".json"):
            ids.add(name[: -len(".json")])
    return ids


def _clean_leftovers(folder: Path) -> None:
    """Temporary files and restore folders of operations that are over (finished or rolled
    back by `journal.recover` just before): nothing can still need them."""
    for sub in (folder, folder / paths.INDEX_DIR):
        _scan(sub, clean=True)
    for path in list(iter_restore_leftovers(folder)):
        remove_quietly(path)


def _exists(store: LibraryStore, path: Path) -> bool:
    if path in store._overlay:
        return store._overlay[path] is not None
    return path.exists()


def _open_library_file(store: LibraryStore) -> None:
    db = store._open_db(store.folder / paths.LIBRARY_FILE)
    store._meta = Table(db, "meta")
    store._settings = Table(db, "settings")
    store._tags = Table(db, "tags")


def _open_articles_file(store: LibraryStore) -> None:
    path = store.folder / paths.ARTICLES_FILE
    store._articles = Table(store._open_db(path), "articles")
    try:
        store._meta_cache = store._decode_metas()
    except (ValueError, TypeError, KeyError, AttributeError):  # a value of the wrong kind: damaged
        store._recover(path)
        store._articles = Table(store._open_db(path), "articles")
        store._meta_cache = store._decode_metas()


def _check_schema(store: LibraryStore) -> None:
    schema = store._meta.get("schema")
    if schema is None:
        return
    version = int(schema.get("version", 0))
    if version > SCHEMA_VERSION:
        raise StorageError(
            Message("Thư viện này được tạo bởi một phiên bản Trích Dẫn mới hơn. Hãy cập nhật ứng dụng để mở nó.", code="newer_version"),
            detail=f"schema {version} > {SCHEMA_VERSION}",
        )
    if version < SCHEMA_VERSION and not store.read_only:
        from desktop.storage.backups import create_backup

        create_backup(store.folder, reason="before-migration")
        with store.transaction(Message("Nâng cấp thư viện")):
            store._meta.put({"id": "schema", "version": migrate(store.folder, version)})


def _root_files(store: LibraryStore) -> None:
    """library.json and articles.json: both there, both new, or the missing one is damage."""
    folder = store.folder
    library, articles = folder / paths.LIBRARY_FILE, folder / paths.ARTICLES_FILE
    has_library, has_articles = _exists(store, library), _exists(store, articles)
    store._created = not has_library and not has_articles and not list_backups(folder)
    if store._created:
        return
    missing = [p.name for p, there in ((library, has_library), (articles, has_articles)) if not there]
    if missing == [paths.ARTICLES_FILE]:
        _open_library_file(store)
        if store._meta.get(LAYOUT_DOC) is None:
            return  # a library of an older version that never held an article: nothing lost
    if missing:
        store._restore_missing(
            missing,
            {
                paths.LIBRARY_FILE: Message("tệp “{name}” (thẻ, cài đặt)", name=paths.LIBRARY_FILE),
                paths.ARTICLES_FILE: Message("danh sách bài viết (tệp “{name}”)", name=paths.ARTICLES_FILE),
            },
        )


def _create_or_upgrade(store: LibraryStore) -> None:
    """A new library's files in one go (the seeds follow); an older one gets its markers."""
    from desktop.storage.library_store import ANNOTATED_DOC, SEEDS_DOC

    if store.read_only:
        return
    with store.transaction():  # nothing to tell if interrupted: it is simply done again
        if store._meta.get("schema") is None:
            store._meta.put({"id": "schema", "version": SCHEMA_VERSION})
        if store._created:
            store._meta.put({"id": SEEDS_DOC, "state": "pending"})
            store._meta.put({"id": ANNOTATED_DOC, "ids": []})
        if store._meta.get(LAYOUT_DOC) is None:
            store._meta.put({"id": LAYOUT_DOC, "version": LAYOUT_VERSION})
            if not (store.folder / paths.ARTICLES_FILE).exists():
                store._articles._db.storage.write({"articles": {}})


def _check_article_files(store: LibraryStore) -> None:
    """Every text the list of articles names exists; every annotation file the library knows
    of exists (else put back from a backup and the user told); the list follows the files."""
    from desktop.storage.library_store import ANNOTATED_DOC

    clean = not store.read_only
    ids = set(store._meta_cache)
    texts = _scan(store.folder / paths.TEXTS_DIR, clean=clean)
    notes = _scan(store.folder / paths.ANNOTATIONS_DIR, clean=clean)
    titles = {i: m.title for i, m in store._meta_cache.items()}
    missing_texts = sorted(ids - texts)
    if missing_texts:
        rels = [f"{paths.TEXTS_DIR}/{i}.json" for i in missing_texts]
        labels: dict[str, str] = {f"{paths.TEXTS_DIR}/{i}.json": text_label(titles[i]) for i in missing_texts}
        store._lost |= set(rels) - store._restore_missing(rels, labels)
    known = store._meta.get(ANNOTATED_DOC)
    listed = set(known.get("ids", ())) if known is not None else notes & ids
    missing_notes = sorted((listed & ids) - notes)
    restored: set[str] = set()
    if missing_notes:
        rels = [f"{paths.ANNOTATIONS_DIR}/{i}.json" for i in missing_notes]
        labels = {f"{paths.ANNOTATIONS_DIR}/{i}.json": annotations_label(titles[i]) for i in missing_notes}
        restored = {Path(r).stem for r in store._restore_missing(rels, labels)}
    # Told once: what could not be put back leaves the list; files the list lacks (a crash
    # between writing a first annotation and listing it) join it.
    store._annotated = ((listed & ids) - set(missing_notes)) | restored | (notes & ids)
    if not store.read_only and (known is None or set(known.get("ids", ())) != store._annotated):
        with store.transaction():
            store._meta.put({"id": ANNOTATED_DOC, "ids": sorted(store._annotated)})


def open_library(store: LibraryStore) -> None:
    folder = store.folder
    store._overlay = {}
    if store.read_only:
        store._overlay = journal.overlay(folder)
    else:
        outcome = journal.recover(folder)
        message = describe_outcome(outcome) if outcome is not None else None
        if message:
            store.recovery.add(message)
        _clean_leftovers(folder)
    _root_files(store)
    if not hasattr(store, "_meta") or store._meta._db is not store._dbs.get(folder / paths.LIBRARY_FILE):
        _open_library_file(store)
    _check_schema(store)
    _open_articles_file(store)
    _create_or_upgrade(store)
    _check_article_files(store)

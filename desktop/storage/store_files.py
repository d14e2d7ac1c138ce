"""How the store's files are opened (through a committed journal when read-only), checked,
and put back from the backups when damaged or missing; what memory forgets after a rollback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tinydb import TinyDB

from desktop.domain.article import ArticleMeta
from desktop.domain.errors import StorageError
from desktop.domain.message import Message
from desktop.storage import paths
from desktop.storage.json_file_storage import AtomicJSONStorage, CorruptFileError
from desktop.storage.recovery import RecoveryLog, recover_file, restore_files
from desktop.storage.store_methods import validator_for
from desktop.storage.table import Table

if TYPE_CHECKING:
    from desktop.storage.transactions import Transactions


class StoreFiles:
    """Mixed into LibraryStore, whose state these methods share."""

    folder: Path
    read_only: bool
    recovery: RecoveryLog
    _txn: Transactions
    _dbs: dict[Path, TinyDB]
    _overlay: dict[Path, Path | None]
    _annotation_tables: dict[str, Table]
    _txn_texts: dict[Path, TinyDB]
    _annotated: set[str]
    _meta: Table
    _settings: Table
    _tags: Table
    _articles: Table
    _meta_cache: dict[str, ArticleMeta]
    _decode_metas: Callable[[], dict[str, ArticleMeta]]
    _read_annotated: Callable[[], set[str]]
    _annotation_path: Callable[[str], Path]

    def _storage(self, path: Path) -> TinyDB:
        source = self._overlay.get(path, path)
        rel = path.relative_to(self.folder).as_posix()
        return TinyDB(
            path,
            storage=AtomicJSONStorage,
            writer=self._txn,
            # The article list is checked as it is decoded (once: 35,000 documents).
            validate=None if rel == paths.ARTICLES_FILE else validator_for(rel),
            source=source if source is not None else self.folder / ".deleted",
        )

    def _open_db(self, path: Path) -> TinyDB:
        """A file kept open; a damaged one is recovered from the backups first."""
        db = self._storage(path)
        try:
            db.storage.read()
        except CorruptFileError:
            self._recover(path)
            db = self._storage(path)
            try:
                db.storage.read()
            except CorruptFileError as exc:
                raise StorageError(
                    Message("Tệp “{name}” bị hỏng và không khôi phục được từ bản sao lưu.", code="damaged_file", name=path.name),
                    detail=exc.detail,
                ) from exc
        self._dbs[path] = db
        return db

    def _recover(self, path: Path) -> None:
        if self.read_only:
            raise StorageError(
                Message(
                    "Tệp “{name}” bị hỏng. Hãy mở thư viện ở chế độ thường (không chỉ đọc) để khôi phục tệp này từ bản sao lưu.",
                    code="damaged_file",
                    name=path.relative_to(self.folder).as_posix(),
                ),
                detail=str(path),
            )
        recover_file(self.folder, path, self.recovery, validator_for(path.relative_to(self.folder).as_posix()))

    def _restore_missing(self, rels: list[str], labels: dict[str, str]) -> set[str]:
        if self.read_only:
            self.recovery.add(
                Message(
                    "{count} tệp của thư viện bị mất. Hãy mở thư viện ở chế độ thường (không chỉ đọc) "
                    "để khôi phục chúng từ bản sao lưu.",
                    code="files_missing",
                    count=len(rels),
                )
            )
            return set()
        return restore_files(self.folder, rels, self.recovery, validate=validator_for, labels=labels)

    def _file_exists(self, path: Path) -> bool:
        pending = self._txn.pending_storage(path)
        if pending is not False:
            return pending is not None
        if path in self._overlay:
            return self._overlay[path] is not None
        return path.exists()

    def _forget_files(self, touched: set[Path]) -> None:
        """After a rollback: what memory holds of the touched files is re-read from disk."""
        for path in touched:
            db = self._dbs.get(path)
            if db is not None:
                db.storage.forget()  # type: ignore[attr-defined]
        library, articles = self.folder / paths.LIBRARY_FILE, self.folder / paths.ARTICLES_FILE
        if library in touched:
            for table in (self._meta, self._settings, self._tags):
                table.reload()
            self._annotated = self._read_annotated()
        if articles in touched:
            self._articles.reload()
            self._meta_cache = self._decode_metas()
        for article_id in list(self._annotation_tables):
            path = self._annotation_path(article_id)
            if path in touched:
                self._annotation_tables.pop(article_id)
                self._dbs.pop(path, None)

    def _transaction_ended(self) -> None:
        self._txn_texts.clear()

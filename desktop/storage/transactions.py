"""The store's writes: held in memory inside a transaction and committed together (one atomic
write for one file, the journal for several), or undone together."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.domain.errors import StorageError
from desktop.domain.message import Message
from desktop.storage.atomic_write import atomic_write_bytes
from desktop.storage.journal import Journal, UnappliedCommit
from desktop.storage.json_file_storage import UNWRITABLE_MESSAGE, AtomicJSONStorage

Listener = Callable[[], None]
Reloader = Callable[[set[Path]], None]


class UnfinishedCommitError(StorageError):
    """Committed (the journal is durable) but not yet applied: the next open finishes it."""


class Transactions:
    """`with transactions.transaction("Gộp thẻ"):` makes every store write inside it one
    all-or-nothing operation. Transactions nest (an inner one joins the outer) and belong to
    the thread that opened them; they hold the store's lock, so other threads wait."""

    def __init__(
        self, folder: Path, mutex: threading.RLock, reload: Reloader, on_end: Listener | None = None
    ) -> None:
        self.folder = folder
        self._mutex = mutex
        self._reload = reload  # after a rollback: forget what memory holds of these files
        self._on_end = on_end
        self._depth = 0
        self._owner: int | None = None
        self._pending: dict[Path, AtomicJSONStorage | None] = {}  # None: delete the file
        self._writes = 0  # counts writes, so a failed inner transaction dooms its outer one
        self._doomed: BaseException | None = None
        self._description = ""
        self._broken: StorageError | None = None
        self.commit_listeners: list[Listener] = []
        self.rollback_listeners: list[Listener] = []

    # --- state ---------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self._depth > 0 and self._owner == threading.get_ident()

    def pending_storage(self, path: Path) -> AtomicJSONStorage | None | bool:
        """What this transaction will write at `path`: a storage, None (a deletion) or False."""
        if not self.active or path not in self._pending:
            return False
        return self._pending[path]

    # --- what the storages and the store call ------------------------------------------------
    def changed(self, storage: AtomicJSONStorage) -> None:
        if not self.active:
            # A write outside any transaction (only the store's own code could do that):
            # commit it at once as a one-file transaction.
            with self.transaction(explicit=False):
                self.changed(storage)
            return
        self._pending[storage.path] = storage
        self._writes += 1

    def delete(self, path: Path) -> None:
        if not self.active:
            with self.transaction(explicit=False):
                self.delete(path)
            return
        self._pending[path] = None
        self._writes += 1

    # --- the transaction ------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self, description: str = "", *, explicit: bool = True) -> Iterator[None]:
        with self._mutex:
            if self._depth:
                yield from self._nested()
                return
            if self._broken is not None:
                raise self._broken
            self._depth, self._owner, self._description = 1, threading.get_ident(), description
            self._writes, self._doomed = 0, None
            undone = False
            try:
                try:
                    yield
                    if self._doomed is not None:
                        raise StorageError(
                            Message(
                                "Một phần của thao tác không thực hiện được nên toàn bộ đã được hủy; "
                                "thư viện giữ nguyên như trước.",
                                code="operation_undone",
                            ),
                            detail=repr(self._doomed),
                        ) from self._doomed
                    self._commit()
                except UnfinishedCommitError:
                    raise  # committed: what is in memory is what the next open will have
                except BaseException:
                    touched = set(self._pending)
                    self._pending.clear()
                    self._reload(touched)
                    undone = bool(touched)  # refused before writing anything: nothing to undo
                    raise
            finally:
                self._pending.clear()
                self._depth, self._owner = 0, None
                if self._on_end is not None:
                    self._on_end()
                # Listeners run once the transaction is over, so what they do is not part of it.
                if explicit:
                    self._notify(self.rollback_listeners if undone else self.commit_listeners)

    def _nested(self) -> Iterator[None]:
        self._depth += 1
        writes = self._writes
        try:
            yield
        except BaseException as exc:
            if self._writes != writes and self._doomed is None:
                self._doomed = exc  # half of it is in the outer transaction: none of it may stay
            raise
        finally:
            self._depth -= 1

    @staticmethod
    def _notify(listeners: list[Listener]) -> None:
        for listener in list(listeners):
            listener()

    def _commit(self) -> None:
        if not self._pending:
            return
        # Encoded first: a value that cannot be stored stops the whole operation before any file.
        changes = [(path, None if s is None else s.encode()) for path, s in self._pending.items()]
        try:
            if len(changes) == 1:
                path, data = changes[0]
                if data is None:
                    path.unlink(missing_ok=True)
                else:
                    atomic_write_bytes(path, data)
                return
            journal = Journal(self.folder, self._description)
            try:
                for path, data in changes:
                    if data is None:
                        journal.delete(path)
                    else:
                        journal.stage(path, data)
            except BaseException:
                journal.abort()
                raise
            journal.commit()
        except UnappliedCommit as exc:
            self._broken = UnfinishedCommitError(
                Message(
                    "Thay đổi đã được lưu nhưng chưa ghi xong vào các tệp (tệp đang bị chương trình khác "
                    "giữ?). Hãy đóng rồi mở lại thư viện: việc ghi sẽ được hoàn tất.",
                    code="commit_unfinished",
                ),
                detail=repr(exc),
            )
            raise self._broken from exc
        except OSError as exc:
            raise StorageError(UNWRITABLE_MESSAGE, detail=repr(exc)) from exc


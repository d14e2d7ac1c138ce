"""A TinyDB Storage that keeps the parsed file in memory and hands its writes to the store's
transactions (one atomic write per file, several files through the journal)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from tinydb.storages import Storage

from desktop.domain.errors import StorageError
from desktop.domain.message import Message
from desktop.storage.atomic_write import atomic_write_bytes
from desktop.storage.file_format import (
    UNWRITABLE_MESSAGE,
    CorruptFileError,
    Tables,
    Validator,
    encode_tables,
    parse_tables,
)

__all__ = ["UNWRITABLE_MESSAGE", "AtomicJSONStorage", "CorruptFileError", "FileWriter", "Validator"]



class FileWriter(Protocol):
    def changed(self, storage: AtomicJSONStorage) -> None: ...


class AtomicJSONStorage(Storage):
    """TinyDB re-reads its storage on every operation; we answer from memory. A write goes to
    `writer` (the store's transactions) which commits it; without one it is written at once."""

    def __init__(
        self,
        path: str | Path,
        *,
        writer: FileWriter | None = None,
        validate: Validator | None = None,
        source: Path | None = None,
        **_: Any,
    ) -> None:
        self.path = Path(path)
        self.writer = writer
        self.validate = validate
        # Where the content really is: a read-only open may read a committed journal's
        # staged file before it has been renamed into place.
        self.source = source
        self._cache: Tables | None = None

    def read(self) -> Tables | None:
        if self._cache is None:
            self._cache = self._load()
        return self._cache

    def _read_raw(self) -> bytes | None:
        for candidate in (self.source, self.path):
            if candidate is None:
                continue
            try:
                return candidate.read_bytes()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise StorageError(
                    Message(
                        "Không đọc được tệp dữ liệu “{name}”: không có quyền hoặc ổ đĩa lỗi.", code="read_failed", name=self.path.name
                    ),
                    detail=repr(exc),
                ) from exc
        return None

    def _load(self) -> Tables | None:
        raw = self._read_raw()
        if raw is None:
            return None
        try:
            return parse_tables(raw, self.validate)
        except ValueError as exc:
            raise CorruptFileError(self.path, str(exc)) from exc

    def write(self, data: Tables) -> None:
        self._cache = data
        if self.writer is not None:
            self.writer.changed(self)
            return
        try:
            atomic_write_bytes(self.path, self.encode())
        except OSError as exc:
            self._cache = None  # what is on disk is the truth
            raise StorageError(UNWRITABLE_MESSAGE, detail=repr(exc)) from exc

    def encode(self) -> bytes:
        return encode_tables(self._cache or {}, self.path)

    def forget(self) -> None:
        """Drop what is in memory: the next read shows what is on disk."""
        self._cache = None

    def close(self) -> None:
        self._cache = None

"""A TinyDB Storage that writes atomically and durably and keeps the parsed file in memory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from desktop.domain.errors import StorageError
from desktop.storage.atomic_write import atomic_write_bytes


class CorruptFileError(StorageError):
    """A library file exists but is not valid JSON of the expected shape."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"Tệp dữ liệu “{path.name}” bị hỏng và không đọc được.", detail=detail)
        self.path = path


class AtomicJSONStorage(Storage):
    """TinyDB re-reads its storage on every operation; we answer from memory and
    write the whole (small) file atomically on each change."""

    def __init__(self, path: str | Path, *, durable: bool = True, **_: Any) -> None:
        self.path = Path(path)
        self.durable = durable  # False only for bulk writes that end with sync_written()
        self._cache: dict[str, dict[str, Any]] | None = None

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._cache is None:
            self._cache = self._load()
        return self._cache

    def _load(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StorageError(
                f"Không đọc được tệp dữ liệu “{self.path.name}”: không có quyền hoặc ổ đĩa lỗi.",
                detail=repr(exc),
            ) from exc
        if not raw.strip():
            raise CorruptFileError(self.path, "empty file")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CorruptFileError(self.path, repr(exc)) from exc
        if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
            raise CorruptFileError(self.path, "top level is not an object of tables")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            atomic_write_bytes(self.path, payload, durable=self.durable)
        except OSError as exc:
            # TinyDB has already changed the cached tables: forget them so the next
            # read shows what is really on disk.
            self._cache = None
            raise StorageError(
                "Không lưu được thay đổi vào thư viện (ổ đĩa đầy, bị khoá hoặc không có quyền ghi). "
                "Dữ liệu đã lưu trước đó vẫn an toàn.",
                detail=repr(exc),
            ) from exc
        self._cache = data

    def close(self) -> None:
        self._cache = None

"""One running app per library: an OS lock on a file in the library folder."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from desktop.domain.errors import LibraryLockedError, StorageError
from desktop.domain.message import Message

LOCK_NAME = ".lock"


class FolderNotWritableError(StorageError):
    """The library folder cannot be written (a read-only disk, share or folder)."""


class LibraryLock:
    """Held for the life of an open library; the OS frees it if the process dies."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        except OSError as exc:  # read-only disk or folder, no permission
            raise FolderNotWritableError(
                Message("Không ghi được vào thư mục “{folder}”.", code="folder_not_writable", folder=str(self.path.parent)),
                detail=repr(exc),
            ) from exc
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            raise LibraryLockedError(
                Message(
                    "Thư viện này đang được mở trong một cửa sổ Trích Dẫn khác. Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.",
                    code="library_locked",
                ),
                detail=f"{self.path}: {exc!r}",
            ) from exc
        self._handle = handle
        with contextlib.suppress(OSError):  # the pid is for people looking at the folder only
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._handle)
        with contextlib.suppress(OSError):  # the pid may still be buffered on a full disk
            self._handle.close()
        self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

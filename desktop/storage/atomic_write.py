"""Durable, atomic file replacement: temp file in the same folder, fsync, rename, fsync dir."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; its rename is durable enough
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make renames and removals inside `folder` durable."""
    _fsync_dir(folder)


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file.

    With durable=False the caller promises to call `sync_written` before acknowledging
    (bulk import: one sync for a whole batch instead of two per file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            if durable:
                os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if durable:
        _fsync_dir(path.parent)


def sync_written(paths: list[Path]) -> None:
    """Make files written with durable=False (and their renames) durable."""
    if not paths:
        return
    if hasattr(os, "sync"):  # POSIX: one call flushes every pending write, names included
        os.sync()
        return
    for path in paths:  # pragma: no cover - Windows
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())

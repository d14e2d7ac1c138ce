"""Backups of a whole library as single zip archives, rotated; restore swaps them back in."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain.errors import StorageError
from desktop.storage import paths

PREFIX = "trichdan-"
DEFAULT_KEEP = 20
_NOT_BACKED_UP = {paths.BACKUPS_DIR, paths.DAMAGED_DIR, paths.INDEX_DIR}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str

    @property
    def label(self) -> str:
        return self.created.strftime("%H:%M ngày %d/%m/%Y")


def _library_files(folder: Path) -> list[Path]:
    files = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        hidden = any(part.startswith(".") for part in rel.parts)  # lock, temp files, restore staging
        if path.is_file() and rel.parts[0] not in _NOT_BACKED_UP and not hidden:
            files.append(path)
    return files


def create_backup(folder: Path, *, reason: str = "manual", keep: int = DEFAULT_KEEP) -> Path:
    """Write a new archive atomically (temp name, then rename) and drop the oldest past `keep`."""
    target_dir = folder / paths.BACKUPS_DIR
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = target_dir / f"{PREFIX}{stamp}-{reason}.zip"
    fd, tmp_name = tempfile.mkstemp(prefix=".backup-", suffix=".tmp", dir=target_dir)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp_name, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            for path in _library_files(folder):
                try:
                    zf.write(path, path.relative_to(folder).as_posix())
                except FileNotFoundError:  # deleted by the app while we were zipping
                    continue
        with open(tmp_name, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise StorageError(
            "Không tạo được bản sao lưu (ổ đĩa đầy hoặc không có quyền ghi). Thư viện không bị thay đổi.",
            detail=repr(exc),
        ) from exc
    for old in list_backups(folder)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(folder: Path) -> list[BackupInfo]:
    """Newest first."""
    found = []
    for path in (folder / paths.BACKUPS_DIR).glob(f"{PREFIX}*.zip"):
        parts = path.stem[len(PREFIX) :].split("-", 3)
        try:
            created = datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            created = datetime.fromtimestamp(path.stat().st_mtime)
        found.append(BackupInfo(path, created, parts[3] if len(parts) > 3 else ""))
    return sorted(found, key=lambda b: b.created, reverse=True)


def read_member(archive: Path, rel: str) -> bytes | None:
    try:
        with zipfile.ZipFile(archive) as zf:
            return zf.read(rel)
    except (KeyError, OSError, zipfile.BadZipFile):
        return None


def restore_backup(folder: Path, archive: Path) -> Path:
    """Replace the library's files by the archive's. The current state is backed up first,
    so a restore can itself be undone. The library must be closed."""
    try:
        with zipfile.ZipFile(archive) as zf:
            bad = zf.testzip()
            if bad is not None:
                raise zipfile.BadZipFile(bad)
            names = zf.namelist()
            if paths.LIBRARY_FILE not in names and paths.ARTICLES_FILE not in names:
                raise zipfile.BadZipFile("not a library backup")
            safety = create_backup(folder, reason="before-restore")
            staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=folder))
            zf.extractall(staging)
    except (OSError, zipfile.BadZipFile) as exc:
        raise StorageError(
            f"Tệp “{archive.name}” không phải là bản sao lưu hợp lệ của Trích Dẫn. Thư viện không bị thay đổi.",
            detail=repr(exc),
        ) from exc
    try:
        for path in _library_files(folder):
            path.unlink()
        for path in sorted(staging.rglob("*")):
            if path.is_file():
                dest = folder / path.relative_to(staging)
                dest.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, dest)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return safety


def seconds_since_last_backup(folder: Path) -> float | None:
    backups = list_backups(folder)
    if not backups:
        return None
    return time.time() - backups[0].path.stat().st_mtime

"""Backups of a whole library as single zip archives, rotated by the time recorded inside
them; restore swaps them back in through the journal (all or nothing)."""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager as ContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.errors import StorageError
from desktop.domain.message import Message
from desktop.storage import codec, paths
from desktop.storage.file_format import parse_tables
from desktop.storage.journal import Journal, UnappliedCommit

PREFIX = "trichdan-"
DEFAULT_KEEP = 20
APP_MARK = "trichdan-backup"
RESTORE_KIND = "restore"
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}\.json$")
_EOCD = b"PK\x05\x06"
_SNAPSHOT_TRIES = 3  # texts changed while being zipped: try again, the last time under the lock

LockFactory = Callable[[], ContextManager[object]]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # aware, UTC
    reason: str

    @property
    def label(self) -> str:
        """When it was made, local time: "14:05 ngày 15/03/2024" (a Message: English too)."""
        return Message("{when:datetime}", when=self.created.astimezone())


def is_library_file(rel: str) -> bool:
    """Only these names are ever backed up or taken from an archive being restored."""
    if rel in (paths.LIBRARY_FILE, paths.ARTICLES_FILE):
        return True
    folder, _, name = rel.partition("/")
    return folder in (paths.TEXTS_DIR, paths.ANNOTATIONS_DIR) and bool(_SAFE_NAME.match(name))


def library_files(folder: Path) -> list[str]:
    """The library's own files (relative, '/'-separated), nothing else in its folder."""
    found = [name for name in (paths.LIBRARY_FILE, paths.ARTICLES_FILE) if (folder / name).is_file()]
    for sub in (paths.TEXTS_DIR, paths.ANNOTATIONS_DIR):
        with contextlib.suppress(FileNotFoundError, NotADirectoryError), os.scandir(folder / sub) as entries:
            found += sorted(f"{sub}/{e.name}" for e in entries if is_library_file(f"{sub}/{e.name}"))
    return found


# --- what a backup records about itself --------------------------------------------------------
def _info_comment(created: datetime, reason: str) -> bytes:
    return json.dumps({"app": APP_MARK, "created": created.isoformat(), "reason": reason}).encode()


def _read_comment(path: Path) -> bytes | None:
    """The archive's comment, read from its end record alone (no need to list 70,000 members)."""
    try:
        with open(path, "rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            tail_size = min(size, 65536 + 22)
            handle.seek(size - tail_size)
            tail = handle.read(tail_size)
    except OSError:
        return None
    at = tail.rfind(_EOCD)
    if at < 0 or at + 22 > len(tail):
        return None
    length = int.from_bytes(tail[at + 20 : at + 22], "little")
    return tail[at + 22 : at + 22 + length]


def _recorded(path: Path) -> tuple[datetime, str] | None:
    comment = _read_comment(path)
    if not comment:
        return None
    try:
        info = json.loads(comment.decode("utf-8"))
        if info.get("app") != APP_MARK:
            return None
        created = datetime.fromisoformat(info["created"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return created.astimezone(UTC), str(info.get("reason", ""))


def list_backups(folder: Path) -> list[BackupInfo]:
    """Newest first, by the time recorded inside each archive (else the file's own time);
    the name is never trusted: it may have been made under another time zone or clock."""
    found = []
    for path in (folder / paths.BACKUPS_DIR).glob(f"{PREFIX}*.zip"):
        recorded = _recorded(path)
        if recorded is None:
            try:
                stamp = path.stat().st_mtime
            except OSError:
                continue
            reason = path.stem.rsplit("-", 1)[-1] if path.stem.count("-") >= 4 else ""
            recorded = (datetime.fromtimestamp(stamp, UTC), reason)
        found.append(BackupInfo(path, *recorded))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def read_member(archive: Path, rel: str) -> bytes | None:
    try:
        with zipfile.ZipFile(archive) as zf:
            return zf.read(rel)
    except (KeyError, OSError, zipfile.BadZipFile):
        return None


# --- making one --------------------------------------------------------------------------------
class _Changed(Exception):
    """A text was replaced while being zipped: the snapshot is not consistent."""


def _snapshot(folder: Path) -> tuple[dict[str, bytes], dict[str, tuple[int, int, int]]]:
    """Small files read whole, texts only stat'ed (they are large and rarely change)."""
    small: dict[str, bytes] = {}
    stats: dict[str, tuple[int, int, int]] = {}
    for rel in library_files(folder):
        try:
            if rel.startswith(paths.TEXTS_DIR + "/"):
                st = os.stat(folder / rel)
                stats[rel] = (st.st_ino, st.st_mtime_ns, st.st_size)
            else:
                small[rel] = (folder / rel).read_bytes()
        except FileNotFoundError:
            continue
    return small, stats


def _zip_snapshot(folder: Path, target: Path, created: datetime, reason: str, lock: LockFactory, strict: bool) -> None:
    with lock():
        small, stats = _snapshot(folder)
        if strict:  # the last try: everything read while nothing can change
            texts = {rel: (folder / rel).read_bytes() for rel in stats}
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.comment = _info_comment(created, reason)
        for rel, data in small.items():
            zf.writestr(rel, data)
        for rel, stat in stats.items():
            if strict:
                zf.writestr(rel, texts[rel])
                continue
            try:
                with open(folder / rel, "rb") as handle:
                    st = os.fstat(handle.fileno())
                    # Files are only ever replaced, never changed in place: same file, same bytes.
                    if (st.st_ino, st.st_mtime_ns, st.st_size) != stat:
                        raise _Changed(rel)
                    zf.writestr(rel, handle.read())
            except FileNotFoundError as exc:
                raise _Changed(rel) from exc


def create_backup(
    folder: Path,
    *,
    reason: str = "manual",
    keep: int = DEFAULT_KEEP,
    lock: LockFactory | None = None,
    protect: tuple[Path, ...] = (),
) -> Path:
    """Write a new archive atomically and drop the oldest past `keep` (never the new one nor
    a `protect`ed one). `lock` holds the store still while its files are read, so the archive
    is one consistent state even while the app keeps writing."""
    lock = lock or contextlib.nullcontext
    target_dir = folder / paths.BACKUPS_DIR
    created = datetime.now(UTC)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".backup-", suffix=".tmp", dir=_made(target_dir))
        os.close(fd)
    except OSError as exc:
        raise _not_made(exc) from exc
    target = target_dir / f"{PREFIX}{created.strftime('%Y%m%d-%H%M%S-%f')}Z-{reason}.zip"
    try:
        for attempt in range(_SNAPSHOT_TRIES):
            try:
                _zip_snapshot(folder, Path(tmp_name), created, reason, lock, strict=attempt == _SNAPSHOT_TRIES - 1)
                break
            except _Changed:
                continue
        with open(tmp_name, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise _not_made(exc) from exc
    rotate(folder, keep, spare=(target, *protect))
    return target


def _not_made(exc: OSError) -> StorageError:
    return StorageError(
        Message("Không tạo được bản sao lưu (ổ đĩa đầy hoặc không có quyền ghi). Thư viện không bị thay đổi.", code="backup_failed"),
        detail=repr(exc),
    )


def _made(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def rotate(folder: Path, keep: int, *, spare: tuple[Path, ...] = ()) -> None:
    """Keep the `keep` newest archives (by recorded time) and every spared one."""
    spared = {p.resolve() for p in spare}
    for old in list_backups(folder)[max(keep, 1) :]:
        if old.path.resolve() not in spared:
            with contextlib.suppress(OSError):
                old.path.unlink()


def seconds_since_last_backup(folder: Path) -> float | None:
    backups = list_backups(folder)
    if not backups:
        return None
    return max(0.0, time.time() - backups[0].created.timestamp())


# --- restoring one -----------------------------------------------------------------------------
def _invalid(archive: Path, detail: str) -> StorageError:
    return StorageError(
        Message(
            "Tệp “{name}” không phải là bản sao lưu hợp lệ của Trích Dẫn. Thư viện không bị thay đổi.",
            code="not_a_backup",
            name=archive.name,
        ),
        detail=detail,
    )


def _checked_members(zf: zipfile.ZipFile, archive: Path) -> list[str]:
    bad = zf.testzip()
    if bad is not None:
        raise _invalid(archive, f"bad CRC: {bad}")
    names = [n for n in zf.namelist() if is_library_file(n)]
    if paths.LIBRARY_FILE not in names and paths.ARTICLES_FILE not in names:
        raise _invalid(archive, "not a library backup")
    checks = {paths.LIBRARY_FILE: codec.check_library, paths.ARTICLES_FILE: codec.check_articles}
    for name, check in checks.items():
        if name in names:
            try:
                parse_tables(zf.read(name), check)
            except ValueError as exc:
                raise _invalid(archive, f"{name}: {exc}") from exc
    return names


def restore_description(archive: Path) -> str:
    """How the journal names a restore (read back by library_opening.describe_outcome)."""
    return Message("Khôi phục từ bản sao lưu “{name}”", name=archive.name)


def restore_backup(
    folder: Path, archive: Path, *, keep: int = DEFAULT_KEEP, lock: LockFactory | None = None
) -> Path:
    """Replace the library's files by the archive's, all or nothing (one journal): a crash at
    any instant leaves the old library or the restored one, and the next open says which.
    The state before is backed up first, so a restore can itself be undone. The caller holds
    the library's lock throughout; returns the safety backup."""
    try:
        zf = zipfile.ZipFile(archive)
    except (OSError, zipfile.BadZipFile) as exc:
        raise _invalid(archive, repr(exc)) from exc
    with zf:
        try:
            names = _checked_members(zf, archive)
        except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError) as exc:
            raise _invalid(archive, repr(exc)) from exc
        journal = Journal(folder, restore_description(archive), kind=RESTORE_KIND)
        try:
            journal.begin()  # from here a crash is reported as an interrupted restore
            safety = create_backup(folder, reason="before-restore", keep=keep, lock=lock, protect=(archive,))
            for name in names:
                with zf.open(name) as member:
                    journal.stage_from(folder / name, member)
            wanted = set(names)
            for rel in library_files(folder):
                if rel not in wanted:
                    journal.delete(folder / rel)
        except BaseException as exc:
            journal.abort()
            if isinstance(exc, OSError | zipfile.BadZipFile):
                raise StorageError(
                    Message(
                        "Không khôi phục được (ổ đĩa đầy hoặc bản sao lưu bị hỏng). Thư viện không bị thay đổi.", code="restore_failed"
                    ),
                    detail=repr(exc),
                ) from exc
            raise
        try:
            journal.commit()
        except UnappliedCommit as exc:
            raise StorageError(
                Message(
                    "Bản sao lưu đã được khôi phục nhưng chưa ghi xong vào các tệp. Hãy đóng rồi mở lại "
                    "thư viện: việc khôi phục sẽ được hoàn tất.",
                    code="restore_unfinished",
                ),
                detail=repr(exc),
            ) from exc
        except OSError as exc:
            raise StorageError(
                Message("Không khôi phục được (ổ đĩa đầy hoặc không có quyền ghi). Thư viện không bị thay đổi.", code="restore_failed"),
                detail=repr(exc),
            ) from exc
    return safety


def iter_restore_leftovers(folder: Path) -> Iterator[Path]:
    """Staging folders of the old restore (before the journal) and unfinished archives."""
    with contextlib.suppress(OSError):
        yield from (p for p in folder.glob(".restore-*") if p.is_dir())
    with contextlib.suppress(OSError):
        yield from (folder / paths.BACKUPS_DIR).glob(".backup-*.tmp")

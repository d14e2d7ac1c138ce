"""Operations on several files, all or nothing: an intent journal rolled forward or back on open.

A multi-file change stages every new file beside its target (`.NAME.<id>.staged`), makes
them durable, then writes `.journal.json` naming each target and its staged file: that
rename is the commit point. Renaming the staged files over their targets applies it, and
removing the journal ends it. On open, a committed journal is applied again (renames are
idempotent: a staged file already moved is gone) and a journal that was only prepared is
rolled back by removing its staged files. A single-file change is one atomic rename and
needs no journal.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from desktop.storage.atomic_write import atomic_write_bytes, fsync_dir

JOURNAL_NAME = ".journal.json"
STAGED_SUFFIX = ".staged"
# Above this many staged files one system-wide sync is cheaper than an fsync per file.
FSYNC_EACH_UP_TO = 32
_RENAME_RETRIES = 20  # Windows: a virus scanner may hold a file open for a moment
_COPY_CHUNK = 1 << 20

PREPARED = "prepared"
COMMITTED = "committed"


class UnappliedCommit(OSError):
    """Past the commit point a rename failed: the operation is saved (the journal is durable)
    and the next open completes it."""


@dataclass(frozen=True)
class Outcome:
    """What opening found of an interrupted operation: its description and whether it was
    completed (committed before the interruption) or undone."""

    description: str
    completed: bool
    kind: str = ""


def staged_name(target: Path, txn_id: str) -> Path:
    return target.parent / f".{target.name}.{txn_id}{STAGED_SUFFIX}"


def _write_record(folder: Path, record: dict[str, object], *, durable: bool) -> None:
    payload = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    atomic_write_bytes(folder / JOURNAL_NAME, payload, durable=durable)


def _replace(source: Path, target: Path) -> None:
    for attempt in range(_RENAME_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _RENAME_RETRIES - 1:
                raise
            time.sleep(0.05)


def _unlink(path: Path) -> None:
    for attempt in range(_RENAME_RETRIES):
        try:
            path.unlink(missing_ok=True)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _RENAME_RETRIES - 1:
                raise
            time.sleep(0.05)


def _apply(folder: Path, entries: Iterable[tuple[str, str | None]]) -> None:
    """Move each staged file over its target (or remove the target): safe to repeat."""
    folders: set[Path] = set()
    for rel, staged_rel in entries:
        target = folder / rel
        if staged_rel is None:
            _unlink(target)
        else:
            staged = folder / staged_rel
            if staged.exists():
                _replace(staged, target)
        folders.add(target.parent)
    for parent in sorted(folders):
        with contextlib.suppress(OSError):
            fsync_dir(parent)


class Journal:
    """One multi-file operation: `stage`/`stage_from`/`delete` each file, then `commit()`;
    `abort()` (or an exception before the commit point) leaves the library untouched."""

    def __init__(self, folder: Path, description: str = "", *, kind: str = "") -> None:
        self.folder = folder
        self.description = description
        self.kind = kind
        self.id = uuid.uuid4().hex[:12]
        self._entries: dict[str, str | None] = {}
        self._staged: list[Path] = []
        self._prepared = False

    def __len__(self) -> int:
        return len(self._entries)

    def _rel(self, target: Path) -> str:
        return target.relative_to(self.folder).as_posix()

    def begin(self) -> None:
        """Record the intent now (before any file is staged): an interruption from here on is
        reported with this operation's description."""
        self._prepare()

    def _prepare(self) -> None:
        if not self._prepared:
            # Not made durable: losing it in a power cut only loses the description.
            _write_record(
                self.folder,
                {"id": self.id, "state": PREPARED, "description": self.description, "kind": self.kind},
                durable=False,
            )
            self._prepared = True

    def _staged_for(self, target: Path) -> Path:
        self._prepare()
        target.parent.mkdir(parents=True, exist_ok=True)
        staged = staged_name(target, self.id)
        self._staged.append(staged)
        self._entries[self._rel(target)] = self._rel(staged)
        return staged

    def stage(self, target: Path, data: bytes) -> None:
        staged = self._staged_for(target)
        with open(staged, "wb") as handle:
            handle.write(data)

    def stage_from(self, target: Path, source: IO[bytes]) -> None:
        """Stage a file copied from a stream (a zip member being restored)."""
        staged = self._staged_for(target)
        with open(staged, "wb") as handle:
            while chunk := source.read(_COPY_CHUNK):
                handle.write(chunk)

    def delete(self, target: Path) -> None:
        self._prepare()
        self._entries[self._rel(target)] = None

    def _sync_staged(self) -> None:
        staged = [p for p in dict.fromkeys(self._staged) if p.exists()]
        if len(staged) > FSYNC_EACH_UP_TO and hasattr(os, "sync"):
            os.sync()  # POSIX: one call flushes every pending write
            return
        for path in staged:
            with open(path, "rb+") as handle:
                os.fsync(handle.fileno())

    def commit(self) -> None:
        """Durable staged files, then the journal (the commit point), then the renames."""
        if not self._entries:
            self.abort()
            return
        try:
            self._sync_staged()
            entries = sorted(self._entries.items())
            _write_record(
                self.folder,
                {
                    "id": self.id,
                    "state": COMMITTED,
                    "description": self.description,
                    "kind": self.kind,
                    "files": [[rel, staged] for rel, staged in entries],
                },
                durable=True,
            )
        except BaseException:
            self.abort()
            raise
        # Past the commit point: a failure from here on is finished by the next open.
        try:
            _apply(self.folder, entries)
            _unlink(self.folder / JOURNAL_NAME)
        except OSError as exc:
            raise UnappliedCommit(exc.errno, f"journal {self.id} committed, not applied: {exc}") from exc
        with contextlib.suppress(OSError):
            fsync_dir(self.folder)

    def abort(self) -> None:
        for path in self._staged:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        if self._prepared:
            with contextlib.suppress(OSError):
                (self.folder / JOURNAL_NAME).unlink(missing_ok=True)
        self._entries.clear()
        self._staged.clear()
        self._prepared = False


def read_record(folder: Path) -> dict[str, object] | None:
    """The journal left by an interrupted operation, None if there is none; an unreadable
    one (a damaged disk) counts as never committed."""
    path = folder / JOURNAL_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {"state": PREPARED, "description": "", "kind": ""}
    return record if isinstance(record, dict) else {"state": PREPARED, "description": "", "kind": ""}


def _committed_entries(record: dict[str, object]) -> list[tuple[str, str | None]] | None:
    files = record.get("files")
    if record.get("state") != COMMITTED or not isinstance(files, list):
        return None
    entries: list[tuple[str, str | None]] = []
    for item in files:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str)):
            return None
        rel, staged = item
        if not (staged is None or isinstance(staged, str)) or ".." in Path(rel).parts:
            return None
        entries.append((rel, staged))
    return entries


def recover(folder: Path) -> Outcome | None:
    """Finish (roll forward) or undo (roll back) an interrupted operation; the caller holds
    the library's lock. Returns what it did, None when there was nothing to do."""
    record = read_record(folder)
    if record is None:
        return None
    description = str(record.get("description") or "")
    kind = str(record.get("kind") or "")
    entries = _committed_entries(record)
    if entries is not None:
        _apply(folder, entries)
        outcome = Outcome(description, True, kind)
    else:
        txn_id = str(record.get("id") or "")
        for staged in iter_staged(folder):
            if not txn_id or staged.name.endswith(f".{txn_id}{STAGED_SUFFIX}"):
                with contextlib.suppress(OSError):
                    staged.unlink()
        outcome = Outcome(description, False, kind)
    _unlink(folder / JOURNAL_NAME)
    with contextlib.suppress(OSError):
        fsync_dir(folder)
    return outcome


def overlay(folder: Path) -> dict[Path, Path | None]:
    """For a read-only open while a committed journal is not yet applied: target -> the file
    that really holds its content (None: the target is deleted)."""
    record = read_record(folder)
    entries = _committed_entries(record) if record is not None else None
    if not entries:
        return {}
    return {folder / rel: (folder / staged if staged is not None else None) for rel, staged in entries}


def iter_staged(folder: Path) -> Iterable[Path]:
    """Staged files anywhere in the library's own folders (not backups or the index)."""
    from desktop.storage import paths

    for sub in (folder, folder / paths.TEXTS_DIR, folder / paths.ANNOTATIONS_DIR):
        try:
            entries = list(os.scandir(sub))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") and entry.name.endswith(STAGED_SUFFIX):
                yield Path(entry.path)

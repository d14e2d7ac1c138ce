"""Damaged or missing files: a damaged one moved aside (never deleted), either put back from
the newest backup that holds a good copy, and the user told in a sentence."""

from __future__ import annotations

import contextlib
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.message import Message
from desktop.storage import paths
from desktop.storage.atomic_write import atomic_write_bytes, sync_written
from desktop.storage.file_format import Validator, parse_tables

# The title the GUI gives the window that shows these messages; the CLI prints it too.
RECOVERY_TITLE = Message("Thư viện đã được khôi phục")
_LISTED = 3  # files named one by one in a message; more are counted
MISSING = Message("bị mất")


@dataclass
class RecoveryLog:
    """What recovery did, in sentences for the user. Listeners hear each new sentence (the
    CLI prints it, the GUI shows it), also for files repaired long after opening."""

    messages: list[str] = field(default_factory=list)  # Messages
    listeners: list[Callable[[str], None]] = field(default_factory=list)

    def add(self, message: str) -> None:
        self.messages.append(message)
        for listener in list(self.listeners):
            listener(message)

    def __bool__(self) -> bool:
        return bool(self.messages)


def move_aside(folder: Path, path: Path) -> Path:
    damaged = folder / paths.DAMAGED_DIR
    damaged.mkdir(parents=True, exist_ok=True)
    rel = path.relative_to(folder).as_posix().replace("/", "__")
    target = damaged / f"{time.strftime('%Y%m%d-%H%M%S')}-{rel}"
    n = 1
    while target.exists():
        target = damaged / f"{time.strftime('%Y%m%d-%H%M%S')}-{n}-{rel}"
        n += 1
    path.replace(target)
    return target


def _good(data: bytes, validate: Validator | None) -> bool:
    try:
        parse_tables(data, validate)
    except ValueError:
        return False
    return True


def find_in_backups(
    folder: Path, wanted: list[str], validate: Callable[[str], Validator | None]
) -> dict[str, tuple[bytes, str]]:
    """rel -> (good bytes, backup label) from the newest backup that has a good copy; each
    archive is opened once, however many files are wanted."""
    from desktop.storage.backups import list_backups

    found: dict[str, tuple[bytes, str]] = {}
    missing = list(dict.fromkeys(wanted))
    for backup in list_backups(folder):
        if not missing:
            break
        try:
            with zipfile.ZipFile(backup.path) as archive:
                names = set(archive.namelist())
                for rel in [r for r in missing if r in names]:
                    try:
                        data = archive.read(rel)
                    except (OSError, zipfile.BadZipFile, KeyError):
                        continue
                    if _good(data, validate(rel)):
                        found[rel] = (data, backup.label)
                        missing.remove(rel)
        except (OSError, zipfile.BadZipFile):
            continue
    return found


def text_label(title: str) -> Message:
    """How a message names an article's text file."""
    return Message("nội dung bài “{title}”", title=title)


def annotations_label(title: str) -> Message:
    """How a message names an article's annotation file."""
    return Message("các ghi chú của bài “{title}”", title=title)


def _describe(rels: list[str], labels: dict[str, str]) -> Message:
    """"nội dung bài “A”, … và 12 tệp khác": a sentence's subject (capitalised where it is used)."""
    shown = [labels.get(r) or Message("tệp “{name}”", name=r) for r in rels[:_LISTED]]
    if len(rels) > _LISTED:
        return Message("{files} và {more} tệp khác", files=shown, more=len(rels) - _LISTED)
    return Message("{files}", files=shown)


def restore_files(
    folder: Path,
    wanted: list[str],
    log: RecoveryLog,
    *,
    validate: Callable[[str], Validator | None],
    labels: dict[str, str] | None = None,
    why: str = MISSING,
) -> set[str]:
    """Put back each wanted file from the backups; tell the user what came back (and from
    when) and what could not. Returns the files restored."""
    labels = labels or {}
    found = find_in_backups(folder, wanted, validate)
    by_backup: dict[str, list[str]] = {}
    written: list[Path] = []
    for rel, (data, label) in found.items():
        atomic_write_bytes(folder / rel, data, durable=False)
        written.append(folder / rel)
        by_backup.setdefault(label, []).append(rel)
    sync_written(written)
    for label, rels in by_backup.items():
        log.add(
            Message(
                "{files:cap} {why} nên đã được khôi phục từ bản sao lưu lúc {when}. "
                "Những thay đổi sau thời điểm đó trong phần này có thể bị mất.",
                code="restored_from_backup",
                files=_describe(rels, labels),
                why=why,
                when=label,
            )
        )
    lost = [r for r in wanted if r not in found]
    if len(lost) == 1:
        log.add(Message("{files:cap} {why} và không có bản sao lưu nào chứa nó.", code="lost", files=_describe(lost, labels), why=why))
    elif lost:
        log.add(Message("{files:cap} {why} và không có bản sao lưu nào chứa chúng.", code="lost", files=_describe(lost, labels), why=why))
    return set(found)


def recover_file(folder: Path, path: Path, log: RecoveryLog, validate: Validator | None = None) -> None:
    """Move the damaged `path` aside and put back its newest good copy from the backups."""
    kept = move_aside(folder, path)
    rel = path.relative_to(folder).as_posix()
    found = find_in_backups(folder, [rel], lambda _rel: validate)
    if rel in found:
        data, label = found[rel]
        atomic_write_bytes(path, data)
        log.add(
            Message(
                "Tệp “{name}” bị hỏng nên đã được chuyển sang thư mục “{folder}” "
                "(không xóa) và khôi phục từ bản sao lưu lúc {when}. "
                "Những thay đổi sau thời điểm đó trong tệp này có thể bị mất.",
                code="damaged_restored",
                name=rel,
                folder=paths.DAMAGED_DIR,
                when=label,
            )
        )
        return
    log.add(
        Message(
            "Tệp “{name}” bị hỏng nên đã được chuyển sang thư mục “{folder}” (không xóa). "
            "Không có bản sao lưu nào chứa tệp này, nên phần dữ liệu đó bắt đầu lại từ trống; "
            "tệp cũ vẫn được giữ tại “{kept}”.",
            code="damaged_moved",
            name=rel,
            folder=paths.DAMAGED_DIR,
            kept=kept.name,
        )
    )


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir():
            import shutil

            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)

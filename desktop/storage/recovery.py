"""Damaged files: moved aside (never deleted), replaced by the newest good backup copy."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.storage import paths
from desktop.storage.atomic_write import atomic_write_bytes


@dataclass
class RecoveryLog:
    """What recovery did while opening, in sentences for the user."""

    messages: list[str] = field(default_factory=list)

    def add(self, message: str) -> None:
        self.messages.append(message)

    def __bool__(self) -> bool:
        return bool(self.messages)


def _is_valid_json_tables(data: bytes) -> bool:
    try:
        parsed = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(parsed, dict) and all(isinstance(t, dict) for t in parsed.values())


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


def recover_file(folder: Path, path: Path, log: RecoveryLog) -> None:
    """Move the damaged `path` aside and put back its newest valid copy from the backups."""
    from desktop.storage.backups import list_backups, read_member

    kept = move_aside(folder, path)
    rel = path.relative_to(folder).as_posix()
    for backup in list_backups(folder):
        data = read_member(backup.path, rel)
        if data is not None and _is_valid_json_tables(data):
            atomic_write_bytes(path, data)
            log.add(
                f"Tệp “{rel}” bị hỏng nên đã được chuyển sang thư mục “{paths.DAMAGED_DIR}” "
                f"(không xoá) và khôi phục từ bản sao lưu lúc {backup.label}. "
                f"Những thay đổi sau thời điểm đó trong tệp này có thể bị mất."
            )
            return
    log.add(
        f"Tệp “{rel}” bị hỏng nên đã được chuyển sang thư mục “{paths.DAMAGED_DIR}” (không xoá). "
        f"Không có bản sao lưu nào chứa tệp này, nên phần dữ liệu đó bắt đầu lại từ trống; "
        f"tệp cũ vẫn được giữ tại “{kept.name}”."
    )

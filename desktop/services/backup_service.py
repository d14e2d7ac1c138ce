"""Backups: on demand, automatically after changes (at most one an hour), and restore."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.errors import UserError
from desktop.domain.message import Message
from desktop.services import events
from desktop.storage import backups
from desktop.storage.backups import BackupInfo

if TYPE_CHECKING:
    from desktop.services.container import Services

AUTO_INTERVAL_SECONDS = 3600
SETTING_KEEP = "backup_keep"


class BackupService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._changed_since_backup = False
        for topic in (events.ARTICLES_CHANGED, events.ANNOTATIONS_CHANGED, events.TAGS_CHANGED):
            services.events.subscribe(topic, self._on_changed)

    def _on_changed(self, **_: object) -> None:
        self._changed_since_backup = True

    @property
    def keep(self) -> int:
        return int(self._services.store.get_setting(SETTING_KEEP, backups.DEFAULT_KEEP))

    def set_keep(self, keep: int) -> None:
        if not 1 <= keep <= 500:
            raise UserError(Message("Số bản sao lưu giữ lại phải từ 1 đến 500.", code="bad_keep"))
        self._services.store.put_setting(SETTING_KEEP, keep)

    def list(self) -> list[BackupInfo]:
        return backups.list_backups(self._services.data_dir)

    def backup_now(self, reason: str = "manual") -> Path:
        """A consistent copy even while the app keeps writing (safe on a background thread)."""
        path = self._services.store.create_backup(reason=reason, keep=self.keep)
        self._changed_since_backup = False
        return path

    def backup_due(self) -> bool:
        """True when there are changes and the last backup is over an hour old (or none)."""
        if not self._changed_since_backup:
            return False
        age = backups.seconds_since_last_backup(self._services.data_dir)
        return age is None or age >= AUTO_INTERVAL_SECONDS

    def restore(self, archive: Path) -> Path:
        """Swap the library for the archive's state, all or nothing, with the library locked
        from start to end; returns the safety backup made first."""
        services = self._services
        if services.store.read_only:
            raise UserError(Message("Thư viện đang mở ở chế độ chỉ đọc: không thể khôi phục.", code="read_only"))
        try:
            safety = services.store.restore_backup(Path(archive), keep=self.keep)
        finally:
            services.library_replaced()
        return safety

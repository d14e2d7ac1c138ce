"""Backups through the service: manual, due after changes, restore while open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain.errors import UserError
from desktop.services import Services, events
from desktop.storage import paths


def test_backup_restore_round_trip_while_open(empty_services: Services) -> None:
    services = empty_services
    services.store.put_setting("marker", "trước")
    archive = services.backups.backup_now()
    services.store.put_setting("marker", "sau")
    replaced: list[bool] = []
    services.events.subscribe(events.LIBRARY_REPLACED, lambda: replaced.append(True))
    safety = services.backups.restore(archive)
    assert services.store.get_setting("marker") == "trước"
    assert replaced == [True]
    assert safety.exists() and safety != archive
    assert not services.store.read_only
    services.store.put_setting("after", 1)  # the reopened store is writable and locked again


def test_backup_is_due_only_after_changes(empty_services: Services) -> None:
    backups = empty_services.backups
    assert not backups.backup_due()
    empty_services.events.publish(events.ANNOTATIONS_CHANGED, article_id="a")
    assert backups.backup_due()
    backups.backup_now()
    assert not backups.backup_due()


def test_keep_setting_is_validated(empty_services: Services) -> None:
    with pytest.raises(UserError):
        empty_services.backups.set_keep(0)
    empty_services.backups.set_keep(3)
    for _ in range(5):
        empty_services.backups.backup_now()
    assert len(empty_services.backups.list()) == 3


def test_backup_archive_holds_every_library_file(services: Services, tmp_path: Path) -> None:
    import zipfile

    archive = services.backups.backup_now()
    with zipfile.ZipFile(archive) as zf:
        names = set(zf.namelist())
    assert {paths.LIBRARY_FILE, paths.ARTICLES_FILE} <= names
    assert len([n for n in names if n.startswith(paths.TEXTS_DIR + "/")]) == 5
    assert not any(n.startswith((paths.BACKUPS_DIR, ".")) for n in names)
    json.loads(zipfile.ZipFile(archive).read(paths.ARTICLES_FILE))

"""Backups ordered by the time inside them; restore all or nothing, locked from start to end."""

from __future__ import annotations

import json
import os
import shutil
import threading
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector
from desktop.domain.article import ArticleMeta, ArticleText
from desktop.domain.errors import LibraryLockedError, StorageError
from desktop.storage import backups, journal, paths
from desktop.storage.backups import create_backup, list_backups, restore_backup
from desktop.storage.library_store import LibraryStore
from tests.unit.storage.faults import Crash, inject


def make_library(folder: Path, titles: list[str]) -> None:
    store = LibraryStore.open(folder)
    store.add_articles([(ArticleMeta(id=f"a{i}", title=t), ArticleText(t, t)) for i, t in enumerate(titles)])
    store.close()


def titles(folder: Path) -> list[str]:
    store = LibraryStore.open(folder, read_only=True)
    found = sorted(m.title for m in store.list_article_meta())
    store.close()
    return found


def _foreign_backup(folder: Path, name: str, created: datetime | None = None) -> Path:
    """An archive named like ours, e.g. made on a PC set to another time zone."""
    path = folder / paths.BACKUPS_DIR / name
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(paths.ARTICLES_FILE, json.dumps({"articles": {}}))
        if created is not None:
            zf.comment = json.dumps({"app": backups.APP_MARK, "created": created.isoformat(), "reason": "auto"}).encode()
    return path


def test_backups_are_ordered_by_the_time_recorded_inside_not_by_their_names(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    make_library(folder, ["Bài một"])
    # Named as if made tomorrow (a clock in another zone) but recorded a day ago.
    misleading = _foreign_backup(folder, "trichdan-29991231-235959-000000-auto.zip", datetime.now(UTC) - timedelta(days=1))
    made = create_backup(folder, keep=1)
    assert made.exists(), "the backup just made was deleted"
    assert not misleading.exists()
    assert [b.path for b in list_backups(folder)] == [made]


def test_the_backup_just_made_is_kept_even_when_others_claim_to_be_newer(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    make_library(folder, ["Bài một"])
    future = _foreign_backup(folder, "trichdan-x-auto.zip", datetime.now(UTC) + timedelta(days=400))
    made = create_backup(folder, keep=1)
    assert made.exists() and future.exists()


def test_an_archive_without_a_record_is_dated_by_the_file_not_the_name(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    make_library(folder, ["Bài một"])
    old = _foreign_backup(folder, "trichdan-29991231-235959-000000-auto.zip")
    stamp = (datetime.now(UTC) - timedelta(days=3)).timestamp()
    os.utime(old, (stamp, stamp))
    made = create_backup(folder)
    assert [b.path for b in list_backups(folder)] == [made, old]


def test_restore_takes_only_library_files_from_the_archive(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    make_library(folder, ["Bài một"])
    for _ in range(3):
        create_backup(folder)
    archive = tmp_path / "hostile.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(paths.ARTICLES_FILE, json.dumps({"articles": {"1": {"id": "b1", "title": "Từ tệp lạ"}}}))
        zf.writestr("texts/b1.json", json.dumps({"text": {"1": {"raw_text": "x", "clean_text": "x"}}}))
        zf.writestr("backups/trichdan-29991231-235959-000000-auto.zip", b"junk")
        zf.writestr("../outside.txt", b"escape")
        zf.writestr("texts/../../evil.json", b"{}")
        zf.writestr(".lock", b"1")
    before = {b.path.name for b in list_backups(folder)}
    store = LibraryStore.open(folder)
    safety = store.restore_backup(archive, keep=3)
    assert [m.title for m in store.list_article_meta()] == ["Từ tệp lạ"]
    store.close()
    after = {b.path.name for b in list_backups(folder)}
    assert safety.name in after and len(after) == 3 and "trichdan-29991231-235959-000000-auto.zip" not in after
    assert not (tmp_path / "outside.txt").exists() and not (tmp_path / "evil.json").exists()
    assert not (folder / paths.TEXTS_DIR / "a0.json").exists()  # the old article left with the restore
    assert before  # three real backups existed before


def test_restore_keeps_the_lock_from_start_to_end(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    make_library(folder, ["Bài một"])
    archive = create_backup(folder)
    store = LibraryStore.open(folder)
    seen: list[str] = []
    real_stage = journal.Journal.stage_from

    def stage_and_try_to_open(self: journal.Journal, target: Path, source: object) -> None:
        try:
            LibraryStore.open(folder).close()
            seen.append("opened")
        except LibraryLockedError:
            seen.append("locked")
        real_stage(self, target, source)  # type: ignore[arg-type]

    journal.Journal.stage_from = stage_and_try_to_open  # type: ignore[method-assign]
    try:
        store.restore_backup(archive)
    finally:
        journal.Journal.stage_from = real_stage  # type: ignore[method-assign]
    store.close()
    assert seen and set(seen) == {"locked"}


def test_a_crash_at_any_point_of_a_restore_leaves_old_or_restored_and_says_which(tmp_path: Path) -> None:
    template = tmp_path / "template"
    make_library(template, ["Bài cũ"])
    archive = create_backup(template)
    make_library(template, ["Bài cũ", "Bài mới"])  # the current state has one more article
    reference = tmp_path / "reference"
    shutil.copytree(template, reference)
    store = LibraryStore.open(reference)
    with inject() as plan:
        store.restore_backup(reference / paths.BACKUPS_DIR / archive.name)
    store.close()
    total = sum(plan.counts.values())
    said = set()
    for at in range(1, total + 1, max(1, total // 12)):
        folder = tmp_path / f"k{at}"
        shutil.copytree(template, folder)
        store = LibraryStore.open(folder)
        with pytest.raises(Crash), inject("any", at):
            store.restore_backup(folder / paths.BACKUPS_DIR / archive.name)
        store._lock.release()  # the process died
        reopened = LibraryStore.open(folder)
        now = sorted(m.title for m in reopened.list_article_meta())
        assert now in (["Bài cũ"], ["Bài cũ", "Bài mới"])
        messages = " ".join(reopened.recovery.messages)
        if now == ["Bài cũ"]:
            assert "bản đã khôi phục" in messages
            said.add("restored")
        elif messages:
            assert "vẫn như trước khi khôi phục" in messages
            said.add("old")
        reopened.close()
    assert said == {"restored", "old"}


def test_a_backup_made_while_the_app_writes_is_one_consistent_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "lib"
    make_library(folder, ["Bài một", "Bài hai"])
    store = LibraryStore.open(folder)
    for article_id in ("a0", "a1"):
        store.put_annotation(Annotation(f"first-{article_id}", article_id, TextPositionSelector(0, 3), TextQuoteSelector("Bài")))

    def both_articles() -> None:  # one transaction touching both annotation files
        with store.transaction("Hai bài cùng lúc"):
            for article_id in ("a0", "a1"):
                store.put_annotation(Annotation(f"n-{article_id}", article_id, TextPositionSelector(0, 3), TextQuoteSelector("Bài")))

    real_read = Path.read_bytes
    writers: list[threading.Thread] = []

    def read_then_let_the_app_write(path: Path) -> bytes:
        data = real_read(path)
        if path.name == "a0.json" and not writers:  # between reading a0 and a1, the app writes
            writers.append(threading.Thread(target=both_articles))
            writers[0].start()
            writers[0].join(timeout=0.5)
        return data

    monkeypatch.setattr(Path, "read_bytes", read_then_let_the_app_write)
    archive = store.create_backup(reason="auto")
    monkeypatch.undo()
    writers[0].join()
    store.close()
    with zipfile.ZipFile(archive) as zf:
        counts = [len(json.loads(zf.read(f"annotations/{a}.json"))["annotations"]) for a in ("a0", "a1")]
    assert counts in ([1, 1], [2, 2]), counts  # never one article's half of a transaction


def test_restoring_a_damaged_archive_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    make_library(folder, ["Bài một"])
    archive = tmp_path / "broken.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(paths.ARTICLES_FILE, b'{"articles": {"1": {"id": 5, "title": []}}}')
    with pytest.raises(StorageError, match="không phải là bản sao lưu hợp lệ"):
        restore_backup(folder, archive)
    assert titles(folder) == ["Bài một"]

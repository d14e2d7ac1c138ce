"""A damaged file is moved aside, never deleted, and the newest good backup put back."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.article import ArticleMeta, ArticleText
from desktop.domain.errors import StorageError
from desktop.storage import paths
from desktop.storage.backups import create_backup, list_backups, restore_backup
from desktop.storage.library_store import LibraryStore


def make_library(folder: Path, titles: list[str]) -> None:
    store = LibraryStore.open(folder)
    store.add_articles([(ArticleMeta(id=f"a{i}", title=t), ArticleText(t, t)) for i, t in enumerate(titles)])
    store.close()


@pytest.mark.parametrize("damage", [b"", b"{not json", b"\x00\xff\xfe", b'["a list"]', b'{"articles": 5}'])
def test_damaged_articles_file_is_restored_from_backup(tmp_path: Path, damage: bytes) -> None:
    folder = tmp_path / "lib"
    make_library(folder, ["Bài một"])
    create_backup(folder)
    (folder / paths.ARTICLES_FILE).write_bytes(damage)
    store = LibraryStore.open(folder)
    assert [m.title for m in store.list_article_meta()] == ["Bài một"]
    assert store.recovery and "khôi phục từ bản sao lưu" in store.recovery.messages[0]
    store.close()
    kept = list((folder / paths.DAMAGED_DIR).iterdir())
    assert len(kept) == 1 and kept[0].read_bytes() == damage


def test_damaged_file_without_backup_is_kept_and_library_still_opens(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    make_library(folder, ["Bài một"])
    (folder / paths.ARTICLES_FILE).write_text("{broken", "utf-8")
    store = LibraryStore.open(folder)
    assert store.list_article_meta() == []
    assert "Không có bản sao lưu" in store.recovery.messages[0]
    store.close()
    assert (folder / paths.DAMAGED_DIR).is_dir()


def test_truncated_annotation_file_is_recovered(tmp_path: Path) -> None:
    from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector

    folder = tmp_path / "lib"
    make_library(folder, ["Bài một"])
    store = LibraryStore.open(folder)
    store.put_annotation(Annotation("n1", "a0", TextPositionSelector(0, 3), TextQuoteSelector("Bài")))
    store.close()
    create_backup(folder)
    path = folder / paths.ANNOTATIONS_DIR / "a0.json"
    path.write_bytes(path.read_bytes()[:10])
    store = LibraryStore.open(folder)
    assert [a.id for a in store.list_annotations("a0")] == ["n1"]
    store.close()


def test_backups_rotate_and_restore(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    make_library(folder, ["Bài một"])
    first = create_backup(folder, keep=3)
    for _ in range(4):
        create_backup(folder, keep=3)
    assert len(list_backups(folder)) == 3
    assert not first.exists()
    oldest = list_backups(folder)[-1]
    make_library(folder, ["Bài hai"])  # adds a second article
    safety = restore_backup(folder, oldest.path)
    store = LibraryStore.open(folder)
    assert [m.title for m in store.list_article_meta()] == ["Bài một"]
    store.close()
    assert safety.exists()  # the state before restoring is itself a backup


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    make_library(folder, ["Bài một"])
    bogus = tmp_path / "bogus.zip"
    bogus.write_bytes(b"not a zip")
    with pytest.raises(StorageError, match="không phải là bản sao lưu"):
        restore_backup(folder, bogus)
    store = LibraryStore.open(folder)
    assert [m.title for m in store.list_article_meta()] == ["Bài một"]
    store.close()

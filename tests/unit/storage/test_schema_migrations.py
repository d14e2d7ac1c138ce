"""Ordered migrations run once, after a backup, and the migrated library opens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain.article import ArticleMeta, ArticleText
from desktop.domain.errors import StorageError
from desktop.storage import paths, schema
from desktop.storage.backups import list_backups
from desktop.storage.library_store import LibraryStore


def test_library_written_by_current_version_opens_after_a_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "lib"
    store = LibraryStore.open(folder)
    store.add_articles([(ArticleMeta(id="a1", title="tiêu đề cũ"), ArticleText("x", "x"))])
    store.close()

    def upper_titles(folder: Path) -> None:
        path = folder / paths.ARTICLES_FILE
        data = json.loads(path.read_text("utf-8"))
        for doc in data["articles"].values():
            doc["title"] = doc["title"].upper()
        path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setattr("desktop.storage.library_opening.SCHEMA_VERSION", schema.SCHEMA_VERSION)
    monkeypatch.setitem(schema.MIGRATIONS, schema.SCHEMA_VERSION - 1, upper_titles)

    migrated = LibraryStore.open(folder)
    assert [m.title for m in migrated.list_article_meta()] == ["TIÊU ĐỀ CŨ"]
    migrated.close()
    assert [b.reason for b in list_backups(folder)] == ["before-migration"]
    again = LibraryStore.open(folder)  # the version was recorded: no second run, no second backup
    again.close()
    assert len(list_backups(folder)) == 1


def test_every_version_below_current_has_a_migration() -> None:
    assert sorted(schema.MIGRATIONS) == list(range(1, schema.SCHEMA_VERSION))


def test_missing_text_file_gives_a_clear_error(tmp_path: Path) -> None:
    store = LibraryStore.open(tmp_path / "lib")
    store.add_articles([(ArticleMeta(id="a1", title="Bài một"), ArticleText("x", "x"))])
    (store.folder / paths.TEXTS_DIR / "a1.json").unlink()
    with pytest.raises(StorageError, match="Nội dung của bài viết “Bài một” bị thiếu"):
        store.get_article_text("a1")
    store.close()

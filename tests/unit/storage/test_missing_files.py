"""A file the library refers to that is gone is damage: put back from the newest backup that
has it, and the user told; a value of the wrong kind in a file is damage too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector
from desktop.domain.article import ArticleMeta, ArticleText
from desktop.domain.tag import Tag
from desktop.storage import paths
from desktop.storage.backups import create_backup
from desktop.storage.library_store import LibraryStore


def note(ann_id: str, article_id: str = "a0") -> Annotation:
    return Annotation(ann_id, article_id, TextPositionSelector(0, 3), TextQuoteSelector("Bài"), tags=("t1",))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    store = LibraryStore.open(folder)
    store.add_articles([(ArticleMeta(id=f"a{i}", title=f"Bài {i}"), ArticleText("Bài x", "Bài x")) for i in range(3)])
    store.put_tag(Tag("t1", "Kinh tế"))
    store.put_annotation(note("n1"))
    store.close()
    create_backup(folder)
    return folder


def _open(folder: Path) -> LibraryStore:
    return LibraryStore.open(folder)


def said(store: LibraryStore, *words: str) -> bool:
    """Some message holds all these words (a message starts with a capital letter)."""
    return any(all(w.casefold() in m.casefold() for w in words) for m in store.recovery.messages)


def test_a_deleted_articles_file_is_put_back_and_said(folder: Path) -> None:
    (folder / paths.ARTICLES_FILE).unlink()
    store = _open(folder)
    assert len(store.list_article_meta()) == 3
    assert said(store, "danh sách bài viết", "khôi phục")
    store.close()


def test_a_deleted_library_file_keeps_the_tag_names(folder: Path) -> None:
    (folder / paths.LIBRARY_FILE).unlink()
    store = _open(folder)
    assert [t.name for t in store.list_tags()] == ["Kinh tế"]
    assert said(store, "library.json")
    store.close()


def test_both_root_files_deleted_is_damage_not_a_new_library(folder: Path) -> None:
    (folder / paths.LIBRARY_FILE).unlink()
    (folder / paths.ARTICLES_FILE).unlink()
    store = _open(folder)
    assert not store.is_new and len(store.list_article_meta()) == 3
    store.close()


def test_a_deleted_annotation_file_is_put_back_and_said(folder: Path) -> None:
    (folder / paths.ANNOTATIONS_DIR / "a0.json").unlink()
    store = _open(folder)
    assert [a.id for a in store.list_annotations("a0")] == ["n1"]
    assert said(store, "ghi chú của bài “Bài 0”")
    store.close()


def test_an_annotation_file_lost_without_a_backup_is_said_once(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    store = LibraryStore.open(folder)
    store.add_articles([(ArticleMeta(id="a0", title="Bài 0"), ArticleText("Bài x", "Bài x"))])
    store.put_annotation(note("n1"))
    store.close()
    (folder / paths.ANNOTATIONS_DIR / "a0.json").unlink()
    store = _open(folder)
    assert said(store, "không có bản sao lưu nào")
    store.close()
    store = _open(folder)
    assert not store.recovery  # told once
    store.close()


def test_an_annotation_file_deleted_while_open_is_put_back_when_read(folder: Path) -> None:
    store = _open(folder)
    heard: list[str] = []
    store.recovery.listeners.append(heard.append)
    (folder / paths.ANNOTATIONS_DIR / "a0.json").unlink()
    assert [a.id for a in store.list_annotations("a0")] == ["n1"]
    assert heard and "ghi chú của bài “Bài 0”" in heard[0]
    store.close()


def test_a_deleted_text_is_put_back_and_said(folder: Path) -> None:
    (folder / paths.TEXTS_DIR / "a1.json").unlink()
    store = _open(folder)
    assert store.get_article_text("a1").clean_text == "Bài x"
    assert said(store, "nội dung bài “Bài 1”")
    store.close()


def test_many_deleted_texts_are_one_message(folder: Path) -> None:
    for path in (folder / paths.TEXTS_DIR).iterdir():
        path.unlink()
    store = _open(folder)
    assert len(store.recovery.messages) == 1 and "tệp khác" not in store.recovery.messages[0]
    assert all(store.get_article_text(f"a{i}").clean_text for i in range(3))
    store.close()


BAD_VALUES = [
    ("articles", lambda d: d["articles"]["1"].update(doc_refs=5)),
    ("articles", lambda d: d["articles"]["1"].update(title={"x": 1})),
    ("annotations", lambda d: d["annotations"]["1"].update(start="mười")),
    ("annotations", lambda d: d["annotations"]["1"].update(tags=7)),
    ("library", lambda d: d["tags"]["1"].update(name=["a"])),
]


@pytest.mark.parametrize(("which", "spoil"), BAD_VALUES)
def test_a_value_of_the_wrong_kind_is_damage_with_a_message_not_a_traceback(
    folder: Path, which: str, spoil: object
) -> None:
    path = {
        "articles": folder / paths.ARTICLES_FILE,
        "annotations": folder / paths.ANNOTATIONS_DIR / "a0.json",
        "library": folder / paths.LIBRARY_FILE,
    }[which]
    data = json.loads(path.read_text("utf-8"))
    spoil(data)  # type: ignore[operator]
    path.write_text(json.dumps(data), "utf-8")
    store = _open(folder)
    assert len(store.list_article_meta()) == 3
    assert [a.id for a in store.list_annotations("a0")] == ["n1"]
    assert [t.name for t in store.list_tags()] == ["Kinh tế"]
    assert said(store, "bị hỏng")
    store.close()


def test_a_number_where_text_belongs_is_read_as_text(folder: Path) -> None:
    path = folder / paths.ARTICLES_FILE
    data = json.loads(path.read_text("utf-8"))
    data["articles"]["1"]["title"] = 2021
    path.write_text(json.dumps(data), "utf-8")
    store = _open(folder)
    assert "2021" in [m.title for m in store.list_article_meta()]
    assert not store.recovery
    store.close()


def test_a_number_of_five_thousand_digits_is_damage_not_a_traceback(folder: Path) -> None:
    path = folder / paths.ANNOTATIONS_DIR / "a0.json"
    raw = path.read_text("utf-8").replace('"start":0', '"start":' + "9" * 5000)
    assert "9" * 5000 in raw
    path.write_text(raw, "utf-8")
    store = _open(folder)
    assert [a.id for a in store.list_annotations("a0")] == ["n1"]
    assert said(store, "bị hỏng")
    store.close()

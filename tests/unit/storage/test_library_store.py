"""The split TinyDB store: create, reopen, one file per article's annotations, failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector
from desktop.domain.article import ArticleMeta, ArticleText, RemovedLine
from desktop.domain.errors import LibraryLockedError, NotFoundError, StorageError
from desktop.domain.tag import Tag
from desktop.storage import atomic_write, paths
from desktop.storage.library_store import LibraryStore
from desktop.storage.schema import SCHEMA_VERSION


def meta(article_id: str = "a1", title: str = "Đạo đức công vụ") -> ArticleMeta:
    return ArticleMeta(id=article_id, title=title, source="HNP", published="2017-05-19T20:05")


def text() -> ArticleText:
    return ArticleText("Menu\nĐạo đức công vụ là gốc.", "Đạo đức công vụ là gốc.", (RemovedLine(0, "Menu", "Menu trang"),))


def annotation(ann_id: str = "n1", article_id: str = "a1") -> Annotation:
    return Annotation(
        id=ann_id,
        article_id=article_id,
        position=TextPositionSelector(0, 15),
        quote=TextQuoteSelector("Đạo đức công vụ", "", " là gốc."),
        tags=("t1",),
        note="Ghi chú",
    )


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = LibraryStore.open(tmp_path / "lib")
    yield opened
    opened.close()


def test_new_library_is_new_and_versioned(tmp_path: Path) -> None:
    store = LibraryStore.open(tmp_path / "lib")
    assert store.is_new
    store.close()
    data = json.loads((tmp_path / "lib" / paths.LIBRARY_FILE).read_text("utf-8"))
    assert list(data["meta"].values())[0]["version"] == SCHEMA_VERSION
    reopened = LibraryStore.open(tmp_path / "lib")
    assert not reopened.is_new
    reopened.close()


def test_articles_round_trip_across_reopen(tmp_path: Path) -> None:
    store = LibraryStore.open(tmp_path / "lib")
    store.add_articles([(meta(), text())])
    store.close()
    store = LibraryStore.open(tmp_path / "lib")
    assert store.list_article_meta() == [meta()]
    assert store.get_article_text("a1") == text()
    store.close()


def test_metadata_and_text_live_in_separate_files(store: LibraryStore) -> None:
    store.add_articles([(meta(), text())])
    assert "Đạo đức công vụ là gốc" not in (store.folder / paths.ARTICLES_FILE).read_text("utf-8")
    assert (store.folder / paths.TEXTS_DIR / "a1.json").exists()


def test_annotations_are_stored_per_article(store: LibraryStore) -> None:
    store.add_articles([(meta("a1"), text()), (meta("a2"), text())])
    store.put_annotation(annotation("n1", "a1"))
    store.put_annotation(annotation("n2", "a2"))
    assert [a.id for a in store.list_annotations("a1")] == ["n1"]
    assert sorted(p.name for p in (store.folder / paths.ANNOTATIONS_DIR).iterdir()) == ["a1.json", "a2.json"]
    assert sorted(a.id for a in store.iter_all_annotations()) == ["n1", "n2"]


def test_update_and_delete_annotation(store: LibraryStore) -> None:
    store.add_articles([(meta(), text())])
    store.put_annotation(annotation())
    store.put_annotation(annotation().with_changes(note="Mới"))
    assert [a.note for a in store.list_annotations("a1")] == ["Mới"]
    store.delete_annotation("a1", "n1")
    assert store.list_annotations("a1") == []
    with pytest.raises(NotFoundError):
        store.delete_annotation("a1", "n1")


def test_annotation_for_unknown_article_is_refused(store: LibraryStore) -> None:
    with pytest.raises(NotFoundError):
        store.put_annotation(annotation(article_id="nope"))


def test_ids_that_could_escape_the_folder_are_refused(store: LibraryStore) -> None:
    with pytest.raises(NotFoundError):
        store.get_article_text("../../etc/passwd")


def test_delete_article_removes_its_files(store: LibraryStore) -> None:
    store.add_articles([(meta(), text())])
    store.put_annotation(annotation())
    store.delete_article("a1")
    assert store.list_article_meta() == []
    assert not (store.folder / paths.TEXTS_DIR / "a1.json").exists()
    assert not (store.folder / paths.ANNOTATIONS_DIR / "a1.json").exists()


def test_tags_and_settings(store: LibraryStore) -> None:
    store.put_tag(Tag("t1", "Đạo đức/Nêu gương", "#ff0000"))
    store.put_setting("legend", {"yellow": "Quan trọng"})
    assert store.list_tags() == [Tag("t1", "Đạo đức/Nêu gương", "#ff0000")]
    assert store.get_setting("legend") == {"yellow": "Quan trọng"}
    store.delete_tag("t1")
    assert store.list_tags() == []


def test_failed_write_keeps_last_acknowledged_state(store: LibraryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    store.add_articles([(meta(), text())])
    store.put_annotation(annotation())

    def full_disk(path: Path, data: bytes, durable: bool = True) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.storage.transactions.atomic_write_bytes", full_disk)
    with pytest.raises(StorageError, match="Không lưu được"):
        store.put_annotation(annotation("n2"))
    monkeypatch.undo()
    # The failed write is not visible in memory either, and the next write works.
    assert [a.id for a in store.list_annotations("a1")] == ["n1"]
    store.put_annotation(annotation("n3"))
    assert sorted(a.id for a in store.list_annotations("a1")) == ["n1", "n3"]


def test_second_open_of_same_library_is_refused(tmp_path: Path) -> None:
    first = LibraryStore.open(tmp_path / "lib")
    with pytest.raises(LibraryLockedError, match="đang được mở"):
        LibraryStore.open(tmp_path / "lib")
    read_only = LibraryStore.open(tmp_path / "lib", read_only=True)
    with pytest.raises(StorageError, match="chỉ đọc"):
        read_only.put_setting("x", 1)
    read_only.close()
    first.close()
    LibraryStore.open(tmp_path / "lib").close()


def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / paths.LIBRARY_FILE).write_text(json.dumps({"meta": {"1": {"id": "schema", "version": 999}}}))
    with pytest.raises(StorageError, match="phiên bản Trích Dẫn mới hơn"):
        LibraryStore.open(folder)


def test_unwritable_folder_gives_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "denied")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(StorageError, match="Không tạo được thư mục thư viện"):
        LibraryStore.open(tmp_path / "nowhere")


def test_every_write_is_atomic_and_a_batch_is_one_journal(
    store: LibraryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from desktop.storage import journal

    events: list[str] = []
    real_write, real_replace = atomic_write.atomic_write_bytes, os.replace

    def spy_write(path: Path, data: bytes, durable: bool = True) -> None:
        events.append(f"write {path.name}{'' if durable else ' (not synced)'}")
        real_write(path, data, durable=durable)

    def spy_replace(src: str | Path, dst: str | Path) -> None:
        if str(src).endswith(journal.STAGED_SUFFIX):
            events.append(f"rename {Path(dst).name}")
        real_replace(src, dst)

    monkeypatch.setattr("desktop.storage.transactions.atomic_write_bytes", spy_write)
    monkeypatch.setattr("desktop.storage.journal.atomic_write_bytes", spy_write)
    monkeypatch.setattr("desktop.storage.journal.os.replace", spy_replace)
    store.add_articles([(meta(), text()), (meta("a2"), text())])
    # Texts and metadata: staged, one durable journal record (the commit point), then renames.
    assert events[0] == f"write {journal.JOURNAL_NAME} (not synced)"
    assert events[1] == f"write {journal.JOURNAL_NAME}"
    assert sorted(events[2:]) == sorted(["rename a1.json", "rename a2.json", f"rename {paths.ARTICLES_FILE}"])
    events.clear()
    store.put_annotation(annotation())
    # A first annotation: its file, then (separately) the list of annotated articles.
    assert events == ["write a1.json", f"write {paths.LIBRARY_FILE}"]
    events.clear()
    store.put_annotation(annotation("n2"))
    assert events == ["write a1.json"]  # an edit: one atomic write of one small file

"""Every write is all or nothing: one file is one atomic write, several files one journal entry,
also when the process dies at any write, fsync or rename."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector
from desktop.domain.article import ArticleMeta, ArticleText
from desktop.domain.errors import StorageError
from desktop.domain.tag import Tag
from desktop.storage import journal, paths
from desktop.storage.library_store import LibraryStore
from tests.unit.storage.faults import Crash, inject

ARTICLES = ("a1", "a2", "a3")


def note(ann_id: str, article_id: str, text: str = "ghi chú") -> Annotation:
    return Annotation(ann_id, article_id, TextPositionSelector(0, 4), TextQuoteSelector("Điều", "", " 1"), note=text)


def build(folder: Path) -> None:
    store = LibraryStore.open(folder)
    store.add_articles([(ArticleMeta(id=a, title=a), ArticleText("Điều 1", "Điều 1")) for a in ARTICLES])
    for a in ARTICLES:
        store.replace_annotations(a, [note(f"{a}-{n}", a) for n in range(8)])
    store.put_tag(Tag("t1", "cha/c"))
    store.close()


def state(store: LibraryStore) -> dict[str, object]:
    return {
        "notes": {a: sorted((n.id, n.note) for n in store.list_annotations(a)) for a in ARTICLES},
        "tags": sorted((t.id, t.name) for t in store.list_tags()),
    }


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "lib"
    build(folder)
    return folder


def _copy(template: Path, tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    shutil.copytree(template, folder)
    return folder


def _abandon(store: LibraryStore) -> None:
    """The process died: only the OS lock goes away (the kernel frees it)."""
    store._lock.release()


def _retag_everything(store: LibraryStore) -> None:
    """A multi-file operation: every article's annotations and the tags."""
    with store.transaction("Đổi tên thẻ “cha” thành “mới”"):
        for a in ARTICLES:
            store.replace_annotations(a, [note(f"{a}-{n}", a, "đã sửa") for n in range(8)])
        store.put_tag(Tag("t1", "mới/c"))


def test_rewriting_an_article_s_annotations_is_one_atomic_write(template: Path, tmp_path: Path) -> None:
    store = LibraryStore.open(_copy(template, tmp_path, "lib"))
    with inject() as plan:
        store.replace_annotations("a1", [note("x", "a1")])
    assert plan.counts["rename"] == 1 and plan.counts["write"] == 1  # was truncate, then insert
    store.close()


@pytest.mark.parametrize("kind", ["write", "fsync", "rename"])
def test_a_crash_while_rewriting_annotations_leaves_old_or_new_never_empty(
    template: Path, tmp_path: Path, kind: str
) -> None:
    for at in (1, 2):
        store = LibraryStore.open(_copy(template, tmp_path, f"{kind}{at}"))
        before = state(store)
        with pytest.raises(Crash), inject(kind, at):
            store.replace_annotations("a1", [note("x", "a1")])
            store.replace_annotations("a1", [note("y", "a1")])
        _abandon(store)
        reopened = LibraryStore.open(store.folder)
        notes = state(reopened)["notes"]["a1"]  # type: ignore[index]
        assert notes in (before["notes"]["a1"], [("x", "ghi chú")], [("y", "ghi chú")])  # type: ignore[index]
        assert not reopened.recovery, reopened.recovery.messages
        reopened.close()


def test_a_value_that_cannot_be_stored_is_a_clear_error_and_changes_nothing(template: Path, tmp_path: Path) -> None:
    store = LibraryStore.open(_copy(template, tmp_path, "lib"))
    before = state(store)
    with pytest.raises(StorageError, match="ký tự không hợp lệ"):
        store.replace_annotations("a1", [note("x", "a1", "ghi chú \ud800 hỏng")])
    assert state(store) == before
    store.close()
    assert state(LibraryStore.open(store.folder, read_only=True)) == before


def test_a_multi_file_operation_is_all_or_nothing_at_every_crash_point(template: Path, tmp_path: Path) -> None:
    reference = LibraryStore.open(_copy(template, tmp_path, "reference"))
    before = state(reference)
    with inject() as plan:
        _retag_everything(reference)
    after = state(reference)
    reference.close()
    total = sum(plan.counts.values())
    assert total >= 10
    outcomes = set()
    for at in range(1, total + 1):
        store = LibraryStore.open(_copy(template, tmp_path, f"k{at}"))
        with pytest.raises(Crash), inject("any", at):
            _retag_everything(store)
        _abandon(store)
        reopened = LibraryStore.open(store.folder)
        now = state(reopened)
        assert now in (before, after), f"half done after a crash at operation {at}"
        outcomes.add("after" if now == after else "before")
        if reopened.recovery:  # only ever "finished" or "undone", with the operation's name
            assert all("Đổi tên thẻ" in m for m in reopened.recovery.messages), reopened.recovery.messages
        leftovers = [p for p in store.folder.rglob(".*") if p.name not in (".lock",)]
        assert leftovers == [], leftovers
        reopened.close()
    assert outcomes == {"before", "after"}


def test_a_full_disk_at_any_write_leaves_the_operation_undone(template: Path, tmp_path: Path) -> None:
    for at in (1, 3, 5):
        store = LibraryStore.open(_copy(template, tmp_path, f"full{at}"))
        before = state(store)
        with pytest.raises(StorageError, match="Không lưu được"), inject("write", at, mode="enospc"):
            _retag_everything(store)
        assert state(store) == before  # memory follows the disk after the rollback
        store.close()
        assert state(LibraryStore.open(store.folder, read_only=True)) == before


def test_a_failed_inner_step_dooms_the_whole_transaction(template: Path, tmp_path: Path) -> None:
    store = LibraryStore.open(_copy(template, tmp_path, "lib"))
    before = state(store)
    with pytest.raises(StorageError, match="toàn bộ đã được hủy"), store.transaction("Gộp thẻ"):
        store.put_tag(Tag("t2", "mới"))
        try:
            with store.transaction():
                store.replace_annotations("a1", [])
                raise ValueError("a bug half-way")
        except ValueError:
            pass  # swallowed by careless code: the half-written step must still not be kept
    assert state(store) == before
    store.close()


def test_a_committed_journal_is_finished_when_a_read_only_reader_and_the_next_writer_open(
    template: Path, tmp_path: Path
) -> None:
    folder = _copy(template, tmp_path, "lib")
    store = LibraryStore.open(folder)
    real_apply = journal._apply

    def die_after_commit_point(folder_: Path, entries: object) -> None:
        raise Crash("killed right after the commit point")

    journal._apply = die_after_commit_point  # type: ignore[assignment]
    try:
        with pytest.raises(Crash):
            _retag_everything(store)
    finally:
        journal._apply = real_apply
    _abandon(store)
    assert (folder / journal.JOURNAL_NAME).exists()
    reader = LibraryStore.open(folder, read_only=True)  # sees the committed state already
    assert [t.name for t in reader.list_tags()] == ["mới/c"]
    assert {n.note for n in reader.list_annotations("a2")} == {"đã sửa"}
    reader.close()
    writer = LibraryStore.open(folder)
    assert [t.name for t in writer.list_tags()] == ["mới/c"]
    assert any("đã được hoàn tất" in m and "Đổi tên thẻ" in m for m in writer.recovery.messages)
    assert not (folder / journal.JOURNAL_NAME).exists()
    writer.close()


def test_an_unreadable_journal_counts_as_never_committed(template: Path, tmp_path: Path) -> None:
    folder = _copy(template, tmp_path, "lib")
    (folder / journal.JOURNAL_NAME).write_bytes(b"\x00garbage")
    (folder / paths.ANNOTATIONS_DIR / f".a1.json.abc{journal.STAGED_SUFFIX}").write_text("{}")
    store = LibraryStore.open(folder)
    assert len(store.list_annotations("a1")) == 8
    assert not list(folder.rglob(f"*{journal.STAGED_SUFFIX}"))
    store.close()


def test_leftover_temporary_files_are_removed_at_open(template: Path, tmp_path: Path) -> None:
    folder = _copy(template, tmp_path, "lib")
    junk = [
        folder / paths.TEXTS_DIR / ".a1.json.x1y2.tmp",
        folder / f".{paths.ARTICLES_FILE}.q.tmp",
        folder / paths.BACKUPS_DIR / ".backup-123.tmp",
        folder / ".restore-abc" / paths.ARTICLES_FILE,
    ]
    for path in junk:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{}")
    LibraryStore.open(folder).close()
    assert not any(p.exists() for p in junk) and not (folder / ".restore-abc").exists()
    assert json.loads((folder / paths.ARTICLES_FILE).read_text("utf-8"))["articles"]

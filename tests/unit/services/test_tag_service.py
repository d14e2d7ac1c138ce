"""TagService: hierarchy, rename with children, merge, recolour, delete keeping annotations,
every change reverted exactly, counts, the colour legend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.article import ArticleMeta, ArticleText
from desktop.domain.errors import NotFoundError, UserError
from desktop.services import Services, events

TEXT = "Kinh tế Thủ đô tăng trưởng 7%. Vốn đầu tư công giải ngân chậm. Cần trao đổi thêm với Sở."


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Services]:
    services = Services.open(tmp_path / "lib", seed=False)
    services.store.add_articles([(ArticleMeta(id="a1", title="Bài một"), ArticleText(TEXT, TEXT))])
    yield services
    services.close()


def _snapshot(lib: Services) -> tuple[object, object]:
    return sorted(lib.tags.list_tags(), key=lambda t: t.id), lib.annotations.list_for_article("a1")


def test_create_find_and_duplicates(lib: Services) -> None:
    tag = lib.tags.create("  Kinh tế / Đầu tư  ", "#FFAA00")
    assert tag.name == "Kinh tế/Đầu tư" and tag.color == "#ffaa00"
    assert lib.tags.find("kinh tế/đầu tư") == tag
    with pytest.raises(UserError, match="Đã có thẻ"):
        lib.tags.create("KINH TẾ/đầu tư")
    with pytest.raises(UserError, match="trống"):
        lib.tags.create(" / ")
    with pytest.raises(UserError, match="#rrggbb"):
        lib.tags.create("Khác", "vàng")
    assert lib.tags.ensure("Kinh tế/Đầu tư") == (tag, False)
    created, was_new = lib.tags.ensure("Xã hội")
    assert was_new and created.name == "Xã hội"


def test_list_puts_parents_before_children(lib: Services) -> None:
    for name in ["b", "a/z", "a", "a/b", "A c"]:
        lib.tags.create(name)
    assert [t.name for t in lib.tags.list_tags()] == ["a", "a/b", "a/z", "A c", "b"]


def test_resolve_parent_name_means_children(lib: Services) -> None:
    child = lib.tags.create("Kinh tế/Đầu tư")
    assert lib.tags.resolve(["kinh tế"]) == [child]
    with pytest.raises(NotFoundError, match="Không có thẻ"):
        lib.tags.resolve(["Y tế"])


def test_rename_moves_children_and_reverts(lib: Services) -> None:
    parent = lib.tags.create("Kinh tế")
    child = lib.tags.create("Kinh tế/Đầu tư")
    lib.tags.create("Kinh tế học")  # shares a prefix but is not a child
    before = _snapshot(lib)
    change = lib.tags.rename(parent.id, "Kinh tế - Tài chính")
    names = {t.id: t.name for t in lib.tags.list_tags()}
    assert (
        names[parent.id] == "Kinh tế - Tài chính"
        and names[child.id] == "Kinh tế - Tài chính/Đầu tư"
    )
    assert "Kinh tế học" in names.values()
    lib.tags.revert(change)
    assert _snapshot(lib) == before


def test_rename_refuses_a_clash(lib: Services) -> None:
    a = lib.tags.create("A")
    lib.tags.create("B")
    with pytest.raises(UserError, match="Gộp thẻ"):
        lib.tags.rename(a.id, "b")


def test_merge_keeps_other_tags_and_reverts(lib: Services) -> None:
    src, dst, other = (
        lib.tags.create("Số liệu"),
        lib.tags.create("Thống kê"),
        lib.tags.create("Khác"),
    )
    one = lib.annotations.create("a1", 0, 7, tags=[src.id, other.id])
    both = lib.annotations.create("a1", 8, 14, tags=[dst.id, src.id])
    untouched = lib.annotations.create("a1", 30, 40, tags=[other.id])
    before = _snapshot(lib)
    change = lib.tags.merge(src.id, dst.id)
    now = {a.id: a for a in lib.annotations.list_for_article("a1")}
    assert now[one.id].tags == (dst.id, other.id)
    assert now[both.id].tags == (dst.id,)  # no duplicate
    assert now[untouched.id] == untouched
    assert src.id not in {t.id for t in lib.tags.list_tags()}
    assert change.description == "Gộp thẻ “Số liệu” vào “Thống kê”"
    lib.tags.revert(change)
    assert _snapshot(lib) == before
    with pytest.raises(UserError, match="hai thẻ khác nhau"):
        lib.tags.merge(dst.id, dst.id)


def test_delete_never_deletes_annotations(lib: Services) -> None:
    gone, kept = lib.tags.create("Tạm"), lib.tags.create("Giữ")
    only = lib.annotations.create("a1", 0, 7, tags=[gone.id])
    mixed = lib.annotations.create("a1", 8, 14, tags=[gone.id, kept.id])
    before = _snapshot(lib)
    change = lib.tags.delete(gone.id)
    now = {a.id: a for a in lib.annotations.list_for_article("a1")}
    assert now[only.id].tags == () and now[mixed.id].tags == (kept.id,)
    assert lib.tags.counts() == {kept.id: 1}
    lib.tags.revert(change)
    assert _snapshot(lib) == before


def test_recolor_and_counts(lib: Services) -> None:
    tag = lib.tags.create("Màu")
    lib.annotations.create("a1", 0, 7, tags=[tag.id])
    lib.annotations.create("a1", 8, 14, tags=[tag.id])
    change = lib.tags.recolor(tag.id, "#00ff00")
    assert lib.tags.get(tag.id).color == "#00ff00"
    assert lib.tags.counts() == {tag.id: 2}
    lib.tags.revert(change)
    assert lib.tags.get(tag.id).color == ""


def test_create_with_id_for_redo(lib: Services) -> None:
    tag = lib.tags.create("Một")
    lib.tags.revert(lib.tags.delete(tag.id).__class__("", tags_created=(tag.id,)))
    assert lib.tags.list_tags() == []
    assert lib.tags.create("Một", tag_id=tag.id) == tag


def test_color_legend_is_stored(lib: Services) -> None:
    heard: list[bool] = []
    lib.events.subscribe(events.TAGS_CHANGED, lambda: heard.append(True))
    assert lib.tags.color_legend()["yellow"] == "Quan trọng"
    previous = lib.tags.set_color_meaning("yellow", "  Ưu   tiên ")
    assert previous == "Quan trọng" and heard
    folder = lib.data_dir
    lib.close()
    with Services.open(folder, seed=False) as again:
        assert again.tags.color_legend()["yellow"] == "Ưu tiên"
        with pytest.raises(UserError):
            again.tags.set_color_meaning("purple", "x")

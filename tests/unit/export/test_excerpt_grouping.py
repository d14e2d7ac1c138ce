"""Selection and grouping: tags with children, articles, dates, the untagged group."""

from __future__ import annotations

from desktop.export.excerpt import build_excerpts
from desktop.export.excerpt_grouping import UNDATED_TITLE, UNTAGGED_TITLE, group_excerpts
from desktop.export.excerpt_selection import select_annotations
from desktop.export.export_options import ExcerptSelection, GroupBy
from desktop.export.outline_numbering import numbered_groups, roman
from tests.unit.export.export_library import TAGS, ExportLibrary

NAMES = {t.id: t.name for t in TAGS}


def _excerpts(lib: ExportLibrary, selection: ExcerptSelection | None = None) -> list:
    chosen = select_annotations(
        lib.annotations.values(), lib.metas, NAMES, selection or ExcerptSelection()
    )
    return build_excerpts(chosen, lib.metas, lib.texts, NAMES)


def _ids(group) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.annotation.id for e in group.excerpts]


def test_by_tag_nests_children_and_lists_untagged_last(export_library: ExportLibrary) -> None:
    groups = group_excerpts(_excerpts(export_library), GroupBy.TAG)
    assert [g.title for g in groups] == ["Cải cách hành chính", "Đạo đức công vụ", UNTAGGED_TITLE]
    reform, ethics, untagged = groups
    assert _ids(reform) == ["n2", "n4"]  # in reading order: 2021 article before 2022
    assert _ids(ethics) == ["n2", "n1"]  # same article: by position
    assert [(c.title, c.level, _ids(c)) for c in ethics.children] == [("Nêu gương", 2, ["n3"])]
    assert ethics.count() == 3
    assert _ids(untagged) == ["n5"]


def test_tag_selection_includes_children_and_hides_other_tags(
    export_library: ExportLibrary,
) -> None:
    selection = ExcerptSelection(tag_names=("Đạo đức công vụ",))
    excerpts = _excerpts(export_library, selection)
    assert {e.annotation.id for e in excerpts} == {"n1", "n2", "n3"}
    groups = group_excerpts(excerpts, GroupBy.TAG, tag_filter=selection.tag_names)
    assert [g.title for g in groups] == ["Đạo đức công vụ"]  # n2's other tag makes no group
    assert groups[0].children[0].title == "Nêu gương"


def test_child_tag_alone_keeps_its_parent_in_the_title(export_library: ExportLibrary) -> None:
    selection = ExcerptSelection(tag_names=("Đạo đức công vụ/Nêu gương",))
    groups = group_excerpts(
        _excerpts(export_library, selection), GroupBy.TAG, tag_filter=selection.tag_names
    )
    assert [(g.title, g.level) for g in groups] == [("Đạo đức công vụ / Nêu gương", 1)]


def test_by_article_orders_by_publication_date_undated_last(export_library: ExportLibrary) -> None:
    groups = group_excerpts(_excerpts(export_library), GroupBy.ARTICLE)
    assert [g.article for g in groups] == ["a001", "a000", "a003", "a004"]
    assert _ids(groups[1]) == ["n2", "n1"]


def test_by_date_and_date_range(export_library: ExportLibrary) -> None:
    groups = group_excerpts(_excerpts(export_library), GroupBy.DATE)
    assert [g.title for g in groups] == [
        "Ngày 20/05/2019",
        "Ngày 09/08/2021",
        "Ngày 06/05/2022",
        UNDATED_TITLE,
    ]
    selection = ExcerptSelection(date_from="2021-01-01", date_to="2021-12-31")
    assert {e.annotation.id for e in _excerpts(export_library, selection)} == {"n1", "n2"}


def test_article_and_annotation_id_selection(export_library: ExportLibrary) -> None:
    assert {
        e.annotation.id for e in _excerpts(export_library, ExcerptSelection(article_ids=("a003",)))
    } == {"n4"}
    chosen = ExcerptSelection(annotation_ids=("n3", "n5"))
    assert {e.annotation.id for e in _excerpts(export_library, chosen)} == {"n3", "n5"}
    assert _excerpts(export_library, ExcerptSelection(annotation_ids=())) == []


def test_excerpt_knows_its_paragraph_and_context(export_library: ExportLibrary) -> None:
    (n1,) = [e for e in _excerpts(export_library) if e.annotation.id == "n1"]
    text = export_library.texts["a000"]
    line = text[: text.index(n1.quote)].count("\n")
    blank_before = sum(1 for ln in text.split("\n")[:line] if not ln.strip())
    assert n1.paragraph_no == line + 1 - blank_before
    assert n1.context_before.endswith("từng khẳng định, ")
    assert n1.context_after.startswith(", mà mỗi cán bộ")
    assert n1.tag_names == ("Đạo đức công vụ",)


def test_numbering_follows_vietnamese_documents(export_library: ExportLibrary) -> None:
    groups = group_excerpts(_excerpts(export_library), GroupBy.TAG)
    labels = [text for _, text in numbered_groups(groups)]
    assert labels == [
        "I. CẢI CÁCH HÀNH CHÍNH",
        "II. ĐẠO ĐỨC CÔNG VỤ",
        "1. Nêu gương",
        "III. CHƯA GẮN THẺ",
    ]
    assert [roman(n) for n in (4, 9, 14, 40)] == ["IV", "IX", "XIV", "XL"]

"""Honest counts: each excerpt one number in the whole brief, the same in every format."""

from __future__ import annotations

from desktop.export.brief import cross_reference, short_quote
from desktop.export.export_options import BriefOptions, ExportRequest, GroupBy
from tests.unit.export.export_library import ExportLibrary


def _brief(services: object, **options: object):  # type: ignore[no-untyped-def]
    return services.export.build_brief(ExportRequest(options=BriefOptions(**options)))  # type: ignore[attr-defined]


def test_by_tag_numbers_each_excerpt_once(export_library: ExportLibrary, empty_services: object) -> None:
    brief = _brief(empty_services)
    items = [(i.number, i.excerpt.annotation.id, i.first) for s in brief.sections for i in s.items]
    assert items == [
        (1, "n2", True), (2, "n4", True), (1, "n2", False), (3, "n1", True), (4, "n3", True),
        (5, "n5", True),
    ]  # fmt: skip
    assert brief.count_line() == "(Gồm 5 trích dẫn từ 4 bài viết)"
    assert brief.tag_mentions() == 6 and brief.repeated_mentions() == 1
    assert "6 lượt cho 5 trích dẫn" in brief.mentions_note()
    assert [n for n, _ in brief.numbered_excerpts()] == [1, 2, 3, 4, 5]
    reference = next(i for s in brief.sections for i in s.items if not i.first)
    assert cross_reference(reference) == "— đã in đầy đủ ở mục I. CẢI CÁCH HÀNH CHÍNH."


def test_by_article_needs_no_references(export_library: ExportLibrary, empty_services: object) -> None:
    brief = _brief(empty_services, group_by=GroupBy.ARTICLE)
    assert all(i.first for s in brief.sections for i in s.items)
    assert brief.repeated_mentions() == 0
    # Tag counts still add up to 6 for 5 excerpts, and the brief still says why.
    assert "6 lượt cho 5 trích dẫn" in brief.mentions_note()
    assert "dẫn chiếu" not in brief.mentions_note()


def test_toc_entries_follow_the_printed_headings(export_library: ExportLibrary, empty_services: object) -> None:
    brief = _brief(empty_services, include_toc=True, include_appendix=True)
    entries = [(e.level, e.text) for e in brief.toc_entries()]
    assert entries[:2] == [(1, "Tổng quan"), (1, "I. CẢI CÁCH HÀNH CHÍNH")]
    assert (1, "Phụ lục: toàn văn bài viết") in entries
    assert entries[-1][0] == 2 and entries[-1][1].startswith("4. ")


def test_short_quote_cuts_at_a_word() -> None:
    text = "Làm nhiều hơn nói, thưởng - phạt đúng người, đúng việc, công khai minh bạch trước tập thể cơ quan đơn vị"
    short = short_quote(text, 40)
    assert short.endswith("…") and len(short) <= 41 and text.startswith(short[:-1])
    assert short_quote("ngắn") == "ngắn"

"""Copy with citation: the passage, then where it comes from; HTML escaped, plain text too."""

from __future__ import annotations

from desktop.domain.article import ArticleMeta
from desktop.export.citation_clip import passage_clip
from tests.unit.export.export_library import ExportLibrary

META = ArticleMeta("a1", "Nói <đi> đôi & làm", "Báo Nhân Dân", "Nguyễn Văn A", "2017-05-18T10:20")
TEXT = "Đoạn một nói về kỷ luật.\nĐoạn hai: “Nói đi đôi với làm”.\nĐoạn ba <b>in đậm</b>?"


def test_passage_with_its_citation_line() -> None:
    start = TEXT.index("kỷ luật")
    clip = passage_clip(META, TEXT, start, start + len("kỷ luật"))
    assert clip.plain == (
        "“kỷ luật”\nNguồn: “Nói <đi> đôi & làm”, Báo Nhân Dân, Nguyễn Văn A, ngày 18/05/2017, đoạn 1."
    )


def test_passage_over_paragraphs_and_with_own_marks() -> None:
    start = TEXT.index("“Nói")
    clip = passage_clip(META, TEXT, start, start + len("“Nói đi đôi với làm”"))
    assert clip.plain.splitlines()[0] == "“Nói đi đôi với làm”"  # not ““…””
    start, end = TEXT.index("nói về"), TEXT.index("<b>")
    lines = passage_clip(META, TEXT, start, end).plain.splitlines()
    assert lines[0] == "“nói về kỷ luật." and lines[2].endswith("Đoạn ba”")
    assert lines[-1].endswith("đoạn 1-3.")


def test_html_escapes_user_text_and_is_a_whole_document() -> None:
    start = TEXT.index("Đoạn ba")
    clip = passage_clip(META, TEXT, start, len(TEXT))
    assert clip.html.startswith('<html><head><meta charset="utf-8">')
    assert "&lt;b&gt;in đậm&lt;/b&gt;" in clip.html and "<b>in" not in clip.html
    assert "Nói &lt;đi&gt; đôi &amp; làm" in clip.html
    assert "Times New Roman" in clip.html


def test_annotations_clip_in_reading_order_with_notes(
    export_library: ExportLibrary, empty_services: object
) -> None:
    clip = empty_services.export.annotations_clip(["n3", "n1"])  # type: ignore[attr-defined]
    n1, n3 = export_library.annotations["n1"], export_library.annotations["n3"]
    first, second = clip.plain.split("\n\n")
    assert first.startswith(f"“{n3.quote.exact}”") and first.endswith(f"Ghi chú: {n3.note}")
    assert "Nguồn: “Hà Nội: Học và làm theo Bác" in first and "đoạn 3." in first
    assert second.startswith(f"“{n1.quote.exact}”") and "đoạn 9." in second


def test_service_passage_clip_checks_its_range(
    export_library: ExportLibrary, empty_services: object
) -> None:
    import pytest

    from desktop.domain.errors import UserError

    text = export_library.texts["a000"]
    start = text.index("đạo đức công vụ")
    clip = empty_services.export.passage_clip("a000", start, start + 15)  # type: ignore[attr-defined]
    assert clip.plain.startswith("“đạo đức công vụ”\nNguồn: “Thúc đẩy tinh thần trách nhiệm”")
    with pytest.raises(UserError):
        empty_services.export.passage_clip("a000", 5, 5)  # type: ignore[attr-defined]
    with pytest.raises(UserError):
        empty_services.export.passage_clip("không-có", 0, 5)  # type: ignore[attr-defined]


def test_a_copied_passage_prints_runs_of_spaces_as_one() -> None:
    from desktop.export.citation_clip import _quoted_lines

    assert _quoted_lines("Thực hiện Chỉ thị   số 09\nGiao Thường trực          thành phố") == [
        "“Thực hiện Chỉ thị số 09",
        "Giao Thường trực thành phố”",
    ]

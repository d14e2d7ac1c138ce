"""The .docx brief reopened with python-docx: page, fonts, styles, excerpts in order."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from desktop.export.docx_brief_writer import highlight_for
from desktop.export.docx_layout import FONT
from desktop.export.export_options import ExcerptSelection, GroupBy
from tests.unit.export.docx_helpers import body_texts, render_docx
from tests.unit.export.export_library import ExportLibrary


def _mm(length: int) -> float:
    return round(length / Mm(1), 1)


def test_page_is_a4_with_decree_30_margins(
    export_library: ExportLibrary, empty_services: object
) -> None:
    section = render_docx(empty_services).sections[0]
    assert (_mm(section.page_width), _mm(section.page_height)) == (210.0, 297.0)
    assert 20 <= _mm(section.top_margin) <= 25 and 20 <= _mm(section.bottom_margin) <= 25
    assert 30 <= _mm(section.left_margin) <= 35 and 15 <= _mm(section.right_margin) <= 20


def test_page_number_centred_at_top_from_page_two(
    export_library: ExportLibrary, empty_services: object
) -> None:
    section = render_docx(empty_services).sections[0]
    assert section.different_first_page_header_footer
    assert section.first_page_header.paragraphs[0].text == ""
    header = section.header.paragraphs[0]
    assert (
        header.alignment or header.style.paragraph_format.alignment
    ) == WD_ALIGN_PARAGRAPH.CENTER
    instructions = [t.text.strip() for t in header._p.iter(qn("w:instrText"))]
    assert instructions == ["PAGE"]


def test_fonts_and_body_paragraph_format(
    export_library: ExportLibrary, empty_services: object
) -> None:
    document = render_docx(empty_services, font_size_pt=13)
    normal = document.styles["Normal"]
    assert normal.font.name == FONT and normal.font.size == Pt(13)
    r_fonts = normal.element.rPr.rFonts
    assert {r_fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "eastAsia", "cs")} == {FONT}
    fmt = normal.paragraph_format
    assert fmt.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert round(fmt.first_line_indent.cm, 2) == 1.27
    assert fmt.space_after == Pt(6)
    for level in (1, 2):
        heading = document.styles[f"Heading {level}"]
        assert heading.font.name == FONT and heading.font.bold
        assert (
            heading.element.rPr.rFonts.get(qn("w:asciiTheme")) is None
        )  # no Calibri Light sneaking back


def test_title_block_and_real_headings(
    export_library: ExportLibrary, empty_services: object
) -> None:
    document = render_docx(
        empty_services,
        title="Tổng hợp ý kiến",
        agency="UBND Thành phố Hà Nội\nSở Nội vụ",
        date="2026-02-05",
    )
    left, right = document.tables[0].rows[0].cells
    agency_runs = left.paragraphs[0].runs
    assert [r.text.strip() for r in agency_runs] == ["UBND THÀNH PHỐ HÀ NỘI", "SỞ NỘI VỤ"]
    assert agency_runs[-1].bold and not agency_runs[0].bold
    date_run = right.paragraphs[0].runs[0]
    assert date_run.text == "Hà Nội, ngày 05 tháng 02 năm 2026" and date_run.italic
    texts = body_texts(document)
    assert ("Tên tài liệu", "TỔNG HỢP Ý KIẾN") in texts
    headings = [(s, t) for s, t in texts if s.startswith("Heading")]
    assert headings == [
        ("Heading 1", "Tổng quan"),
        ("Heading 1", "I. CẢI CÁCH HÀNH CHÍNH"),
        ("Heading 1", "II. ĐẠO ĐỨC CÔNG VỤ"),
        ("Heading 2", "1. Nêu gương"),
        ("Heading 1", "III. CHƯA GẮN THẺ"),
    ]


def test_every_excerpt_quote_note_tags_citation_in_order(
    export_library: ExportLibrary, empty_services: object
) -> None:
    document = render_docx(
        empty_services,
        selection=ExcerptSelection(tag_names=("Đạo đức công vụ",)),
        include_summary=False,
    )
    texts = [
        t
        for s, t in body_texts(document)
        if s in ("Trích dẫn", "Chi tiết trích dẫn", "Nguồn trích dẫn")
    ]
    n1, n2, n3 = (export_library.annotations[i] for i in ("n1", "n2", "n3"))
    assert texts == [
        f"1. “{n2.quote.exact}”",
        "Thẻ: Cải cách hành chính, Đạo đức công vụ",
        "Nguồn: “Thúc đẩy tinh thần trách nhiệm”, Kinh tế & Đô thị, Trần Hà, ngày 09/08/2021, đoạn 5.",
        f"2. “{n1.quote.exact}”",
        f"Ghi chú: {n1.note}",
        "Thẻ: Đạo đức công vụ",
        "Nguồn: “Thúc đẩy tinh thần trách nhiệm”, Kinh tế & Đô thị, Trần Hà, ngày 09/08/2021, đoạn 9.",
        f"3. “{n3.quote.exact}”",
        f"Ghi chú: {n3.note}",
        "Thẻ: Đạo đức công vụ/Nêu gương",
        "Nguồn: “Hà Nội: Học và làm theo Bác bắt đầu từ nâng cao đạo đức công vụ”, Kinh tế & Đô thị, ngày 20/05/2019, đoạn 3.",
    ]


def test_quote_run_carries_the_word_highlight_of_its_colour(
    export_library: ExportLibrary, empty_services: object
) -> None:
    document = render_docx(empty_services, group_by=GroupBy.ARTICLE)
    highlighted = {
        r.text: r.font.highlight_color
        for p in document.paragraphs
        if p.style.name == "Trích dẫn"
        for r in p.runs
        if r.font.highlight_color
    }
    lib = export_library.annotations
    assert highlighted[f"“{lib['n3'].quote.exact}”"] == WD_COLOR_INDEX.BRIGHT_GREEN
    assert highlighted[f"“{lib['n4'].quote.exact}”"] == WD_COLOR_INDEX.PINK
    assert highlighted[f"“{lib['n5'].quote.exact}”"] == WD_COLOR_INDEX.RED
    assert highlight_for("no-such-colour") == WD_COLOR_INDEX.YELLOW


def test_by_article_prints_byline_once_and_short_citations(
    export_library: ExportLibrary, empty_services: object
) -> None:
    texts = body_texts(render_docx(empty_services, group_by=GroupBy.ARTICLE, include_summary=False))
    first = texts.index(
        ("Heading 1", "I. HÀ NỘI: HỌC VÀ LÀM THEO BÁC BẮT ĐẦU TỪ NÂNG CAO ĐẠO ĐỨC CÔNG VỤ")
    )
    assert texts[first + 1] == ("Thông tin bài viết", "Kinh tế & Đô thị · 20/05/2019")
    assert ("Nguồn trích dẫn", "Đoạn 3.") in texts


def test_options_leave_parts_out_and_add_context(
    export_library: ExportLibrary, empty_services: object
) -> None:
    document = render_docx(
        empty_services,
        selection=ExcerptSelection(annotation_ids=("n1",)),
        include_notes=False,
        include_tags=False,
        include_citations=False,
        include_summary=False,
        include_context=True,
    )
    styles = [s for s, _ in body_texts(document)]
    assert "Chi tiết trích dẫn" not in styles and "Nguồn trích dẫn" not in styles
    (quote,) = [t for s, t in body_texts(document) if s == "Trích dẫn"]
    assert "từng khẳng định, “đạo đức công vụ không phải tự thân mà có”, mà mỗi cán bộ" in quote


def test_summary_tables_count_per_tag_and_article(
    export_library: ExportLibrary, empty_services: object
) -> None:
    document = render_docx(empty_services)
    tag_table, article_table = document.tables[-2], document.tables[-1]
    rows = [[c.text for c in row.cells] for row in tag_table.rows]
    assert rows[0] == ["Thẻ", "Số trích dẫn"]
    assert ["Đạo đức công vụ/Nêu gương", "1"] in rows and ["Chưa gắn thẻ", "1"] in rows
    rows = [[c.text for c in row.cells] for row in article_table.rows]
    assert rows[2] == ["2", "Thúc đẩy tinh thần trách nhiệm", "Kinh tế & Đô thị", "09/08/2021", "2"]
    assert article_table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_toc_field_and_update_on_open(
    export_library: ExportLibrary, empty_services: object
) -> None:
    document = render_docx(empty_services, include_toc=True)
    body = document.element.body
    instructions = [t.text.strip() for t in body.iter(qn("w:instrText"))]
    assert instructions == ['TOC \\o "1-3" \\h \\z \\u']
    settings = [child.tag for child in document.settings.element]
    # Word rejects settings out of schema order: updateFields must come before compat.
    assert settings.index(qn("w:updateFields")) < settings.index(qn("w:compat"))
    texts = [t for s, t in body_texts(document) if s == "Dòng mục lục"]
    assert texts[:3] == ["Tổng quan", "I. CẢI CÁCH HÀNH CHÍNH", "II. ĐẠO ĐỨC CÔNG VỤ"]


def test_appendix_whole_article_with_highlights(
    export_library: ExportLibrary, empty_services: object
) -> None:
    document = render_docx(
        empty_services, selection=ExcerptSelection(article_ids=("a000",)), include_appendix=True
    )
    texts = body_texts(document)
    start = texts.index(("Heading 1", "Phụ lục: toàn văn bài viết"))
    assert texts[start + 1] == ("Heading 2", "1. Thúc đẩy tinh thần trách nhiệm")
    highlighted = [
        (r.text, r.font.highlight_color)
        for p in document.paragraphs[start:]
        for r in p.runs
        if r.font.highlight_color
    ]
    lib = export_library.annotations
    assert (lib["n1"].quote.exact, WD_COLOR_INDEX.YELLOW) in highlighted
    assert (lib["n2"].quote.exact, WD_COLOR_INDEX.TURQUOISE) in highlighted
    appendix_text = "\n".join(t for _, t in texts[start + 3 :])
    assert (
        "[9] Như các nhà nghiên cứu đã chỉ ra" in appendix_text
    )  # the paragraph the citation names


def test_control_characters_do_not_break_the_file(
    export_library: ExportLibrary, empty_services: object
) -> None:
    store = empty_services.store  # type: ignore[attr-defined]
    note = "Dòng một\x0bdòng\x00 hai\x0c"
    store.put_annotation(export_library.annotations["n1"].with_changes(note=note))
    document = render_docx(empty_services, selection=ExcerptSelection(annotation_ids=("n1",)))
    assert ("Chi tiết trích dẫn", "Ghi chú: Dòng mộtdòng hai") in body_texts(document)


def test_colour_legend_uses_the_users_meanings(
    export_library: ExportLibrary, empty_services: object
) -> None:
    empty_services.tags.set_color_meaning("red", "Tồn tại cần khắc phục")  # type: ignore[attr-defined]
    document = render_docx(empty_services)
    (legend,) = [p for p in document.paragraphs if p.text.startswith("Chú giải màu:")]
    marked = [(r.text, r.font.highlight_color) for r in legend.runs if r.font.highlight_color]
    assert marked == [
        ("Quan trọng", WD_COLOR_INDEX.YELLOW),
        ("Số liệu", WD_COLOR_INDEX.BRIGHT_GREEN),
        ("Cần trao đổi", WD_COLOR_INDEX.TURQUOISE),
        ("Ví dụ điển hình", WD_COLOR_INDEX.PINK),
        ("Tồn tại cần khắc phục", WD_COLOR_INDEX.RED),
    ]

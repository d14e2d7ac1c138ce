"""The .docx brief reopened with python-docx: page, fonts, styles, excerpts, keep rules."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from desktop.export.docx_layout import FONT
from desktop.export.export_options import ExcerptSelection, GroupBy
from desktop.export.print_colors import print_color
from tests.unit.export.docx_helpers import body_texts, render_docx, run_fills
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


def test_every_paragraph_six_points_after_and_no_text_under_13(
    export_library: ExportLibrary, empty_services: object
) -> None:
    """Nghị định 30: at least 6 pt between paragraphs; a 13-pt brief never drops to 12 pt
    (citations, bylines, tables and the title block included)."""
    document = render_docx(
        empty_services, font_size_pt=13, agency="UBND\nSở Nội vụ", number="15/BC-SNV",
        include_toc=True, include_appendix=True, group_by=GroupBy.ARTICLE,
    )  # fmt: skip
    paragraphs = list(document.paragraphs) + [
        p for t in document.tables for row in t.rows for cell in row.cells for p in cell.paragraphs
    ]
    for para in paragraphs:
        style_after = para.style.paragraph_format.space_after
        after = para.paragraph_format.space_after or style_after
        assert after is not None and after >= Pt(6), (para.style.name, para.text[:40])
        for run in para.runs:
            if run.text.strip():
                size = run.font.size or para.style.font.size
                assert size is not None and size >= Pt(13), (para.style.name, run.text[:40])


def test_title_block_and_real_headings(
    export_library: ExportLibrary, empty_services: object
) -> None:
    document = render_docx(
        empty_services,
        title="Tổng hợp ý kiến",
        agency="UBND Thành phố Hà Nội\nSở Nội vụ",
        number="Số 15/BC-SNV",
        date="2026-02-05",
    )
    (left, right), (low_left, low_right) = (row.cells for row in document.tables[0].rows)
    agency = left.paragraphs[0]
    assert agency.text == "UBND THÀNH PHỐ HÀ NỘI\nSỞ NỘI VỤ"
    assert agency.runs[-1].bold and not agency.runs[0].bold
    assert left.paragraphs[1]._p.pPr.find(qn("w:pBdr")) is not None  # the rule under the unit
    # Nghị định 30, ô số 1: the national name and the motto, bold, a solid rule under the motto.
    national, motto = right.paragraphs
    assert national.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and national.runs[0].bold
    assert motto.text == "Độc lập - Tự do - Hạnh phúc" and motto.runs[0].bold
    assert national.runs[0].font.size == motto.runs[0].font.size == Pt(13)
    rule = motto._p.pPr.find(qn("w:pBdr") + "/" + qn("w:bottom"))
    assert rule is not None and rule.get(qn("w:val")) == "single"
    assert national._p.pPr.find(qn("w:pBdr")) is None
    # The number on the left and the place and date on the right, on one line under them.
    assert low_left.paragraphs[0].text == "Số: 15/BC-SNV"  # the state form: a colon
    date_run = low_right.paragraphs[0].runs[0]
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


def test_each_excerpt_once_with_its_number_then_referred_to(
    export_library: ExportLibrary, empty_services: object
) -> None:
    """Grouped by tag, n2 (two tags) is printed in full under its first tag and referred to by
    number under the second: numbers 1-5 for 5 excerpts, never 1-6."""
    document = render_docx(empty_services, include_summary=False)
    quotes = [t for s, t in body_texts(document) if s == "Trích dẫn"]
    lib = export_library.annotations
    assert quotes[0] == f"1. “{lib['n2'].quote.exact}”"
    assert quotes[1] == f"2. “{lib['n4'].quote.exact}”"
    assert quotes[2] == f"1. “{lib['n2'].quote.exact}” — đã in đầy đủ ở mục I. CẢI CÁCH HÀNH CHÍNH."
    assert [q.split(".")[0] for q in quotes] == ["1", "2", "1", "3", "4", "5"]
    links = document.element.body.findall(".//" + qn("w:hyperlink"))
    assert links[0].get(qn("w:anchor")) == "trich_dan_1"
    starts = {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}
    assert {f"trich_dan_{n}" for n in range(1, 6)} <= starts


def test_quote_citation_tags_then_note(
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
    assert texts[:8] == [
        "Chú giải màu: Quan trọng; Số liệu; Cần trao đổi.",
        f"1. “{n2.quote.exact}”",
        "Nguồn: “Thúc đẩy tinh thần trách nhiệm”, Kinh tế & Đô thị, Trần Hà, ngày 09/08/2021, đoạn 5.",
        "Thẻ: Cải cách hành chính, Đạo đức công vụ. Màu: Cần trao đổi.",
        f"2. “{n1.quote.exact}”",
        "Nguồn: “Thúc đẩy tinh thần trách nhiệm”, Kinh tế & Đô thị, Trần Hà, ngày 09/08/2021, đoạn 9.",
        "Thẻ: Đạo đức công vụ. Màu: Quan trọng.",
        f"Ghi chú: {n1.note}",
    ]
    assert texts[8] == f"3. “{n3.quote.exact}”"


def test_keep_rules_are_paragraph_properties(
    export_library: ExportLibrary, empty_services: object
) -> None:
    """A quote keeps with its citation and stays whole; the note (last) may break and keeps
    with nothing; headings keep with the next; page breaks are properties, not paragraphs."""
    document = render_docx(empty_services, include_appendix=True, include_toc=False)
    styles = document.styles
    quote, heading = styles["Trích dẫn"].paragraph_format, styles["Heading 1"].paragraph_format
    assert quote.keep_with_next and quote.keep_together
    assert heading.keep_with_next and heading.keep_together
    paragraphs = document.paragraphs
    for i, para in enumerate(paragraphs):
        if para.text.startswith("Ghi chú:"):
            assert para.paragraph_format.keep_with_next is False
            assert paragraphs[i - 1].paragraph_format.keep_with_next  # the line before holds on
    body = document.element.body
    assert not body.findall(".//" + qn("w:br") + "[@" + qn("w:type") + "='page']")
    appendix = next(p for p in paragraphs if p.text == "Phụ lục: toàn văn bài viết")
    assert appendix.paragraph_format.page_break_before


def test_long_quotes_may_break_and_free_their_citation(empty_services: object) -> None:
    from tests.unit.export.real_library import build_real_library

    build_real_library(empty_services)
    document = render_docx(empty_services, selection=ExcerptSelection(annotation_ids=("p13",)))
    quote, reference = [p for p in document.paragraphs if p.style.name == "Trích dẫn"]
    assert len(quote.text) > 1000 and len(reference.text) < 200
    assert quote.paragraph_format.keep_together is False
    assert quote.paragraph_format.keep_with_next is False


def test_quote_shading_is_its_print_colour(
    export_library: ExportLibrary, empty_services: object
) -> None:
    document = render_docx(empty_services, group_by=GroupBy.ARTICLE)
    fills = run_fills(p for p in document.paragraphs if p.style.name == "Trích dẫn")
    lib = export_library.annotations
    assert fills[f"“{lib['n3'].quote.exact}”"] == print_color("green").fill
    assert fills[f"“{lib['n4'].quote.exact}”"] == print_color("pink").fill
    assert fills[f"“{lib['n5'].quote.exact}”"] == print_color("red").fill
    assert not document.element.body.findall(".//" + qn("w:highlight"))  # no neon highlighter


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
    assert "Nguồn trích dẫn" not in styles and "Ghi chú" not in " ".join(t for _, t in body_texts(document))
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
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in article_table.rows)
    # 5 excerpts, 6 rows of tag counts (n2 has two tags): the brief says so in words.
    assert any("bảng theo thẻ có 6 lượt cho 5 trích dẫn" in p.text for p in document.paragraphs)


def test_toc_carries_its_page_numbers_and_asks_nothing(
    export_library: ExportLibrary, empty_services: object
) -> None:
    from desktop.export.docx_brief_writer import write_docx
    from desktop.export.export_options import BriefOptions, ExportRequest

    brief = empty_services.export.build_brief(ExportRequest(options=BriefOptions(include_toc=True)))  # type: ignore[attr-defined]
    import io

    import docx

    document = docx.Document(io.BytesIO(write_docx(brief, toc_pages=["2", "3", "3", "4", "5"])))
    body = document.element.body
    instructions = [t.text.strip() for t in body.iter(qn("w:instrText"))]
    assert instructions[0] == 'TOC \\o "1-3" \\h \\z \\u'
    assert instructions[1:] == [f"PAGEREF _Toc00000000{n} \\h" for n in range(1, 6)]
    assert document.settings.element.find(qn("w:updateFields")) is None  # no prompt on opening
    entries = [p.text for p in document.paragraphs if p.style.name.startswith("toc")]
    assert entries == [
        "Tổng quan\t2", "I. CẢI CÁCH HÀNH CHÍNH\t3", "II. ĐẠO ĐỨC CÔNG VỤ\t3",
        "1. Nêu gương\t4", "III. CHƯA GẮN THẺ\t5",
    ]  # fmt: skip
    summary = next(p for p in document.paragraphs if p.text == "Tổng quan" and p.style.name == "Heading 1")
    assert summary.paragraph_format.page_break_before


def test_appendix_whole_article_with_overlaps_shown_as_both(
    export_library: ExportLibrary, empty_services: object
) -> None:
    store = empty_services.store  # type: ignore[attr-defined]
    n1 = export_library.annotations["n1"]
    # A second, green highlight over the end of n1 and beyond.
    store.put_annotation(
        n1.with_changes(
            id="n9",
            color="green",
            position=n1.position.__class__(n1.end - 10, n1.end + 15),
            quote=n1.quote.__class__(export_library.texts["a000"][n1.end - 10 : n1.end + 15]),
        )
    )
    document = render_docx(
        empty_services, selection=ExcerptSelection(article_ids=("a000",)), include_appendix=True
    )
    texts = body_texts(document)
    start = texts.index(("Heading 1", "Phụ lục: toàn văn bài viết"))
    assert texts[start + 1] == ("Heading 2", "1. Thúc đẩy tinh thần trách nhiệm")
    runs = [r for p in document.paragraphs[start:] for r in p.runs]
    marked = {(r.text, _fill(r), _underline(r)) for r in runs if _fill(r)}
    yellow, green = print_color("yellow"), print_color("green")
    assert (n1.quote.exact[:-10], yellow.fill, "") in marked
    assert (n1.quote.exact[-10:], green.fill, yellow.line) in marked  # both colours
    assert "[9] Như các nhà nghiên cứu đã chỉ ra" in "\n".join(t for _, t in texts[start + 3 :])
    legend = next(p.text for p in document.paragraphs if p.text.startswith("Chú giải màu:"))
    assert "gạch chân đậm là màu của đoạn bao ngoài" in legend


def _fill(run: object) -> str:
    shd = run._r.find(qn("w:rPr") + "/" + qn("w:shd"))  # type: ignore[attr-defined]
    return "" if shd is None else shd.get(qn("w:fill"))


def _underline(run: object) -> str:
    u = run._r.find(qn("w:rPr") + "/" + qn("w:u"))  # type: ignore[attr-defined]
    return "" if u is None else u.get(qn("w:color"))


def test_word_line_breaks_kept_other_controls_shown(
    export_library: ExportLibrary, empty_services: object
) -> None:
    store = empty_services.store  # type: ignore[attr-defined]
    note = "Dòng một\x0bdòng\x00 hai\x0c"
    store.put_annotation(export_library.annotations["n1"].with_changes(note=note))
    document = render_docx(empty_services, selection=ExcerptSelection(annotation_ids=("n1",)))
    assert ("Chi tiết trích dẫn", "Ghi chú: Dòng một\ndòng\ufffd hai") in body_texts(document)
    compat = document.settings.element.find(qn("w:compat"))
    assert compat.find(qn("w:doNotExpandShiftReturn")) is not None  # short lines not stretched


def test_colour_legend_uses_the_users_meanings(
    export_library: ExportLibrary, empty_services: object
) -> None:
    empty_services.tags.set_color_meaning("red", "Tồn tại cần khắc phục")  # type: ignore[attr-defined]
    document = render_docx(empty_services)
    (legend,) = [p for p in document.paragraphs if p.text.startswith("Chú giải màu:")]
    marked = [(r.text, _fill(r)) for r in legend.runs if _fill(r)]
    assert marked == [
        ("Quan trọng", print_color("yellow").fill),
        ("Số liệu", print_color("green").fill),
        ("Cần trao đổi", print_color("turquoise").fill),
        ("Ví dụ điển hình", print_color("pink").fill),
        ("Tồn tại cần khắc phục", print_color("red").fill),
    ]


def test_a_personal_brief_has_no_national_motto(export_library: ExportLibrary, empty_services: object) -> None:
    """Without an agency or a number the brief is a working paper, not an agency's document:
    no national name, only its place and date."""
    document = render_docx(empty_services, date="2026-02-05")
    assert not document.tables or "CỘNG HÒA" not in document.tables[0].rows[0].cells[-1].text
    assert not any("CỘNG HÒA XÃ HỘI" in p.text for p in document.paragraphs)

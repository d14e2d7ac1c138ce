"""The Party layout (Hướng dẫn 36-HD/VPTW) beside the state one (Nghị định 30/2020/NĐ-CP)."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from desktop.export.docx_title_block import PARTY_HEADING, number_line
from desktop.export.export_options import BriefOptions, LayoutStyle
from tests.unit.export.docx_helpers import render_docx
from tests.unit.export.export_library import ExportLibrary


def test_party_title_block(export_library: ExportLibrary, empty_services: object) -> None:
    document = render_docx(
        empty_services,
        style=LayoutStyle.HD36,
        agency="Đảng bộ phường Tân Định\nChi bộ khu phố 3",
        number="15-BC/CB",
        place="TP Hồ Chí Minh",
        date="2026-02-05",
    )
    (top_left, top_right), (low_left, low_right) = (r.cells for r in document.tables[0].rows)
    heading = top_right.paragraphs[0]
    assert heading.text == PARTY_HEADING
    run = heading.runs[0]
    assert run.bold and run.font.size == Pt(15)
    bottom = heading._p.pPr.find(qn("w:pBdr") + "/" + qn("w:bottom"))
    assert bottom is not None and bottom.get(qn("w:val")) == "single"  # its rule
    assert top_left.paragraphs[0].text == "ĐẢNG BỘ PHƯỜNG TÂN ĐỊNH\nCHI BỘ KHU PHỐ 3"
    parent, unit = top_left.paragraphs[0].runs
    assert unit.bold and not parent.bold and unit.font.size == Pt(14)
    assert top_left.paragraphs[1].text == "*"
    assert low_left.paragraphs[0].text == "Số 15-BC/CB"  # the Party form: no colon
    date = low_right.paragraphs[0].runs[0]
    assert date.text == "TP Hồ Chí Minh, ngày 05 tháng 02 năm 2026" and date.italic
    assert date.font.size == Pt(14)


def test_party_page_body_and_page_number(export_library: ExportLibrary, empty_services: object) -> None:
    document = render_docx(empty_services, style=LayoutStyle.HD36, font_size_pt=15)
    section = document.sections[0]
    margins = [round(m / Mm(1)) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)]
    assert margins == [20, 20, 30, 15]
    assert document.styles["Normal"].font.size == Pt(15)  # Hướng dẫn 36: 14-15 pt
    assert document.styles["Tên tài liệu"].font.size == Pt(16)
    # The Party committees' handbook: from page 2, centred, 10 mm from the top edge.
    header = section.header.paragraphs[0]
    assert [t.text.strip() for t in header._p.iter(qn("w:instrText"))] == ["PAGE"]
    assert (header.alignment or header.style.paragraph_format.alignment) == WD_ALIGN_PARAGRAPH.CENTER
    assert round(section.header_distance / Mm(1)) == 10
    assert section.footer.paragraphs[0].text == ""
    assert section.different_first_page_header_footer  # no number on the first page


def test_font_size_stays_inside_the_layout() -> None:
    assert BriefOptions(style=LayoutStyle.ND30, font_size_pt=15).body_size == 14
    assert BriefOptions(style=LayoutStyle.HD36, font_size_pt=13).body_size == 14


def test_number_forms() -> None:
    party = BriefOptions(style=LayoutStyle.HD36, number="Số: 15-BC/ĐU")
    assert number_line(party) == "Số 15-BC/ĐU"
    assert number_line(BriefOptions(number="15/BC-UBND")) == "Số: 15/BC-UBND"
    assert number_line(BriefOptions()) == ""

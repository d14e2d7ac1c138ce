"""The first lines of a brief: issuing body, number, place and date, in the state or Party form.

State form (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II): top right the Quốc hiệu "CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM" (in hoa cỡ 12-13 đứng đậm; 13 here, the brief's minimum, on one line)
and beneath it the Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" (in thường cỡ
13-14 đứng đậm, 13 here) with a solid rule exactly as long as that line (ô số 1); top left tên cơ
quan chủ quản in hoa đứng, tên cơ quan ban hành in hoa đứng đậm (cỡ 12-13; 13 here, the brief's
minimum) with a solid rule 1/3 to 1/2 as long beneath it; then "Số: 15/BC-UBND" in thường cỡ 13
with a colon on the left and "Hà Nội, ngày 05 tháng 02 năm 2026" in thường nghiêng cỡ 13-14
under the motto on the right. A brief with neither agency nor number is a personal working
paper, not an agency's document: it carries only its place and date.

Party form (Hướng dẫn 36-HD/VPTW, Mục II điểm 1.1-1.4 and Phụ lục 1, 3): tiêu đề "ĐẢNG CỘNG SẢN
VIỆT NAM" top right, in hoa cỡ 15 đứng đậm, with a solid rule exactly as long beneath it (ô số 1);
top left the directly superior body (in hoa cỡ 14 đứng) and the issuing body (in hoa cỡ 14
đứng đậm) with a star "*" beneath; then "Số 15-BC/ĐU" (no colon, cỡ 14 đứng) on the left and the
place and date (cỡ 14 nghiêng) on the right, under the rule.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from desktop.export.docx_fast_runs import add_text_run
from desktop.export.docx_layout import PAGE_SPECS, BriefStyles, add_paragraph_border
from desktop.export.export_options import BriefOptions, LayoutStyle
from desktop.export.vietnamese_dates import place_and_date
from desktop.export.xml_text import printable

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_NAME_PT = 13
MOTTO = "Độc lập - Tự do - Hạnh phúc"
MOTTO_PT = 13
# Width of MOTTO in Times New Roman Bold 13 pt, measured like PARTY_HEADING_WIDTH_PT below.
# NATIONAL_NAME at 13 pt bold measures 274.9 pt: the state form's right column (62 % of the
# 165 mm line, less the cell margins: 279 pt) holds it on one line.
MOTTO_WIDTH_PT = 166.6
PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
# Width of PARTY_HEADING in Times New Roman Bold 15 pt, measured with its metric twin Liberation
# Serif Bold (280.66 px at 96 dpi): the rule beneath it must be exactly as long.
PARTY_HEADING_WIDTH_PT = 210.5
CAPS_BOLD_EM = 0.64  # average advance of bold capitals with Vietnamese marks, in ems
CELL_MARGIN_PT = 5.4  # Word's default left and right cell margin (0.19 cm)
# The left column holds the issuing body: the Party's is set one size larger (14 pt), and
# "ĐẢNG CỘNG SẢN VIỆT NAM" at 15 pt bold needs 75 mm on the right; the state form's right
# column needs 99 mm for the national name.
LEFT_COLUMN_SHARE = {LayoutStyle.ND30: 0.38, LayoutStyle.HD36: 0.45}


def rule_under_unit_pt(unit: str) -> float:
    """Nghị định 30: the rule under the issuing unit is 1/3 to 1/2 as long as its name (13 pt
    bold capitals); 40 % of an estimate from its length, never shorter than half an inch."""
    return max(36.0, len(unit) * CAPS_BOLD_EM * 13 * 0.4)


def agency_lines(options: BriefOptions) -> list[str]:
    return [printable(line.strip()).upper() for line in options.agency.splitlines() if line.strip()]


def number_line(options: BriefOptions) -> str:
    """"Số: 15/BC-UBND" (state, with a colon) or "Số 15-BC/ĐU" (Party, without)."""
    number = " ".join(printable(options.number).split())
    if not number:
        return ""
    for prefix in ("Số:", "Số", "số:", "số"):  # the user may have typed the word already
        if number.startswith(prefix):
            number = number[len(prefix) :].strip()
            break
    return f"Số {number}" if options.style is LayoutStyle.HD36 else f"Số: {number}"


class TitleBlock:
    def __init__(self, document: DocxDocument, styles: BriefStyles, options: BriefOptions) -> None:
        self.document = document
        self.styles = styles
        self.options = options
        spec = PAGE_SPECS[options.style]
        self.left_mm = round(spec.text_width_mm * LEFT_COLUMN_SHARE[options.style])
        self.right_mm = spec.text_width_mm - self.left_mm

    def write(self) -> None:
        if self.options.style is LayoutStyle.HD36:
            self._party()
        else:
            self._state()

    # --- building blocks ---------------------------------------------------------------
    def _table(self, rows: int) -> tuple[list[_Cell], ...]:
        table = self.document.add_table(rows=rows, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        widths = (Mm(self.left_mm), Mm(self.right_mm))
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        cells = []
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = width
            cells.append(list(row.cells))
        return tuple(cells)

    def _line(
        self,
        paragraph: Paragraph,
        text: str,
        size: float,
        *,
        bold: bool = False,
        italic: bool = False,
    ) -> Paragraph:
        paragraph.style = self.styles.head_block
        add_text_run(paragraph._p, text, bold=bold, italic=italic, size_pt=size)
        return paragraph

    @staticmethod
    def _rule_beneath(paragraph: Paragraph, cell_width_mm: float, rule_pt: float) -> None:
        """A solid rule under `paragraph`, `rule_pt` long and centred: the paragraph's bottom
        border, narrowed by equal indents (a border spans the paragraph, not the text)."""
        usable = Mm(cell_width_mm).pt - 2 * CELL_MARGIN_PT
        indent = max(0.0, (usable - rule_pt) / 2)
        fmt = paragraph.paragraph_format
        fmt.left_indent = fmt.right_indent = Pt(indent)
        add_paragraph_border(paragraph._p.get_or_add_pPr(), "bottom", size="6", space="1", color="000000")

    # --- the two forms ---------------------------------------------------------------------
    def _state(self) -> None:
        options = self.options
        dated = printable(place_and_date(options.place, options.date))
        lines = agency_lines(options)
        number = number_line(options)
        if not lines and not number:
            para = self.document.add_paragraph()
            self._line(para, dated, self.styles.body_pt, italic=True)
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            return
        (left, right), (low_left, low_right) = self._table(2)
        self._line(right.paragraphs[0], NATIONAL_NAME, NATIONAL_NAME_PT, bold=True)
        motto = self._line(right.add_paragraph(), MOTTO, MOTTO_PT, bold=True)
        self._rule_beneath(motto, self.right_mm, MOTTO_WIDTH_PT)
        para = left.paragraphs[0]
        para.style = self.styles.head_block
        for i, line in enumerate(lines):
            last = i == len(lines) - 1
            add_text_run(para._p, line + ("" if last else "\n"), bold=last, size_pt=13)
        if lines:
            rule = left.add_paragraph()
            rule.style = self.styles.head_block
            rule.paragraph_format.line_spacing = Pt(2)  # a rule, not a line of text
            self._rule_beneath(rule, self.left_mm, rule_under_unit_pt(lines[-1]))
        if number:
            self._line(low_left.paragraphs[0], number, 13)
        else:
            low_left.paragraphs[0].style = self.styles.head_block
        self._line(low_right.paragraphs[0], dated, self.styles.body_pt, italic=True)

    def _party(self) -> None:
        options = self.options
        dated = printable(place_and_date(options.place, options.date))
        lines = agency_lines(options)
        (top_left, top_right), (low_left, low_right) = self._table(2)
        heading = self._line(top_right.paragraphs[0], PARTY_HEADING, 15, bold=True)
        self._rule_beneath(heading, self.right_mm, PARTY_HEADING_WIDTH_PT)
        para = top_left.paragraphs[0]
        para.style = self.styles.head_block
        for i, line in enumerate(lines):
            last = i == len(lines) - 1
            add_text_run(para._p, line + ("" if last else "\n"), bold=last, size_pt=14)
        if lines:
            self._line(top_left.add_paragraph(), "*", 14)
        number = number_line(options)
        if number:
            self._line(low_left.paragraphs[0], number, 14)
        else:
            low_left.paragraphs[0].style = self.styles.head_block
        self._line(low_right.paragraphs[0], dated, 14, italic=True)

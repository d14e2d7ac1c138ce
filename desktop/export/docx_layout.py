"""The page and styles of a brief, in the state layout or the Party layout.

Where each rule comes from:
- Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục I (thể thức chung): A4; lề trên và dưới 20-25 mm,
  trái 30-35 mm, phải 15-20 mm; Times New Roman (TCVN 6909:2001); số trang từ trang 2, chữ số
  Ả Rập cỡ 13-14 đứng, canh giữa trong lề trên; nội dung cỡ 13-14, căn đều hai lề, lùi đầu
  dòng 1-1,27 cm, khoảng cách đoạn tối thiểu 6 pt, dòng từ đơn đến 1,5.
- Hướng dẫn 36-HD/VPTW (Văn phòng Trung ương Đảng, 03/4/2018), Mục IV: phông chữ tiếng Việt
  TCVN 6909:2001, khổ A4 (read in a public summary of the guidance); Phụ lục 3: nội dung văn
  bản in thường cỡ 14-15 đứng; tên loại văn bản in hoa 15-16 đứng đậm. Its margin and page-number
  paragraphs were not reachable here: the margins are the ones both guidances allow (trên, dưới
  20 mm, trái 30 mm, phải 15 mm), and the page number follows the Party committees' handbook
  (Sổ tay công tác văn phòng cấp ủy, Đảng ủy Khối Bình Thuận: "trang thứ hai phải đánh số trang
  bằng chữ số Ả Rập cách mép trên trang giấy 10 mm và cách đều hai mép phải, trái của phần có
  chữ"), centred at the top like the state layout, cỡ 14.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from desktop.export.docx_fields import add_page_field
from desktop.export.export_options import LayoutStyle

FONT = "Times New Roman"  # has every Vietnamese glyph in Word and its metric twin in LibreOffice
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297  # A4
HEADER_DISTANCE_MM = 10  # the page number sits inside the top margin
FIRST_LINE_INDENT_CM = 1.27
SPACE_AFTER_PT = 6  # Nghị định 30: at least 6 pt between paragraphs, every paragraph
MIN_TEXT_PT = 13  # no text under 13 pt in a 13-14 pt brief (citations, tables, bylines)
LINE_SPACING = 1.15
BLACK = RGBColor(0, 0, 0)


@dataclass(frozen=True)
class PageSpec:
    top_mm: float
    bottom_mm: float
    left_mm: float
    right_mm: float
    number_size_pt: float

    @property
    def text_width_mm(self) -> float:
        return PAGE_WIDTH_MM - self.left_mm - self.right_mm


PAGE_SPECS = {
    LayoutStyle.ND30: PageSpec(20, 20, 30, 15, number_size_pt=13),
    LayoutStyle.HD36: PageSpec(20, 20, 30, 15, number_size_pt=14),
}

# Custom styles: Vietnamese names the user sees in Word's gallery, ASCII ids Word is safe with.
STYLE_TITLE = ("Tên tài liệu", "BriefTitle")
STYLE_SUBTITLE = ("Phụ đề tài liệu", "BriefSubtitle")
STYLE_QUOTE = ("Trích dẫn", "BriefQuote")
STYLE_DETAIL = ("Chi tiết trích dẫn", "BriefDetail")
STYLE_CITATION = ("Nguồn trích dẫn", "BriefCitation")
STYLE_TABLE_TEXT = ("Chữ trong bảng", "BriefTableText")
STYLE_BYLINE = ("Thông tin bài viết", "BriefByline")
STYLE_HEADER = ("Số trang", "BriefPageNumber")
STYLE_BLOCK = ("Khối đầu văn bản", "BriefHeadBlock")
# Word rebuilds a table of contents with its built-in "toc 1-3" styles: defining them keeps
# the look after the user presses F9.
TOC_STYLES = (("toc 1", "TOC1"), ("toc 2", "TOC2"), ("toc 3", "TOC3"))


@dataclass(frozen=True)
class BriefStyles:
    """Style objects looked up once: python-docx is much faster given objects than names."""

    normal: ParagraphStyle
    headings: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]
    title: ParagraphStyle
    subtitle: ParagraphStyle
    quote: ParagraphStyle
    detail: ParagraphStyle
    citation: ParagraphStyle
    table_text: ParagraphStyle
    toc: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]
    byline: ParagraphStyle
    head_block: ParagraphStyle
    body_pt: float
    small_pt: float  # citations, bylines, tables: one point smaller, never under MIN_TEXT_PT


def _set_font(
    style: ParagraphStyle, size_pt: float, *, bold: bool | None = None, italic: bool | None = None
) -> None:
    font = style.font
    font.name = FONT
    font.size = Pt(size_pt)
    font.bold = bold
    font.italic = italic
    font.color.rgb = BLACK
    r_fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    # Theme fonts (Calibri Light in headings) override explicit names: drop them, and name
    # the font for every script so Vietnamese never falls back to another face.
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        r_fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        r_fonts.set(qn(attr), FONT)


def _paragraph(
    style: ParagraphStyle,
    *,
    align: WD_ALIGN_PARAGRAPH | None = WD_ALIGN_PARAGRAPH.JUSTIFY,
    first_line_cm: float | None = 0.0,
    left_cm: float = 0.0,
    right_cm: float = 0.0,
    before_pt: float = 0,
    after_pt: float = SPACE_AFTER_PT,
    keep_with_next: bool = False,
    keep_together: bool = False,
    line_spacing: float = LINE_SPACING,
) -> None:
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.first_line_indent = Cm(first_line_cm) if first_line_cm is not None else None
    fmt.left_indent = Cm(left_cm)
    fmt.right_indent = Cm(right_cm)
    fmt.space_before = Pt(before_pt)
    fmt.space_after = Pt(max(after_pt, SPACE_AFTER_PT))
    fmt.line_spacing = line_spacing
    fmt.keep_with_next = keep_with_next
    fmt.keep_together = keep_together
    fmt.widow_control = True


def _custom(document: DocxDocument, name_and_id: tuple[str, str]) -> ParagraphStyle:
    name, style_id = name_and_id
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = style_id
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    return style


# What may follow w:pBdr inside w:pPr (ECMA-376 CT_PPr's sequence): a border must be inserted
# before the first of these that is present, or Word calls the file corrupt.
_AFTER_BORDERS = (
    "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
    "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
    "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
)


def add_paragraph_border(p_pr: object, side: str, *, size: str, space: str, color: str) -> None:
    """A single-line border on one side ("left", "bottom"…) of a paragraph or paragraph style."""
    borders = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{side}")
    for key, value in (("w:val", "single"), ("w:sz", size), ("w:space", space), ("w:color", color)):
        line.set(qn(key), value)
    borders.append(line)
    find = p_pr.find  # type: ignore[attr-defined]
    anchor = next((find(qn(f"w:{tag}")) for tag in _AFTER_BORDERS if find(qn(f"w:{tag}")) is not None), None)
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        p_pr.append(borders)  # type: ignore[attr-defined]


def _left_bar(style: ParagraphStyle) -> None:
    """A grey bar left of the quote, as quotations are marked in print."""
    add_paragraph_border(style.element.get_or_add_pPr(), "left", size="18", space="8", color="808080")


def new_brief_document(
    size_pt: float = 14.0, style: LayoutStyle = LayoutStyle.ND30
) -> tuple[DocxDocument, BriefStyles]:
    document = Document()
    spec = PAGE_SPECS[style]
    _page_setup(document, spec)
    styles = _styles(document, style.fit_font_size(size_pt), style)
    _page_numbers(document, spec)
    return document, styles


def _page_setup(document: DocxDocument, spec: PageSpec) -> None:
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(spec.top_mm), Mm(spec.bottom_mm)
    section.left_margin, section.right_margin = Mm(spec.left_mm), Mm(spec.right_mm)
    section.header_distance = Mm(HEADER_DISTANCE_MM)
    section.footer_distance = Mm(HEADER_DISTANCE_MM)
    section.gutter = Mm(0)


def _styles(document: DocxDocument, size_pt: float, layout: LayoutStyle) -> BriefStyles:
    styles = document.styles
    small = max(MIN_TEXT_PT, size_pt - 1)
    normal: ParagraphStyle = styles["Normal"]
    _set_font(normal, size_pt)
    _paragraph(normal, first_line_cm=FIRST_LINE_INDENT_CM)
    _language(normal)
    headings = []
    for level in (1, 2, 3):
        heading: ParagraphStyle = styles[f"Heading {level}"]
        _set_font(heading, size_pt, bold=True, italic=level == 3)
        # A heading never ends a page: it keeps with the next paragraph, and its own lines together.
        _paragraph(
            heading,
            align=WD_ALIGN_PARAGRAPH.LEFT,
            first_line_cm=0,
            before_pt=12 if level == 1 else 6,
            keep_with_next=True,
            keep_together=True,
        )
        headings.append(heading)
    title = _custom(document, STYLE_TITLE)
    # Tên loại văn bản: Nghị định 30, 13-14 pt bold; Hướng dẫn 36 Phụ lục 3, 15-16 pt bold.
    _set_font(title, size_pt if layout is LayoutStyle.ND30 else 16, bold=True)
    _paragraph(
        title, align=WD_ALIGN_PARAGRAPH.CENTER, before_pt=18, keep_with_next=True, keep_together=True
    )
    subtitle = _custom(document, STYLE_SUBTITLE)
    _set_font(subtitle, size_pt, italic=True)
    _paragraph(subtitle, align=WD_ALIGN_PARAGRAPH.CENTER, after_pt=12)
    quote = _custom(document, STYLE_QUOTE)
    _set_font(quote, size_pt, italic=True)
    # The quote keeps with its citation (the next paragraph) and stays whole; the writer lifts
    # both for a long quote, which must be free to break (see DocxBriefWriter._excerpt).
    _paragraph(
        quote, left_cm=1.0, right_cm=0.5, before_pt=6, keep_with_next=True, keep_together=True
    )
    _left_bar(quote)
    detail = _custom(document, STYLE_DETAIL)
    _set_font(detail, size_pt)
    _paragraph(detail, left_cm=1.0)
    citation = _custom(document, STYLE_CITATION)
    _set_font(citation, small, italic=True)
    _paragraph(citation, align=WD_ALIGN_PARAGRAPH.LEFT, left_cm=1.0, keep_together=True)
    table_text = _custom(document, STYLE_TABLE_TEXT)
    _set_font(table_text, small)
    _paragraph(table_text, align=WD_ALIGN_PARAGRAPH.LEFT, line_spacing=1.0)
    toc_styles = []
    text_width = PAGE_SPECS[layout].text_width_mm
    for level, (name, style_id) in enumerate(TOC_STYLES, start=1):
        toc = _custom(document, (name, style_id))
        _set_font(toc, size_pt, bold=level == 1)
        _paragraph(toc, align=WD_ALIGN_PARAGRAPH.LEFT, left_cm=0.75 * (level - 1))
        fmt = toc.paragraph_format
        fmt.first_line_indent = Cm(0)
        fmt.tab_stops.add_tab_stop(Mm(text_width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        toc_styles.append(toc)
    byline = _custom(document, STYLE_BYLINE)
    _set_font(byline, small, italic=True)
    _paragraph(byline, align=WD_ALIGN_PARAGRAPH.LEFT, keep_with_next=True, keep_together=True)
    head_block = _custom(document, STYLE_BLOCK)
    _set_font(head_block, size_pt)
    _paragraph(head_block, align=WD_ALIGN_PARAGRAPH.CENTER, first_line_cm=0, line_spacing=1.0)
    return BriefStyles(
        normal,
        (headings[0], headings[1], headings[2]),
        title,
        subtitle,
        quote,
        detail,
        citation,
        table_text,
        (toc_styles[0], toc_styles[1], toc_styles[2]),
        byline,
        head_block,
        size_pt,
        small,
    )


def _language(style: ParagraphStyle) -> None:
    """Mark text as Vietnamese so Word's spelling and hyphenation use the right language."""
    r_pr = style.element.get_or_add_rPr()
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), "vi-VN")


def _page_numbers(document: DocxDocument, spec: PageSpec) -> None:
    """Page number from page 2: an empty first-page header and footer, the number in the
    header's centre (state) or the footer's right corner (Party)."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    section.first_page_footer.is_linked_to_previous = False
    number_style = _custom(document, STYLE_HEADER)
    _set_font(number_style, spec.number_size_pt)
    number_style.paragraph_format.first_line_indent = Cm(0)
    number_style.paragraph_format.space_before = Pt(0)
    number_style.paragraph_format.space_after = Pt(0)  # in the margin: must not push the text
    number_style.paragraph_format.line_spacing = 1.0
    number_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER  # centred in the top margin
    paragraph = section.header.paragraphs[0]
    paragraph.style = number_style
    add_page_field(paragraph)
    for empty in (section.first_page_header, section.first_page_footer):
        empty.paragraphs[0].style = number_style

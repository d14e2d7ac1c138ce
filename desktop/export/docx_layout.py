"""The administrative page and styles of a brief (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""

from __future__ import annotations

from dataclasses import dataclass

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from desktop.export.docx_fields import add_page_field

FONT = "Times New Roman"  # has every Vietnamese glyph in Word and its metric twin in LibreOffice
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297  # A4
MARGIN_TOP_MM, MARGIN_BOTTOM_MM = 20, 20  # 20-25 mm
MARGIN_LEFT_MM, MARGIN_RIGHT_MM = 30, 15  # 30-35 mm and 15-20 mm
HEADER_DISTANCE_MM = 10  # the page number sits inside the top margin
FIRST_LINE_INDENT_CM = 1.27
SPACE_AFTER_PT = 6
BLACK = RGBColor(0, 0, 0)

# Custom styles: Vietnamese names the user sees in Word's gallery, ASCII ids Word is safe with.
STYLE_TITLE = ("Tên tài liệu", "BriefTitle")
STYLE_SUBTITLE = ("Phụ đề tài liệu", "BriefSubtitle")
STYLE_QUOTE = ("Trích dẫn", "BriefQuote")
STYLE_DETAIL = ("Chi tiết trích dẫn", "BriefDetail")
STYLE_CITATION = ("Nguồn trích dẫn", "BriefCitation")
STYLE_TABLE_TEXT = ("Chữ trong bảng", "BriefTableText")
STYLE_TOC_ENTRY = ("Dòng mục lục", "BriefTocEntry")
STYLE_BYLINE = ("Thông tin bài viết", "BriefByline")
STYLE_HEADER = ("Số trang", "BriefPageNumber")


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
    toc_entry: ParagraphStyle
    byline: ParagraphStyle


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
) -> None:
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.first_line_indent = Cm(first_line_cm) if first_line_cm is not None else None
    fmt.left_indent = Cm(left_cm)
    fmt.right_indent = Cm(right_cm)
    fmt.space_before = Pt(before_pt)
    fmt.space_after = Pt(after_pt)
    fmt.line_spacing = 1.15
    fmt.keep_with_next = keep_with_next
    fmt.widow_control = True


def _custom(document: DocxDocument, name_and_id: tuple[str, str]) -> ParagraphStyle:
    name, style_id = name_and_id
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = style_id
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    return style


def _left_bar(style: ParagraphStyle) -> None:
    """A grey bar left of the quote, as quotations are marked in print."""
    p_pr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for key, value in (
        ("w:val", "single"),
        ("w:sz", "18"),
        ("w:space", "8"),
        ("w:color", "808080"),
    ):
        left.set(qn(key), value)
    borders.append(left)
    # pBdr must precede spacing/ind in CT_PPr's sequence or Word calls the file corrupt.
    anchor = p_pr.find(qn("w:spacing"))
    if anchor is None:
        anchor = p_pr.find(qn("w:ind"))
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        p_pr.append(borders)


def new_brief_document(size_pt: float = 14.0) -> tuple[DocxDocument, BriefStyles]:
    document = Document()
    _page_setup(document)
    styles = _styles(document, size_pt)
    _page_numbers(document, styles, size_pt)
    core = document.core_properties
    core.author = "Trích Dẫn"
    core.language = "vi-VN"
    return document, styles


def _page_setup(document: DocxDocument) -> None:
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(MARGIN_TOP_MM), Mm(MARGIN_BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(MARGIN_LEFT_MM), Mm(MARGIN_RIGHT_MM)
    section.header_distance = Mm(HEADER_DISTANCE_MM)
    section.footer_distance = Mm(HEADER_DISTANCE_MM)
    section.gutter = Mm(0)


def _styles(document: DocxDocument, size_pt: float) -> BriefStyles:
    styles = document.styles
    small = size_pt - 1
    normal: ParagraphStyle = styles["Normal"]
    _set_font(normal, size_pt)
    _paragraph(normal, first_line_cm=FIRST_LINE_INDENT_CM)
    _language(normal)
    headings = []
    for level in (1, 2, 3):
        heading: ParagraphStyle = styles[f"Heading {level}"]
        _set_font(heading, size_pt, bold=True, italic=level == 3)
        _paragraph(
            heading,
            align=WD_ALIGN_PARAGRAPH.LEFT,
            first_line_cm=0,
            before_pt=12 if level == 1 else 6,
            keep_with_next=True,
        )
        headings.append(heading)
    title = _custom(document, STYLE_TITLE)
    _set_font(title, size_pt, bold=True)
    _paragraph(
        title, align=WD_ALIGN_PARAGRAPH.CENTER, before_pt=18, after_pt=0, keep_with_next=True
    )
    subtitle = _custom(document, STYLE_SUBTITLE)
    _set_font(subtitle, size_pt, italic=True)
    _paragraph(subtitle, align=WD_ALIGN_PARAGRAPH.CENTER, after_pt=18)
    quote = _custom(document, STYLE_QUOTE)
    _set_font(quote, size_pt, italic=True)
    _paragraph(quote, left_cm=1.0, right_cm=0.5, before_pt=6, after_pt=3, keep_with_next=True)
    _left_bar(quote)
    detail = _custom(document, STYLE_DETAIL)
    _set_font(detail, size_pt)
    _paragraph(detail, left_cm=1.0, after_pt=3, keep_with_next=True)
    citation = _custom(document, STYLE_CITATION)
    _set_font(citation, small, italic=True)
    _paragraph(citation, align=WD_ALIGN_PARAGRAPH.LEFT, left_cm=1.0, after_pt=12)
    table_text = _custom(document, STYLE_TABLE_TEXT)
    _set_font(table_text, small)
    _paragraph(table_text, align=WD_ALIGN_PARAGRAPH.LEFT, after_pt=0)
    toc_entry = _custom(document, STYLE_TOC_ENTRY)
    _set_font(toc_entry, size_pt)
    _paragraph(toc_entry, align=WD_ALIGN_PARAGRAPH.LEFT, after_pt=3)
    byline = _custom(document, STYLE_BYLINE)
    _set_font(byline, small, italic=True)
    _paragraph(byline, align=WD_ALIGN_PARAGRAPH.LEFT, after_pt=6, keep_with_next=True)
    return BriefStyles(
        normal,
        (headings[0], headings[1], headings[2]),
        title,
        subtitle,
        quote,
        detail,
        citation,
        table_text,
        toc_entry,
        byline,
    )


def _language(style: ParagraphStyle) -> None:
    """Mark text as Vietnamese so Word's spelling and hyphenation use the right language."""
    r_pr = style.element.get_or_add_rPr()
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), "vi-VN")


def _page_numbers(document: DocxDocument, styles: BriefStyles, size_pt: float) -> None:
    """Page number centred in the top margin from page 2: a different (empty) first-page header."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    header_style = _custom(document, STYLE_HEADER)
    _set_font(header_style, size_pt)
    _paragraph(header_style, align=WD_ALIGN_PARAGRAPH.CENTER, after_pt=0)
    paragraph = section.header.paragraphs[0]
    paragraph.style = header_style
    add_page_field(paragraph)
    empty = section.first_page_header.paragraphs[0]
    empty.style = header_style

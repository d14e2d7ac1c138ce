"""Word fields python-docx has no API for: PAGE in the header, a table of contents."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm
from docx.text.paragraph import Paragraph


def _fld_char(kind: str, *, dirty: bool = False) -> BaseOxmlElement:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    if dirty:
        element.set(qn("w:dirty"), "true")  # Word recomputes it when the file opens
    return element


def _run_with(paragraph: Paragraph, child: BaseOxmlElement) -> None:
    run = paragraph.add_run()
    run._r.append(child)


def _instr(text: str) -> BaseOxmlElement:
    element = OxmlElement("w:instrText")
    element.set(qn("xml:space"), "preserve")
    element.text = f" {text} "
    return element


def add_page_field(paragraph: Paragraph) -> None:
    """A PAGE field whose cached value is "2", the first page that shows it."""
    _run_with(paragraph, _fld_char("begin"))
    _run_with(paragraph, _instr("PAGE"))
    _run_with(paragraph, _fld_char("separate"))
    paragraph.add_run("2")
    _run_with(paragraph, _fld_char("end"))


def add_toc_field(
    new_paragraph: Callable[[], Paragraph], entries: Sequence[tuple[int, str]]
) -> None:
    """A TOC over Heading 1-3 whose cached result already lists the headings (without page
    numbers), so the table is not empty before Word or LibreOffice refreshes it."""
    if not entries:
        entries = [(1, "Mục lục sẽ hiện khi cập nhật trường (F9 trong Word).")]
    paragraphs = []
    for level, text in entries:
        paragraph = new_paragraph()
        paragraph.paragraph_format.left_indent = None
        paragraph.paragraph_format.first_line_indent = None
        paragraphs.append((paragraph, level, text))
    first, last = paragraphs[0][0], paragraphs[-1][0]
    for paragraph, level, text in paragraphs:
        if paragraph is first:
            _run_with(paragraph, _fld_char("begin", dirty=True))
            _run_with(paragraph, _instr('TOC \\o "1-3" \\h \\z \\u'))
            _run_with(paragraph, _fld_char("separate"))
        paragraph.paragraph_format.left_indent = Cm(0.75 * (level - 1))
        paragraph.add_run(text)
        if paragraph is last:
            _run_with(paragraph, _fld_char("end"))


_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
    "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)  # fmt: skip


def ask_word_to_update_fields(document: DocxDocument) -> None:
    """settings.xml <w:updateFields/>: Word refreshes the TOC's page numbers on opening."""
    settings = document.settings.element
    existing = settings.find(qn("w:updateFields"))
    if existing is None:
        existing = OxmlElement("w:updateFields")
        # CT_Settings is a strict sequence: Word calls a file with it out of order damaged.
        settings.insert_element_before(existing, *(f"w:{tag}" for tag in _AFTER_UPDATE_FIELDS))
    existing.set(qn("w:val"), "true")


def repeat_as_header_row(row: object) -> None:
    """Mark a table row to repeat at the top of each page."""
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)

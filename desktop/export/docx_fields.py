"""Word fields and table properties python-docx has no API for: PAGE, a TOC with its result."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from desktop.export.docx_fast_runs import add_internal_link, add_text_run

TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'


def _fld_char(kind: str) -> BaseOxmlElement:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element


def _instr(text: str) -> BaseOxmlElement:
    element = OxmlElement("w:instrText")
    element.set(qn("xml:space"), "preserve")
    element.text = f" {text} "
    return element


def _field_run(parent: Any, child: BaseOxmlElement) -> None:
    run = OxmlElement("w:r")
    run.append(child)
    parent.append(run)


def add_simple_field(parent: Any, instruction: str, result: str) -> None:
    """A complex field whose cached result `result` shows until the field is updated."""
    _field_run(parent, _fld_char("begin"))
    _field_run(parent, _instr(instruction))
    _field_run(parent, _fld_char("separate"))
    add_text_run(parent, result)
    _field_run(parent, _fld_char("end"))


def add_page_field(paragraph: Paragraph) -> None:
    """A PAGE field whose cached value is "2", the first page that shows it."""
    add_simple_field(paragraph._p, "PAGE", "2")


def add_toc_field(
    new_paragraph: Callable[[int], Paragraph],
    entries: Sequence[tuple[int, str, str, str]],
) -> None:
    """A TOC field over Heading 1-3 whose cached result is already complete: each entry links to
    its heading's bookmark and shows its page number (a PAGEREF with the number as result), so
    Word and LibreOffice show the table as is, with no "update fields" prompt.

    `entries`: (level, text, bookmark name, page number as printed)."""
    paragraphs = [(new_paragraph(level), text, bookmark, page) for level, text, bookmark, page in entries]
    last = len(paragraphs) - 1
    for i, (paragraph, text, bookmark, page) in enumerate(paragraphs):
        p = paragraph._p
        if i == 0:
            _field_run(p, _fld_char("begin"))
            _field_run(p, _instr(TOC_INSTRUCTION))
            _field_run(p, _fld_char("separate"))
        link = add_internal_link(p, bookmark)
        add_text_run(link, text)
        add_text_run(link, "\t")
        add_simple_field(link, f"PAGEREF {bookmark} \\h", page)
        if i == last:
            _field_run(p, _fld_char("end"))


def repeat_as_header_row(row: Any) -> None:
    """Mark a table row to repeat at the top of each page."""
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def keep_row_on_one_page(row: Any) -> None:
    """w:cantSplit: a row moves whole to the next page instead of breaking inside."""
    tr_pr = row._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")
    # CT_TrPrBase is a choice group: any order is valid, Word writes cantSplit first.
    tr_pr.insert(0, cant_split)

"""Build a brief through the service and reopen the .docx with python-docx."""

from __future__ import annotations

import io
from collections.abc import Iterable

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from desktop.export.export_options import (
    BriefOptions,
    ExcerptSelection,
    ExportFormat,
    ExportRequest,
)


def render_docx(
    services: object, selection: ExcerptSelection | None = None, **options: object
) -> DocxDocument:
    request = ExportRequest(
        selection or ExcerptSelection(), BriefOptions(**options), ExportFormat.DOCX
    )  # type: ignore[arg-type]
    data = services.export.render(request, docx_paginator=fake_paginator)  # type: ignore[attr-defined]
    return docx.Document(io.BytesIO(data))


def fake_paginator(data: bytes) -> list[int]:
    """Stands in for LibreOffice in unit tests: heading n on page n + 1."""
    document = docx.Document(io.BytesIO(data))
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    return [n + 2 for n in range(len(headings))]


def body_texts(document: DocxDocument) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph, in order."""
    return [(p.style.name, p.text) for p in document.paragraphs]


def run_fills(paragraphs: Iterable[Paragraph]) -> dict[str, str]:
    """Text of each shaded run and its fill colour (RRGGBB)."""
    fills: dict[str, str] = {}
    for para in paragraphs:
        for run in para.runs:
            shd = run._r.find(qn("w:rPr") + "/" + qn("w:shd"))
            if shd is not None:
                fills[run.text] = shd.get(qn("w:fill"))
    return fills

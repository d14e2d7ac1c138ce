"""Build a brief through the service and reopen the .docx with python-docx."""

from __future__ import annotations

import io

import docx
from docx.document import Document as DocxDocument

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
    data = services.export.render(request)  # type: ignore[attr-defined]
    return docx.Document(io.BytesIO(data))


def body_texts(document: DocxDocument) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph, in order."""
    return [(p.style.name, p.text) for p in document.paragraphs]

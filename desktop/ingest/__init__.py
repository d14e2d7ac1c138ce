"""Bytes -> articles: file formats, encodings, page cleaning and metadata."""

from __future__ import annotations

from desktop.domain.errors import ImportFailure
from desktop.domain.message import Message
from desktop.ingest.document import ImportedDocument
from desktop.ingest.document_builder import build_document
from desktop.ingest.file_discovery import SUPPORTED_SUFFIXES, iter_importable_files
from desktop.ingest.file_reading import read_document, read_document_or_failure


def document_from_text(text: str, origin: str = "clipboard", html: bool = False) -> ImportedDocument:
    """A pasted article (plain text, or the HTML a browser puts on the clipboard)."""
    hints: dict[str, str] = {}
    if html:
        from desktop.ingest.html_text import html_to_text

        page = html_to_text(text)
        text, hints = page.text, page.hints
    else:
        from desktop.ingest.text_decoding import convert_legacy_font_text

        text, _ = convert_legacy_font_text(text)
    try:
        return build_document(text, origin=origin, encoding="clipboard", hints=hints)
    except ImportFailure as exc:
        raise ImportFailure(Message("Không tạo được bài viết từ nội dung đã dán: {reason}.", reason=exc.message)) from None


__all__ = [
    "SUPPORTED_SUFFIXES",
    "ImportedDocument",
    "document_from_text",
    "iter_importable_files",
    "read_document",
    "read_document_or_failure",
]

"""Copy with citation: a passage or excerpts as plain text and as HTML that Word and LibreOffice
paste with their formatting, each followed by its citation line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from desktop.domain.article import ArticleMeta
from desktop.export.citation import citation_line, paragraphs_label
from desktop.export.excerpt import Excerpt
from desktop.export.quote_marks import CLOSE, OPEN, carries_own_marks, printed_spacing
from desktop.export.text_context import ParagraphIndex
from desktop.export.xml_text import printable

FONT_CSS = "font-family:'Times New Roman'"  # Word and LibreOffice both map it (LibreOffice to its metric twin)
QUOTE_CSS = f"{FONT_CSS}; font-size:14pt; font-style:italic; margin:0 0 6pt 0"
CITE_CSS = f"{FONT_CSS}; font-size:13pt; margin:0 0 6pt 0"
NOTE_CSS = f"{FONT_CSS}; font-size:13pt; margin:0 0 12pt 0"


@dataclass(frozen=True)
class CitationClip:
    plain: str  # text/plain
    html: str  # text/html: a whole document, UTF-8, every user text escaped


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in printable(text).split("\n") if p.strip()]


def _quoted_lines(text: str) -> list[str]:
    """The passage's paragraphs, the first opened and the last closed with marks, unless the
    passage brings its own."""
    lines = [printed_spacing(line) for line in _paragraphs(text)] or [""]
    if carries_own_marks(text):
        return lines
    lines[0] = OPEN + lines[0]
    lines[-1] = lines[-1] + CLOSE
    return lines


def _html(blocks: Sequence[tuple[str, str]]) -> str:
    body = "".join(f'<p style="{css}">{escape(text)}</p>' for css, text in blocks)
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'


def passage_clip(meta: ArticleMeta, text: str, start: int, end: int) -> CitationClip:
    """The selected text of an article (code points start..end of its clean text)."""
    index = ParagraphIndex(text)
    first, last = index.number_at(start), index.number_at(max(start, end - 1))
    passage = text[start:end]
    citation = citation_line(meta, paragraphs_label(first, last))
    lines = _quoted_lines(passage)
    plain = "\n".join([*lines, citation])
    return CitationClip(plain, _html([*((QUOTE_CSS, line) for line in lines), (CITE_CSS, citation)]))


def excerpts_clip(excerpts: Sequence[Excerpt]) -> CitationClip:
    """Excerpts (from the annotations browser) with their citations and notes."""
    plain_parts: list[str] = []
    blocks: list[tuple[str, str]] = []
    for excerpt in excerpts:
        lines = _quoted_lines(excerpt.quote)
        citation = citation_line(excerpt.article, paragraphs_label(excerpt.paragraph_no))
        note = _paragraphs(excerpt.note)
        part = [*lines, citation]
        blocks += [(QUOTE_CSS, line) for line in lines]
        blocks.append((CITE_CSS if note else NOTE_CSS, citation))
        if note:
            note[0] = f"Ghi chú: {note[0]}"
            part += note
            blocks += [(CITE_CSS, line) for line in note[:-1]] + [(NOTE_CSS, note[-1])]
        plain_parts.append("\n".join(part))
    return CitationClip("\n\n".join(plain_parts), _html(blocks))

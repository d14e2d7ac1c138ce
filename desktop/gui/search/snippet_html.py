"""Snippets as rich text for the results list: hits marked, everything else escaped."""

from __future__ import annotations

from html import escape

from desktop.search.snippets import Snippet

HIT_STYLE = "background-color:#ffe27a; color:#000000; font-weight:600"


def marked_html(text: str, marks: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for start, end in marks:
        out.append(escape(text[pos:start]))
        out.append(f'<span style="{HIT_STYLE}">{escape(text[start:end])}</span>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def snippet_html(snippet: Snippet) -> str:
    return marked_html(snippet.text, snippet.marks)

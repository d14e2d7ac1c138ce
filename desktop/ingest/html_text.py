"""Saved web pages and HTML from the clipboard -> plain text lines plus the page's own metadata.

The HTML is only parsed, never rendered: scripts, styles and embedded objects are dropped
unread, so nothing in a page can run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction, Tag

# Elements whose content is never text for a reader.
_DROP = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "head", "math")
# Elements that start a new line.
_BLOCK = {
    "p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "li", "ul", "ol", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "figure", "figcaption", "form",
    "fieldset", "legend", "address", "hr", "caption", "details", "summary", "center",
}
_BOUNDARY = "\x1e"  # a block edge: runs of them are one line break; <br> is a hard "\n"
_BREAKS = re.compile("[\x1e\n][\x1e\n \t]*")
_SKIPPED_STRINGS = (Comment, Doctype, Declaration, ProcessingInstruction)
_CELL = {"td", "th"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_-]+)""", re.I)


@dataclass
class HtmlText:
    text: str
    hints: dict[str, str] = field(default_factory=dict)  # title, author, published, source


def declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:8192])
    return match.group(1).decode("ascii").lower() if match else None


def _meta(soup: BeautifulSoup, *names: str) -> str:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if isinstance(tag, Tag):
            content = tag.get("content")
            if isinstance(content, str) and content.strip():
                return " ".join(content.split())
    return ""


def _hints(soup: BeautifulSoup) -> dict[str, str]:
    hints = {
        "title": _meta(soup, "og:title", "twitter:title"),
        "author": _meta(soup, "author", "article:author", "dc.creator"),
        "published": _meta(soup, "article:published_time", "pubdate", "date", "dc.date"),
        "source": _meta(soup, "og:site_name", "application-name"),
    }
    if not hints["title"] and soup.title is not None and soup.title.string:
        hints["title"] = " ".join(soup.title.string.split())
    return {k: v for k, v in hints.items() if v}


def _walk(node: Tag, out: list[str], pre: bool = False) -> None:
    for child in node.children:
        if isinstance(child, _SKIPPED_STRINGS):
            continue
        if isinstance(child, Tag):
            name = child.name.lower() if child.name else ""
            if name in _DROP or name == "img":  # alt texts only repeat captions and titles
                continue
            if name == "br":
                out.append("\n")
                continue
            block = name in _BLOCK
            if block:
                out.append(_BOUNDARY)
            _walk(child, out, pre or name == "pre")
            if block:
                out.append(_BOUNDARY)
            elif name in _CELL:
                out.append("\t")
        elif pre:
            out.append(str(child))
        else:
            # Source line breaks inside running text are spaces, as a browser shows them.
            out.append(re.sub(r"\s+", " ", str(child)))


def _line_breaks(match: re.Match[str]) -> str:
    run = match.group(0)
    hard = run.count("\n")
    return "\n" * (hard + 1 if _BOUNDARY in run else hard)


def html_to_text(html: str | bytes) -> HtmlText:
    soup = BeautifulSoup(html, "html.parser")
    hints = _hints(soup)
    for name in _DROP:
        for tag in soup.find_all(name):
            tag.decompose()
    parts: list[str] = []
    _walk(soup, parts)
    text = _BREAKS.sub(_line_breaks, "".join(parts))
    lines = [" ".join(line.replace("\xa0", " ").split()) for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return HtmlText(text, hints)

"""A page's visible text in reading order, with the runs that are link texts marked.

Main-content extraction returns text without the elements it came from; this flow lets the
importer find where an extracted paragraph stood on the page and what was printed just before
it (a teaser headline, the article's lead), without rendering anything.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from bs4 import (
    BeautifulSoup,
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    ProcessingInstruction,
    Tag,
)

_HIDDEN = {"script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object", "select", "option"}
_SKIPPED = (Comment, Doctype, Declaration, ProcessingInstruction)
_SPACE = re.compile(r"\s+")
# A link of this many words, alone in its block, is a headline (a teaser's title), not a name, a
# menu entry or an organisation cited inside a sentence.
HEADLINE_WORDS = 5
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "dt", "dd", "article", "section", "figcaption"}


def squeeze(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\xa0", " ")).strip()


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    text: str
    headline: bool  # part of a link that is a headline
    element: Tag | None  # the element that holds the run's text


def _is_headline(link: Tag) -> bool:
    words = squeeze(link.get_text(" "))
    if len(words.split()) < HEADLINE_WORDS:
        return False
    if link.find(_BLOCKS) is not None:  # a card's link wrapping its heading
        return True
    block = link.find_parent(_BLOCKS)
    return block is None or squeeze(block.get_text(" ")) == words


class PageFlow:
    """The page's text as one string (runs joined by single spaces) and its runs."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self.runs: list[Run] = []
        parts: list[str] = []
        position = 0
        headlines: dict[int, bool] = {}
        for node in soup.descendants:
            if not isinstance(node, NavigableString) or isinstance(node, _SKIPPED):
                continue
            text = squeeze(str(node))
            if not text or any(parent.name in _HIDDEN for parent in node.parents if isinstance(parent, Tag)):
                continue
            link = node.find_parent("a")
            if link is not None and id(link) not in headlines:
                headlines[id(link)] = _is_headline(link)
            headline = link is not None and headlines[id(link)]
            self.runs.append(Run(position, position + len(text), text, headline, node.parent))
            parts.append(text)
            position += len(text) + 1
        self.text = " ".join(parts)
        self._starts = [run.start for run in self.runs]

    def find(self, snippet: str, start: int = 0) -> int:
        """Where `snippet` (whitespace collapsed) begins in the flow, or -1."""
        return self.text.find(squeeze(snippet), start)

    def run_at(self, position: int) -> int:
        """Index of the run that holds `position`."""
        return max(0, bisect_right(self._starts, position) - 1)

    def follows_headline_link(self, position: int, *, look_back: int = 3) -> bool:
        """Whether the text at `position` comes right after a teaser's headline link, with at most
        a few short runs (a time, a section name) between them."""
        index = self.run_at(position)
        run = self.runs[index] if self.runs else None
        if run is None:
            return False
        if run.start < position:  # the snippet starts inside this run: only its own start counts
            return False
        for previous in reversed(self.runs[max(0, index - look_back) : index]):
            if previous.headline:
                return True
            if len(previous.text.split()) > 3:
                return False
        return False

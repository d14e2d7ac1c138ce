"""A page's visible text in reading order, with the runs that are link texts marked.

Main-content extraction returns text without the elements it came from; this flow lets the
importer find where an extracted paragraph stood on the page and what was printed just before
it (a teaser headline, the article's lead), without rendering anything.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

_HIDDEN = {"script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object", "select", "option"}
_SKIPPED = (Comment, Doctype, Declaration, ProcessingInstruction)
_SPACE = re.compile(r"\s+")
# A link of this many words is a headline (a teaser's title), not a name or a menu entry.
HEADLINE_WORDS = 5


def squeeze(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\xa0", " ")).strip()


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    text: str
    link_words: int  # words of the whole link this run belongs to; 0 outside links
    element: Tag | None  # the element that holds the run's text


class PageFlow:
    """The page's text as one string (runs joined by single spaces) and its runs."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self.runs: list[Run] = []
        parts: list[str] = []
        position = 0
        link_words: dict[int, int] = {}
        for node in soup.descendants:
            if not isinstance(node, NavigableString) or isinstance(node, _SKIPPED):
                continue
            text = squeeze(str(node))
            if not text or any(parent.name in _HIDDEN for parent in node.parents if isinstance(parent, Tag)):
                continue
            link = node.find_parent("a")
            words = 0
            if link is not None:
                if id(link) not in link_words:
                    link_words[id(link)] = len(squeeze(link.get_text(" ")).split())
                words = link_words[id(link)]
            self.runs.append(Run(position, position + len(text), text, words, node.parent))
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
        """Whether the text at `position` comes right after a teaser's headline link: the runs
        before it are a link of HEADLINE_WORDS words or more, with at most a few short
        non-link runs (a time, a section name) between them."""
        index = self.run_at(position)
        run = self.runs[index] if self.runs else None
        if run is None:
            return False
        if run.start < position:  # the snippet starts inside this run: only its own start counts
            return False
        for previous in reversed(self.runs[max(0, index - look_back) : index]):
            if previous.link_words >= HEADLINE_WORDS:
                return True
            if previous.link_words == 0 and len(previous.text.split()) > 3:
                return False
        return False

"""Where document kinds ("chỉ thị", "nghị định", "luật"...) stand as whole words in folded text."""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

Found = tuple[int, int, str]  # start, end, the kind as folded
# "luật " or "bộ luật " before a law's name (folded)
_LAW_WORD_RE = re.compile(r"(?:(bo)[^\S\n]+)?luat[^\S\n]+")


class KindWords:
    """One Aho-Corasick pass finds every kind word; scanning with a regex alternation of the
    kinds took three times longer on a long article."""

    def __init__(self, kinds: Iterable[str]) -> None:
        self._finder = ahocorasick.Automaton()
        for kind in kinds:
            self._finder.add_word(kind, kind)
        self._finder.make_automaton()

    def find(self, folded: str) -> list[Found]:
        """Every kind word standing alone, the longest where several start at one place ("thong
        tu lien tich" over "thong tu"), never overlapping: what a regex alternation of the kinds,
        longest first, between word boundaries finds."""
        size = len(folded)
        found = []
        for last, kind in self._finder.iter(folded):
            start, end = last + 1 - len(kind), last + 1
            if (start and is_word(folded[start - 1])) or (end < size and is_word(folded[end])):
                continue
            found.append((start, end, kind))
        found.sort(key=lambda f: (f[0], f[0] - f[1]))
        words, reached = [], 0
        for start, end, kind in found:
            if start >= reached:
                words.append((start, end, kind))
                reached = end
        return words


def law_words(folded: str, kinds: list[Found]) -> list[re.Match[str]]:
    """ "luật " and "bộ luật " standing alone, read off the kind words: "bo luat" with one space
    is a kind itself; with more spaces between, the "bo" before a "luat" is looked for here."""
    words = []
    for start, _end, kind in kinds:
        begin = start
        if kind == "luat":
            before = start
            while before > 0 and folded[before - 1].isspace() and folded[before - 1] != "\n":
                before -= 1
            standing_alone = before == 2 or (before > 2 and not is_word(folded[before - 3]))
            if before < start and folded[before - 2 : before] == "bo" and standing_alone:
                begin = before - 2
        if kind in ("luat", "bo luat") and (word := _LAW_WORD_RE.match(folded, begin)):
            words.append(word)
    return words


def is_word(ch: str) -> bool:
    """What the regular expression \\w matches."""
    return ch.isalnum() or ch == "_"

"""Find where query terms occur in a text, with the accent rules, straight on the NFC text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from desktop.search.proximity import NEAR, SCATTERED, TOGETHER, near_spans, together_term
from desktop.search.query import ParsedQuery, QueryWord, Term
from desktop.search.tokens import WORD_RE
from desktop.text.normalize import _fold_char
from desktop.text.spelling import spellings

# Patterns are built from the query (each folded letter becomes the class of every character
# that folds to it), so texts are never folded at search time: that is what keeps snippets
# and highlight spans cheap for fifty results.

_WORD = r"[^\W_]"
_GAP = r"[\W_]+"  # what may separate the words of a phrase: anything that is not a word


@lru_cache(maxsize=1)
def _unfold_table() -> dict[str, str]:
    """Folded character -> every BMP character that folds to it (upper and lower case)."""
    groups: dict[str, list[str]] = {}
    for cp in range(0x10000):
        ch = chr(cp)
        if not ch.isalnum():
            continue
        groups.setdefault(_fold_char(ch), []).append(ch)
    return {k: "".join(v) for k, v in groups.items() if len(v) > 1 or v[0] != k}


def _char_class(ch: str) -> str:
    variants = _unfold_table().get(ch)
    if not variants:
        return re.escape(ch)
    chars = set(variants) | {ch}
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


# "Not preceded by a word character", written after the first character: a pattern that
# starts with a character class lets the regex engine skip quickly to candidate places,
# which makes the search several times faster than a leading look-behind.
_START_AFTER_FIRST = rf"(?<!{_WORD}{_WORD})"


def _either_case(word: str) -> list[str]:
    out = []
    for ch in word:
        up = ch.upper()
        out.append(f"[{re.escape(ch)}{re.escape(up)}]" if len(up) == 1 and up != ch else re.escape(ch))
    return out


def _with_start(chars: list[str], first: bool) -> str:
    if not first:
        return "".join(chars)
    return chars[0] + _START_AFTER_FIRST + "".join(chars[1:])


def _word_regex(word: QueryWord, first: bool) -> tuple[str, bool]:
    """A word's pattern, and whether a match still needs its spelling checked."""
    if word.key is not None and not word.prefix:
        forms = spellings(word.key)
        if forms:  # exact: every way of writing this spelling, in either case
            return "(?:" + "|".join(_with_start(_either_case(f), first) for f in forms) + ")", False
    folded = _with_start([_char_class(c) for c in word.folded], first)
    return folded + (_WORD + "*" if word.prefix else ""), word.key is not None


def _term_regex(term: Term) -> tuple[str, list[int]]:
    parts, checks = [], []
    for i, word in enumerate(term.words):
        part, check = _word_regex(word, first=i == 0)
        parts.append(part)
        if check:
            checks.append(i)
    return _GAP.join(parts) + rf"(?!{_WORD})", checks


class TermMatcher:
    """One term compiled once, applied to many texts."""

    def __init__(self, term: Term) -> None:
        self.term = term
        pattern, checks = _term_regex(term)
        self._pattern = re.compile(pattern)
        self._checks = [(i, term.words[i]) for i in checks]

    def _accepts(self, text: str, start: int, end: int) -> bool:
        tokens = WORD_RE.findall(text, start, end)
        if len(tokens) != len(self.term.words):  # a word split differently: not this phrase
            return False
        return all(w.matches_token(tokens[i]) for i, w in self._checks)

    def spans(self, text: str, end: int | None = None) -> list[tuple[int, int]]:
        """Hits in text[:end]; `end` must fall between words (on a space)."""
        end = len(text) if end is None else end
        if not self._checks:
            return [m.span() for m in self._pattern.finditer(text, 0, end)]
        out: list[tuple[int, int]] = []
        pos = 0
        while True:
            m = self._pattern.search(text, pos, end)
            if m is None:
                return out
            if self._accepts(text, m.start(), m.end()):
                out.append(m.span())
                pos = m.end()
            else:
                # A rejected phrase may hide an accepted one starting at its next word.
                pos = m.start() + 1

    def found_in(self, text: str) -> bool:
        if not self._checks:
            return self._pattern.search(text) is not None
        pos = 0
        while True:
            m = self._pattern.search(text, pos)
            if m is None:
                return False
            if self._accepts(text, m.start(), m.end()):
                return True
            pos = m.start() + 1


def merge_spans(spans: Iterable[tuple[int, int]], text: str | None = None) -> list[tuple[int, int]]:
    """Sorted, with overlapping or touching spans joined (a phrase and its own words); with
    `text`, hits separated only by spaces join too, so "đạo đức công vụ" is one hit to step to."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or (text is not None and text[merged[-1][1] : start].isspace())):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


class QueryMatcher:
    """Every positive term of a query; exclusions and filters never produce spans."""

    def __init__(self, query: ParsedQuery) -> None:
        self.query = query
        self.terms = [TermMatcher(t) for t in query.terms]
        self.excluded = [TermMatcher(t) for t in query.excluded]
        together = together_term(query)
        self.together = TermMatcher(together) if together is not None else None

    def spans(self, text: str, end: int | None = None) -> list[tuple[int, int]]:
        # One pass per term: a single alternation of all terms measured slower, as it loses
        # the engine's skip-ahead on each term's first character.
        return merge_spans((s for m in self.terms for s in m.spans(text, end)), text)

    def _apart(self, text: str, end: int | None) -> tuple[list[tuple[int, int]], int]:
        """Hits of words that are not together as typed: near groups if any, else all."""
        per_term = [m.spans(text, end) for m in self.terms]
        near = near_spans(text, per_term)
        if near:
            return merge_spans(near, text), NEAR
        return merge_spans((s for spans in per_term for s in spans), text), SCATTERED

    def focused(self, text: str, end: int | None = None) -> tuple[list[tuple[int, int]], int]:
        """What to mark in text[:end], and its tier: the words together as typed wherever they
        are, else those near each other, else every hit. A query of one word or one phrase is
        always "together". No stray "công" is marked where "đạo đức công vụ" is found."""
        if self.together is None:
            return self.spans(text, end), TOGETHER
        together = self.together.spans(text, end)
        if together:
            return together, TOGETHER
        return self._apart(text, end)

    def focused_spans(self, text: str) -> list[tuple[int, int]]:
        """The marks of a whole text (the reader's find bar steps through these)."""
        return self.focused(text)[0]

    def snippet_spans(self, text: str, head: int = 1200, tier: int | None = None) -> tuple[list[tuple[int, int]], bool]:
        """Marks enough to choose a snippet, and whether they are all of the text's marks.
        `tier`, when the index already told it, spares looking for what is not there. The
        words together are looked for in the whole text (one pass of one pattern), the words
        apart in about the first `head` characters first: cheap on long articles."""
        cut = text.find(" ", head)
        if cut < 0:
            return self.focused(text)[0], True
        if self.together is not None and tier != SCATTERED:
            if tier in (None, TOGETHER):
                together = self.together.spans(text)
                if together:
                    return together, True
            found, found_tier = self._apart(text, cut)
            # Words scattered in the head may still stand near each other further on.
            return (found, False) if found_tier == NEAR else (self._apart(text, None)[0], True)
        found = self.spans(text, cut)
        return (found, False) if found else (self.spans(text), True)

    def spans_by_term(self, text: str) -> list[list[tuple[int, int]]]:
        return [m.spans(text) for m in self.terms]

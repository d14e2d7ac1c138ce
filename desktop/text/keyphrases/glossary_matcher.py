"""Find glossary terms in a text: whole syllables, any case, accent-smart, one Aho-Corasick pass."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from desktop.text.keyphrases.glossary import GlossaryTerm
from desktop.text.normalize import fold, fold_lowered
from desktop.text.spelling import has_marks
from desktop.text.syllables import tone_placement_variants

_WORD_RE = re.compile(r"[^\W_]+")
_MAX_VARIANTS = 32


def _plain_spaces(text: str) -> str:
    # str.replace is C-fast; str.translate with a dict costs ~0.2 s per MB
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\t", " ")


@dataclass(frozen=True)
class GlossaryMatch:
    start: int  # code points of the matched text
    end: int
    term: GlossaryTerm


class GlossaryMatcher:
    """Built once per glossary (a few ms for hundreds of terms); `find` is then linear in the text.

    A term written with marks matches exactly that spelling in any case and with either tone
    placement ("hòa"/"hoà"): "đảng viên" never matches "đang viên". A user's term typed without
    marks ("dao duc cong vu") stands for every spelling and is matched on folded text; when
    such terms exist, one pass over the folded text finds every term, and a marked term's
    match is kept only where the text spells it that way. Shipped terms and acronyms ("thanh
    tra", "UBND") are spelled right already and match as written."""

    def __init__(self, terms: Iterable[GlossaryTerm]) -> None:
        self.terms: tuple[GlossaryTerm, ...] = tuple(terms)
        exact: dict[str, GlossaryTerm] = {}  # spelling -> term; the first term wins a spelling
        loose: dict[str, GlossaryTerm] = {}  # folded spelling -> term
        for term in self.terms:
            lowered = _plain_spaces(term.text.lower())
            if not term.user or has_marks(term.text) or term.text.isupper():
                for variant in _spelling_variants(lowered):
                    if variant:
                        exact.setdefault(variant, term)
            elif lowered:
                loose.setdefault(fold(lowered), term)
        self._automaton = ahocorasick.Automaton()
        self._folded = bool(loose)
        if not loose:
            for spelling, term in exact.items():
                self._automaton.add_word(spelling, (len(spelling), term))
        else:  # every folded spelling -> (length, {exact spelling: term}, loose term or None)
            entries: dict[str, tuple[dict[str, GlossaryTerm], GlossaryTerm | None]] = {}
            for spelling, term in exact.items():
                key = fold(spelling)
                entries.setdefault(key, ({}, loose.get(key)))[0][spelling] = term
            for key, term in loose.items():
                entries.setdefault(key, ({}, term))
            for key, (spellings, loose_term) in entries.items():
                self._automaton.add_word(key, (len(key), spellings, loose_term))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[GlossaryMatch]:
        """Matches in text order; a match inside a longer one is dropped ("trách nhiệm" inside
        "tinh thần trách nhiệm"), partly overlapping ones are both kept ("trật tự, kỷ cương" and
        "kỷ cương hành chính" in "trật tự, kỷ cương hành chính")."""
        if self._empty:
            return []
        lowered = _plain_spaces(_lower_same_length(text))
        if self._folded:
            candidates = _collect_folded(self._automaton, lowered, fold_lowered(lowered))
        else:
            candidates = _collect(self._automaton, lowered)
        candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
        matches: list[GlossaryMatch] = []
        furthest_end = -1
        for start, end, term in candidates:  # by start, longest first
            if end > furthest_end:  # not contained in an earlier (or same-start longer) match
                matches.append(GlossaryMatch(start, end, term))
                furthest_end = end
        return matches


def _collect(
    automaton: ahocorasick.Automaton, haystack: str
) -> list[tuple[int, int, GlossaryTerm]]:
    found = []
    size = len(haystack)
    for last, (length, term) in automaton.iter(haystack):
        start, end = last - length + 1, last + 1
        if _stands_alone(haystack, start, end, size):
            found.append((start, end, term))
    return found


def _stands_alone(haystack: str, start: int, end: int, size: int) -> bool:
    """Whole syllables only: "cải cách hành chính" never inside "cải cách hành chínhx"."""
    return (start == 0 or not haystack[start - 1].isalnum()) and (
        end == size or not haystack[end].isalnum()
    )


def _collect_folded(
    automaton: ahocorasick.Automaton, lowered: str, folded: str
) -> list[tuple[int, int, GlossaryTerm]]:
    found = []
    size = len(folded)
    for last, (length, spellings, loose_term) in automaton.iter(folded):
        start, end = last - length + 1, last + 1
        if not _stands_alone(folded, start, end, size):
            continue
        term = spellings.get(lowered[start:end]) if spellings else None
        if term is not None:
            found.append((start, end, term))
        if loose_term is not None:
            found.append((start, end, loose_term))
    return found


def _spelling_variants(lowered: str) -> list[str]:
    """The term with every combination of old/new tone placement of its syllables."""
    pieces: list[tuple[str, ...]] = []
    position = 0
    for m in _WORD_RE.finditer(lowered):
        pieces.append((lowered[position : m.start()],))
        pieces.append(tone_placement_variants(m.group()))
        position = m.end()
    pieces.append((lowered[position:],))
    return ["".join(p) for p in itertools.islice(itertools.product(*pieces), _MAX_VARIANTS)]


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # a few characters ("İ") lower to two code points: lower the others one by one
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)

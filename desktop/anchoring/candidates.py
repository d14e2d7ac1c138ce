"""The places of a text that could be an annotation's passage, each weighed on words, letters,
both contexts and distance from where the passage was.

Exact copies and fuzzy ones alike are candidates (an exact copy elsewhere must not hide the
passage's own, lightly edited self). The letter-by-letter search only reads the stretches of
the text that share enough of the quote's words (quote_regions). With `prune`, a place that
provably cannot change decide()'s answer is not given exact context scores (the costly part
of weighing it): bounds from one comparison per context show it below the best by more than
the lead decide() asks for, with no context intact enough to veto, and not where the passage
was; decide() reaches the same decision as on every place scored exactly.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from desktop.anchoring.anchor_text import AnchorText
from desktop.anchoring.edit_distance import best_start
from desktop.anchoring.long_quote import align_long_quote
from desktop.anchoring.place_search import (
    clip,
    context_pins,
    contexts_intact,
    exact_copies,
    framed_places,
    refine,
    region_spots,
    snap,
    whole_words,
)
from desktop.anchoring.quote_regions import MIN_SHARED_WORDS, places_keep, quote_regions
from desktop.anchoring.similarity import (
    WORD,
    char_similarity,
    folded_words,
    prefix_bounds,
    prefix_similarity,
    suffix_bounds,
    suffix_similarity,
    word_similarity,
    words,
)
from desktop.domain.annotation import TextQuoteSelector
from desktop.text.normalize import fold

QUOTE_WEIGHT = 0.5  # the rest is shared by the two contexts
CANDIDATE_SIMILARITY = 0.5  # places this unlike the quote are not even rivals
MAX_CANDIDATES = 200  # e.g. "và": only the closest places can plausibly be it
# Past this many characters a quote is aligned word by word then pinned at its two ends
# (long_quote.py): letter by letter, a 37,000-character quote takes seconds in Python.
LONG_QUOTE = 1000
SMALL_BOUNDS = 2000  # characters of `within` read whole rather than through the word index


class OutOfTime(Exception):
    """The search ran past its deadline: the caller sends the annotation to review."""


def weigh(words: float, chars: float, prefix: float, suffix: float) -> float:
    return QUOTE_WEIGHT * (words + chars) / 2 + (1 - QUOTE_WEIGHT) * (prefix + suffix) / 2


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    words: float  # word_similarity with the quote
    chars: float  # letter similarity with the quote (marks and case ignored)
    prefix: float
    suffix: float
    exact: bool  # reads exactly as the quote
    distance: int  # from the old position
    size: int  # words in the quote
    framed: bool = False  # found by its contexts alone: a rival, never the answer

    @property
    def score(self) -> float:
        return weigh(self.words, self.chars, self.prefix, self.suffix)


@dataclass(frozen=True)
class Pruning:
    """What decide() tells apart (reanchor.Thresholds): below `margin` under the best, a place
    is no rival nor twin; both contexts at `framed_context` or more make a veto; within
    `in_place` characters of the old start, a place may win on its own; nothing is left
    unscored unless the best reaches `min_score` (below it decide() weighs the rival's words)."""

    margin: float
    framed_context: float
    in_place: int
    min_score: float


@dataclass
class _Place:
    start: int
    end: int
    edits: int  # of the letter search (0: an exact copy), orders places for MAX_CANDIDATES
    spot: int  # where the letter search ended
    words: float = 0.0
    chars: float = 0.0
    prefix: tuple[float, float] = (0.0, 0.0)  # bounds (low, high)
    suffix: tuple[float, float] = (0.0, 0.0)
    measured: bool = False

    @property
    def low(self) -> float:
        return weigh(self.words, self.chars, self.prefix[0], self.suffix[0])

    @property
    def high(self) -> float:
        return weigh(self.words, self.chars, self.prefix[1], self.suffix[1])


class _Search:
    def __init__(
        self,
        quote: TextQuoteSelector,
        target: AnchorText,
        hint: int,
        within: list[tuple[int, int]] | None,
        deadline: float | None,
        min_shared: float = MIN_SHARED_WORDS,
    ) -> None:
        self.quote, self.target, self.hint, self.within = quote, target, hint, within
        self.deadline = deadline
        self.min_shared = min_shared
        self.pattern = fold(quote.exact)
        self.m = len(self.pattern)
        self.max_edits = int(self.m * (1 - CANDIDATE_SIMILARITY))
        self.whole = whole_words(quote)
        self.quote_words = words(quote.exact)
        self.prefix, self.suffix = fold(quote.prefix), fold(quote.suffix)
        self.bounds = within if within is not None else [(0, len(target.text))]
        self.pins = context_pins(quote)

    def check(self) -> None:
        if self.deadline is not None and time.perf_counter() > self.deadline:
            raise OutOfTime

    def measure(self, place: _Place) -> _Place:
        """Words, letters and context bounds: everything but the exact context scores."""
        folded = self.target.folded
        piece = folded[place.start : place.end]
        if piece == self.pattern:  # an exact copy (marks and case aside)
            place.words = place.chars = 1.0
        else:
            place.words = word_similarity(self.quote_words, folded_words(piece))
            place.chars = char_similarity(self.pattern, piece)
        place.prefix = prefix_bounds(self.prefix, folded, place.start)
        place.suffix = suffix_bounds(self.suffix, folded, place.end)
        place.measured = True
        return place

    def place_of(self, edits: int, end: int, known_start: int | None) -> _Place:
        text, folded = self.target.text, self.target.folded
        if edits == 0:
            return _Place(end - self.m, end, 0, end)
        start = known_start
        if start is None:
            start, _ = best_start(self.pattern, folded, end, self.max_edits, known=edits)
        start, stop = refine(self.pins, self.target, start, end, self.max_edits + 2)
        if self.whole:
            start, stop = snap(text, start, stop)
        return _Place(start, stop, edits, end)

    def region_places(self, lo: int, hi: int, limits: tuple[int, int]) -> list[_Place]:
        if self.m > LONG_QUOTE:
            spots = align_long_quote(self.pattern, self.quote_words, self.target, (lo, hi), self.max_edits)
        else:
            try:
                found = region_spots(self.pattern, self.target.folded, (lo, hi), limits, self.max_edits, self.deadline)
            except TimeoutError:
                raise OutOfTime from None
            spots = [(d, end, None) for d, end in found]
        return [self.place_of(d, end, start) for d, end, start in spots]

    def regions(self) -> list[tuple[int, int, tuple[int, int]]]:
        n = len(self.target.folded)
        if (
            not self.quote_words
            or self.m > LONG_QUOTE
            or (self.within is not None and sum(hi - lo for lo, hi in self.within) <= SMALL_BOUNDS)
        ):
            # Punctuation alone: nothing to seed a search with, read it all. A long quote is
            # seeded by its rarer words within each range (long_quote.py). A few small ranges
            # (an edit's new text, see diff_anchor) are read whole, the index never built.
            regions = [(0, n)]
        else:
            # Before a stretch's first word: room for a whole close match to end at it, and for
            # the letter search to have read it all. After its last: only what can follow the
            # last word a place keeps (the quote's words after the first it must keep, plus
            # the edits allowed), where such a place's search ends.
            needed = places_keep(len(self.quote_words), self.min_shared)
            last_kept_end = [m.end() for m in WORD.finditer(self.pattern)][needed - 1]
            regions = quote_regions(
                self.quote_words,
                self.target.index,
                before=self.m + self.max_edits + 1,
                after=self.m - last_kept_end + self.max_edits + 1,
                whole_words=self.whole,
                min_shared=self.min_shared,
            )
        return clip(regions, self.bounds)


def candidates(
    quote: TextQuoteSelector,
    target: AnchorText,
    hint: int,
    within: list[tuple[int, int]] | None = None,
    *,
    deadline: float | None = None,
    prune: Pruning | None = None,
    min_shared: float = MIN_SHARED_WORDS,
) -> list[Candidate]:
    """Every place of `target` (or of the `within` ranges) that reads like the quote; with
    `prune`, those that cannot matter to decide() with those thresholds get context scores
    that are only bounds (see the module). `min_shared`: the share of the quote's words a place
    must keep to be looked for (quote_regions). Raises OutOfTime past `deadline` (a
    time.perf_counter() value)."""
    search = _Search(quote, target, hint, within, deadline, min_shared)
    if search.m == 0:
        return []
    folded = target.folded
    places: dict[tuple[int, int], _Place] = {}

    def add(place: _Place) -> None:
        key = (place.start, place.end)
        if place.start < place.end and (key not in places or place.edits < places[key].edits):
            places[key] = place

    copies = exact_copies(search.pattern, folded, search.bounds)
    if len(copies) >= MAX_CANDIDATES:
        # As many exact copies as places kept: every other place would be cut (the closest
        # copies come first), so nothing else need be looked for.
        copies.sort(key=lambda i: abs(i - hint))
        for i in copies[:MAX_CANDIDATES]:
            add(_Place(i, i + search.m, 0, i + search.m))
        return _assemble(search, places, prune)
    # Otherwise the letter search finds them, each the best end of its run of close matches
    # ("thức thực": one place, not a rival of itself)...
    for lo, hi, limits in search.regions():
        if limits[1] - limits[0] >= search.m - search.max_edits:
            for place in search.region_places(lo, hi, limits):
                add(place)
            search.check()
    # ...and a copy with both contexts intact is a place in its own right even when it runs
    # together with a neighbour (a repeated phrase): it may be the passage itself.
    for i in copies:
        if contexts_intact(search.prefix, search.suffix, folded, i, i + search.m):
            add(_Place(i, i + search.m, 0, i + search.m))
    return _assemble(search, places, prune)


def _assemble(search: _Search, places: dict[tuple[int, int], _Place], prune: Pruning | None) -> list[Candidate]:
    quote, target, hint, m = search.quote, search.target, search.hint, search.m
    text, folded = target.text, target.folded
    found = sorted(places.values(), key=lambda p: p.spot)
    if len(found) > MAX_CANDIDATES:
        found.sort(key=lambda p: (p.edits, abs(p.spot - m - hint)))
        found = found[:MAX_CANDIDATES]
    ranges = {(p.start, p.end) for p in found}
    framed = [
        _Place(start, end, 0, end) for start, end in framed_places(quote, target, m, hint) if (start, end) not in ranges
    ]
    if search.within is not None:
        inside = search.within
        found, framed = (
            [p for p in group if any(lo <= p.start and p.end <= hi for lo, hi in inside)] for group in (found, framed)
        )
    for place in found + framed:
        search.check()
        if not place.measured:
            search.measure(place)
    # A score the best answer reaches for sure: every place found is in the list.
    floor = max((p.low for p in found), default=-1.0)
    out: list[Candidate] = []
    for place in found + framed:
        if prune is not None and floor >= prune.min_score and _irrelevant(place, floor, hint, prune):
            prefix, suffix = place.prefix[1], place.suffix[1]  # bounds are enough down there
        else:
            prefix = prefix_similarity(search.prefix, folded, place.start)
            suffix = suffix_similarity(search.suffix, folded, place.end)
        out.append(
            Candidate(
                place.start,
                place.end,
                place.words,
                place.chars,
                prefix,
                suffix,
                text[place.start : place.end] == quote.exact,
                abs(place.start - hint),
                len(search.quote_words),
                (place.start, place.end) not in ranges,
            )
        )
    return out


def _irrelevant(place: _Place, floor: float, hint: int, prune: Pruning) -> bool:
    """Below the best by more than the lead needed, no veto, not in place: whatever its exact
    context scores, decide() answers the same without them."""
    return (
        place.high < floor - prune.margin
        and min(place.prefix[1], place.suffix[1]) < prune.framed_context
        and abs(place.start - hint) > prune.in_place
    )

"""Find where an annotation's passage is from its selectors alone, or say it cannot.

Every place that could be the passage is a candidate: exact copies and fuzzy ones alike (an
exact copy elsewhere must not hide the passage's own, lightly edited self). Each is weighed on
its words, its letters, both contexts and its distance from the old position together; the
best is accepted only when it is good enough and clearly ahead of every rival elsewhere.
The thresholds come from bench/bench_reanchor.py (real articles, truth known by
construction): see DESIGN.md, "Annotations". Below them nothing is returned and the caller
marks the annotation "needs review": it never guesses.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.anchoring.anchor_text import AnchorText
from desktop.anchoring.edit_distance import best_start, search_scores
from desktop.anchoring.similarity import (
    char_similarity,
    prefix_similarity,
    suffix_similarity,
    word_similarity,
    words,
)
from desktop.domain.annotation import TextPositionSelector, TextQuoteSelector
from desktop.text.normalize import fold, nfc
from desktop.text.word_bounds import inside_unit

# Measured (bench/bench_reanchor.py --calibrate: 60 training articles, 13,257 cases, apart
# from the test articles): 9 mis-attached (0.07 %) and 189 wrongly refused (1.4 %) with these;
# a lead of 0.15 trades 1 mis-attachment for 49 more refusals, a score of 0.75 the reverse.
# The mis-attachments left are articles holding the same sentence twice, context and all.
# Words of the passage that may have changed: none in one or two (one of two changed is half a
# rewrite), then one in three, one in four..., a fifth of a long passage at most.
MAX_CHANGED_SHARE = 0.2
MIN_SCORE = 0.85  # evidence needed overall (quote and contexts)
MIN_MARGIN = 0.1  # lead needed over the best rival elsewhere
QUOTE_WEIGHT = 0.5  # the rest is shared by the two contexts
DISTINCTIVE_WORDS = 8  # a passage this long, found word for word and alone, needs no context
# Twins (same words, same contexts): the one still where the passage was (give or take a few
# characters) wins when the others lie this many times farther away; otherwise it is a coin
# toss (a paragraph may have moved), and that is refused.
TWIN_SCORE_GAP = 0.04
TWIN_DISTANCE_RATIO = 4
TWIN_NEAR = 32  # "where it was" allows for a few characters typed or removed before it
# A place framed by both contexts (whatever its words) competes with any other.
FRAMED_CONTEXT = 0.9
CANDIDATE_SIMILARITY = 0.5  # places this unlike the quote are not even rivals
MAX_CANDIDATES = 200  # e.g. "và": only the closest places can plausibly be it
MAX_FRAMED = 50
CONTEXT_ANCHOR = 12  # characters of a context that pin a candidate's edge when found intact
CONTEXT_REACH = 48  # how far from a fuzzy edge such a pin is looked for
NEAR_MARGIN = 256  # characters around the old place searched first

METHOD_POSITION = "position"
METHOD_QUOTE = "quote"
METHOD_FUZZY = "fuzzy"
METHOD_DIFF = "diff"
METHOD_NONE = "none"


@dataclass(frozen=True)
class AnchorResult:
    start: int
    end: int
    score: float  # 0..1; for a failed anchor, the best score seen (shown in the review list)
    method: str  # METHOD_*

    @property
    def found(self) -> bool:
        return self.method != METHOD_NONE


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
        quote = (self.words + self.chars) / 2
        return QUOTE_WEIGHT * quote + (1 - QUOTE_WEIGHT) * (self.prefix + self.suffix) / 2


@dataclass(frozen=True)
class Thresholds:
    max_changed_share: float = MAX_CHANGED_SHARE
    min_score: float = MIN_SCORE
    min_margin: float = MIN_MARGIN
    twin_score_gap: float = TWIN_SCORE_GAP
    twin_distance_ratio: float = TWIN_DISTANCE_RATIO
    distinctive_words: int = DISTINCTIVE_WORDS
    in_place_distance: int = TWIN_NEAR


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Decision:
    best: Candidate | None
    rival: Candidate | None
    accepted: bool


def _whole_words(quote: TextQuoteSelector) -> bool:
    """The quote begins and ends at word edges in the text it was taken from."""
    joined = quote.prefix + quote.exact + quote.suffix
    start, end = len(quote.prefix), len(quote.prefix) + len(quote.exact)
    return not inside_unit(joined, start) and not inside_unit(joined, end)


def _nearest(folded: str, needle: str, around: int, reach: int, *, at_end: bool) -> int | None:
    """The occurrence of `needle` whose end (or start) is nearest `around`, within `reach`."""
    lo = max(0, around - reach - (len(needle) if at_end else 0))
    hi = around + reach + (0 if at_end else len(needle))
    best: int | None = None
    i = folded.find(needle, lo, hi)
    while i != -1:
        edge = i + len(needle) if at_end else i
        if best is None or abs(edge - around) < abs(best - around):
            best = edge
        i = folded.find(needle, i + 1, hi)
    return best


def _refine(
    quote: TextQuoteSelector, target: AnchorText, start: int, end: int, slack: int
) -> tuple[int, int]:
    """Pin a fuzzy candidate's edges on its contexts where they are still intact right there:
    a passage whose last word changed then ends exactly where its suffix begins."""
    text, folded = target.text, target.folded
    reach = min(slack, CONTEXT_REACH)
    tail = fold(quote.prefix[-CONTEXT_ANCHOR:]).rstrip()
    if len(tail) >= 4:
        found = _nearest(folded, tail, start, reach, at_end=True)
        if found is not None:
            start = found
    head = fold(quote.suffix[:CONTEXT_ANCHOR]).lstrip()
    if len(head) >= 4:
        found = _nearest(folded, head, end, reach, at_end=False)
        if found is not None:
            end = found
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    while inside_unit(text, start):
        start -= 1
    while inside_unit(text, end):
        end += 1
    return start, end


def _framed(quote: TextQuoteSelector, target: AnchorText, m: int) -> list[tuple[int, int]]:
    """Places between an intact end of the prefix and an intact start of the suffix, whatever
    lies between: where a passage rewritten in place would be (a rival to any copy)."""
    text, folded = target.text, target.folded
    tail = fold(quote.prefix[-CONTEXT_ANCHOR:]).rstrip()
    head = fold(quote.suffix[:CONTEXT_ANCHOR]).lstrip()
    span = 2 * m + 40
    starts: list[int] = []
    if not quote.prefix:
        starts = [0]
    elif len(tail) >= 4:
        i = folded.find(tail)
        while i != -1 and len(starts) < MAX_FRAMED:
            starts.append(i + len(tail))
            i = folded.find(tail, i + 1)
    out: list[tuple[int, int]] = []
    for start in starts:
        if not quote.suffix:
            end = len(folded) if len(folded) - start <= span else -1
        elif len(head) >= 4:
            end = folded.find(head, start, start + span + len(head))
        else:
            end = -1
        if end > start:
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                out.append((start, end))
    return out


def _ends(scores: list[int], max_edits: int) -> list[tuple[int, int]]:
    """(distance, end index) of the best end in each run of good end positions."""
    ends: list[tuple[int, int]] = []
    run_best: tuple[int, int] | None = None
    for j, d in enumerate(scores):
        if d <= max_edits:
            if run_best is None or d < run_best[0]:
                run_best = (d, j)
        elif run_best is not None:
            ends.append(run_best)
            run_best = None
    if run_best is not None:
        ends.append(run_best)
    return ends


def candidates(
    quote: TextQuoteSelector,
    target: AnchorText,
    hint: int,
    within: list[tuple[int, int]] | None = None,
) -> list[Candidate]:
    """Every place of `target` (or of the `within` ranges) that reads like the quote."""
    text, folded = target.text, target.folded
    pattern = fold(quote.exact)
    m = len(pattern)
    if m == 0:
        return []
    max_edits = int(m * (1 - CANDIDATE_SIMILARITY))
    regions = within if within is not None else [(0, len(text))]
    spots: list[tuple[int, int]] = []  # (distance, end)
    for lo, hi in regions:
        if hi - lo < m - max_edits:
            continue
        for d, j in _ends(search_scores(pattern, folded[lo:hi]), max_edits):
            spots.append((d, lo + j + 1))
    if len(spots) > MAX_CANDIDATES:
        spots.sort(key=lambda s: (s[0], abs(s[1] - m - hint)))
        spots = spots[:MAX_CANDIDATES]
    whole = _whole_words(quote)
    quote_words = words(quote.exact)
    prefix, suffix = fold(quote.prefix), fold(quote.suffix)
    seen: set[tuple[int, int]] = set()
    found: list[Candidate] = []
    ranges: list[tuple[int, int]] = []
    for d, end in spots:
        if d == 0:
            start = end - m
        else:
            start, _ = best_start(pattern, folded, end, max_edits)
            start, end = _refine(quote, target, start, end, max_edits + 2)
            if whole:
                start, end = _snap(text, start, end)
        ranges.append((start, end))
    framed = _framed(quote, target, m)
    for start, end in ranges + framed:
        if within is not None and not any(lo <= start and end <= hi for lo, hi in regions):
            continue
        if start >= end or (start, end) in seen:
            continue
        seen.add((start, end))
        piece = text[start:end]
        found.append(
            Candidate(
                start,
                end,
                word_similarity(quote_words, words(piece)),
                char_similarity(pattern, folded[start:end]),
                prefix_similarity(prefix, folded, start),
                suffix_similarity(suffix, folded, end),
                piece == quote.exact,
                abs(start - hint),
                len(quote_words),
                (start, end) in framed and (start, end) not in ranges,
            )
        )
    return found


def min_words(size: int, limits: Thresholds = DEFAULT_THRESHOLDS) -> float:
    """Share of a passage's `size` words that must still be there for it to be the passage."""
    if size <= 2:
        return 1.0
    allowed = max(1, int(limits.max_changed_share * size))
    return 1.0 - allowed / size - 1e-9


def _distinctive(best: Candidate, rival: Candidate | None, limits: Thresholds) -> bool:
    """A long passage found word for word, with nothing else near it: it is its own evidence,
    whatever now stands around it (a paragraph moved to another place)."""
    return (
        best.size >= limits.distinctive_words
        and best.words == 1.0
        and best.chars >= 0.95
        and (rival is None or rival.words < min_words(rival.size, limits))
    )


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def decide(found: list[Candidate], limits: Thresholds = DEFAULT_THRESHOLDS) -> Decision:
    """The best candidate, its best rival elsewhere, and whether the evidence is enough."""
    if not found:
        return Decision(None, None, False)
    ranked = sorted(found, key=lambda c: (-c.score, -c.exact, c.distance))
    answers = [c for c in ranked if not c.framed]
    if not answers:
        return Decision(None, None, False)
    best = answers[0]
    in_place = [
        c
        for c in answers
        if c.distance <= limits.in_place_distance
        and c.prefix >= FRAMED_CONTEXT
        and c.suffix >= FRAMED_CONTEXT
        and c.words >= min_words(c.size, limits)
        and c.score >= limits.min_score
    ]
    if in_place:
        # Where it was, framed by both of its contexts, its words (nearly) all there: that is
        # the passage, whatever copies stand elsewhere (the old position is evidence too).
        return Decision(in_place[0], best if best is not in_place[0] else None, True)
    # Twins (as good as the best within a hair, elsewhere): the one where the passage was
    # wins if it is clearly the nearest; otherwise it is a coin toss, and that is refused.
    twins = [
        c
        for c in answers[1:]
        if best.score - c.score <= limits.twin_score_gap and not _overlaps(c, best)
    ]
    group = [best, *twins]
    if twins:
        nearest = min(group, key=lambda c: c.distance)
        if nearest.distance > TWIN_NEAR or any(
            c is not nearest and c.distance < limits.twin_distance_ratio * max(nearest.distance, 1)
            for c in group
        ):
            return Decision(best, twins[0], False)
        best = nearest
    rival = next(
        (c for c in ranked if all(c is not g for g in group) and not _overlaps(c, best)), None
    )
    if best.words < min_words(best.size, limits):
        return Decision(best, rival, False)
    if best.score < limits.min_score and not _distinctive(best, rival, limits):
        return Decision(best, rival, False)
    if rival is not None and best.score - rival.score < limits.min_margin:
        return Decision(best, rival, False)
    if any(
        c.prefix >= FRAMED_CONTEXT and c.suffix >= FRAMED_CONTEXT
        for c in ranked
        if all(c is not g for g in group) and not _overlaps(c, best)
    ):
        # Elsewhere both contexts still stand around other words: the passage may have been
        # rewritten there, and what was found be a copy of it. Two stories fit: refuse.
        return Decision(best, rival, False)
    return Decision(best, rival, True)


def reanchor(
    position: TextPositionSelector,
    quote: TextQuoteSelector,
    target: AnchorText | str,
    *,
    within: list[tuple[int, int]] | None = None,
) -> AnchorResult:
    """Where the passage described by the selectors is in `target` (NFC text); `within`
    limits the search to some ranges of it (new text after an edit, see diff_anchor)."""
    if isinstance(target, str):
        target = AnchorText(target)
    quote = TextQuoteSelector(nfc(quote.exact), nfc(quote.prefix), nfc(quote.suffix))
    text = target.text
    start, end = position.start, position.end
    if not quote.exact:
        return AnchorResult(start, end, 0.0, METHOD_NONE)
    # The answer for an unchanged text: quote and context where they were.
    if (
        within is None
        and 0 <= start <= end <= len(text)
        and text[start:end] == quote.exact
        and text[max(0, start - len(quote.prefix)) : start] == quote.prefix
        and text[end : end + len(quote.suffix)] == quote.suffix
    ):
        return AnchorResult(start, end, 1.0, METHOD_POSITION)
    decision = None
    if within is None:
        # Near the old place first: a passage still there, framed by its contexts, is the
        # answer whatever lies elsewhere, and the search of a whole long article is saved.
        m = len(quote.exact)
        near = [(max(0, start - 2 * m - NEAR_MARGIN), min(len(text), end + 2 * m + NEAR_MARGIN))]
        decision = decide(candidates(quote, target, start, near))
        found = decision.best
        if not (
            decision.accepted
            and found is not None
            and found.distance <= TWIN_NEAR
            and min(found.prefix, found.suffix) >= FRAMED_CONTEXT
        ):
            decision = None
    if decision is None:
        decision = decide(candidates(quote, target, start, within))
    best = decision.best
    if best is None:
        return AnchorResult(start, end, 0.0, METHOD_NONE)
    if not decision.accepted:
        return AnchorResult(start, end, round(best.score, 3), METHOD_NONE)
    if best.exact and (best.start, best.end) == (start, end):
        method = METHOD_POSITION
    else:
        method = METHOD_QUOTE if best.exact else METHOD_FUZZY
    return AnchorResult(best.start, best.end, round(best.score, 3), method)

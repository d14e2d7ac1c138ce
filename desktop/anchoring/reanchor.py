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

import time
from dataclasses import dataclass

from desktop.anchoring.anchor_text import AnchorText
from desktop.anchoring.candidates import Candidate, OutOfTime, Pruning, candidates
from desktop.anchoring.place_search import contexts_intact
from desktop.domain.annotation import TextPositionSelector, TextQuoteSelector
from desktop.text.normalize import fold, nfc

# Measured (bench/bench_reanchor.py --calibrate: 60 training articles, 13,257 cases, apart
# from the test articles): 9 mis-attached (0.07 %) and 189 wrongly refused (1.4 %) with these;
# a lead of 0.15 trades 1 mis-attachment for 49 more refusals, a score of 0.75 the reverse.
# The mis-attachments left are articles holding the same sentence twice, context and all.
# Words of the passage that may have changed: none in one or two (one of two changed is half a
# rewrite), then one in three, one in four..., a fifth of a long passage at most.
MAX_CHANGED_SHARE = 0.2
MIN_SCORE = 0.85  # evidence needed overall (quote and contexts)
MIN_MARGIN = 0.1  # lead needed over the best rival elsewhere
DISTINCTIVE_WORDS = 8  # a passage this long, found word for word and alone, needs no context
# Twins (same words, same contexts): the one still where the passage was (give or take a few
# characters) wins when the others lie this many times farther away; otherwise it is a coin
# toss (a paragraph may have moved), and that is refused.
TWIN_SCORE_GAP = 0.04
TWIN_DISTANCE_RATIO = 4
TWIN_NEAR = 32  # "where it was" allows for a few characters typed or removed before it
# A place framed by both contexts (whatever its words) competes with any other.
FRAMED_CONTEXT = 0.9
# Time allowed to one annotation (the search of a long article takes a few milliseconds): past
# it the annotation goes to review rather than be placed on a partial search.
BUDGET_SECONDS = 0.25

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
    timed_out: bool = False  # refused because the search ran out of time, not on evidence

    @property
    def found(self) -> bool:
        return self.method != METHOD_NONE


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


def pruning(limits: Thresholds = DEFAULT_THRESHOLDS) -> Pruning:
    """What decide() with `limits` cannot tell apart, so the search may skip it: places below
    the best by more than the lead it asks for (plus the twins' gap: the best may give way to
    a twin that much lower), with the best high enough that the rival's words never count."""
    gap = limits.twin_score_gap
    return Pruning(limits.min_margin + gap + 1e-9, FRAMED_CONTEXT, limits.in_place_distance, limits.min_score + gap)


@dataclass(frozen=True)
class Decision:
    best: Candidate | None
    rival: Candidate | None
    accepted: bool


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


def _in_place(quote: TextQuoteSelector, target: AnchorText, hint: int) -> tuple[int, int] | None:
    """The quote word for word within TWIN_NEAR of where it was, both contexts intact around it:
    the candidate decide() accepts whatever else the text holds (score 1, in place), found
    without searching the rest of the text."""
    text, folded = target.text, target.folded
    prefix, suffix = fold(quote.prefix), fold(quote.suffix)
    m = len(quote.exact)
    stop = hint + TWIN_NEAR + m
    best: tuple[int, int] | None = None
    i = text.find(quote.exact, max(0, hint - TWIN_NEAR), stop)
    while i != -1:
        if contexts_intact(prefix, suffix, folded, i, i + m) and (best is None or abs(i - hint) < best[0]):
            best = (abs(i - hint), i)
        i = text.find(quote.exact, i + 1, stop)
    return None if best is None else (best[1], best[1] + m)


def reanchor(
    position: TextPositionSelector,
    quote: TextQuoteSelector,
    target: AnchorText | str,
    *,
    within: list[tuple[int, int]] | None = None,
    budget: float | None = BUDGET_SECONDS,
) -> AnchorResult:
    """Where the passage described by the selectors is in `target` (NFC text); `within`
    limits the search to some ranges of it (new text after an edit, see diff_anchor). Past
    `budget` seconds the search stops and the passage goes to review (timed_out)."""
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
    if within is None:
        near = _in_place(quote, target, start)
        if near is not None:
            method = METHOD_POSITION if near == (start, end) else METHOD_QUOTE
            return AnchorResult(near[0], near[1], 1.0, method)
    if within is None:
        target.prepare()  # once for the whole text, outside any one annotation's time
    deadline = None if budget is None else time.perf_counter() + budget
    try:
        found = candidates(quote, target, start, within, deadline=deadline, prune=pruning())
        decision = decide(found)
    except OutOfTime:
        return AnchorResult(start, end, 0.0, METHOD_NONE, timed_out=True)
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

"""Find where an annotation's passage is in a (possibly edited) text, or say it cannot.

Order (DESIGN.md, "Annotations"): the old position if the quote and its context are still
there; else the exact quote, the occurrence with the best context winning and the one nearest
the old position breaking ties; else a fuzzy match scored on quote, prefix, suffix. Below the
thresholds nothing is returned: the caller marks the annotation "needs review", never guesses.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.anchoring.anchor_text import AnchorText
from desktop.anchoring.edit_distance import best_start, levenshtein, search_scores
from desktop.anchoring.selectors import trim_range
from desktop.domain.annotation import TextPositionSelector, TextQuoteSelector
from desktop.text.normalize import fold, nfc

MIN_SCORE = 0.8  # combined score an anchor needs to be trusted
MIN_QUOTE_SIMILARITY = 0.85  # a passage with more than ~1 edit in 7 characters is not "the same"
DISTINCTIVE_LENGTH = 20  # a quote this long found once is itself the evidence, context or not
QUOTE_WEIGHT = 0.7
FOLDED_EQUAL_SIMILARITY = 0.95  # only marks differ ("hoà"/"hòa", a fixed tone mark)
MAX_EXACT_CANDIDATES = 400
MAX_FUZZY_CANDIDATES = 40
_NEUTRAL_CONTEXT = 0.5  # no stored context to compare (passage at an edge of the text)

METHOD_POSITION = "position"
METHOD_QUOTE = "quote"
METHOD_FUZZY = "fuzzy"
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
class _Candidate:
    start: int
    end: int
    quote_similarity: float
    score: float
    distance: int  # from the old position, to break ties


def _similarity(stored: str, found: str) -> float:
    if not stored:
        return 1.0 if not found else 0.0
    return max(0.0, 1.0 - levenshtein(stored, found) / max(len(stored), len(found)))


def _context_similarity(
    quote: TextQuoteSelector, target: AnchorText, start: int, end: int
) -> float:
    folded = target.folded
    if quote.prefix:
        prefix_sim = _similarity(
            fold(quote.prefix), folded[max(0, start - len(quote.prefix)) : start]
        )
    else:
        prefix_sim = 1.0 if start == 0 else _NEUTRAL_CONTEXT
    if quote.suffix:
        suffix_sim = _similarity(fold(quote.suffix), folded[end : end + len(quote.suffix)])
    else:
        suffix_sim = 1.0 if end == len(folded) else _NEUTRAL_CONTEXT
    return (prefix_sim + suffix_sim) / 2


def _candidate(
    quote: TextQuoteSelector,
    target: AnchorText,
    start: int,
    end: int,
    quote_sim: float,
    old_start: int,
) -> _Candidate:
    context = _context_similarity(quote, target, start, end)
    score = QUOTE_WEIGHT * quote_sim + (1 - QUOTE_WEIGHT) * context
    return _Candidate(start, end, quote_sim, score, abs(start - old_start))


def _occurrences(haystack: str, needle: str, near: int) -> list[int]:
    found = []
    i = haystack.find(needle)
    while i != -1:
        found.append(i)
        i = haystack.find(needle, i + 1)
    if len(found) > MAX_EXACT_CANDIDATES:  # e.g. "và": only the nearest can plausibly be it
        found = sorted(found, key=lambda s: abs(s - near))[:MAX_EXACT_CANDIDATES]
    return found


def _exact_candidates(
    quote: TextQuoteSelector, target: AnchorText, old_start: int
) -> list[_Candidate]:
    n = len(quote.exact)
    starts = _occurrences(target.text, quote.exact, old_start)
    if starts:
        return [_candidate(quote, target, s, s + n, 1.0, old_start) for s in starts]
    # Same letters, different marks: tone placement or a corrected accent inside the quote.
    starts = _occurrences(target.folded, fold(quote.exact), old_start)
    return [_candidate(quote, target, s, s + n, FOLDED_EQUAL_SIMILARITY, old_start) for s in starts]


def _fuzzy_candidates(
    quote: TextQuoteSelector, target: AnchorText, old_start: int, lo: int, hi: int
) -> list[_Candidate]:
    pattern = fold(quote.exact)
    m = len(pattern)
    max_edits = int(m * (1 - MIN_QUOTE_SIMILARITY))
    if max_edits == 0:
        return []
    window = target.folded[lo:hi]
    scores = search_scores(pattern, window)
    # Local minima of each run of good end positions: one candidate per place in the text.
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
    ends.sort()
    candidates = []
    for _, j in ends[:MAX_FUZZY_CANDIDATES]:
        end = lo + j + 1
        start, dist = best_start(pattern, target.folded, end, max_edits)
        trimmed = trim_range(target.text, start, end)
        if trimmed != (start, end):  # white space left out: measure what is really kept
            start, end = trimmed
            dist = levenshtein(pattern, target.folded[start:end])
        if start >= end:
            continue
        sim = 1.0 - dist / m
        if target.text[start:end] != quote.exact:
            sim = min(sim, 1.0 - 1.0 / m) if m > 1 else 0.0  # a change is a change, even in marks
        candidates.append(_candidate(quote, target, start, end, sim, old_start))
    return candidates


def _is_trusted(best: _Candidate, candidates: list[_Candidate], quote_len: int) -> bool:
    if best.quote_similarity < MIN_QUOTE_SIMILARITY:
        return False
    if best.score >= MIN_SCORE:
        return True
    # Context rewritten around a long, nearly intact quote that appears only once: still it.
    rivals = [
        c
        for c in candidates
        if c is not best and c.quote_similarity >= best.quote_similarity - 0.05
    ]
    return quote_len >= DISTINCTIVE_LENGTH and best.quote_similarity >= 0.95 and not rivals


def _pick(candidates: list[_Candidate]) -> _Candidate | None:
    if not candidates:
        return None
    return max(candidates, key=lambda c: (round(c.score, 9), -c.distance))


def reanchor(
    position: TextPositionSelector, quote: TextQuoteSelector, target: AnchorText | str
) -> AnchorResult:
    """Where the passage described by the selectors is in `target` (NFC text)."""
    if isinstance(target, str):
        target = AnchorText(target)
    quote = TextQuoteSelector(nfc(quote.exact), nfc(quote.prefix), nfc(quote.suffix))
    text = target.text
    start, end = position.start, position.end
    if not quote.exact:
        return AnchorResult(start, end, 0.0, METHOD_NONE)
    # Fast path, and the answer for an unchanged text: quote and context where they were.
    if (
        0 <= start <= end <= len(text)
        and text[start:end] == quote.exact
        and text[max(0, start - len(quote.prefix)) : start] == quote.prefix
        and text[end : end + len(quote.suffix)] == quote.suffix
    ):
        return AnchorResult(start, end, 1.0, METHOD_POSITION)

    candidates = _exact_candidates(quote, target, start)
    best = _pick(candidates)
    method = METHOD_QUOTE
    if best is None or not _is_trusted(best, candidates, len(quote.exact)):
        # Look near the old place first (cheap, and edits are usually local), then everywhere.
        m = len(quote.exact)
        lo, hi = max(0, start - 2 * m - 64), min(len(text), end + 2 * m + 64)
        fuzzy = _fuzzy_candidates(quote, target, start, lo, hi)
        fuzzy_best = _pick(fuzzy)
        if fuzzy_best is None or fuzzy_best.score < MIN_SCORE:
            fuzzy = _fuzzy_candidates(quote, target, start, 0, len(text))
        if fuzzy:
            pool = candidates + fuzzy
            fuzzy_best = _pick(pool)
            if fuzzy_best is not None and (best is None or fuzzy_best.score > best.score):
                best, candidates, method = fuzzy_best, pool, METHOD_FUZZY
    if best is None:
        return AnchorResult(start, end, 0.0, METHOD_NONE)
    if not _is_trusted(best, candidates, len(quote.exact)):
        return AnchorResult(start, end, round(best.score, 3), METHOD_NONE)
    if (
        best.start == start
        and best.end == end
        and method == METHOD_QUOTE
        and best.quote_similarity == 1.0
    ):
        method = METHOD_POSITION
    return AnchorResult(best.start, best.end, round(best.score, 3), method)

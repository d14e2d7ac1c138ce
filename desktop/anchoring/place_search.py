"""Places of a text that read like a quote: exact copies, close matches letter by letter
(Myers' search over the stretches the word index points at), and places still framed by the
quote's two contexts whatever now stands between them."""

from __future__ import annotations

from desktop.anchoring.anchor_text import AnchorText
from desktop.anchoring.edit_distance import search_scores
from desktop.domain.annotation import TextQuoteSelector
from desktop.text.normalize import fold
from desktop.text.word_bounds import inside_unit

MAX_FRAMED = 50
CONTEXT_ANCHOR = 12  # characters of a context that pin a candidate's edge when found intact
CONTEXT_REACH = 48  # how far from a fuzzy edge such a pin is looked for


def whole_words(quote: TextQuoteSelector) -> bool:
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


def context_pins(quote: TextQuoteSelector) -> tuple[str, str]:
    """The folded end of the prefix and start of the suffix that pin a candidate's edges."""
    return fold(quote.prefix[-CONTEXT_ANCHOR:]).rstrip(), fold(quote.suffix[:CONTEXT_ANCHOR]).lstrip()


def refine(
    pins: tuple[str, str], target: AnchorText, start: int, end: int, slack: int
) -> tuple[int, int]:
    """Pin a fuzzy candidate's edges on its contexts (`pins`, from context_pins) where they are
    still intact right there: a passage whose last word changed then ends exactly where its
    suffix begins."""
    text, folded = target.text, target.folded
    reach = min(slack, CONTEXT_REACH)
    tail, head = pins
    if len(tail) >= 4:
        found = _nearest(folded, tail, start, reach, at_end=True)
        if found is not None:
            start = found
    if len(head) >= 4:
        found = _nearest(folded, head, end, reach, at_end=False)
        if found is not None:
            end = found
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    while inside_unit(text, start):
        start -= 1
    while inside_unit(text, end):
        end += 1
    return start, end


def _copies(folded: str, needle: str, lo: int, hi: int) -> list[int]:
    """Starts of `needle` within folded[lo:hi], in order."""
    i = folded.find(needle, lo, hi)
    found = []
    while i != -1:
        found.append(i)
        i = folded.find(needle, i + 1, hi)
    return found


def framed_places(quote: TextQuoteSelector, target: AnchorText, m: int, hint: int = 0) -> list[tuple[int, int]]:
    """Places between the end of the prefix and the start of the suffix, whatever lies between:
    where a passage rewritten in place would be (a rival to any copy). A context counts as
    there if its CONTEXT_ANCHOR letters next to the passage read as stored, or for a passage
    that began (ended) the text within its context's length, if the text still begins (ends)
    with that context. At most MAX_FRAMED, the nearest `hint` first. (Contexts one letter off
    were tried: in repeated news sentences they found more vetoes than rewrites.)"""
    text, folded = target.text, target.folded
    prefix, suffix = fold(quote.prefix), fold(quote.suffix)
    tail = fold(quote.prefix[-CONTEXT_ANCHOR:]).rstrip()
    head = fold(quote.suffix[:CONTEXT_ANCHOR]).lstrip()
    span = 2 * m + 40
    starts: set[int] = set()
    if not prefix or folded.startswith(prefix):
        starts.add(len(prefix))
    if len(tail) >= 4:
        starts.update(i + len(tail) for i in _copies(folded, tail, 0, len(folded)))
    out: list[tuple[int, int]] = []
    for start in sorted(starts, key=lambda s: (abs(s - hint), s))[:MAX_FRAMED]:
        ends: list[int] = []
        if (not suffix or folded.endswith(suffix)) and 0 <= len(folded) - len(suffix) - start <= span:
            ends.append(len(folded) - len(suffix))
        if len(head) >= 4:
            ends.extend(_copies(folded, head, start, min(len(folded), start + span + len(head)))[:1])
        for end in sorted(ends)[:1]:
            lo, hi = start, end
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            if lo < hi:
                out.append((lo, hi))
    return out


def _ends(scores: list[int], max_edits: int, first: int = 0) -> list[tuple[int, int]]:
    """(distance, end index) of the best end in each run of good end positions from `first`."""
    ends: list[tuple[int, int]] = []
    run_best: tuple[int, int] | None = None
    for j in range(first, len(scores)):
        d = scores[j]
        if d <= max_edits:
            if run_best is None or d < run_best[0]:
                run_best = (d, j)
        elif run_best is not None:
            ends.append(run_best)
            run_best = None
    if run_best is not None:
        ends.append(run_best)
    return ends


def region_spots(
    pattern: str,
    folded: str,
    region: tuple[int, int],
    bounds: tuple[int, int],
    max_edits: int,
    deadline: float | None = None,
) -> list[tuple[int, int]]:
    """(distance, end) of the best end of each run of close matches in `region`, exactly as a
    search of the whole of `bounds` would give them: the region grows while a run of close
    matches crosses one of its edges, and ends too near its start to have been seen whole are
    left to the region before."""
    lo, hi = region
    hard_lo, hard_hi = bounds
    reach = len(pattern) + max_edits  # no close match is longer
    while True:
        scores = search_scores(pattern, folded[lo:hi], deadline)
        first = 0 if lo == hard_lo else min(reach, len(scores))
        if lo > hard_lo and first < len(scores) and scores[first] <= max_edits:
            lo = max(hard_lo, lo - reach - 1)  # a run reaches back past what was seen whole
            continue
        if hi < hard_hi and scores and scores[-1] <= max_edits:
            hi = min(hard_hi, hi + reach + 1)  # a run goes on past the region
            continue
        return [(d, lo + j + 1) for d, j in _ends(scores, max_edits, first)]


def exact_copies(pattern: str, folded: str, bounds: list[tuple[int, int]]) -> list[int]:
    """Starts of every copy of `pattern` in `folded` lying inside one of `bounds`."""
    found: list[int] = []
    for lo, hi in bounds:
        i = folded.find(pattern, lo, hi)
        while i != -1:
            found.append(i)
            i = folded.find(pattern, i + 1, hi)
    return found


def contexts_intact(prefix: str, suffix: str, folded: str, start: int, end: int) -> bool:
    """Both (folded) contexts read as stored right around folded[start:end]: a prefix and a
    suffix similarity of 1."""
    before = folded[max(0, start - len(prefix)) : start] == prefix if prefix else start == 0
    after = folded[end : end + len(suffix)] == suffix if suffix else end == len(folded)
    return before and after


def clip(
    regions: list[tuple[int, int]], bounds: list[tuple[int, int]]
) -> list[tuple[int, int, tuple[int, int]]]:
    """(lo, hi, bounds) of each region cut to each range of `bounds` it meets."""
    out = []
    for lo, hi in regions:
        for blo, bhi in bounds:
            a, b = max(lo, blo), min(hi, bhi)
            if a < b:
                out.append((a, b, (blo, bhi)))
    return out

"""Edit distances: Myers' bit-vector search (Python ints as bit vectors) where a quote may
begin anywhere, rapidfuzz (C) where both ends are fixed.

Myers' search costs a handful of big-int operations per character of text whatever the
pattern length; it only reads the stretches the word index points at (quote_regions.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from desktop.anchoring import rf

CHUNK = 8192  # characters read between two looks at the clock


def search_scores(pattern: str, text: str, deadline: float | None = None) -> list[int]:
    """For each end position j + 1 of `text`, the fewest edits turning some substring ending
    there into `pattern` (the substring may start anywhere). Raises TimeoutError past
    `deadline` (a time.perf_counter() value), looked at every CHUNK characters."""
    m = len(pattern)
    if m == 0:
        return [0] * len(text)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    peq: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    pv, mv, score = mask, 0, m
    scores: list[int] = []
    append = scores.append
    get = peq.get
    for at in range(0, len(text), CHUNK):
        if deadline is not None and at and time.perf_counter() > deadline:
            raise TimeoutError
        for ch in text[at : at + CHUNK]:
            eq = get(ch, 0)
            xv = eq | mv
            xh = (((eq & pv) + pv) ^ pv) | eq
            ph = mv | ((xh | pv) ^ mask)  # the negation within the mask (a carry past it is shed below)
            mh = pv & xh
            if ph & high:
                score += 1
            elif mh & high:
                score -= 1
            ph = (ph << 1) & mask  # row 0 is all zeros: a match may start anywhere
            pv = ((mh << 1) & mask) | ((xv | ph) ^ mask)
            mv = ph & xv
            append(score)
    return scores


def levenshtein(a: str, b: str) -> int:
    """Insertions, deletions and substitutions turning `a` into `b`."""
    return int(rf.Levenshtein.distance(a, b))


def closest_length(
    pattern: str, piece: Callable[[int], str], longest: int, known: int | None = None
) -> tuple[int, int]:
    """(length, distance): the length L in 1..longest whose piece(L) is closest to `pattern`;
    among equally close ones the nearest to the pattern's length, the shorter of two as near.
    `known`: that least distance, when a search already found it (the first length reaching
    it is the answer).

    Lengths are tried outward from the pattern's own, each compared in C (rapidfuzz), and the
    search stops once the difference in length alone exceeds the best distance found: a
    close match costs a few comparisons, not a pass of Python over every letter."""
    m = len(pattern)
    best_length, best = 0, -1
    step = 0
    while best < 0 or step < best:
        for length in (m - step, m + step) if step else (m,):
            if 1 <= length <= longest:
                cutoff = None if best < 0 else best - 1
                d = rf.Levenshtein.distance(pattern, piece(length), score_cutoff=cutoff)
                if best < 0 or d < best:
                    best, best_length = d, length
                    if d == known:
                        return best_length, best
        step += 1
        if m - step < 1 and m + step > longest:
            break
    return best_length, best


def best_start(
    pattern: str, text: str, end: int, max_edits: int, known: int | None = None
) -> tuple[int, int]:
    """The start s of the substring text[s:end] closest to `pattern`: (s, distance).

    The substring is at most len(pattern) + max_edits long (and not empty); among equally
    close starts the one giving a length nearest the pattern's wins, the shorter of two.
    `known`: the least distance, when search_scores gave it for this end."""
    lo = max(0, end - len(pattern) - max_edits)
    if lo >= end:
        return end, len(pattern)
    length, distance = closest_length(pattern, lambda n: text[end - n : end], end - lo, known)
    return end - length, distance

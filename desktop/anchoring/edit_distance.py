"""Edit distances with Myers' bit-vector algorithm (Python ints as bit vectors).

One pass over the text costs a handful of big-int operations per character whatever the
pattern length, which keeps fuzzy re-anchoring of a paragraph-long quote in a 40,000-character
article in the tens of milliseconds.
"""

from __future__ import annotations


def _columns(pattern: str, text: str, *, free_start: bool) -> list[int]:
    """scores[j] = least edit distance between `pattern` and a text substring ending at j + 1.

    free_start=True: the substring may start anywhere (approximate search).
    free_start=False: the substring starts at 0 (scores[j] = distance(pattern, text[:j+1])).
    """
    m = len(pattern)
    if m == 0:
        return [0 if free_start else j + 1 for j in range(len(text))]
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    peq: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    pv, mv, score = mask, 0, m
    carry = 0 if free_start else 1  # horizontal delta of row 0: 0 when starts are free, else +1
    scores: list[int] = []
    append = scores.append
    for ch in text:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | carry) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
        append(score)
    return scores


def search_scores(pattern: str, text: str) -> list[int]:
    """For each end position j + 1 of `text`, the fewest edits turning some substring ending
    there into `pattern`."""
    return _columns(pattern, text, free_start=True)


def prefix_scores(pattern: str, text: str) -> list[int]:
    """scores[j] = edit distance between `pattern` and text[: j + 1]."""
    return _columns(pattern, text, free_start=False)


def levenshtein(a: str, b: str) -> int:
    """Insertions, deletions and substitutions turning `a` into `b`."""
    if not b:
        return len(a)
    if not a:
        return len(b)
    return _columns(a, b, free_start=False)[-1]


def best_start(pattern: str, text: str, end: int, max_edits: int) -> tuple[int, int]:
    """The start s of the substring text[s:end] closest to `pattern`: (s, distance).

    Runs the anchored algorithm on reversed strings so the match is pinned at `end`; among
    equally close starts the one giving a length nearest the pattern's wins."""
    lo = max(0, end - len(pattern) - max_edits)
    window = text[lo:end][::-1]
    if not window:
        return end, len(pattern)
    scores = _columns(pattern[::-1], window, free_start=False)
    m = len(pattern)
    best_j = min(range(len(scores)), key=lambda j: (scores[j], abs(j + 1 - m)))
    return end - best_j - 1, scores[best_j]

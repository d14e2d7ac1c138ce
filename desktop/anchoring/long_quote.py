"""Where a long quote (a whole article, pages of it) stands: found by its rarer words, then aligned
word by word and letter by letter in C (rapidfuzz), never letter by letter in Python.

Each copy of the quote in a stretch of text shows as words of the quote standing at the same
offset from it (a diagonal); around each such copy the words are aligned to find where it
begins and ends, then the letters of that stretch give its exact edges and the edits between.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from desktop.anchoring import rf
from desktop.anchoring.anchor_text import AnchorText
from desktop.anchoring.edit_distance import search_scores

RARE = 8  # a word standing at most this often in the stretch places the quote
DIAGONAL_SHARE = 10  # words a copy may have gained or lost, as a share (1/10) of its length
MIN_DIAGONAL_SLACK = 8
SOLID = 3  # words kept in a row that show where a copy runs
MIN_VOTES = 3  # of rarer words agreeing on where a copy stands
EDGE = 64  # how far (letters) the word alignment may be off at either end of a copy
EDGE_LETTERS = 64  # letters of each end of the quote pinned letter by letter


def _diagonals(
    quote_words: Sequence[str], positions: dict[str, list[int]], lo: int, hi: int
) -> list[tuple[int, int]]:
    """(first, last) offsets (text token number minus quote word number) of each copy of the
    quote in tokens lo..hi. Each of its rarer words votes for the offsets it stands at; a copy
    gathers the votes of most of them at one offset, or a few near ones (words added or
    dropped inside), where chance scatters a vote or two: copies are taken around the offsets
    with the most votes, down to a quarter of the best copy's."""
    where: dict[str, list[int]] = {}
    for i, word in enumerate(quote_words):
        where.setdefault(word, []).append(i)
    votes: Counter[int] = Counter()
    for word, quoted in where.items():
        found = positions.get(word)
        if not found or len(quoted) > RARE:
            continue
        a, b = bisect_left(found, lo), bisect_left(found, hi)
        if b - a > RARE:
            continue
        votes.update(t - q for t in found[a:b] for q in quoted)
    slack = max(MIN_DIAGONAL_SLACK, len(quote_words) // DIAGONAL_SHARE)
    ordered = sorted(votes)
    groups: list[tuple[int, int, int]] = []  # (first, last, votes)
    for center, _ in votes.most_common():
        if any(first - slack <= center <= last + slack for first, last, _ in groups):
            continue
        near = ordered[bisect_left(ordered, center - slack) : bisect_left(ordered, center + slack + 1)]
        groups.append((near[0], near[-1], sum(votes[o] for o in near)))
    if not groups:
        return []
    best = max(total for _, _, total in groups)
    return sorted((first, last) for first, last, total in groups if total >= max(MIN_VOTES, best / 4))


def _chain(runs: list[Any]) -> list[Any]:
    """The runs of words kept (opcodes, in order) that follow on from the longest one, each at
    most MIN_DIAGONAL_SLACK words off the offset of its neighbour in the chain."""
    main = max(range(len(runs)), key=lambda i: runs[i].src_end - runs[i].src_start)

    def offset(op: Any) -> int:
        return int(op.dest_start - op.src_start)

    chain = [runs[main]]
    for op in reversed(runs[:main]):
        if abs(offset(op) - offset(chain[0])) <= MIN_DIAGONAL_SLACK:
            chain.insert(0, op)
    for op in runs[main + 1 :]:
        if abs(offset(op) - offset(chain[-1])) <= MIN_DIAGONAL_SLACK:
            chain.append(op)
    return chain


def _best_edge(scores: list[int], edge_of: Callable[[int], int], around: int) -> tuple[int, int]:
    """(edge, distance): the closest match, the one nearest `around` among equals."""
    best = min(range(len(scores)), key=lambda j: (scores[j], abs(edge_of(j) - around)))
    return edge_of(best), scores[best]


def _pin(pattern: str, folded: str, region: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """Exact edges near `start` and `end`: where the quote's first letters best begin and its
    last letters best end (free at their inner side), within EDGE letters."""
    lo, hi = region
    size = min(EDGE_LETTERS, len(pattern))
    w0, w1 = max(lo, start - EDGE), min(hi, start + EDGE + size)
    if w0 < w1:
        scores = search_scores(pattern[:size][::-1], folded[w0:w1][::-1])
        start, _ = _best_edge(scores, lambda j: w1 - j - 1, start)
    w0, w1 = max(lo, end - EDGE - size), min(hi, end + EDGE)
    if w0 < w1:
        scores = search_scores(pattern[-size:], folded[w0:w1])
        end, _ = _best_edge(scores, lambda j: w0 + j + 1, end)
    return start, end


def align_long_quote(
    pattern: str,
    quote_words: Sequence[str],
    target: AnchorText,
    region: tuple[int, int],
    max_edits: int,
) -> list[tuple[int, int, int | None]]:
    """(edits, end, start) of each copy of the quote (folded: `pattern`, its words:
    `quote_words`) found in the character range `region` of the text, at most `max_edits` apart."""
    index, folded = target.index, target.folded
    lo, hi = region
    t_lo = index.token_at_or_after(lo)
    t_hi = bisect_left(index.starts, hi)
    found: dict[int, tuple[int, int, int | None]] = {}  # by end, the closest (one per end, as Myers)
    if t_lo >= t_hi or not quote_words:
        return []
    size = len(quote_words)
    slack = max(MIN_DIAGONAL_SLACK, size // DIAGONAL_SHARE)
    groups = _diagonals(quote_words, index.positions, t_lo, t_hi) or [(t_lo - size, t_hi)]
    for first, last in groups:
        a, b = max(t_lo, first - slack), min(t_hi, last + size + slack)
        if a >= b:
            continue
        # Words aligned: the copy runs from its first to its last run of words kept, carried
        # out to the quote's ends. Only runs of SOLID words or more in one chain with the
        # longest count: the alignment may as well match a stray "và", or a phrase the quote
        # shares with the paragraph before, anywhere around the copy at the same cost.
        hint = abs(b - a - size) + 2 * slack  # the words around the copy, and some changed
        ops = rf.Levenshtein.opcodes(list(quote_words), index.tokens[a:b], score_hint=hint)
        solid = [op for op in ops if op.tag == "equal" and op.src_end - op.src_start >= min(SOLID, size)]
        if not solid:
            continue
        solid = _chain(solid)
        t_start = min(max(t_lo, a + solid[0].dest_start - solid[0].src_start), t_hi - 1)
        t_end = min(max(t_lo, a + solid[-1].dest_end + size - solid[-1].src_end - 1), t_hi - 1)
        start, end = _pin(pattern, folded, region, index.starts[t_start], index.ends[t_end])
        if start >= end:
            continue
        edits = rf.Levenshtein.distance(
            pattern, folded[start:end], score_cutoff=max_edits, score_hint=2 * abs(end - start - len(pattern)) + 16
        )
        if edits <= max_edits and (end not in found or edits < found[end][0]):
            found[end] = (edits, end, start)
    return list(found.values())

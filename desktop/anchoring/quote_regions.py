"""Where in a text a passage like the quote can stand: the stretches holding enough of its words.

A place that keeps less than 60 % of a quote's words (in order, a typo counting as the word)
never decides where the quote goes unless both its contexts frame it, and framed places are
found by their contexts anyway (bench/bench_reanchor.py --calibrate: dropping every other such
place changes no decision on 13,257 training cases; at two thirds, answers themselves are lost).
So the letter-by-letter search only reads where that many of the quote's words stand close
together and in order, found through the text's word index instead of by reading the whole
text for every annotation.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence

from desktop.anchoring import rf
from desktop.anchoring.text_index import TextIndex

MIN_SHARED_WORDS = 0.6  # share of the quote's words a place must hold to be looked at
WINDOW_WORDS = 2  # a place is at most this many times as many words as the quote (plus SLACK)
WINDOW_SLACK = 4


def places_keep(size: int, min_shared: float = MIN_SHARED_WORDS) -> int:
    """How many of a quote's `size` words a place worth looking at keeps."""
    return max(1, math.ceil(min_shared * size - 1e-9))


def _where(quote_words: Sequence[str], index: TextIndex, whole_words: bool) -> list[list[int]]:
    """For each distinct word of the quote (in order of first appearance), the sorted token
    numbers of the text words standing for it (itself, a typo of it, or for a quote cut
    inside a word, a longer word holding its cut first or last word)."""
    edges = set() if whole_words else {quote_words[0], quote_words[-1]}
    return [index.standing_for(word, cut=word in edges) for word in dict.fromkeys(quote_words)]


def _hits(where: list[list[int]]) -> list[tuple[int, int]]:
    """(token number, quote word number) of the words of `where`, in text order."""
    hits = [(token, number) for number, tokens in enumerate(where) for token in tokens]
    hits.sort()
    return hits


def word_windows(
    quote_words: Sequence[str],
    index: TextIndex,
    *,
    whole_words: bool = True,
    min_shared: float = MIN_SHARED_WORDS,
) -> list[tuple[int, int]]:
    """Token ranges (first, last) (inclusive, in order, possibly overlapping) holding at least
    `min_shared` of the quote's words within a stretch of WINDOW_WORDS times the quote's
    length (plus WINDOW_SLACK) tokens: each counted as often as the quote has it, and as many
    of them in the quote's order."""
    size = len(quote_words)
    if size == 0:
        return []
    wanted = list(Counter(quote_words).values())  # in order of first appearance, as _where
    needed = places_keep(size, min_shared)
    span = WINDOW_WORDS * size + WINDOW_SLACK
    hits = _hits(_where(quote_words, index, whole_words))
    have = [0] * len(wanted)
    total = 0
    left = 0
    ranges: list[tuple[int, int]] = []
    for token, number in hits:
        if have[number] < wanted[number]:
            total += 1
        have[number] += 1
        while token - hits[left][0] >= span:
            gone = hits[left][1]
            have[gone] -= 1
            if have[gone] < wanted[gone]:
                total -= 1
            left += 1
        if total >= needed:
            first = hits[left][0]
            # Overlapping stretches are joined, up to twice a stretch's length: in a repetitive
            # text they would all join, and the order of the words be checked over all of it.
            if ranges and first <= ranges[-1][1] and token - ranges[-1][0] < 2 * span:
                ranges[-1] = (ranges[-1][0], token)
            else:
                ranges.append((first, token))
    return _in_order(quote_words, hits, ranges, needed)


def _in_order(
    quote_words: Sequence[str], hits: list[tuple[int, int]], ranges: list[tuple[int, int]], needed: int
) -> list[tuple[int, int]]:
    """The ranges whose words of the quote also stand in the quote's order, often enough (a
    place keeps words in order: word_similarity counts a common subsequence). In C
    (rapidfuzz), one comparison per range."""
    numbers = {word: i for i, word in enumerate(dict.fromkeys(quote_words))}
    quote = [numbers[word] for word in quote_words]
    tokens = [token for token, _ in hits]
    out: list[tuple[int, int]] = []
    for first, last in ranges:
        a, b = bisect_left(tokens, first), bisect_right(tokens, last)
        if rf.LCSseq.similarity(quote, [number for _, number in hits[a:b]]) >= needed:
            out.append((first, last))
    return out


def quote_regions(
    quote_words: Sequence[str],
    index: TextIndex,
    *,
    before: int,
    after: int,
    whole_words: bool = True,
    min_shared: float = MIN_SHARED_WORDS,
) -> list[tuple[int, int]]:
    """Character ranges of the text around each word window, widened by `before` characters
    before its first word and `after` past its last, merged where they overlap."""
    n = len(index.folded)
    return merge(
        [
            (max(0, index.starts[first] - before), min(n, index.ends[last] + after))
            for first, last in word_windows(quote_words, index, whole_words=whole_words, min_shared=min_shared)
        ]
    )


def merge(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of character ranges, as sorted disjoint ranges."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out

"""How alike two passages are, word by word, and how well a context still stands beside a place."""

from __future__ import annotations

import re

from desktop.anchoring import rf
from desktop.anchoring.edit_distance import best_start, closest_length, levenshtein
from desktop.text.normalize import fold

WORD = re.compile(r"[^\W_]+")  # a syllable (or a run of digits)
# A changed stretch of text that differs by at most this share of its letters (marks ignored)
# is a typo fix, not a rewrite.
TYPO_SHARE = 0.34
TYPO_MIN_LETTERS = 4
NO_CONTEXT = 0.5  # nothing stored to compare with (the passage was at an edge of the text)


def words(text: str) -> list[str]:
    """The folded syllables of a text (marks, case and punctuation set aside)."""
    return WORD.findall(fold(text))


def folded_words(folded: str) -> list[str]:
    """words() of a text already folded."""
    return WORD.findall(folded)


def same_word(a: str, b: str) -> bool:
    """Two folded syllables are one word, a typo apart: equal (so differing at most in marks),
    or of four letters or more and one letter apart. Shorter ones one letter apart are other
    words ("bên"/"bản", "vụ"/"và")."""
    if a == b:
        return True
    return min(len(a), len(b)) >= TYPO_MIN_LETTERS and levenshtein(a, b) <= 1


def word_similarity(old_words: list[str], new_words: list[str]) -> float:
    """Share of the passage's words still there, in order (a typo-fixed word counts as there):
    one word changed in three gives 2/3, half the words rewritten gives 1/2 or less."""
    if not old_words or not new_words:
        return 1.0 if old_words == new_words else 0.0
    kept = 0
    for op in rf.Indel.opcodes(old_words, new_words):
        if op.tag == "equal":
            kept += op.src_end - op.src_start
    if kept < min(len(old_words), len(new_words)):
        kept += _typo_pairs(old_words, new_words)
    return min(1.0, kept / max(len(old_words), len(new_words)))


def _typo_pairs(old_words: list[str], new_words: list[str]) -> int:
    """Words replaced one for one by a near spelling (the LCS counted only identical words)."""
    pairs = 0
    for op in rf.Levenshtein.opcodes(old_words, new_words):
        if op.tag == "replace":
            for a, b in zip(
                old_words[op.src_start : op.src_end],
                new_words[op.dest_start : op.dest_end],
                strict=False,
            ):
                pairs += same_word(a, b)
    return pairs


def char_similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    # The hint lets a long pair that differs little be compared in a narrow band (a
    # 37,000-letter quote: 1 ms instead of 30); the result is exact whatever the hint.
    hint = 2 * abs(len(a) - len(b)) + 32
    return 1.0 - rf.Levenshtein.distance(a, b, score_hint=hint) / max(len(a), len(b))


def prefix_similarity(prefix: str, folded_text: str, start: int) -> float:
    """How well the stored (folded) prefix still reads just before `start`: the text ending
    there is compared with the prefix, its far end free (a word added further back costs
    nothing beyond its letters)."""
    if not prefix:  # the passage began the text: beginning it still is the best evidence
        return 1.0 if start == 0 else NO_CONTEXT
    if start <= 0:
        return 0.0
    _, distance = best_start(prefix, folded_text, start, len(prefix))
    return max(0.0, 1.0 - distance / len(prefix))


def suffix_similarity(suffix: str, folded_text: str, end: int) -> float:
    if not suffix:
        return 1.0 if end == len(folded_text) else NO_CONTEXT
    if end >= len(folded_text):
        return 0.0
    window = folded_text[end : end + 2 * len(suffix)]
    _, distance = closest_length(suffix, lambda n: window[:n], len(window))
    return max(0.0, 1.0 - min(distance, len(suffix)) / len(suffix))


def prefix_bounds(prefix: str, folded_text: str, start: int) -> tuple[float, float]:
    """Bounds on prefix_similarity from one comparison (the text's last len(prefix) letters
    before `start`): the best alignment is at most that far, and at least half of it (its
    length differs from the prefix's by no more than its own distance). Equal bounds when
    that comparison alone settles it."""
    if not prefix or start <= 0:
        exact = prefix_similarity(prefix, folded_text, start)
        return exact, exact
    size = len(prefix)
    same = rf.Levenshtein.distance(prefix, folded_text[max(0, start - size) : start])
    low = (same + 1) // 2  # half of it, rounded up: 1 stays 1 (no copy of another length is exact)
    return max(0.0, 1.0 - same / size), max(0.0, 1.0 - low / size)


def suffix_bounds(suffix: str, folded_text: str, end: int) -> tuple[float, float]:
    """Bounds on suffix_similarity, as prefix_bounds."""
    if not suffix or end >= len(folded_text):
        exact = suffix_similarity(suffix, folded_text, end)
        return exact, exact
    size = len(suffix)
    same = min(size, rf.Levenshtein.distance(suffix, folded_text[end : end + size]))
    low = (same + 1) // 2  # half of it, rounded up: 1 stays 1 (no copy of another length is exact)
    return max(0.0, 1.0 - same / size), max(0.0, 1.0 - low / size)

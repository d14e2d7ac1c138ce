"""Re-anchor annotations when the old text is known: through the diff first, selectors last.

A passage whose words survived the edit maps exactly through the diff (TextDiff); a lightly
edited one maps to its edited self; a deleted one is refused even when the same words stand
elsewhere (that copy was there before: it is another passage). Only a passage the diff lost
(moved, or rewritten around) is looked for by its selectors, and then only in the text the
edit brought in, where a moved passage lands.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.anchoring.anchor_text import AnchorText
from desktop.anchoring.reanchor import (
    METHOD_DIFF,
    METHOD_NONE,
    METHOD_POSITION,
    AnchorResult,
    reanchor,
)
from desktop.anchoring.text_diff import TextDiff
from desktop.domain.annotation import TextPositionSelector, TextQuoteSelector
from desktop.text.word_bounds import is_word_char

# Measured (bench/bench_reanchor.py): one word changed in a 3-word passage keeps 2/3 of it,
# a passage half rewritten keeps at most 1/2.
MIN_SURVIVAL = 0.6
# Text around a fresh range searched too, so that a moved passage's context is seen.
FRESH_MARGIN = 0


def _trim(text: str, start: int, end: int, old: str) -> tuple[int, int]:
    """What an edit put at an edge of the passage is not part of it: white space, and
    punctuation before a passage that began with a word (or after one that ended with one)."""
    lo, hi = start, end
    if not old[:1].isspace():
        word_first = is_word_char(old[:1] or " ")
        while lo < hi and (text[lo].isspace() or (word_first and not is_word_char(text[lo]))):
            lo += 1
    if not old[-1:].isspace():
        word_last = is_word_char(old[-1:] or " ")
        while hi > lo and (text[hi - 1].isspace() or (word_last and not is_word_char(text[hi - 1]))):
            hi -= 1
    return (lo, hi) if lo < hi else (start, end)


def reanchor_after_edit(
    old_text: str,
    new_text: str,
    selectors: Sequence[tuple[TextPositionSelector, TextQuoteSelector]],
    *,
    diff: TextDiff | None = None,
) -> list[AnchorResult]:
    """Where each passage of `old_text` described by `selectors` is in `new_text`."""
    target = AnchorText(new_text)
    if diff is None:
        diff = TextDiff(old_text, new_text)
    fresh: list[tuple[int, int]] | None = None
    results: list[AnchorResult] = []
    for position, quote in selectors:
        start, end = position.start, position.end
        if not (0 <= start < end <= len(old_text)) or old_text[start:end] != quote.exact:
            # Not a passage of the old text (already waiting for review): selectors alone.
            results.append(reanchor(position, quote, target))
            continue
        mapped = diff.map_range(start, end)
        if mapped.survival >= MIN_SURVIVAL and mapped.start < mapped.end:
            new_start, new_end = _trim(new_text, mapped.start, mapped.end, quote.exact)
            unchanged = (
                mapped.survival == 1.0
                and (new_start, new_end) == (start, end)
                and new_text[new_start:new_end] == quote.exact
            )
            method = METHOD_POSITION if unchanged else METHOD_DIFF
            results.append(AnchorResult(new_start, new_end, round(mapped.survival, 3), method))
            continue
        if fresh is None:
            fresh = diff.fresh_ranges()
        found = (
            reanchor(
                TextPositionSelector(mapped.start, mapped.end), quote, target, within=fresh
            )
            if fresh
            else AnchorResult(start, end, 0.0, METHOD_NONE)
        )
        if found.found:
            results.append(found)
        else:
            results.append(AnchorResult(start, end, max(found.score, round(mapped.survival, 3)), METHOD_NONE))
    return results

"""A short excerpt around the best cluster of hits, with the hits' positions inside it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from desktop.text.normalize import fold

ELLIPSIS = "…"

# Hits are a few words that repeat from result to result: fold each once.
_fold_hit = lru_cache(maxsize=4096)(fold)


@dataclass(frozen=True)
class Snippet:
    text: str
    marks: tuple[tuple[int, int], ...] = ()  # offsets into `text` (code points)

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The text with each hit wrapped, for terminals and logs."""
        out, pos = [], 0
        for start, end in self.marks:
            out += [self.text[pos:start], before, self.text[start:end], after]
            pos = end
        out.append(self.text[pos:])
        return "".join(out)


def _best_window_start(text: str, spans: list[tuple[int, int]], width: int) -> int:
    """Start of the window of `width` showing the most different hit words, then the most
    hits: "đạo đức công vụ" together beats "đạo" here and "công vụ" there."""
    spans = spans[:80]  # enough to choose from; keeps hit-dense texts cheap
    words = [frozenset(_fold_hit(text[s:e]).split()) for s, e in spans]
    best, best_score = spans[0][0], (0, 0)
    for i, (start, _) in enumerate(spans):
        seen: set[str] = set()
        j = i
        while j < len(spans) and spans[j][1] <= start + width:
            seen |= words[j]
            j += 1
        score = (len(seen), j - i)
        if score > best_score:
            best, best_score = start, score
    return best


def make_snippet(text: str, spans: list[tuple[int, int]], width: int = 180) -> Snippet:
    """About `width` characters on whole words, starting a little before the hits;
    the beginning of the text when there is no hit. Line breaks become spaces."""
    if not text:
        return Snippet("")
    if not spans:
        start, end = 0, min(len(text), width)
    else:
        first = _best_window_start(text, spans, width)
        start = max(0, first - width // 4)
        end = min(len(text), start + width)
        start = max(0, min(start, end - width))
    # Move both ends out to word boundaries so no word is cut.
    if start > 0:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.find(" ", end, end + 20)
        end = space if space >= 0 else end
    body = text[start:end].replace("\n", " ").replace("\r", " ").replace("\t", " ")
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    shift = len(prefix) - start
    marks = tuple(
        (max(s, start) + shift, min(e, end) + shift) for s, e in spans if e > start and s < end
    )
    return Snippet(prefix + body + suffix, marks)

"""Where a quote sits in its article: paragraph number and the sentence around it."""

from __future__ import annotations

import bisect
import re

# A sentence ends at . ! ? … (possibly followed by closing quotes) before white space.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*(?=\s)")
MAX_CONTEXT_CHARS = 240  # per side: a context is a sentence, not a page


class ParagraphIndex:
    """Paragraphs are the non-blank lines of the clean text, numbered from 1 as a reader counts them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] = []
        self._ends: list[int] = []
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                self._starts.append(pos)
                self._ends.append(pos + len(line))
            pos += len(line) + 1

    def __len__(self) -> int:
        return len(self._starts)

    def number_at(self, offset: int) -> int:
        """1-based number of the paragraph holding `offset` (the one before it if on a blank line)."""
        return max(1, bisect.bisect_right(self._starts, offset))

    def bounds(self, number: int) -> tuple[int, int]:
        if not self._starts:
            return 0, len(self.text)
        i = min(max(number, 1), len(self._starts)) - 1
        return self._starts[i], self._ends[i]

    def paragraphs(self) -> list[tuple[int, int]]:
        return list(zip(self._starts, self._ends, strict=True))


def sentence_context(index: ParagraphIndex, start: int, end: int) -> tuple[str, str]:
    """The text from the sentence start to the quote, and from the quote to the sentence end,
    both inside the quote's paragraph and cut (with "…") past MAX_CONTEXT_CHARS."""
    text = index.text
    p_start, p_end = index.bounds(index.number_at(start))
    p_end = max(p_end, min(end, len(text)))
    before_zone = text[p_start:start]
    sentence_start = p_start
    for match in _SENTENCE_END.finditer(before_zone):
        sentence_start = p_start + match.end()
    before = text[sentence_start:start].lstrip()
    after_zone = text[end:p_end]
    ending = _SENTENCE_END.search(after_zone) if after_zone else None
    # A quote that already ends its sentence needs no context after it.
    if end > 0 and text[end - 1 : end] in ".!?…":
        after = ""
    else:
        after = after_zone[: ending.end()] if ending else after_zone
        after = after.rstrip()
    if len(before) > MAX_CONTEXT_CHARS:
        before = "…" + before[-MAX_CONTEXT_CHARS:].lstrip()
    if len(after) > MAX_CONTEXT_CHARS:
        after = after[:MAX_CONTEXT_CHARS].rstrip() + "…"
    return before, after

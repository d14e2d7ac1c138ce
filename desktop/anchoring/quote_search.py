"""Find a typed quote in an article (CLI `annotate --quote`): exact first, then forgiving."""

from __future__ import annotations

import re

from desktop.text.normalize import fold, nfc


def _pattern(words: list[str]) -> str:
    # A quote copied from a terminal or a PDF has its line breaks in other places.
    return r"\s+".join(re.escape(w) for w in words)


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Ranges of `text` holding `quote`, in text order. Tries, and stops at the first that finds
    anything: the exact words (any white space between them), the same ignoring case, and,
    for a quote typed without marks, every spelling ("dao duc" finds "đạo đức")."""
    words = nfc(quote).split()
    if not words:
        return []
    pattern = _pattern(words)
    for flags in (0, re.IGNORECASE):
        found = [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]
        if found:
            return found
    folded_words = [fold(w) for w in words]
    if folded_words != [w.lower() for w in words]:
        return []  # typed with marks: that spelling only, and it is not there
    return [(m.start(), m.end()) for m in re.finditer(_pattern(folded_words), fold(text))]

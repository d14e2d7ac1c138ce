"""Quotation marks around an excerpt, never doubled when the passage brings its own."""

from __future__ import annotations

import re

# Straight, curly, low-9 and guillemet marks as Vietnamese pages write them; the apostrophe
# counts too, since a passage starting with 'Ba xây' is already quoted.
QUOTE_MARKS = frozenset("\"'“”„‟«»‘’‚‛‹›")
OPEN, CLOSE = "“", "”"
# Spaces a document used to justify or align its lines by hand ("của   Thủ tướng"): one space
# in print, where a run would show as a gap. Line breaks and tabs stay as they are.
_SPACE_RUN = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")


def printed_spacing(text: str) -> str:
    """Runs of spaces between words as one space."""
    return _SPACE_RUN.sub(" ", text)


def carries_own_marks(text: str) -> bool:
    """The passage starts or ends with a quotation mark of its own."""
    stripped = text.strip()
    return bool(stripped) and (stripped[0] in QUOTE_MARKS or stripped[-1] in QUOTE_MARKS)


def quoted(text: str) -> str:
    """“text”, unless the text already opens or closes with a mark: then as written (the
    brief's quote style sets it apart), so ““Nói đi đôi với làm”” never happens. Runs of
    spaces between words are printed as one."""
    text = printed_spacing(text)
    return text if carries_own_marks(text) else f"{OPEN}{text}{CLOSE}"

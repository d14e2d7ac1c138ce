"""Quotation marks around an excerpt, never doubled when the passage brings its own."""

from __future__ import annotations

# Straight, curly, low-9 and guillemet marks as Vietnamese pages write them; the apostrophe
# counts too, since a passage starting with 'Ba xây' is already quoted.
QUOTE_MARKS = frozenset("\"'“”„‟«»‘’‚‛‹›")
OPEN, CLOSE = "“", "”"


def carries_own_marks(text: str) -> bool:
    """The passage starts or ends with a quotation mark of its own."""
    stripped = text.strip()
    return bool(stripped) and (stripped[0] in QUOTE_MARKS or stripped[-1] in QUOTE_MARKS)


def quoted(text: str) -> str:
    """“text”, unless the text already opens or closes with a mark: then as written (the
    brief's quote style sets it apart), so ““Nói đi đôi với làm”” never happens."""
    return text if carries_own_marks(text) else f"{OPEN}{text}{CLOSE}"

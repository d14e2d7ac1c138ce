"""Text made printable for every export: line breaks kept, other control characters shown."""

from __future__ import annotations

import re

# Word writes a manual line break (Shift+Enter) as U+000B and a page or section break as
# U+000C when its text is copied: both are breaks the writer meant, so they stay breaks.
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# What is left of C0/C1 controls (tab and newline excepted), DEL, lone surrogates and
# U+FFFE/U+FFFF: XML 1.0 forbids most of them, and a printed brief cannot show any of them.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"  # "�": the sign every reader knows for "a character was here"


def printable(text: str) -> str:
    """Breaks as "\\n"; every other control character replaced by a visible "�", never
    dropped silently (a note pasted from Word keeps its lines, and a stray NUL shows)."""
    return _CONTROLS.sub(REPLACEMENT, _BREAKS.sub("\n", text))


def xml_safe(text: str) -> str:
    """The text as it can go into a .docx or HTML document (see `printable`)."""
    return printable(text)

"""Text made safe for XML documents (docx, HTML): characters XML 1.0 forbids are dropped."""

from __future__ import annotations

import re

# Control characters other than tab and newline, lone surrogates, and U+FFFE/U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    # A pasted page may carry a form feed or a NUL; Word would refuse the whole file.
    return _FORBIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))

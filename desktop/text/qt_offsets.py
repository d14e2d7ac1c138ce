"""Convert between code-point offsets (storage) and UTF-16 offsets (Qt documents)."""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Maps offsets of one text both ways; they differ only after characters outside the BMP."""

    def __init__(self, text: str) -> None:
        # Code-point indices of astral characters (each takes two UTF-16 units); most texts have
        # none, and max() over the string is far cheaper than a per-character scan.
        has_astral = bool(text) and max(text) > "\uffff"
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if has_astral else []
        self._astral_utf16 = [i + k for k, i in enumerate(self._astral)]

    def to_utf16(self, codepoint_offset: int) -> int:
        return codepoint_offset + bisect_right(self._astral, codepoint_offset - 1)

    def to_codepoint(self, utf16_offset: int) -> int:
        # A UTF-16 offset inside a surrogate pair rounds down to the character's start.
        k = bisect_right(self._astral_utf16, utf16_offset - 1)
        if k and utf16_offset == self._astral_utf16[k - 1] + 1:
            return self._astral[k - 1]
        return utf16_offset - k

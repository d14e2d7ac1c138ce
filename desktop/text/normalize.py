"""NFC normalisation and length-preserving accent folding for Vietnamese."""

from __future__ import annotations

import unicodedata


def nfc(text: str) -> str:
    """The one normal form every stored text is in."""
    return unicodedata.normalize("NFC", text)


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    low = ch.lower()
    if len(low) != 1:  # e.g. "İ" lowers to two code points: keep one char per char
        low = ch
    base = unicodedata.normalize("NFD", low)[0]
    if unicodedata.combining(base):  # a stray combining mark stays itself
        return low
    return base


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character."""

    def __missing__(self, codepoint: int) -> str:
        folded = _fold_char(chr(codepoint))
        self[codepoint] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, strip marks, đ -> d; exactly one output character per input character,
    so an offset into the folded text is the same offset into the original."""
    return text.translate(_FOLD_TABLE)


def collapse_spaces(text: str) -> str:
    """Runs of white space to one space, trimmed; for keys and comparisons, never storage."""
    return " ".join(text.split())

"""Whole-syllable ranges: snap a selection outward to syllable edges, grow or shrink it by one."""

from __future__ import annotations

import unicodedata

# Inside a number these join its parts into one unit: "1.000.000", "3,5", "8:30", "12/3/2021".
_NUMBER_JOINERS = frozenset(".,:/")
# A quote never starts with what closes a phrase, nor ends with what opens one.
_BAD_START = frozenset(",.;:!?)]}”’»…")
_BAD_END = frozenset("([{“‘«")


def is_word_char(ch: str) -> bool:
    """A letter, a digit, or a combining mark (a tone left unjoined in text that is not NFC)."""
    return ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc")


def inside_unit(text: str, i: int) -> bool:
    """Whether offset `i` (between text[i-1] and text[i]) cuts a syllable or a number in two."""
    if i <= 0 or i >= len(text):
        return False
    a, b = text[i - 1], text[i]
    if is_word_char(a) and is_word_char(b):
        return True
    if b in _NUMBER_JOINERS and a.isdigit():
        return i + 1 < len(text) and text[i + 1].isdigit()
    if a in _NUMBER_JOINERS and b.isdigit():
        return i >= 2 and text[i - 2].isdigit()
    return False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _BAD_START):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _BAD_END):
        end -= 1
    return start, end


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The smallest range of whole syllables (and whole numbers) holding text[start:end],
    without white space or stray punctuation at its ends. (start, start) when nothing is left:
    a selection of only spaces or punctuation."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    start, end = _trim(text, start, end)
    if start == end:
        return start, start
    while inside_unit(text, start):
        start -= 1
    while inside_unit(text, end):
        end += 1
    return start, end


def is_whole_words(text: str, start: int, end: int) -> bool:
    return start < end and not inside_unit(text, start) and not inside_unit(text, end)


def _next_unit_end(text: str, i: int) -> int | None:
    """End of the first unit that starts at or after offset i."""
    n = len(text)
    while i < n and not is_word_char(text[i]):
        i += 1
    if i >= n:
        return None
    i += 1
    while inside_unit(text, i):
        i += 1
    return i


def _previous_unit_start(text: str, i: int) -> int | None:
    """Start of the last unit that ends at or before offset i."""
    while i > 0 and not is_word_char(text[i - 1]):
        i -= 1
    if i <= 0:
        return None
    i -= 1
    while inside_unit(text, i):
        i -= 1
    return i


def extend_end(text: str, start: int, end: int) -> tuple[int, int]:
    """One more syllable at the end (with the punctuation before it); unchanged at the end."""
    found = _next_unit_end(text, end)
    return (start, found) if found is not None else (start, end)


def extend_start(text: str, start: int, end: int) -> tuple[int, int]:
    found = _previous_unit_start(text, start)
    return (found, end) if found is not None else (start, end)


def shrink_end(text: str, start: int, end: int) -> tuple[int, int]:
    """One syllable fewer at the end; a single syllable is never shrunk to nothing."""
    last_start = _previous_unit_start(text, end)
    if last_start is None or last_start <= start:
        return start, end
    new_end = last_start
    while new_end > start and not is_word_char(text[new_end - 1]):
        new_end -= 1
    return _trim(text, start, new_end) if new_end > start else (start, end)


def shrink_start(text: str, start: int, end: int) -> tuple[int, int]:
    first_end = _next_unit_end(text, start)
    if first_end is None or first_end >= end:
        return start, end
    new_start = first_end
    while new_start < end and not is_word_char(text[new_start]):
        new_start += 1
    return _trim(text, new_start, end) if new_start < end else (start, end)

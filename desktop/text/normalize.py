"""NFC normalisation and length-preserving accent folding for Vietnamese."""

from __future__ import annotations

import codecs
import threading
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _codecs import _EncodeCharMap


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

# The fast path: a one-byte code page of what lower-cased Vietnamese text is made of (ASCII, the
# 67 marked letters, common punctuation, symbols and marks). Encoding to it, folding the bytes
# and decoding back are three C loops, several times faster than str.translate with a dict;
# a text with any other character takes the translate path, so the result is always the same.
_VIETNAMESE = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_COMMON = (
    "\u00a0\u00ad\u200b\u202f\ufeff“”‘’…–—•●«»·×°²³½¼¾€£©®™→≥≤−№′″äëïöüçñåøčćšžð"
    "\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323"
)


def _code_page() -> tuple[str, _EncodeCharMap, bytes]:
    chars = [chr(c) for c in range(128)]
    chars += [ch for ch in dict.fromkeys(_VIETNAMESE + _COMMON) if ch not in chars]
    chars = [ch for ch in chars if _fold_char(ch) in chars]
    assert len(chars) <= 256, "the code page holds 256 characters"
    decoding = "".join(chars).ljust(256, "\ufffe")  # "\ufffe": no character (as in gencodec)
    position = {ch: i for i, ch in enumerate(chars)}
    folding = bytes(position[_fold_char(ch)] for ch in chars) + bytes(range(len(chars), 256))
    return decoding, codecs.charmap_build(decoding), folding


_DECODING, _ENCODING, _FOLDING = _code_page()
_outside = threading.local()  # runs of characters outside the code page met by this thread


def _note_outside(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeEncodeError)
    _outside.runs.append((error.start, error.end))
    return "\x00" * (error.end - error.start), error.end  # a stand-in, replaced afterwards


codecs.register_error("trichdan-fold", _note_outside)


def fold(text: str) -> str:
    """Lower-case, strip marks, đ -> d; exactly one output character per input character,
    so an offset into the folded text is the same offset into the original."""
    lowered = text.lower()  # brings capitals into the code page
    if len(lowered) != len(text):  # some character lowered to two ("İ")
        return text.translate(_FOLD_TABLE)
    return _fold_in_code_page(lowered, text)


def fold_lowered(text: str) -> str:
    """fold() without lower-casing first: the same result for any text, and faster for a
    text already lower-cased (capitals outside ASCII take the slow path)."""
    return _fold_in_code_page(text, text)


def _fold_in_code_page(lowered: str, text: str) -> str:
    runs: list[tuple[int, int]] = []
    _outside.runs = runs
    encoded = codecs.charmap_encode(lowered, "trichdan-fold", _ENCODING)[0]
    folded = codecs.charmap_decode(encoded.translate(_FOLDING), "strict", _DECODING)[0]
    if not runs:
        return folded
    pieces: list[str] = []
    position = 0
    for start, end in runs:  # characters outside the code page: one by one, from the original
        pieces += (folded[position:start], text[start:end].translate(_FOLD_TABLE))
        position = end
    pieces.append(folded[position:])
    return "".join(pieces)


def collapse_spaces(text: str) -> str:
    """Runs of white space to one space, trimmed; for keys and comparisons, never storage."""
    return " ".join(text.split())

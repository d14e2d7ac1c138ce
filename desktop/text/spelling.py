"""Spelling keys for Vietnamese words: same key whatever the tone placement or NFC/NFD form."""

from __future__ import annotations

import unicodedata

from desktop.text.normalize import fold

# The five tone marks as combining characters (after NFD), with their tone digit.
# Vowel-quality marks (circumflex, breve, horn) and đ are part of the letters and stay.
_TONE_DIGITS = {
    "\u0301": "1",  # sắc
    "\u0300": "2",  # huyền
    "\u0309": "3",  # hỏi
    "\u0303": "4",  # ngã
    "\u0323": "5",  # nặng
}

# Separates the letters from the tones in a key. It is neither a letter nor a digit, so a
# key can never be mistaken for another word's key ("ba1" + no tone vs "ba" + sắc).
KEY_SEPARATOR = "\u00b7"


def spelling_key(word: str) -> str:
    """Lower-case letters without tone marks, then the tones in order.

    "hoà", "hòa", "HÒA" and their NFD forms share one key; "hoa" and "hóa" do not.
    The tone's position in the syllable is deliberately dropped: old ("hòa", "thủy")
    and new ("hoà", "thuỷ") placement are the same spelling."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = "".join(_TONE_DIGITS[c] for c in decomposed if c in _TONE_DIGITS)
    letters = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_DIGITS))
    return letters + KEY_SEPARATOR + tones


def has_marks(word: str) -> bool:
    """True when the user typed any mark (tone, vowel mark or đ): the word then means
    exactly that spelling; without marks it stands for every spelling."""
    normal = unicodedata.normalize("NFC", word).lower()
    return fold(normal) != normal


def same_spelling(a: str, b: str) -> bool:
    return spelling_key(a) == spelling_key(b)


def spellings(key: str) -> list[str]:
    """Every lower-case NFC word with this key, the tone mark on any one letter (so old and
    new placement, and misplaced tones, are all there). Keys with more than one tone have
    no such list: the caller compares keys instead."""
    letters, _, tones = key.partition(KEY_SEPARATOR)
    if len(tones) > 1:
        return []
    if not tones:
        return [letters]
    mark = next(m for m, digit in _TONE_DIGITS.items() if digit == tones)
    base = unicodedata.normalize("NFD", letters)
    out = []
    for i, ch in enumerate(base):
        if unicodedata.combining(ch):
            continue
        # The tone goes after the letter and its own marks (circumflex, breve, horn).
        j = i + 1
        while j < len(base) and unicodedata.combining(base[j]):
            j += 1
        form = unicodedata.normalize("NFC", base[:j] + mark + base[j:])
        if form.isalnum():  # a mark no letter can carry would split the word: not a spelling
            out.append(form)
    return list(dict.fromkeys(out))

"""How Vietnamese a text looks: the share of its words that are well-formed syllables.

Used to pick between candidate decodings: mojibake ("Hµ Néi", "Haø Noäi") scores near zero.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.text.normalize import fold

_ONSET = r"(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdghklmnprstvx])?"
_NUCLEUS = r"(?:uye|uya|oai|oay|oeo|uay|uoi|uou|ươi|ươu|ưoi|yeu|ieu|iêu|yêu|uôi|ia|ua|ưa|ie|iê|ye|yê|uo|uô|ươ|ai|ao|au|ay|âu|ây|eo|êu|iu|oa|oă|oe|oi|ôi|ơi|ui|uy|ưi|ưu|uâ|uê|uơ|[aăâeêioôơuưy])"
_CODA = r"(?:ch|ng|nh|[cmnpt])?"
_SYLLABLE = re.compile(f"^{_ONSET}{_NUCLEUS}{_CODA}$")
_WORD = re.compile(r"[^\W\d_]+")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_SHAPES = {"\u0302": "^", "\u0306": "(", "\u031b": "+"}  # circumflex, breve, horn


def _strip_tones(word: str) -> tuple[str, int] | None:
    """The word with tone marks removed (vowel shapes kept) and how many tones it had."""
    tones = 0
    out = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in _TONES:
            tones += 1
        elif unicodedata.combining(ch):
            if ch not in _SHAPES:
                return None
            out.append(ch)
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)), tones


def is_syllable(word: str) -> bool:
    stripped = _strip_tones(word)
    if stripped is None:
        return False
    base, tones = stripped
    base = base.replace("đ", "d")
    return tones <= 1 and bool(_SYLLABLE.match(base))


def syllable_share(text: str, *, sample: int = 4000) -> float:
    """Share of words (first `sample` words) that are Vietnamese syllables; 0 for no words."""
    words = _WORD.findall(text[: sample * 8])[:sample]
    if not words:
        return 0.0
    return sum(1 for w in words if is_syllable(w)) / len(words)


def marked_share(text: str, *, sample: int = 4000) -> float:
    """Share of words carrying a Vietnamese letter beyond ASCII: high for real Vietnamese."""
    words = _WORD.findall(text[: sample * 8])[:sample]
    if not words:
        return 0.0
    return sum(1 for w in words if fold(w) != w.lower() and is_syllable(w)) / len(words)

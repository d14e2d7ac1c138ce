"""Vietnamese syllables with their offsets, phrase breaks, and one comparison key per spelling."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

# A syllable is a run of letters or digits; Vietnamese writes words as space-separated syllables,
# so syllables are the tokens, and anything but plain spaces between two of them (punctuation,
# a line break, a hyphen, a quote) ends a phrase: a key phrase never spans it.
_SPLIT_RE = re.compile(r"([^\W_]+)")
_PLAIN_GAP_RE = re.compile("[ \t\u00a0\u202f]+")

# Old and new tone placement ("hòa"/"hoà", "thủy"/"thuỷ", "khỏe"/"khoẻ") differ only for the
# open clusters oa, oe, uy at the end of a syllable; keys use the old placement.
_NEW_TO_OLD = {
    new: old
    for first, second, olds, news in (
        ("o", "a", "òóỏõọ", "àáảãạ"),
        ("o", "e", "òóỏõọ", "èéẻẽẹ"),
        ("u", "y", "ùúủũụ", "ỳýỷỹỵ"),
    )
    for old_first, new_second in zip(olds, news, strict=True)
    for new, old in [(first + new_second, old_first + second)]
}
_KEY_CACHE: dict[str, str] = {}


@dataclass(frozen=True)
class Tokens:
    """The syllables of a text as parallel lists (cheap to build, cheap to scan)."""

    starts: list[int]
    ends: list[int]
    words: list[str]  # as written
    joined: list[bool]  # joined[i]: syllable i follows syllable i-1 across plain spaces only

    def __len__(self) -> int:
        return len(self.words)


def tokenize(text: str) -> Tokens:
    """Syllables of `text` (NFC) with code-point offsets and phrase breaks."""
    # One C-level split gives [gap, word, gap, word, ..., gap]; offsets are running sums of the
    # lengths. A long article (40 kB) takes a couple of milliseconds this way.
    parts = _SPLIT_RE.split(text)
    words = parts[1::2]
    offsets = list(accumulate(map(len, parts), initial=0))
    starts = offsets[1::2][: len(words)]
    ends = offsets[2::2][: len(words)]
    gaps = parts[2:-1:2]  # between word k and word k+1
    joined = [False] + [gap == " " or _PLAIN_GAP_RE.fullmatch(gap) is not None for gap in gaps]
    return Tokens(starts, ends, words, joined[: len(words)])


def syllable_key(word: str) -> str:
    """Lower-case spelling with one tone placement: "Hoà", "hòa" and "HÒA" share a key;
    "hoa" and "hóa" do not (marks are meaning in Vietnamese)."""
    key = _KEY_CACHE.get(word)
    if key is None:
        key = word.lower()
        tail = key[-2:]
        if tail in _NEW_TO_OLD and not key.startswith(
            "q"
        ):  # "quý" has its tone on y in both styles
            key = key[:-2] + _NEW_TO_OLD[tail]
        _KEY_CACHE[word] = key
    return key


def phrase_key(words: list[str] | tuple[str, ...]) -> str:
    """The key of a run of syllables: their keys joined by single spaces."""
    return " ".join(syllable_key(w) for w in words)


def runs(tokens: Tokens) -> list[tuple[int, int]]:
    """Index ranges [i, j) of syllables joined by plain spaces: the places a phrase may lie in."""
    result: list[tuple[int, int]] = []
    begin = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or not tokens.joined[i]:
            result.append((begin, i))
            begin = i
    return result if tokens.words else []


def tone_placement_variants(word: str) -> tuple[str, ...]:
    """The word as written and, when it ends in oa/oe/uy with a tone, with the other placement:
    "hòa" -> ("hòa", "hoà"); "thuỷ" -> ("thuỷ", "thủy"); "quý" -> ("quý",)."""
    lowered = word.lower()
    if lowered.startswith("q"):
        return (word,)
    tail = word[-2:]
    for new, old in _NEW_TO_OLD.items():
        if tail == new:
            return (word, word[:-2] + old)
        if tail == old:
            return (word, word[:-2] + new)
    return (word,)

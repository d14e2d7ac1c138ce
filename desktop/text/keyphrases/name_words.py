"""The words that help find names whole: surnames, titles, body heads, administrative levels."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from desktop.resources_path import resources_dir
from desktop.text.syllables import phrase_key, syllable_key

NAME_WORDS_FILE = "keyphrases/name_words_vi.txt"
# body heads also written in lower case before a capitalised name ("ban Thường vụ Huyện ủy")
LOWER_HEADS = frozenset({"ban", "ủy ban", "hội đồng"})
# numerals end many a name ("Ba Đình", "Phan Văn Sáu"): no function words there
NUMERAL_NAMES = frozenset(["hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"])


@dataclass(frozen=True)
class NameWords:
    surnames: frozenset[str]
    titles: frozenset[str]  # phrase keys
    bodies: frozenset[str]
    levels: frozenset[str]
    openers: frozenset[str]  # levels and body heads written in lower case before a name
    common: frozenset[str]  # abbreviations of everyday words ("TP", "PV"): no key phrase
    longest: int  # syllables of the longest title, body or level word


@lru_cache(maxsize=1)
def name_words() -> NameWords:
    groups: dict[str, set[str]] = {}
    current = ""
    path = resources_dir() / NAME_WORDS_FILE
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("##"):
            current = line.lstrip("#").strip()
        elif line and not line.startswith("#"):
            groups.setdefault(current, set()).add(phrase_key(line.split()))
    every = set().union(*groups.values())
    return NameWords(
        frozenset(groups.get("Họ", ())),
        frozenset(groups.get("Chức danh", ())),
        frozenset(groups.get("Cơ quan", ())),
        frozenset(groups.get("Cấp hành chính", ())),
        frozenset(groups.get("Cấp hành chính", ())) | LOWER_HEADS,
        frozenset(groups.get("Viết tắt thông dụng", ())),
        max(k.count(" ") + 1 for k in every),
    )


def word_at(words: list[str], i: int, size: int, longest: int, keys: frozenset[str]) -> int:
    """Syllables of the longest word of `keys` starting at i (0 if none)."""
    if syllable_key(words[i]) not in _first_syllables(keys):
        return 0  # the common case, answered without building a key
    for n in range(min(longest, size - i), 0, -1):
        if phrase_key(words[i : i + n]) in keys:
            return n
    return 0


@lru_cache(maxsize=16)
def _first_syllables(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k.split(" ", 1)[0] for k in keys)


def body_head(words: list[str], k: int, size: int, lists: NameWords) -> bool:
    return any(phrase_key(words[k : k + n]) in lists.bodies for n in (1, 2) if k + n <= size)


def ends_body(words: list[str], i: int, j: int, lists: NameWords) -> bool:
    """Whether a body's name runs up to j, so "tỉnh" may follow ("UBND tỉnh", "Ban Pháp chế HĐND tỉnh")."""
    return any(
        phrase_key(words[k : k + n]) in lists.bodies
        for k in range(i, j)
        for n in (1, 2, 3)
        if k + n <= j
    )

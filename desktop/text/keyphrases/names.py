"""Names in an article: people, bodies, places and abbreviations, whole and apart from the titles before them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from desktop.resources_path import resources_dir
from desktop.text.keyphrases.stopwords import load_stopwords
from desktop.text.syllables import Tokens, phrase_key, syllable_key

NAME_WORDS_FILE = "keyphrases/name_words_vi.txt"
PERSON, BODY, PLACE, ABBREVIATION = "person", "body", "place", "abbreviation"
MAX_SYLLABLES = 24  # a run of capitals this long is cut (titles and names in a row)
_JOINERS = frozenset(".&-")  # "TP.HCM", "NN&PTNT" with no space around
_SENTENCE_END_RE = re.compile(r"[.!?:;…\n]")
_PHOTO_RE = re.compile(r"(?:ảnh|Ảnh|ẢNH)\s*:?\s*$")
_CONNECTORS = (("và",), ("các", "cơ", "quan"), ("cơ", "quan"))
_ROMAN_RE = re.compile(r"[IVXLC]+")
_DASHES = ("-", "–", "—")
_NUMERAL_NAMES = frozenset(["hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"])
_LIST_GAPS = frozenset({", ", " - ", " – "})  # between the fields a body's name enumerates
_ENUMERATION_REACH = 8  # syllables from the first comma to the "và" that closes the list
# body heads also written in lower case before a capitalised name ("ban Thường vụ Huyện ủy")
_LOWER_HEADS = frozenset({"ban", "ủy ban", "hội đồng"})


@dataclass(frozen=True)
class Name:
    key: str  # syllables.phrase_key
    text: str  # the spelling the article uses most
    group: str  # PERSON | BODY | PLACE | ABBREVIATION
    spans: tuple[tuple[int, int], ...]
    with_title: int  # occurrences right after a title or honorific ("Thứ trưởng", "ông")


@dataclass(frozen=True)
class _Words:
    surnames: frozenset[str]
    titles: frozenset[str]  # phrase keys
    bodies: frozenset[str]
    levels: frozenset[str]
    openers: frozenset[str]  # levels and body heads written in lower case before a name
    common: frozenset[str]  # abbreviations of everyday words ("TP", "PV"): no key phrase
    longest: int  # syllables of the longest title, body or level word


@lru_cache(maxsize=1)
def name_words() -> _Words:
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
    return _Words(
        frozenset(groups.get("Họ", ())),
        frozenset(groups.get("Chức danh", ())),
        frozenset(groups.get("Cơ quan", ())),
        frozenset(groups.get("Cấp hành chính", ())),
        frozenset(groups.get("Cấp hành chính", ())) | _LOWER_HEADS,
        frozenset(groups.get("Viết tắt thông dụng", ())),
        max(k.count(" ") + 1 for k in every),
    )


def find_names(
    text: str,
    tokens: Tokens,
    known: Callable[[str], bool],
    taken: Callable[[int, int], bool] = lambda _s, _e: False,
    whole: Callable[[str], bool] | None = None,
) -> list[Name]:
    """Every name of two syllables or more, and every abbreviation, in order of first occurrence.
    `known(key)`: whether the background statistics know a phrase (to carry a word on past its
    capital: "Sở Nội vụ", "Đảng ủy"); `taken(start, end)`: whether characters lie in a document
    reference (a name there is the reference's); `whole(key)`: whether a known phrase ends where
    a word ends ("Hà Nội", not "Lê Thị"), so a surname that begins it opens no person's name."""
    words = tokens.words
    size = len(words)
    if not size:
        return []
    lists = name_words()
    whole = whole or (lambda _key: False)
    shape = [_shape(w) for w in words]
    linked = [False] + [_linked(text, tokens, i, shape) for i in range(1, size)]
    listed = [False] + [
        text[tokens.ends[i - 1] : tokens.starts[i]] in _LIST_GAPS for i in range(1, size)
    ]
    linked = _bridge_enumerations(words, shape, linked, listed, lists)
    lowered = {w for w, s in zip(words, shape, strict=True) if s == "l"}  # as written
    found: list[tuple[int, int, str, bool]] = []  # first, last syllable, group, after a title
    i = 0
    while i < size:
        opens = shape[i] in "CU" or (
            "C" in shape[i + 1 : i + 3] and _level_before_name(words, shape, linked, i, lists)
        )
        if opens:
            end = _chunk_end(words, shape, linked, i, known, lists)
            if not _PHOTO_RE.search(text[max(0, tokens.starts[i] - 8) : tokens.starts[i]]):
                found += _split(text, tokens, shape, i, end, lowered, lists, known, whole)
            i = end
        else:
            i += 1
    return _collect(text, tokens, found, taken)


def _bridge_enumerations(
    words: list[str], shape: list[str], linked: list[bool], listed: list[bool], lists: _Words
) -> list[bool]:
    """A body whose name enumerates its fields goes on across the commas: "Ủy ban Khoa học,
    Công nghệ và Môi trường", "Bộ Lao động - Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và
    Du lịch". Only after a body's head, only up to a "và" before a capital, and never onto
    another body ("Sở Nội vụ, Sở Tư pháp và ..." lists three bodies)."""
    size = len(words)
    bridged = linked
    heads = [k for k in range(size) if shape[k] in "CU" and _body_head(words, k, size, lists)]
    for head in heads:
        k = head + 1
        while k < size and linked[k] and shape[k] in "CUl" and k - head < MAX_SYLLABLES:
            if k + 1 < size and listed[k + 1]:
                break
            k += 1
        gap = k + 1
        if (
            gap >= size
            or not listed[gap]
            or shape[gap] != "C"
            or _body_head(words, gap, size, lists)
        ):
            continue
        closes = _enumeration_close(words, shape, linked, listed, gap, lists)
        if closes:
            if bridged is linked:
                bridged = list(linked)
            for m in range(gap, closes):
                bridged[m] = bridged[m] or listed[m]
    return bridged


def _enumeration_close(
    words: list[str],
    shape: list[str],
    linked: list[bool],
    listed: list[bool],
    k: int,
    lists: _Words,
) -> int:
    """Where the "và" of an enumeration starting at k stands (0 if none within reach)."""
    size, start = len(words), k
    while k < size and k - start < _ENUMERATION_REACH:
        if (
            k > start
            and not linked[k]
            and not (listed[k] and shape[k] == "C" and not _body_head(words, k, size, lists))
        ):
            return 0  # a break that is no further field
        if syllable_key(words[k]) == "và":
            after = k + 1
            return k if after < size and linked[after] and shape[after] == "C" else 0
        k += 1
    return 0


def _body_head(words: list[str], k: int, size: int, lists: _Words) -> bool:
    return any(phrase_key(words[k : k + n]) in lists.bodies for n in (1, 2) if k + n <= size)


def _shape(word: str) -> str:
    if not word.isalpha():
        return "D"
    if word.isupper() and len(word) >= 2:
        return "U"
    if word[0].isupper():
        return "C"
    return "l"


def _linked(text: str, tokens: Tokens, i: int, shape: list[str]) -> bool:
    if tokens.joined[i]:
        return True
    gap = text[tokens.ends[i - 1] : tokens.starts[i]]
    return len(gap) == 1 and gap in _JOINERS and shape[i - 1] in "CU" and shape[i] in "CU"


def _word_at(words: list[str], i: int, size: int, longest: int, keys: frozenset[str]) -> int:
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


def _level_before_name(
    words: list[str], shape: list[str], linked: list[bool], i: int, lists: _Words
) -> bool:
    """ "huyện Phúc Thọ", "thị trấn Phú Hòa": a lower-case level word opening a place name."""
    if shape[i] != "l":
        return False
    n = _word_at(words, i, len(words), 2, lists.openers)
    return bool(n) and i + n < len(words) and linked[i + n] and shape[i + n] == "C"


def _chunk_end(
    words: list[str],
    shape: list[str],
    linked: list[bool],
    i: int,
    known: Callable[[str], bool],
    lists: _Words,
) -> int:
    """Where a run of capitalised words (with the lower-case syllables that finish them) ends."""
    size = len(words)
    j = i + (_word_at(words, i, size, 2, lists.openers) if shape[i] == "l" else 0)
    capital = j  # the last syllable written with a capital
    while j < size and (j == i or linked[j]) and j - i < MAX_SYLLABLES:
        if shape[j] in "CU":
            capital = j
            j += 1
            continue
        if shape[j] != "l":
            break
        # a lower-case syllable finishes the capitalised word when the pair is a known phrase
        if j - capital <= 3 and known(phrase_key(words[capital : j + 1])):
            j += 1
            continue
        n = _word_at(words, j, size, 2, lists.levels)
        if n and shape[capital] in "CU" and _ends_body(words, i, j, lists):
            j += n
            continue
        connector = next(
            (c for c in _CONNECTORS if tuple(syllable_key(w) for w in words[j : j + len(c)]) == c),
            None,
        )
        after = j + len(connector) if connector else j
        if (
            connector
            and after < size
            and all(linked[j : after + 1])
            and shape[after] in "CU"
            and (connector != ("và",) or _and_in_body(words, i, j, after, lists))
        ):
            j = after
            continue
        break
    return j


def _and_in_body(words: list[str], i: int, j: int, after: int, lists: _Words) -> bool:
    """ "và" at j belongs to a body's name ("Bộ Tài nguyên và Môi trường", after a title too),
    not to a list of names ("Hải Phòng và Đà Nẵng", "Sở Tư pháp và Sở Tài chính")."""
    size = len(words)
    return _ends_body(words, i, j, lists) and not _body_head(words, after, size, lists)


def _ends_body(words: list[str], i: int, j: int, lists: _Words) -> bool:
    """Whether a body's name runs up to j, so "tỉnh" may follow ("UBND tỉnh", "Ban Pháp chế HĐND tỉnh")."""
    return any(
        phrase_key(words[k : k + n]) in lists.bodies
        for k in range(i, j)
        for n in (1, 2, 3)
        if k + n <= j
    )


def _split(
    text: str,
    tokens: Tokens,
    shape: list[str],
    i: int,
    end: int,
    lowered: set[str],
    lists: _Words,
    known: Callable[[str], bool],
    whole: Callable[[str], bool],
) -> list[tuple[int, int, str, bool]]:
    """Cut a run into names: titles drop out ("Phó Giám đốc"), a person's name starts a new name
    ("Sở Nội vụ" | "Nguyễn Thị Liễu"), a sentence's first word that is written in lower case
    elsewhere is no part of a name ("Theo", "Cử tri")."""
    words = tokens.words
    if _sentence_start(text, tokens, i) and shape[i] == "C":
        n = _word_at(words, i, end, lists.longest, lists.titles | lists.bodies) or 1
        head = phrase_key(words[i : i + n])
        person = head in lists.surnames and i + 1 < end and shape[i + 1] == "C"
        if (
            head not in lists.titles
            and head not in lists.bodies
            and words[i].lower() in lowered
            and not person
        ):
            i += 1
            while i < end and shape[i] == "l":
                i += 1
    names: list[tuple[int, int, str, bool]] = []
    start, after_title = i, False
    k = i
    while k < end:
        title = _word_at(words, k, end, lists.longest, lists.titles) if shape[k] in "CU" else 0
        if title > 1 and k + title < end and shape[k + title] in "CU":
            last = phrase_key(words[k + title - 1 : k + title])
            if last in lists.bodies or last in _LOWER_HEADS:
                title -= 1  # "Trưởng Ban | Tuyên giáo Trung ương": the body keeps its head
        # a title is no title when it begins a body's name ("Ban Tuyên giáo", "Thường trực HĐND"?)
        if title and phrase_key(words[k : k + title]) not in lists.bodies:
            names += _name(shape, words, start, k, after_title, lists, known, whole)
            k += title
            start, after_title = k, True
            continue
        # a surname opens a person's name unless it begins a name the news knows ("Hà Nội")
        is_surname = _opens_person(words, shape, k, end, lists, whole)
        in_person = _opens_person(words, shape, start, end, lists, whole) and k - start < 4
        if (
            is_surname
            and k > start
            and not in_person
            and k + 1 < end
            and shape[k + 1] == "C"
            and not known(phrase_key(words[start : k + 2]))
            # nor when it closes a word begun before it ("Thành Đoàn Hà Nội", "Công Đoàn")
            and not known(phrase_key(words[k - 1 : k + 1]))
        ):
            names += _name(shape, words, start, k, after_title, lists, known, whole)
            start, after_title = k, after_title or k > start
        k += 1
    names += _name(shape, words, start, end, after_title, lists, known, whole)
    return names


def _name(
    shape: list[str],
    words: list[str],
    start: int,
    end: int,
    after_title: bool,
    lists: _Words,
    known: Callable[[str], bool],
    whole: Callable[[str], bool],
) -> list[tuple[int, int, str, bool]]:
    stops = load_stopwords()  # a name neither starts nor ends with one ("Học Qua", "Theo Sở")
    while start < end and syllable_key(words[start]) in stops:
        start += 1
    while end > start and syllable_key(words[end - 1]) in stops and not _given_name(words[end - 1]):
        end -= 1
    has_body = any(
        phrase_key(words[k : k + n]) in lists.bodies for k in range(start, end) for n in (1, 2)
    )
    while not has_body and end > start and shape[end - 1] == "l":
        n = next(
            (n for n in (2, 1) if phrase_key(words[max(start, end - n) : end]) in lists.levels), 0
        )
        if not n:
            break
        end -= n  # "UBND tỉnh" keeps its level; a place does not end with one
    if end <= start:
        return []
    if end - start == 1:
        abbreviation = (
            shape[start] == "U"
            and not _ROMAN_RE.fullmatch(words[start])
            and syllable_key(words[start]) not in lists.common
        )
        return [(start, end, ABBREVIATION, after_title)] if abbreviation else []
    key = phrase_key(words[start:end])
    level_first = shape[start] == "l" and bool(_word_at(words, start, end, 2, lists.openers))
    capitals = sum(s in "CU" for s in shape[start:end])
    if capitals < 2 and not level_first and "U" not in shape[start:end]:
        return []  # one capital is a sentence's first word, or a common noun written big
    if key in lists.titles or key in lists.bodies or key in lists.levels:
        return []
    first = syllable_key(words[start])
    if _word_at(words, start, end, 2, _LOWER_HEADS) and shape[start] == "l":
        return [(start, end, BODY, after_title)]
    if first in lists.levels or shape[start] == "l":
        return [(start, end, PLACE, after_title)]
    # a surname and capitals: a person, unless they begin a name the news knows ("Hà Nội")
    if _opens_person(words, shape, start, end, lists, whole):
        last = start + 1
        while last + 1 < end and last - start < 3 and shape[last + 1] == "C":
            last += 1
        # a capital whose word carries on in lower case is a common word ("Lê Báo cáo")
        if known(phrase_key(words[last : last + 2])) and last + 1 < end and shape[last + 1] == "l":
            last -= 1
        while last > start and syllable_key(words[last]) in stops and not _given_name(words[last]):
            last -= 1
        if last > start:
            return [(start, last + 1, PERSON, after_title)]
        return []
    if _word_at(words, start, end, 3, lists.bodies):
        return [(start, end, BODY, after_title)]
    return [(start, end, PLACE if known(key) else BODY, after_title)]


def _given_name(word: str) -> bool:
    """A numeral written with a capital ends many a person's name: "Phan Văn Sáu", "Lê Văn Tám"."""
    return word[:1].isupper() and syllable_key(word) in _NUMERAL_NAMES


def _titled_around(text: str, tokens: Tokens, first: int, end: int) -> bool:
    """ "đồng chí Nguyễn Xuân Sơn", "ông Hải", "Lê Đình Lý - Phó Giám đốc": a title written next to it."""
    titles, words = name_words().titles, tokens.words
    for n in (1, 2, 3):
        if (
            first - n >= 0
            and all(tokens.joined[first - n + 1 : first + 1])
            and phrase_key(words[first - n : first]) in titles
        ):
            return True
    if first > 0 and text[tokens.ends[first - 1] : tokens.starts[first]].strip() in _DASHES:
        # "Bí thư Thành ủy Tân An - Lê Công Đỉnh": a title a few words before, then a dash
        for k in range(max(0, first - 8), first):
            if any(phrase_key(words[k : k + n]) in titles for n in (1, 2, 3) if k + n <= first):
                return True
    if end < len(words):
        gap = text[tokens.ends[end - 1] : tokens.starts[end]].strip()
        if gap in ("-", "–", ",", "—", "("):
            return any(phrase_key(words[end : end + n]) in titles for n in (1, 2, 3))
    return False


def _opens_person(
    words: list[str],
    shape: list[str],
    k: int,
    end: int,
    lists: _Words,
    whole: Callable[[str], bool],
) -> bool:
    """A surname and a capital, unless they begin a name the news knows whole ("Hà Nội")."""
    return (
        shape[k] == "C"
        and syllable_key(words[k]) in lists.surnames
        and k + 1 < end
        and shape[k + 1] == "C"
        and not whole(phrase_key(words[k : k + 2]))
    )


def _sentence_start(text: str, tokens: Tokens, i: int) -> bool:
    if i == 0:
        return True
    gap = text[tokens.ends[i - 1] : tokens.starts[i]]
    return bool(_SENTENCE_END_RE.search(gap))


def _collect(
    text: str,
    tokens: Tokens,
    found: list[tuple[int, int, str, bool]],
    taken: Callable[[int, int], bool],
) -> list[Name]:
    spans: dict[str, list[tuple[int, int]]] = {}
    groups: dict[str, Counter[str]] = {}
    titled: Counter[str] = Counter()
    for first, end, group, after_title in found:
        start_char, end_char = tokens.starts[first], tokens.ends[end - 1]
        if taken(start_char, end_char) or _PHOTO_RE.search(
            text[max(0, start_char - 8) : start_char]
        ):
            continue
        key = phrase_key(tokens.words[first:end])
        spans.setdefault(key, []).append((start_char, end_char))
        groups.setdefault(key, Counter())[group] += 1
        titled[key] += after_title or _titled_around(text, tokens, first, end)
    names = []
    for key, where in spans.items():
        forms = Counter(text[s:e] for s, e in where)
        names.append(
            Name(
                key,
                max(forms, key=lambda f: forms[f]),
                groups[key].most_common(1)[0][0],
                tuple(where),
                titled[key],
            )
        )
    return names

"""Names in an article: people, bodies, places and abbreviations, whole and apart from the titles before them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from desktop.text.keyphrases.credits import credit_spans
from desktop.text.keyphrases.name_runs import (
    abbreviation_point,
    chunk_end,
    level_before_name,
    run_links,
)
from desktop.text.keyphrases.name_words import (
    LOWER_HEADS,
    NUMERAL_NAMES,
    NameWords,
    body_head,
    name_words,
    word_at,
)
from desktop.text.keyphrases.stopwords import load_stopwords
from desktop.text.syllables import Tokens, phrase_key, syllable_key

__all__ = [
    "ABBREVIATION",
    "BODY",
    "PERSON",
    "PLACE",
    "Name",
    "credits_of",
    "find_names",
    "name_words",
]

PERSON, BODY, PLACE, ABBREVIATION = "person", "body", "place", "abbreviation"
_SENTENCE_END_RE = re.compile(r"[.!?:;…\n]|\s\s")  # two spaces: captions run into the text
_ROMAN_RE = re.compile(r"[IVXLC]+")
_DASHES = ("-", "–", "—")


@dataclass(frozen=True)
class Name:
    key: str  # syllables.phrase_key
    text: str  # the spelling the article uses most
    group: str  # PERSON | BODY | PLACE | ABBREVIATION
    spans: tuple[tuple[int, int], ...]
    with_title: int  # occurrences right after a title or honorific ("Thứ trưởng", "ông")


def find_names(
    text: str,
    tokens: Tokens,
    known: Callable[[str], bool],
    taken: Callable[[int, int], bool] = lambda _s, _e: False,
    whole: Callable[[str], bool] | None = None,
    word: Callable[[str], bool] | None = None,
    common: Callable[[str], bool] | None = None,
) -> list[Name]:
    """Every name of two syllables or more, and every abbreviation, in order of first occurrence.
    `known(key)`: whether the background statistics know a phrase (to carry a word on past its
    capital: "Sở Nội vụ", "Đảng ủy"); `taken(start, end)`: whether characters lie in a document
    reference (a name there is the reference's); `whole(key)`: whether a known phrase ends where
    a word ends ("Hà Nội", not "Lê Thị"), so a surname that begins it opens no person's name;
    `word(key)`: whether pyvi's lexicon writes a run as one word, so a lower-case syllable
    finishes a capitalised word ("Sở Nội vụ") but a verb does not join a name ("HLV Zidane
    muốn", a pair the news often writes); `common(key)`: whether the news writes a phrase in
    lower case, so written with a capital at a sentence's start it is no part of the name after
    it ("Kình địch Barca"). Names in photo credits, sources and bylines are left out
    (credits.credit_spans)."""
    words = tokens.words
    size = len(words)
    if not size:
        return []
    lists = name_words()
    whole = whole or (lambda _key: False)
    word = word or known
    common = common or (lambda _key: False)
    shape, linked = run_links(text, tokens, lists)
    lowered = {w for w, s in zip(words, shape, strict=True) if s == "l"}  # as written
    found: list[tuple[int, int, str, bool]] = []  # first, last syllable, group, after a title
    i = 0
    while i < size:
        opens = shape[i] in "CU" or (
            "C" in shape[i + 1 : i + 3] and level_before_name(words, shape, linked, i, lists)
        )
        if opens:
            end = chunk_end(words, shape, linked, i, known, word, lists)
            found += _split(text, tokens, shape, i, end, (lowered, common), lists, known, whole)
            i = end
        else:
            i += 1
    credited = bytearray(len(text))
    for start, end in credits_of(text, tokens):
        credited[start:end] = b"\x01" * (end - start)

    def in_credit_or_taken(start: int, end: int) -> bool:
        return credited.find(1, start, end) != -1 or taken(start, end)

    return _collect(text, tokens, found, in_credit_or_taken)


def credits_of(text: str, tokens: Tokens) -> list[tuple[int, int]]:
    """Where the photo credits, sources and bylines of a text lie (credits.credit_spans), a
    capitalised title or body head marking where the next sentence starts."""
    lists = name_words()
    return credit_spans(text, tokens, lists.titles | lists.bodies)


def _split(
    text: str,
    tokens: Tokens,
    shape: list[str],
    i: int,
    end: int,
    lower: tuple[set[str], Callable[[str], bool]],
    lists: NameWords,
    known: Callable[[str], bool],
    whole: Callable[[str], bool],
) -> list[tuple[int, int, str, bool]]:
    """Cut a run into names: titles drop out ("Phó Giám đốc"), a person's name starts a new name
    ("Sở Nội vụ" | "Nguyễn Thị Liễu"), a sentence's first word that is written in lower case
    elsewhere in the text ("Theo", "Cử tri") or in the news ("Kình địch Barca", "Chung kết
    Champions League") is no part of a name."""
    words = tokens.words
    lowered, common = lower
    if _sentence_start(text, tokens, i) and shape[i] == "C":
        n = word_at(words, i, end, lists.longest, lists.titles | lists.bodies) or 1
        head = phrase_key(words[i : i + n])
        person = head in lists.surnames and i + 1 < end and shape[i + 1] == "C"
        pair = phrase_key(words[i : i + 2]) if n == 1 and i + 1 < end else ""
        if (
            head not in lists.titles
            and head not in lists.bodies
            and not person
            and (
                words[i].lower() in lowered
                or (pair and pair not in lists.levels and shape[i + 1] == "l" and common(pair))
            )
        ):
            i += 1
            while i < end and shape[i] == "l":
                i += 1
    names: list[tuple[int, int, str, bool]] = []
    start, after_title = i, False
    k = i
    while k < end:
        title = word_at(words, k, end, lists.longest, lists.titles) if shape[k] in "CU" else 0
        if title > 1 and k + title < end and shape[k + title] in "CU":
            last = phrase_key(words[k + title - 1 : k + title])
            if last in lists.bodies or last in LOWER_HEADS:
                title -= 1  # "Trưởng Ban | Tuyên giáo Trung ương": the body keeps its head
        if title == 1 and _given_name_not_title(words, shape, start, k, end, lists, whole):
            title = 0
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
        elif _place_then_name(words, shape, start, k, end, lists, known, whole):
            names += _name(shape, words, start, k, after_title, lists, known, whole)
            start = k
        k += 1
    names += _name(shape, words, start, end, after_title, lists, known, whole)
    return names


def _given_name_not_title(
    words: list[str],
    shape: list[str],
    start: int,
    k: int,
    end: int,
    lists: NameWords,
    whole: Callable[[str], bool],
) -> bool:
    """ "ông Nguyễn Xuân Anh, Bí thư": a one-word title ("Anh", "Trưởng") that ends a person's
    name after the surname and a middle name is the given name; before a name it is a title."""
    return (
        2 <= k - start <= 3
        and _opens_person(words, shape, start, end, lists, whole)
        and (k + 1 == end or shape[k + 1] not in "CU")
    )


def _place_then_name(
    words: list[str],
    shape: list[str],
    start: int,
    k: int,
    end: int,
    lists: NameWords,
    known: Callable[[str], bool],
    whole: Callable[[str], bool],
) -> bool:
    """ "tay vợt người Thụy Điển Robert Soderling": a place the news knows whole, then, with no
    comma, a name of two capitals or more the news does not know with it, is two names. A body
    goes on with its place ("Sở Tư pháp Hà Nội"), and a place with a word ("Việt Nam Thịnh
    Vượng"): the news knows that word."""
    if k - start < 2 or end - k < 2 or shape[k] != "C" or shape[k + 1] != "C":
        return False
    if any(s != "C" for s in shape[start:k]) or not whole(phrase_key(words[start:k])):
        return False
    if body_head(words, start, k, lists):
        return False
    return not (
        known(phrase_key(words[start : k + 1]))
        or known(phrase_key(words[k - 1 : k + 1]))
        or known(phrase_key(words[k : k + 2]))
    )


def _name(
    shape: list[str],
    words: list[str],
    start: int,
    end: int,
    after_title: bool,
    lists: NameWords,
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
    level_first = shape[start] == "l" and bool(word_at(words, start, end, 2, lists.openers))
    capitals = sum(s in "CU" for s in shape[start:end])
    if capitals < 2 and not level_first and "U" not in shape[start:end]:
        return []  # one capital is a sentence's first word, or a common noun written big
    if key in lists.titles or key in lists.bodies or key in lists.levels:
        return []
    first = syllable_key(words[start])
    if word_at(words, start, end, 2, LOWER_HEADS) and shape[start] == "l":
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
    if word_at(words, start, end, 3, lists.bodies):
        return [(start, end, BODY, after_title)]
    return [(start, end, PLACE if known(key) else BODY, after_title)]


def _given_name(word: str) -> bool:
    """A numeral written with a capital ends many a person's name: "Phan Văn Sáu", "Lê Văn Tám"."""
    return word[:1].isupper() and syllable_key(word) in NUMERAL_NAMES


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
    lists: NameWords,
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
    return bool(_SENTENCE_END_RE.search(gap)) and not abbreviation_point(text, tokens, i)


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
        if taken(start_char, end_char):
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

"""Where runs of capitalised words begin and end: the typography of names in running text."""

from __future__ import annotations

from collections.abc import Callable

from desktop.text.keyphrases.name_words import (
    NUMERAL_NAMES,
    NameWords,
    body_head,
    ends_body,
    word_at,
)
from desktop.text.keyphrases.stopwords import load_stopwords
from desktop.text.syllables import Tokens, phrase_key, syllable_key

MAX_SYLLABLES = 24  # a run of capitals this long is cut (titles and names in a row)
_JOINERS = frozenset(".&-")  # "TP.HCM", "NN&PTNT" with no space around
_ABBREVIATED_LEVELS = frozenset({"tp", "tx"})  # "TP. Hà Nội", "TX. Hoàng Mai": no full stop
_CONNECTORS = (("và",), ("các", "cơ", "quan"), ("cơ", "quan"))
_LIST_GAPS = frozenset({", ", " - ", " – "})  # between the fields a body's name enumerates
_ENUMERATION_REACH = 8  # syllables from the first comma to the "và" that closes the list


def run_links(text: str, tokens: Tokens, lists: NameWords) -> tuple[list[str], list[bool]]:
    """Each syllable's shape ("C" capitalised, "U" in capitals, "l" lower case, "D" a number)
    and whether it goes on the name of the syllable before it: across single spaces, a joiner
    with no space ("TP.HCM"), an abbreviation's point ("TP. Hà Nội") and the commas of a body
    that enumerates its fields."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    size = len(words)
    shape = [shape_of(w) for w in words]
    # widths of the gaps: most are one space, and a slice is only taken for the others
    widths = [0] + [starts[i] - ends[i - 1] for i in range(1, size)]
    joined = tokens.joined
    linked = [False] + [
        widths[i] == 1 if joined[i] else _linked(text, tokens, i, shape, widths[i])
        for i in range(1, size)
    ]
    listed = [False] + [
        1 < widths[i] < 4 and text[ends[i - 1] : starts[i]] in _LIST_GAPS for i in range(1, size)
    ]
    return shape, _bridge_enumerations(words, shape, linked, listed, lists)


def _bridge_enumerations(
    words: list[str], shape: list[str], linked: list[bool], listed: list[bool], lists: NameWords
) -> list[bool]:
    """A body whose name enumerates its fields goes on across the commas: "Ủy ban Khoa học,
    Công nghệ và Môi trường", "Bộ Lao động - Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và
    Du lịch". Only after a body's head, only up to a "và" before a capital, and never onto
    another body ("Sở Nội vụ, Sở Tư pháp và ..." lists three bodies)."""
    size = len(words)
    bridged = linked
    heads = [k for k in range(size) if shape[k] in "CU" and body_head(words, k, size, lists)]
    for head in heads:
        k = head + 1
        while k < size and linked[k] and shape[k] in "CUl" and k - head < MAX_SYLLABLES:
            if k + 1 < size and listed[k + 1]:
                break
            k += 1
        gap = k + 1
        if gap >= size or not listed[gap] or shape[gap] != "C" or _no_field(words, gap, lists):
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
    lists: NameWords,
) -> int:
    """Where the "và" of an enumeration starting at k stands, or the level its body's name goes
    on with ("Công đoàn cơ quan Dân, Đảng quận Long Biên": the fields end at "quận", one body
    of one district); 0 if none within reach."""
    size, start = len(words), k
    while k < size and k - start < _ENUMERATION_REACH:
        if (
            k > start
            and not linked[k]
            and not (listed[k] and shape[k] == "C" and not _no_field(words, k, lists))
        ):
            return 0  # a break that is no further field
        if syllable_key(words[k]) == "và":
            after = k + 1
            return k if after < size and linked[after] and shape[after] == "C" else 0
        level = word_at(words, k, size, 2, lists.levels) if shape[k] == "l" else 0
        if level and k + level < size and linked[k + level] and shape[k + level] == "C":
            return k
        k += 1
    return 0


def _no_field(words: list[str], k: int, lists: NameWords) -> bool:
    """Another body ("Sở Tư pháp") or a title ("Đoàn Kim Bình, Chủ tịch xã"): no field of a name."""
    size = len(words)
    return body_head(words, k, size, lists) or bool(
        word_at(words, k, size, lists.longest, lists.titles)
    )


def shape_of(word: str) -> str:
    if not word.isalpha():
        return "D"
    if word.isupper() and len(word) >= 2:
        return "U"
    if word[0].isupper():
        return "C"
    return "l"


def _linked(text: str, tokens: Tokens, i: int, shape: list[str], width: int) -> bool:
    """Across a gap that is no plain space (two spaces, where a caption or a byline runs into
    the next sentence, are no link): a joiner with no space, an abbreviation's point."""
    if width == 1:
        joiner = text[tokens.ends[i - 1]]
        return joiner in _JOINERS and shape[i - 1] in "CU" and shape[i] in "CU"
    return width == 2 and abbreviation_point(text, tokens, i) and shape[i] in "CU"


def abbreviation_point(text: str, tokens: Tokens, i: int) -> bool:
    """ "Cục Thuế TP. Hà Nội": the point after an abbreviated level ends no sentence."""
    gap = text[tokens.ends[i - 1] : tokens.starts[i]]
    return gap == ". " and syllable_key(tokens.words[i - 1]) in _ABBREVIATED_LEVELS


def level_before_name(
    words: list[str], shape: list[str], linked: list[bool], i: int, lists: NameWords
) -> bool:
    """ "huyện Phúc Thọ", "thị trấn Phú Hòa": a lower-case level word opening a place name."""
    if shape[i] != "l":
        return False
    n = word_at(words, i, len(words), 2, lists.openers)
    return bool(n) and i + n < len(words) and linked[i + n] and shape[i + n] == "C"


def chunk_end(
    words: list[str],
    shape: list[str],
    linked: list[bool],
    i: int,
    known: Callable[[str], bool],
    word: Callable[[str], bool],
    lists: NameWords,
) -> int:
    """Where a run of capitalised words (with the lower-case syllables that finish them) ends."""
    size = len(words)
    j = i + (word_at(words, i, size, 2, lists.openers) if shape[i] == "l" else 0)
    capital = j  # the last syllable written with a capital
    while j < size and (j == i or linked[j]) and j - i < MAX_SYLLABLES:
        if shape[j] in "CU":
            if j > i and _opens_sentence(words, i, j, known, lists):
                break  # "Smalling Theo Manchester Evening News": a sentence run into a name
            capital = j
            j += 1
            continue
        if shape[j] != "l":
            break
        # a lower-case syllable finishes the capitalised word when the pair is a word
        if j - capital <= 3 and word(phrase_key(words[capital : j + 1])):
            j += 1
            continue
        n = word_at(words, j, size, 2, lists.levels)
        if n and shape[capital] in "CU" and ends_body(words, i, j, lists):
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


def _opens_sentence(
    words: list[str], i: int, j: int, known: Callable[[str], bool], lists: NameWords
) -> bool:
    """A function word written with a capital inside a run of capitals starts a sentence whose
    full stop is missing ("... lẫn Smalling Theo Manchester Evening News, ...", "Ảnh: VGP/Quang
    Hiếu Đây là ..."), unless the news knows it as part of a word ("Cần Thơ", "Bà Rịa", "Từ
    Liêm"), it is a numeral ("Ba Đình", "Phan Văn Sáu") or it lies in a person's name ("Nguyễn
    Thị Như Loan", "Lại Xuân Môn")."""
    key = syllable_key(words[j])
    if key not in load_stopwords() or key in NUMERAL_NAMES or key in lists.surnames:
        return False
    if any(syllable_key(w) in lists.surnames for w in words[max(i, j - 3) : j]):
        return False
    after = phrase_key(words[j : j + 2]) if j + 1 < len(words) else ""
    return not known(phrase_key(words[j - 1 : j + 1])) and not (after and known(after))


def _and_in_body(words: list[str], i: int, j: int, after: int, lists: NameWords) -> bool:
    """ "và" at j belongs to a body's name ("Bộ Tài nguyên và Môi trường", after a title too),
    not to a list of names ("Hải Phòng và Đà Nẵng", "Sở Tư pháp và Sở Tài chính")."""
    size = len(words)
    return ends_body(words, i, j, lists) and not body_head(words, after, size, lists)

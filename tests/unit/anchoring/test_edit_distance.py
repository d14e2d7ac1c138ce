"""Myers' bit-vector distances agree with the textbook dynamic programme."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.anchoring.edit_distance import best_start, levenshtein, search_scores

ALPHABET = st.text(alphabet="abcđạ ", max_size=40)


def _dp_levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _dp_search(pattern: str, text: str) -> list[int]:
    return [
        min(_dp_levenshtein(pattern, text[s : j + 1]) for s in range(j + 2))
        for j in range(len(text))
    ]


def test_known_distances() -> None:
    assert levenshtein("kitten", "sitting") == 3
    assert levenshtein("", "abc") == 3
    assert levenshtein("đạo đức", "đạo đức") == 0
    assert levenshtein("đạo đức", "dao duc") == 4


@given(ALPHABET, ALPHABET)
def test_levenshtein_matches_dp(a: str, b: str) -> None:
    assert levenshtein(a, b) == _dp_levenshtein(a, b)


@settings(max_examples=60)
@given(st.text(alphabet="abcđ ", min_size=1, max_size=12), st.text(alphabet="abcđ ", max_size=25))
def test_search_scores_match_dp(pattern: str, text: str) -> None:
    assert search_scores(pattern, text) == _dp_search(pattern, text)


def test_long_pattern_beyond_machine_word() -> None:
    pattern = "trách nhiệm của cán bộ " * 10  # 230 characters: several 64-bit words
    text = "mở đầu " + pattern.replace("cán", "càn", 1) + " kết thúc"
    assert min(search_scores(pattern, text)) == 1


def test_best_start_pins_the_end() -> None:
    text = "xx abcdef yy"
    end = text.index("f") + 1
    assert best_start("abcdef", text, end, 2) == (3, 0)
    assert best_start("abXdef", text, end, 2) == (3, 1)


def _dp_best_start(pattern: str, text: str, end: int, max_edits: int) -> tuple[int, int]:
    """The plain definition: every length from 1 to len(pattern) + max_edits, least distance
    first, then nearest the pattern's length, then the shorter."""
    longest = min(end, len(pattern) + max_edits)
    if longest < 1:
        return end, len(pattern)
    best = min(
        range(1, longest + 1),
        key=lambda n: (_dp_levenshtein(pattern, text[end - n : end]), abs(n - len(pattern)), n),
    )
    return end - best, _dp_levenshtein(pattern, text[end - best : end])


@settings(max_examples=200)
@given(st.text(alphabet="abđ ạ", min_size=1, max_size=12), st.text(alphabet="abđ ạ", max_size=30), st.data())
def test_best_start_matches_the_plain_definition(pattern: str, text: str, data: st.DataObject) -> None:
    """rapidfuzz tried outward from the pattern's length gives what every length tried gives,
    ties and all; told the least distance (as search_scores gives it) it stops early, same answer."""
    end = data.draw(st.integers(0, len(text)))
    max_edits = data.draw(st.integers(0, len(pattern)))
    expected = _dp_best_start(pattern, text, end, max_edits)
    assert best_start(pattern, text, end, max_edits) == expected
    if end and expected[1] <= max_edits:
        known = search_scores(pattern, text[:end])[-1]
        assert known == expected[1]
        assert best_start(pattern, text, end, max_edits, known=known) == expected


def test_search_scores_stop_at_the_deadline() -> None:
    text = "cán bộ " * 4000  # 28,000 characters: read in several chunks
    with pytest.raises(TimeoutError):
        search_scores("cán bộ", text, deadline=0.0)
    assert min(search_scores("cán bộ", text, deadline=None)) == 0

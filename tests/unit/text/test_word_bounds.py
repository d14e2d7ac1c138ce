"""Whole-syllable ranges: snapping a selection outward, growing and shrinking it by a word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.text.word_bounds import (
    extend_end,
    extend_start,
    is_whole_words,
    shrink_end,
    shrink_start,
    snap_to_words,
)

TEXT = "Giữ vững vàng, tận tụy với công việc; chi 1.500.000 đồng theo Nghị định 30/2020/NĐ-CP."


def _snap(start_word: str, cut: int, end_word: str, end_cut: int) -> str:
    start = TEXT.index(start_word) + cut
    end = TEXT.index(end_word) + end_cut
    s, e = snap_to_words(TEXT, start, end)
    return TEXT[s:e]


def test_a_drag_ending_inside_a_syllable_takes_it_whole() -> None:
    assert _snap("vững", 0, "tận", 2) == "vững vàng, tận"  # not "…, tậ"
    assert _snap("vững", 2, "vàng", 4) == "vững vàng"


def test_numbers_and_references_are_not_cut() -> None:
    assert _snap("1.500", 3, "1.500", 5) == "1.500.000"
    assert _snap("30/2020", 4, "30/2020", 6) == "30/2020"
    assert _snap("NĐ-CP", 3, "NĐ-CP", 4) == "CP"


def test_spaces_and_stray_punctuation_at_the_edges_are_left_out() -> None:
    start = TEXT.index(", tận")
    s, e = snap_to_words(TEXT, start, start + len(", tận "))
    assert TEXT[s:e] == "tận"
    assert snap_to_words(TEXT, start, start + 2) == (start + 2, start + 2)  # nothing but ", "


def test_grow_and_shrink_by_a_word() -> None:
    start = TEXT.index("tận")
    rng = (start, start + len("tận tụy"))
    assert TEXT[slice(*extend_end(TEXT, *rng))] == "tận tụy với"
    assert TEXT[slice(*extend_start(TEXT, *rng))] == "vàng, tận tụy"
    assert TEXT[slice(*shrink_end(TEXT, *rng))] == "tận"
    assert TEXT[slice(*shrink_start(TEXT, *rng))] == "tụy"
    one = (start, start + 3)
    assert shrink_end(TEXT, *one) == one and shrink_start(TEXT, *one) == one
    assert extend_start(TEXT, 0, 3) == (0, 3)
    assert extend_end(TEXT, 0, len(TEXT) - 1) == (0, len(TEXT) - 1)


WORDS = st.sampled_from(["cán", "bộ", "đạo", "đức", "1.000", "và", ",", ".", "\n", "“Hà", "Nội”"])


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=20).map(" ".join), st.data())
def test_snapping_covers_the_selection_with_whole_words(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    s, e = snap_to_words(text, start, end)
    if s == e:
        assert not any(ch.isalnum() for ch in text[start:end])
        return
    assert is_whole_words(text, s, e)
    assert snap_to_words(text, s, e) == (s, e)  # a snapped range stays as it is
    kept = text[start:end].strip(" \n,.“”")
    assert kept in text[s:e]

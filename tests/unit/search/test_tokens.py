"""Words as the index sees them are the words the matcher and the reference see."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.search import tokens as tokens_module
from desktop.search.tokens import (
    WORD_RE,
    index_forms,
    recorded_vocabulary,
    start_recording,
    vocabulary,
    word_spans,
    words,
)
from desktop.text.normalize import fold
from desktop.text.spelling import spelling_key

VIETNAMESE = st.text(alphabet="aăâdđeêioôơuưyĐẠỜÙẸ ,.-_/\n0123456789😀ß\u0300\u0301", max_size=40)


@given(VIETNAMESE)
def test_fast_split_and_regex_agree(text: str) -> None:
    assert [w.lower() for w in WORD_RE.findall(text)] == [w.lower() for w in words(text)]


@given(VIETNAMESE)
def test_index_forms_are_folds_and_keys_in_order(text: str) -> None:
    folded, keys = index_forms(text)
    found = WORD_RE.findall(text)
    assert folded.split() == [fold(w) for w in found]
    assert keys.split() == [spelling_key(w) for w in found]


def test_word_spans_are_code_points() -> None:
    assert word_spans("😀 Đạo-đức") == [(2, 5), (6, 9)]


# Every kind of white space str.split() knows, letters that lower to two characters or
# differently inside a word, marks without a letter, and punctuation glued to words.
ODD_TEXT = st.text(
    alphabet="aăâdđeêoôơĐẠỜ \u00a0\u2003\t\x1c\u3000.,-_/()\"'0123456789İΣσς😀\u0300\u0303", max_size=60
)


@given(ODD_TEXT)
def test_index_forms_split_on_chunks_as_on_words(text: str) -> None:
    # The index splits white-space chunks and remembers each chunk's forms: the words must
    # come out exactly as splitting the whole text into words would give them.
    folded, keys = index_forms(text)
    found = words(text)
    assert folded.split() == [fold(w) for w in found]
    assert keys.split() == [spelling_key(w) for w in found]


@given(st.lists(ODD_TEXT, max_size=5))
def test_recorded_vocabulary_is_the_vocabulary_of_what_was_split(texts: list[str]) -> None:
    seen: set[str] = set()
    for text in texts:
        index_forms(text, seen)
    start_recording()  # as a fresh worker process does
    try:
        for text in texts:
            index_forms(text)
        assert recorded_vocabulary() == vocabulary(seen)
        assert recorded_vocabulary() == set()  # each call hands over what is new since the last
    finally:
        tokens_module._CHUNKS.recorded = None


def test_recorded_vocabulary_needs_recording_started() -> None:
    with pytest.raises(RuntimeError):
        recorded_vocabulary()

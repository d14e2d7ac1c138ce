"""Words as the index sees them are the words the matcher and the reference see."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.search.tokens import WORD_RE, index_forms, word_spans, words
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

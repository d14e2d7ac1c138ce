"""Folding keeps one character per character; NFC is the one stored form."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop.text.normalize import collapse_spaces, fold, nfc

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
viet_text = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " ,.\n-“”0123456789", max_size=200)


def test_fold_strips_marks_and_d_bar() -> None:
    assert fold("Đạo Đức Công Vụ") == "dao duc cong vu"
    assert fold("Nghị quyết số 15-NQ/TW") == "nghi quyet so 15-nq/tw"


def test_fold_handles_characters_that_lower_to_two() -> None:
    assert len(fold("İstanbul")) == len("İstanbul")


@given(viet_text)
def test_fold_preserves_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(st.text(max_size=100))
def test_fold_preserves_length_for_any_unicode(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(viet_text)
def test_fold_is_the_same_for_nfc_and_nfd_spellings(text: str) -> None:
    assert fold(nfc(text)) == fold(nfc(unicodedata.normalize("NFD", text)))


@given(viet_text)
def test_fold_keeps_spaces_where_they_were(text: str) -> None:
    folded = fold(text)
    assert [i for i, c in enumerate(text) if c.isspace()] == [i for i, c in enumerate(folded) if c.isspace()]


def test_nfc_composes_decomposed_vietnamese() -> None:
    decomposed = unicodedata.normalize("NFD", "trách nhiệm")
    assert decomposed != "trách nhiệm"
    assert nfc(decomposed) == "trách nhiệm"


def test_collapse_spaces() -> None:
    assert collapse_spaces("  a \n\t b  ") == "a b"

"""Folding keeps one character per character; NFC is the one stored form."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop.text.normalize import collapse_spaces, fold, fold_lowered, nfc

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)
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
    assert [i for i, c in enumerate(text) if c.isspace()] == [
        i for i, c in enumerate(folded) if c.isspace()
    ]


def test_nfc_composes_decomposed_vietnamese() -> None:
    decomposed = unicodedata.normalize("NFD", "trách nhiệm")
    assert decomposed != "trách nhiệm"
    assert nfc(decomposed) == "trách nhiệm"


def test_collapse_spaces() -> None:
    assert collapse_spaces("  a \n\t b  ") == "a b"


def _fold_per_character(text: str) -> str:
    from desktop.text.normalize import _fold_char

    return "".join(map(_fold_char, text))


def test_every_character_of_the_basic_plane_folds_as_on_its_own() -> None:
    plane = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    assert [fold(ch) for ch in plane] == list(_fold_per_character(plane))


@given(st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " \u00a0\t,.\n-“”…–°²€0123456789"))
def test_the_code_page_path_folds_like_the_character_table(text: str) -> None:
    assert fold(text) == _fold_per_character(text)


@given(st.text(max_size=60))
def test_any_text_folds_like_the_character_table(text: str) -> None:
    assert fold(text) == _fold_per_character(text)
    assert fold_lowered(text) == fold(text)
    assert fold_lowered(text.lower()) == fold(text.lower())


def test_vietnamese_articles_take_the_code_page_path() -> None:
    import codecs
    from pathlib import Path

    from desktop.text.normalize import _ENCODING

    seeds = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))
    assert seeds
    for seed in seeds:
        lowered = nfc(seed.read_text(encoding="utf-8")).lower()
        codecs.charmap_encode(lowered, "strict", _ENCODING)  # raises if a character is missing

"""Spelling keys: tone placement, NFC/NFD and case never matter; marks do."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.text.spelling import has_marks, same_spelling, spelling_key


@pytest.mark.parametrize(
    ("old", "new"),
    [("hòa", "hoà"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"), ("lóa", "loá"), ("Hòa", "HOÀ"), ("qúa", "quá")],
)
def test_old_and_new_tone_placement_are_one_spelling(old: str, new: str) -> None:
    assert same_spelling(old, new)


def test_nfd_and_nfc_are_one_spelling() -> None:
    word = "Nghị định"
    assert spelling_key(unicodedata.normalize("NFD", word)) == spelling_key(word)


@pytest.mark.parametrize(("a", "b"), [("bạn", "bán"), ("hoa", "hòa"), ("đao", "dao"), ("ơ", "o"), ("ba1", "bá")])
def test_different_marks_are_different_spellings(a: str, b: str) -> None:
    assert not same_spelling(a, b)


def test_multi_token_keys_cannot_collide_with_tone_digits() -> None:
    assert spelling_key("ba1") != spelling_key("bá")
    assert spelling_key("bàa1") != spelling_key("baa12")


@pytest.mark.parametrize(("word", "marked"), [("dao", False), ("DAO", False), ("đao", True), ("Đạo", True), ("ô", True), ("covid19", False)])
def test_has_marks(word: str, marked: bool) -> None:
    assert has_marks(word) is marked


@given(st.text(alphabet="aăâeêioôơuưyđAĂÂĐ\u0300\u0301\u0303\u0309\u0323", max_size=8))
def test_key_ignores_normal_form(word: str) -> None:
    assert spelling_key(unicodedata.normalize("NFC", word)) == spelling_key(unicodedata.normalize("NFD", word))

"""Vietnamese alphabetical order: letters, vowel marks as letters, tones, case, punctuation."""

from __future__ import annotations

import random
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop.text.collation import ALPHABET, collation_key, path_collation_key, sorted_by_name


def test_the_alphabet_in_its_own_order() -> None:
    letters = list(ALPHABET)
    shuffled = letters[:]
    random.Random(7).shuffle(shuffled)
    assert sorted_by_name(shuffled) == letters
    assert sorted_by_name([c.upper() for c in shuffled]) == [c.upper() for c in letters]


def test_d_stroke_is_a_letter_after_d_not_at_the_end_or_among_the_ds() -> None:
    names = ["kế hoạch", "đạo đức công vụ", "dân vận", "Đảng bộ", "em", "du lịch"]
    assert sorted_by_name(names) == ["dân vận", "du lịch", "Đảng bộ", "đạo đức công vụ", "em", "kế hoạch"]


def test_vowels_with_marks_follow_their_base_letter() -> None:
    assert sorted_by_name(["ân", "an", "ăn", "ơn", "ôn", "on", "ưa", "ua", "ê", "e"]) == [
        "an", "ăn", "ân", "e", "ê", "on", "ôn", "ơn", "ua", "ưa",
    ]


def test_tones_only_decide_between_words_spelled_alike_in_dictionary_order() -> None:
    # ngang, huyền, hỏi, ngã, sắc, nặng
    assert sorted_by_name(["bạ", "bá", "bã", "bả", "bà", "ba"]) == ["ba", "bà", "bả", "bã", "bá", "bạ"]
    # a letter difference later in the word outweighs an earlier tone
    assert sorted_by_name(["bá", "bac"]) == ["bá", "bac"]
    assert sorted_by_name(["má cả", "ma cá"]) == ["ma cá", "má cả"]  # the first word's tone first


def test_shorter_sorts_first_and_words_before_longer_words() -> None:
    assert sorted_by_name(["anh", "an toàn", "an"]) == ["an", "an toàn", "anh"]
    assert sorted_by_name(["chính phủ", "chỉ thị"]) == ["chỉ thị", "chính phủ"]


def test_case_and_tone_placement_do_not_separate_a_word() -> None:
    names = ["Hòa bình", "hoạch định", "hoà bình", "Hoà Bình", "hoa"]
    ordered = sorted_by_name(names)
    assert ordered[0] == "hoa"
    assert set(ordered[1:4]) == {"Hòa bình", "hoà bình", "Hoà Bình"}
    assert ordered[4] == "hoạch định"
    assert sorted_by_name(["Ba", "ba"]) == ["ba", "Ba"]


def test_leading_punctuation_is_ignored_and_digits_come_before_letters() -> None:
    assert sorted_by_name(["kinh tế", "“Đạo đức” là gốc", "10 việc cần làm", "an"]) == [
        "10 việc cần làm", "an", "“Đạo đức” là gốc", "kinh tế",
    ]


def test_decomposed_input_sorts_as_its_composed_form() -> None:
    word = "Đường Trường Sơn"
    assert collation_key(unicodedata.normalize("NFD", word)) == collation_key(word)


def test_hierarchical_names_keep_children_under_their_parent() -> None:
    names = ["Kinh tế/Đầu tư công", "Kinh tế xanh", "Kinh tế", "Đảng", "Kinh tế/Ăn uống"]
    assert sorted(names, key=path_collation_key) == [
        "Đảng", "Kinh tế", "Kinh tế/Ăn uống", "Kinh tế/Đầu tư công", "Kinh tế xanh",
    ]


def test_keys_survive_a_case_insensitive_comparison() -> None:
    """Qt proxies may compare sort keys ignoring case: the weights have no case to lose."""
    names = ["ba", "Ba", "bà", "ăn", "đi"]
    keys = [collation_key(n) for n in names]
    assert [k.split("\0")[0] for k in keys] == [k.split("\0")[0].casefold() for k in keys]


@given(st.lists(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệ ĐĂÂÊÔƠƯ,.-“”0123456789", max_size=12), max_size=8))
def test_order_is_total_and_only_equal_texts_tie(names: list[str]) -> None:
    keys = [collation_key(n) for n in names]
    for a, ka in zip(names, keys, strict=True):
        for b, kb in zip(names, keys, strict=True):
            assert (ka == kb) == (a == b)


@given(st.text(alphabet="aăâbcdđeêhiklmnoôơuưyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệ ĐĂÂÊÔƠƯ,.-“”…0123456789", max_size=16))
def test_fast_path_and_slow_path_give_the_same_key(name: str) -> None:
    from desktop.text.collation import _slow_key

    assert collation_key(name) == _slow_key(name.strip(), name)


def test_text_outside_the_fast_code_page_sorts_with_the_rest() -> None:
    assert sorted_by_name(["Zürich", "ăn", "Москва", "an", "Ångström"]) == ["an", "Ångström", "ăn", "Zürich", "Москва"]

"""Query syntax: words, phrases, exclusions, prefixes and filters."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.domain.errors import UserError
from desktop.search.query import parse_query


def _texts(terms) -> list[str]:
    return [t.text for t in terms]


def test_words_phrases_and_exclusions() -> None:
    q = parse_query('đạo đức "công vụ" -tham -"lãng phí"')
    assert _texts(q.terms) == ["đạo", "đức", "công vụ"]
    assert _texts(q.excluded) == ["tham", "lãng phí"]


def test_marked_words_carry_a_key_unmarked_do_not() -> None:
    q = parse_query("dao đạo Dao")
    assert [w.key is None for t in q.terms for w in t.words] == [True, False, True]
    assert [w.folded for t in q.terms for w in t.words] == ["dao", "dao", "dao"]


def test_nfd_query_is_read_as_nfc() -> None:
    q = parse_query(unicodedata.normalize("NFD", "đạo đức"))
    assert _texts(q.terms) == ["đạo", "đức"]


def test_smart_quotes_and_an_unclosed_quote_make_phrases() -> None:
    q = parse_query("“đạo đức công vụ” \"cán bộ")
    assert _texts(q.terms) == ["đạo đức công vụ", "cán bộ"]


def test_punctuated_word_becomes_a_phrase() -> None:
    q = parse_query("COVID-19 05-CT/TW")
    assert [len(t.words) for t in q.terms] == [2, 3]


def test_prefix_star_marks_the_last_word() -> None:
    q = parse_query('kinh* "phát triển b*"')
    assert [w.prefix for t in q.terms for w in t.words] == [True, False, False, True]


@pytest.mark.parametrize("key", ["tag", "thẻ", "TAG", "nhãn"])
def test_tag_filter_names(key: str) -> None:
    assert parse_query(f"{key}:nêu-gương").tags == ("nêu-gương",)


def test_filters_with_quoted_values_and_negation() -> None:
    q = parse_query('tag:"Nêu gương" -tag:cũ nguồn:"Tuổi Trẻ" -source:vnexpress ngày:2021 -date:8/2021 từ')
    assert q.tags == ("Nêu gương",) and q.excluded_tags == ("cũ",)
    assert q.sources == ("Tuổi Trẻ",) and q.excluded_sources == ("vnexpress",)
    assert q.dates[0].start == "2021-01-01" and q.excluded_dates[0].start == "2021-08-01"
    assert _texts(q.terms) == ["từ"]


def test_colon_words_that_are_not_filters_are_searched() -> None:
    q = parse_query("http://x.vn lúc 10:30")
    assert "http x vn" in _texts(q.terms) and "10 30" in _texts(q.terms)
    assert not q.has_filters


def test_empty_and_half_typed_queries() -> None:
    assert parse_query("   ").is_empty
    assert parse_query("- , .").is_empty
    assert parse_query("tag:").is_empty  # still typing the value


def test_bad_date_is_a_vietnamese_error() -> None:
    with pytest.raises(UserError, match="Không hiểu ngày"):
        parse_query("ngày:hôm-qua")

"""Hits in one text, with the accent rules (also the reader's find bar)."""

from __future__ import annotations

import unicodedata

from desktop.search.matcher import QueryMatcher
from desktop.search.query import parse_query

TEXT = "Đạo đức công vụ: đi dạo, bán hàng; bạn bè. Hòa bình, thuỷ lợi, HOÀ GIẢI, cong vu."


def _hits(query: str, text: str = TEXT) -> list[str]:
    return [text[s:e] for s, e in QueryMatcher(parse_query(query)).spans(text)]


def test_unmarked_word_matches_every_spelling_and_d_folds() -> None:
    assert _hits("dao") == ["Đạo", "dạo"]
    assert _hits("DAO DUC") == ["Đạo đức", "dạo"]


def test_marked_word_matches_that_spelling_only() -> None:
    assert _hits("đạo") == ["Đạo"]
    assert _hits("bạn") == ["bạn"]
    assert _hits("bán") == ["bán"]


def test_tone_placement_and_normal_form_never_matter() -> None:
    assert _hits("hoà") == ["Hòa", "HOÀ"]
    assert _hits("thủy") == ["thuỷ"]
    nfd = unicodedata.normalize("NFD", "hòa")
    assert _hits(nfd) == ["Hòa", "HOÀ"]


def test_phrases_cross_punctuation_but_not_other_words() -> None:
    assert _hits('"công vụ đi"') == ["công vụ: đi"]
    assert _hits('"đạo công"') == []


def test_mixed_phrase_checks_only_the_marked_words() -> None:
    assert _hits('"cong vụ"') == ["công vụ"]
    assert _hits('"công vu"') == ["công vụ"]


def test_whole_words_only_and_prefixes() -> None:
    assert _hits("da") == []
    assert _hits("da*") == ["Đạo", "dạo"]
    assert _hits("hoà*") == ["Hòa", "HOÀ"]
    assert _hits("bì*") == ["bình"]


def test_adjacent_hits_become_one_span() -> None:
    spans = QueryMatcher(parse_query("đạo đức công")).spans(TEXT)
    assert spans[0] == (0, 12)


def test_exclusions_and_filters_make_no_spans() -> None:
    assert _hits("-đạo tag:x nguồn:y") == []


def test_offsets_are_code_points_of_the_text() -> None:
    text = "😀 đạo đức"
    assert QueryMatcher(parse_query("dao")).spans(text) == [(2, 5)]


def test_snippet_spans_look_at_the_head_first_then_everything() -> None:
    matcher = QueryMatcher(parse_query("đạo"))
    early_and_late = "đạo " + "chữ " * 2000 + "đạo"
    head, complete = matcher.snippet_spans(early_and_late, head=100)
    assert head == [(0, 3)] and not complete
    late_only = "chữ " * 2000 + "đạo"
    found, complete = matcher.snippet_spans(late_only, head=100)
    assert found == [(8000, 8003)] and complete

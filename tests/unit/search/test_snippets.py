"""Snippets: whole words around the best hits, marks shifted into the snippet."""

from __future__ import annotations

from desktop.search.snippets import ELLIPSIS, make_snippet

LONG = ("lời mở đầu " * 40) + "đạo đức công vụ là gốc" + (" phần sau" * 40)


def test_marks_point_at_the_hits() -> None:
    start = LONG.index("đạo")
    snippet = make_snippet(LONG, [(start, start + 15)], width=80)
    s, e = snippet.marks[0]
    assert snippet.text[s:e] == "đạo đức công vụ"
    assert snippet.text.startswith(ELLIPSIS) and snippet.text.endswith(ELLIPSIS)
    assert snippet.marked().count("[") == 1


def test_no_word_is_cut() -> None:
    start = LONG.index("đạo")
    snippet = make_snippet(LONG, [(start, start + 3)], width=50)
    words = snippet.text.strip(ELLIPSIS).split()
    assert all(w in LONG.split() for w in words)


def test_prefers_the_window_with_most_different_words() -> None:
    text = "đạo " + "x " * 100 + "đạo đức công vụ"
    spans = [(0, 3), (len(text) - 15, len(text))]
    snippet = make_snippet(text, spans, width=40)
    assert "đạo đức công vụ" in snippet.text


def test_no_hit_shows_the_beginning_and_newlines_flatten() -> None:
    snippet = make_snippet("dòng một\ndòng hai", [], width=100)
    assert snippet.text == "dòng một dòng hai" and snippet.marks == ()
    assert make_snippet("", []).text == ""

"""The matcher finds exactly what a plain search for every spelling finds, with or without
terms typed without marks (which switch it to one pass over the folded text)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.text.keyphrases.glossary import GlossaryTerm
from desktop.text.keyphrases.glossary_matcher import (
    GlossaryMatcher,
    _lower_same_length,
    _plain_spaces,
    _spelling_variants,
)
from desktop.text.normalize import fold
from desktop.text.spelling import has_marks

TERMS = [
    GlossaryTerm("đảng viên", "A"),
    GlossaryTerm("đang viên", "A"),  # another term with the same folded spelling
    GlossaryTerm("hòa giải", "A"),
    GlossaryTerm("viên chức", "A"),
    GlossaryTerm("UBND", "A"),
    GlossaryTerm("dang vien", "Của tôi", user=True),  # typed without marks: every spelling
    GlossaryTerm("hoa giai co so", "Của tôi", user=True),
    GlossaryTerm("vien", "Của tôi", user=True),
]
pieces = st.sampled_from(
    [
        "đảng",
        "Đảng",
        "đang",
        "dang",
        "viên",
        "VIÊN",
        "vien",
        "chức",
        "hòa",
        "hoà",
        "hoa",
        "giải",
        "giai",
        "cơ",
        "co",
        "sở",
        "so",
        "UBND",
        "ubnd",
        "x",
    ]
)
gaps = st.sampled_from([" ", "  ", "\u00a0", ", ", "\n", "", "-"])
texts = st.lists(st.tuples(pieces, gaps), max_size=12).map(lambda ps: "".join(a + b for a, b in ps))


def _plain_search(terms: list[GlossaryTerm], text: str) -> list[tuple[int, int, str]]:
    """Every occurrence of every spelling, by str.find, then the matcher's own rule for
    nested and repeated matches."""
    lowered = _plain_spaces(_lower_same_length(text))
    folded = fold(lowered)
    exact: dict[str, GlossaryTerm] = {}
    loose: dict[str, GlossaryTerm] = {}
    for term in terms:
        low = _plain_spaces(term.text.lower())
        if not term.user or has_marks(term.text) or term.text.isupper():
            for variant in _spelling_variants(low):
                exact.setdefault(variant, term)
        else:
            loose.setdefault(fold(low), term)
    found = []
    for table, haystack in ((exact, lowered), (loose, folded)):
        for spelling, term in table.items():
            start = haystack.find(spelling)
            while start >= 0:
                end = start + len(spelling)
                alone = (start == 0 or not haystack[start - 1].isalnum()) and (
                    end == len(haystack) or not haystack[end].isalnum()
                )
                if alone:
                    found.append((start, end, term))
                start = haystack.find(spelling, start + 1)
    found.sort(key=lambda c: (c[0], c[0] - c[1], c[2].user))  # exact before loose at one span
    kept, furthest = [], -1
    for start, end, term in found:
        if end > furthest:
            kept.append((start, end, term.text))
            furthest = end
    return kept


@settings(max_examples=300, deadline=None)
@given(texts)
def test_one_folded_pass_finds_what_a_plain_search_finds(text: str) -> None:
    found = [(m.start, m.end, m.term.text) for m in GlossaryMatcher(TERMS).find(text)]
    assert found == _plain_search(TERMS, text)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_without_unmarked_terms_the_exact_pass_finds_the_same(text: str) -> None:
    marked = [t for t in TERMS if not t.user]
    found = [(m.start, m.end, m.term.text) for m in GlossaryMatcher(marked).find(text)]
    assert found == _plain_search(marked, text)


def test_a_marked_term_keeps_its_spelling_when_an_unmarked_term_shares_the_letters() -> None:
    matcher = GlossaryMatcher(TERMS)
    text = "Đảng viên, đang viên, dang vien"
    assert [(text[m.start : m.end], m.term.text) for m in matcher.find(text)] == [
        ("Đảng viên", "đảng viên"),
        ("đang viên", "đang viên"),
        ("dang vien", "dang vien"),
    ]

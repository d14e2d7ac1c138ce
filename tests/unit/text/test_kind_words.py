"""Kind words found with one automaton pass are exactly what the regular expressions found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.text.kind_words import KindWords, law_words

KINDS = ("thong tu lien tich", "thong tu", "chi thi", "bo luat", "luat", "nghi quyet")
# what document_refs scanned with before: the alternation, longest first, between boundaries
KIND_RE = re.compile(r"(?<![\w])(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")(?![\w])")
LAW_WORD_RE = re.compile(r"(?<![\w])(?:(bo)[^\S\n]+)?luat[^\S\n]+")

pieces = st.sampled_from(
    ["thong", "tu", "lien", "tich", "chi", "thi", "bo", "luat", "nghi", "quyet", "x", "_", "5"]
)
gaps = st.sampled_from([" ", "  ", "\t", "\n", "", ",", "\u00a0"])
folded_texts = st.lists(st.tuples(pieces, gaps), max_size=14).map(
    lambda pairs: "".join(p + g for p, g in pairs)
)


@settings(max_examples=400, deadline=None)
@given(folded_texts)
def test_kind_words_are_the_regex_matches(folded: str) -> None:
    found = KindWords(KINDS).find(folded)
    assert found == [(m.start(), m.end(), m.group(1)) for m in KIND_RE.finditer(folded)]


@settings(max_examples=400, deadline=None)
@given(folded_texts)
def test_law_words_are_the_regex_matches(folded: str) -> None:
    words = law_words(folded, KindWords(KINDS).find(folded))
    expected = list(LAW_WORD_RE.finditer(folded))
    assert [(w.span(), w.group(1)) for w in words] == [(m.span(), m.group(1)) for m in expected]


def test_a_longer_kind_wins_and_words_inside_words_do_not_count() -> None:
    found = KindWords(KINDS).find("thong tu lien tich, thong tu lien tichx; xluat bo  luat")
    assert found == [(0, 18, "thong tu lien tich"), (20, 28, "thong tu"), (51, 55, "luat")]
    assert [
        w.group() for w in law_words("bo  luat dat", KindWords(KINDS).find("bo  luat dat"))
    ] == ["bo  luat "]

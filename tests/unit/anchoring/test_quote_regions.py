"""The stretches the letter search reads hold every place that keeps enough of the quote's
words in order: checked against every stretch of the text, tried one by one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.anchoring.quote_regions import (
    WINDOW_SLACK,
    WINDOW_WORDS,
    merge,
    places_keep,
    quote_regions,
    word_windows,
)
from desktop.anchoring.similarity import same_word
from desktop.anchoring.text_index import TextIndex

VOCABULARY = ["truong", "trong", "thuong", "can", "bo", "va", "dao", "duc", "cong", "vu"]
WORDS = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=60)


def _kept(quote: list[str], stretch: list[str]) -> int:
    """Longest common subsequence, a typo counting as the word (as word_similarity)."""
    row = [0] * (len(stretch) + 1)
    for a in quote:
        prev = row[:]
        for j, b in enumerate(stretch, 1):
            row[j] = prev[j - 1] + 1 if same_word(a, b) else max(prev[j], row[j - 1])
    return row[-1]


@settings(max_examples=150, deadline=None)
@given(WORDS, st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=8))
def test_every_stretch_keeping_enough_words_is_covered(text_words: list[str], quote: list[str]) -> None:
    index = TextIndex(" ".join(text_words))
    windows = word_windows(quote, index)
    needed = places_keep(len(quote))
    span = WINDOW_WORDS * len(quote) + WINDOW_SLACK
    tokens = index.tokens
    for a in range(len(tokens)):
        for b in range(a, min(len(tokens), a + span)):
            if _kept(quote, tokens[a : b + 1]) < needed:
                continue
            hits = [i for i in range(a, b + 1) if any(same_word(q, tokens[i]) for q in quote)]
            assert any(first <= hits[0] and hits[-1] <= last for first, last in windows), (a, b)


def test_words_out_of_order_or_too_few_are_not_read() -> None:
    index = TextIndex("vu cong duc dao va can bo va truong thuong")
    assert word_windows(["dao", "duc", "cong", "vu"], index) == []  # all there, backwards
    assert word_windows(["dao", "duc", "trong", "vu"], index) == []  # 2 of 4 in order
    # 3 of 4 in order, "trong" standing for "truong" (a typo fixed): "va" before them too.
    assert word_windows(["can", "bo", "va", "trong"], index) == [(4, 8)]


def test_regions_are_widened_and_merged() -> None:
    text = "can bo va dao duc va dao duc va dao can bo"
    index = TextIndex(text)
    assert word_windows(["can", "bo"], index) == [(0, 1), (10, 11)]
    second = text.rindex("can")
    assert quote_regions(["can", "bo"], index, before=2, after=1) == [(0, 7), (second - 2, len(text))]
    assert quote_regions(["can", "bo"], index, before=40, after=1) == [(0, len(text))]
    assert merge([(5, 9), (0, 3), (2, 6), (12, 13)]) == [(0, 9), (12, 13)]

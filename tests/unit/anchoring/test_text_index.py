"""The word index of a text: tokens where words() finds them, spellings as same_word counts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.anchoring.similarity import same_word, words
from desktop.anchoring.text_index import TextIndex
from desktop.text.normalize import fold

SYLLABLES = ["truong", "trong", "thuong", "can", "cán", "bo", "bộ", "va", "và", "đạo", "dao", "1.500", "x"]
TEXTS = st.lists(st.sampled_from(SYLLABLES), max_size=40).map(" ".join)


@settings(max_examples=100)
@given(TEXTS)
def test_tokens_are_the_words_of_the_text(text: str) -> None:
    folded = fold(text)
    index = TextIndex(folded)
    assert index.tokens == words(text)
    assert [folded[s:e] for s, e in zip(index.starts, index.ends, strict=True)] == index.tokens
    for word, where in index.positions.items():
        assert where == [i for i, token in enumerate(index.tokens) if token == word]


@settings(max_examples=100)
@given(TEXTS, st.sampled_from([fold(s) for s in SYLLABLES] + ["truon", "truongg", "bo"]))
def test_spellings_are_the_words_same_word_accepts(text: str, word: str) -> None:
    index = TextIndex(fold(text))
    assert sorted(index.spellings(word)) == sorted(w for w in index.positions if same_word(word, w))
    where = index.standing_for(word)
    assert where == sorted(i for i, token in enumerate(index.tokens) if same_word(word, token))


def test_a_cut_word_stands_in_longer_words() -> None:
    index = TextIndex(fold("Trường học và nhà trường"))
    assert index.standing_for("ong", cut=True) == [0, 4]  # "…ường" of a quote cut inside it
    assert index.standing_for("ong") == []

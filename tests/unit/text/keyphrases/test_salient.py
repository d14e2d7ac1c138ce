"""Salient phrases: whole phrases from the shipped background statistics, never fragments."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.text.keyphrases.background import background_stats
from desktop.text.keyphrases.salient import phrase_key_of, salient_phrases
from desktop.text.keyphrases.stopwords import load_stop_endings, load_stopwords
from desktop.text.normalize import nfc
from desktop.text.syllables import syllable_key, tokenize

SEEDS = sorted((Path(__file__).resolve().parents[4] / "seeds").glob("*.txt"))


def _seed(i: int) -> str:
    return nfc(SEEDS[i].read_text(encoding="utf-8"))


def test_background_is_compact_and_knows_whole_phrases_only() -> None:
    stats = background_stats()
    assert stats.documents == 35440
    assert 10_000 < len(stats.document_frequency) < 200_000
    for phrase in (
        "tinh thần trách nhiệm",
        "bộ phận một cửa",
        "cải cách hành chính",
        "hồ chí minh",
        "đạo đức công vụ",
    ):
        assert phrase_key_of(phrase) in stats.document_frequency, phrase
    for fragment in (
        "nâng cao tinh",
        "trị về đẩy",
        "siết chặt kỷ",
        "chí minh",
        "hồ chí",
        "về đẩy mạnh",
        "của cán bộ",
    ):
        assert phrase_key_of(fragment) not in stats.document_frequency, fragment


@pytest.mark.parametrize("index", range(5), ids=lambda i: f"seed{i:03d}")
def test_top_phrases_of_each_seed_are_whole(index: int) -> None:
    text = _seed(index)
    phrases = salient_phrases(text, limit=10)
    assert len(phrases) == 10
    stops, endings = load_stopwords(), load_stop_endings()
    tokens = tokenize(text)
    starts, ends = set(tokens.starts), set(tokens.ends)
    assert [p.score for p in phrases] == sorted((p.score for p in phrases), reverse=True)
    assert len({p.key for p in phrases}) == 10
    for p in phrases:
        words = p.key.split(" ")
        assert 2 <= len(words) <= 6
        assert words[0] not in stops and words[-1] not in stops and words[-1] not in endings
        assert not any(ch.isdigit() for ch in p.text)
        for start, end in p.spans:
            assert start in starts and end in ends  # whole syllables
            written = text[start:end]
            assert " ".join(syllable_key(w) for w in written.split()) == p.key
            assert not any(ch in written for ch in ',.;:!?\n“”"()')  # never across punctuation


def test_expected_phrases_of_the_seeds() -> None:
    def top(i: int) -> set[str]:
        return {p.key for p in salient_phrases(_seed(i), limit=12)}

    assert "nêu cao tinh thần trách nhiệm" in top(0)
    assert "đạo đức công vụ" in top(1)
    assert "kỷ cương hành chính" in top(2)
    assert "đổi mới tư duy" in top(3)
    assert "bộ quy tắc ứng xử" in top(4)


def test_nested_occurrences_count_for_the_longer_phrase() -> None:
    text = "Nêu cao tinh thần trách nhiệm. Tinh thần trách nhiệm của cán bộ. Tinh thần trách nhiệm."
    keys = {p.key: p for p in salient_phrases(text, limit=20)}
    assert "tinh thần" not in keys  # only ever inside "tinh thần trách nhiệm"
    assert len(keys["tinh thần trách nhiệm"].spans) == 3


def test_title_lifts_its_phrases_and_empty_text() -> None:
    text = _seed(0)
    plain = {p.key: p.score for p in salient_phrases(text, limit=30)}
    titled = {
        p.key: p.score
        for p in salient_phrases(text, title="Thúc đẩy tinh thần trách nhiệm", limit=30)
    }
    lifted = [k for k in plain if k in titled and titled[k] > plain[k]]
    assert lifted and all("tinh thần" in k or "thúc đẩy" in k or "trách nhiệm" in k for k in lifted)
    assert salient_phrases("") == [] and salient_phrases("Ồ!") == []


def test_surface_form_prefers_how_the_article_writes_it() -> None:
    text = "Cải cách hành chính là trọng tâm. Tiếp tục cải cách hành chính và cải cách hành chính."
    (phrase,) = [p for p in salient_phrases(text) if p.key == "cải cách hành chính"]
    assert phrase.text == "cải cách hành chính" and len(phrase.spans) == 3

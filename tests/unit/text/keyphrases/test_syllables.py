"""Syllables: code-point offsets, phrase breaks at punctuation, one key per spelling."""

from __future__ import annotations

from desktop.text.syllables import phrase_key, runs, syllable_key, tokenize, tone_placement_variants


def test_offsets_and_breaks() -> None:
    text = "😀 Nâng cao tinh\u00a0thần, trách nhiệm.\nBộ phận “một cửa” TP.Tân An 2.500"
    tokens = tokenize(text)
    assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)] == tokens.words
    assert tokens.words[:6] == ["Nâng", "cao", "tinh", "thần", "trách", "nhiệm"]
    joined = dict(zip(tokens.words, tokens.joined, strict=False))
    assert joined["thần"]  # a non-breaking space joins
    assert not joined["trách"]  # a comma breaks
    assert not joined["Bộ"]  # a line break breaks
    assert not joined["một"]  # a quote breaks
    assert not joined["Tân"]  # "TP.Tân" is two runs
    assert [tokens.words[i:j] for i, j in runs(tokens)][:2] == [
        ["Nâng", "cao", "tinh", "thần"],
        ["trách", "nhiệm"],
    ]


def test_empty_text() -> None:
    tokens = tokenize("  … ")
    assert len(tokens) == 0 and runs(tokens) == []


def test_keys_ignore_case_and_tone_placement_only() -> None:
    assert syllable_key("Hoà") == syllable_key("hòa") == syllable_key("HÒA") == "hòa"
    assert syllable_key("thuỷ") == syllable_key("Thủy")
    assert syllable_key("khoẻ") == syllable_key("khỏe")
    assert syllable_key("hoá") != syllable_key("hoa")
    assert syllable_key("quý") == "quý"  # "qu" + tone on y in both styles
    assert phrase_key(["Hoà", "giải"]) == phrase_key(["hòa", "giải"]) == "hòa giải"


def test_tone_placement_variants() -> None:
    assert set(tone_placement_variants("hòa")) == {"hòa", "hoà"}
    assert set(tone_placement_variants("thuỷ")) == {"thuỷ", "thủy"}
    assert tone_placement_variants("hoàn") == ("hoàn",)
    assert tone_placement_variants("quý") == ("quý",)

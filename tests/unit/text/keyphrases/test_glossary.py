"""The glossary: shipped terms, the text format, and accent-smart whole-syllable matching on the seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.text.keyphrases.glossary import (
    GlossaryTerm,
    clean_term,
    format_glossary,
    load_shipped_glossary,
    parse_glossary,
    term_key,
)
from desktop.text.keyphrases.glossary_matcher import GlossaryMatcher
from desktop.text.normalize import nfc

SEEDS = sorted((Path(__file__).resolve().parents[4] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def shipped_matcher() -> GlossaryMatcher:
    return GlossaryMatcher(load_shipped_glossary())


def test_shipped_glossary_has_hundreds_of_terms_in_themes() -> None:
    terms = load_shipped_glossary()
    assert len(terms) >= 300
    groups = {t.group for t in terms}
    assert len(groups) >= 8
    assert {"Đạo đức công vụ", "Cải cách hành chính", "Học tập và làm theo Bác"} <= groups
    texts = {t.text for t in terms}
    for must in (
        "đạo đức công vụ",
        "tinh thần trách nhiệm",
        "cải cách hành chính",
        "nêu gương",
        "kỷ cương hành chính",
        "thái độ phục vụ",
        "người đứng đầu",
        "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    ):
        assert must in texts
    assert len({term_key(t) for t in texts}) == len(texts)  # no duplicates
    assert not any(t.user for t in terms)


def _oracle(text: str, term: str) -> list[tuple[int, int]]:
    """Occurrences of `term` as whole syllables, any case, exactly this spelling: a plain regex."""
    pattern = re.compile(r"(?<!\w)" + re.escape(term.lower()) + r"(?!\w)")
    lowered = text.lower().replace("\xa0", " ")
    return [(m.start(), m.end()) for m in pattern.finditer(lowered)]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_glossary_term_in_a_seed_is_found_with_its_exact_span(
    seed: Path, shipped_matcher: GlossaryMatcher
) -> None:
    text = nfc(seed.read_text(encoding="utf-8"))
    matches = shipped_matcher.find(text)
    spans = [(m.start, m.end) for m in matches]
    for match in matches:  # every match is its term, whole syllables
        assert text[match.start : match.end].lower().replace("\xa0", " ") == match.term.text.lower()
        assert match.start == 0 or not text[match.start - 1].isalnum()
        assert match.end == len(text) or not text[match.end].isalnum()
    expected = 0
    for term in load_shipped_glossary():
        for start, end in _oracle(text, term.text):
            expected += 1
            # found itself, or inside a longer found term ("trách nhiệm" in "tinh thần trách nhiệm")
            assert (start, end) in spans or any(s <= start and end <= e for s, e in spans), (
                term.text,
                start,
            )
    assert expected > 0


def test_seed_000_key_terms_with_spans(shipped_matcher: GlossaryMatcher) -> None:
    text = nfc(SEEDS[0].read_text(encoding="utf-8"))
    found: dict[str, list[int]] = {}
    for m in shipped_matcher.find(text):
        found.setdefault(m.term.text, []).append(m.start)
    assert found["tinh thần trách nhiệm"] == [
        m.start() for m in re.finditer("[Tt]inh thần trách nhiệm", text)
    ]
    assert len(found["tinh thần trách nhiệm"]) >= 5
    for term in (
        "đạo đức công vụ",
        "kỷ cương hành chính",
        "thái độ phục vụ",
        "người đứng đầu",
        "nêu gương",
    ):
        assert term in found, term
    assert found["kỷ cương hành chính"] == [text.index("kỷ cương hành chính")]
    # "trật tự, kỷ cương" partly overlaps "kỷ cương hành chính": both are shown
    assert "trật tự, kỷ cương" in found


def test_seed_003_long_ho_chi_minh_term_is_one_match(shipped_matcher: GlossaryMatcher) -> None:
    text = nfc(SEEDS[3].read_text(encoding="utf-8"))
    term = "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    starts = [m.start for m in shipped_matcher.find(text) if m.term.text == term]
    assert starts == [m.start() for m in re.finditer(term, text, flags=re.IGNORECASE)]
    assert len(starts) >= 4


def test_whole_syllables_any_case_and_tone_placement() -> None:
    matcher = GlossaryMatcher(
        [
            GlossaryTerm("cải cách hành chính", "A"),
            GlossaryTerm("hòa giải", "A"),
            GlossaryTerm("đảng viên", "A"),
            GlossaryTerm("PCI", "A"),
        ]
    )
    text = "CẢI CÁCH HÀNH CHÍNH, Cải cách hành chínhh, hoà giải, Hòa giải, hoá giải, đang viên, Đảng viên, PCIe, PCI."
    found = [text[m.start : m.end] for m in matcher.find(text)]
    assert found == ["CẢI CÁCH HÀNH CHÍNH", "hoà giải", "Hòa giải", "Đảng viên", "PCI"]


def test_a_user_term_typed_without_marks_matches_every_spelling() -> None:
    matcher = GlossaryMatcher([GlossaryTerm("dao duc cong vu", "Của tôi", user=True)])
    text = "Đạo đức công vụ và dao duc cong vu, đạo đức công vụx"
    assert [(m.start, m.end) for m in matcher.find(text)] == [(0, 15), (19, 34)]


def test_non_breaking_space_and_emoji_offsets() -> None:
    matcher = GlossaryMatcher([GlossaryTerm("nêu gương", "A")])
    text = "😀 nêu\xa0gương"
    (match,) = matcher.find(text)
    assert text[match.start : match.end] == "nêu\xa0gương"


def test_empty_glossary_and_empty_text() -> None:
    assert GlossaryMatcher([]).find("nêu gương") == []
    assert GlossaryMatcher([GlossaryTerm("nêu gương", "A")]).find("") == []


def test_text_format_round_trip() -> None:
    source = "\ufeff# chú thích\n## Nhóm A\nnêu gương\n  Nêu  gương \ntinh thần trách nhiệm,\n\n## Nhóm B\nthái độ phục vụ\n"
    terms = parse_glossary(source)
    assert [(t.text, t.group) for t in terms] == [
        ("nêu gương", "Nhóm A"),
        ("tinh thần trách nhiệm", "Nhóm A"),
        ("thái độ phục vụ", "Nhóm B"),
    ]
    assert all(t.user for t in terms)
    assert parse_glossary(format_glossary(terms, header="Trích Dẫn")) == terms


def test_terms_without_a_group_go_to_the_default_group() -> None:
    assert [t.group for t in parse_glossary("nêu gương\n")] == ["Thuật ngữ của tôi"]


def test_clean_term_and_key() -> None:
    assert clean_term("  tinh  thần\u0300 ") == "tinh thầǹ"[:0] + clean_term("tinh thần\u0300")
    assert clean_term(" nêu  gương; ") == "nêu gương"
    assert term_key("Hoà giải") == term_key("hòa  giải")
    assert term_key("hoá giải") != term_key("hòa giải")

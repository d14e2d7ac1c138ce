"""The ranked key phrases: every kind together, whole phrases only, never on a document reference."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.text.document_refs import find_document_refs
from desktop.text.keyphrases.background import background_stats
from desktop.text.keyphrases.glossary import load_shipped_glossary
from desktop.text.keyphrases.glossary_matcher import GlossaryMatcher
from desktop.text.keyphrases.ranking import DOCUMENT_REF, GLOSSARY, SALIENT, rank_keyphrases
from desktop.text.keyphrases.stopwords import load_stopwords
from desktop.text.normalize import nfc
from desktop.text.syllables import phrase_key, tokenize

SEEDS = sorted((Path(__file__).resolve().parents[4] / "seeds").glob("*.txt"))
_MATCHER = GlossaryMatcher(load_shipped_glossary())


def _rank(text: str, title: str = "") -> list:  # type: ignore[type-arg]
    return rank_keyphrases(
        text,
        title=title,
        refs=find_document_refs(text),
        terms=_MATCHER.find(text),
        stats=background_stats(),
    )


# Pieces of real administrative prose, function words, names and document references, glued at
# random: sentences no one wrote, with every trap a salient phrase could fall into.
_SEED_WORDS = nfc(SEEDS[4].read_text(encoding="utf-8")).split()[:400]
_PIECES = [
    *_SEED_WORDS,
    "Chỉ thị số 05-CT/TW",
    "Chỉ thị 05 của Bộ Chính trị",
    "Nghị định 30/2020/NĐ-CP",
    "Quyết định 935",
    "Nghị quyết Trung ương 4 (khóa XII)",
    "Luật Thủ đô",
    "của",
    "và",
    "những",
    "các",
    "đã",
    "được",
    "với",
    "Sở Nội vụ",
    "bà Lê Thị Thu Hằng",
    "UBND tỉnh",
    "cán bộ, công chức",
    ",",
    ".",
    "\n",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=160).map(" ".join))
def test_salient_phrases_are_whole_and_never_on_a_reference(text: str) -> None:
    ranked = _rank(text)
    stops = load_stopwords()
    ref_spans = [(r.start, r.end) for r in find_document_refs(text)]
    for phrase in ranked:
        assert phrase.spans == tuple(sorted(phrase.spans)) and phrase.spans
        if phrase.kind != SALIENT:
            continue
        for start, end in phrase.spans:
            assert not any(start < e and s < end for s, e in ref_spans), phrase
            words = tokenize(text[start:end]).words
            # no function word at either edge, one syllable or several ("chúng ta")
            for n in range(1, len(words) + 1):
                assert phrase_key(words[:n]) not in stops, phrase
                assert phrase_key(words[-n:]) not in stops, phrase
    assert [p.score for p in ranked] == sorted((p.score for p in ranked), reverse=True)


def test_repeated_core_term_outranks_a_rare_phrase_said_once() -> None:
    text = (
        "Công chức phường trả lời. " * 5
        + "Cần phát huy hơn nữa vai trò của tổ chức. "
        + "Công chức xã làm việc. " * 5
    )
    ranked = _rank(text)
    keys = [p.key for p in ranked]
    assert "công chức" in keys
    assert "phát huy hơn nữa vai trò" not in keys  # a verb phrase is no key phrase at all
    assert keys.index("công chức") == 0


def test_every_kind_in_one_list_with_names_whole() -> None:
    text = nfc(SEEDS[4].read_text(encoding="utf-8"))
    ranked = _rank(text, "Học tập và làm theo Bác phải gắn với nâng cao ý thức")
    kinds = {p.kind for p in ranked[:12]}
    assert {DOCUMENT_REF, GLOSSARY, SALIENT} <= kinds
    texts = [p.text for p in ranked]
    assert "Lê Thị Thu Hằng" in texts and "Đảng bộ Khối các cơ quan Thành phố" in texts
    # no piece of a name stands alone, no title is taken for a name
    assert not {"Thu Hằng", "Lê Thị", "Bí thư Đảng ủy", "Đồng chí Lê", "Khối các cơ quan"} & set(
        texts
    )
    # "Chỉ thị" of "Chỉ thị 05" is the reference's, counted there only
    assert "Chỉ thị" not in texts and texts.count("Chỉ thị 05-CT/TW") == 1


def test_without_statistics_references_and_terms_still_rank() -> None:
    text = nfc(SEEDS[0].read_text(encoding="utf-8"))
    ranked = rank_keyphrases(
        text, refs=find_document_refs(text), terms=_MATCHER.find(text), stats=None
    )
    assert ranked and {p.kind for p in ranked} == {DOCUMENT_REF, GLOSSARY}


def test_a_name_with_words_left_out_repeats_the_full_one() -> None:
    from desktop.text.keyphrases.ranking import _repeats

    assert _repeats(" cục thuế hà nội ", " cục thuế thành phố hà nội ")
    assert _repeats(" cơ sở dữ liệu ", " cơ sở dữ liệu quốc gia ")  # inside it
    assert not _repeats(" sở nội vụ ", " sở tư pháp ")
    assert not _repeats(" ban chỉ đạo ", " ban tổ chức trung ương ")  # first word only
    assert not _repeats(" hà nội ", " hà tĩnh nội ")  # two words: too little to tell


def test_filler_said_once_gives_way_to_the_subject() -> None:
    stats = background_stats()
    # the news takes a subject up again ("cử tri") and leaves filler once said
    assert stats.topicality("cử tri", 1) == 1.0
    assert stats.topicality("kết quả bước đầu", 1) < 0.5
    assert stats.topicality("kết quả bước đầu", 4) > stats.topicality("kết quả bước đầu", 1)
    assert stats.topicality("không có cụm này", 1) == 1.0  # unknown: no opinion

"""Re-anchoring after real edits: found exactly where it is, or honestly not found."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.anchoring import AnchorText, build_selectors, reanchor, trim_range
from desktop.anchoring.candidates import candidates
from desktop.anchoring.diff_anchor import reanchor_after_edit
from desktop.anchoring.reanchor import METHOD_NONE, decide, min_words
from desktop.anchoring.similarity import word_similarity, words
from desktop.text.normalize import nfc

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_b0561d0e83e9bea9.txt"
TEXT = nfc(SEED.read_text(encoding="utf-8"))
QUOTE = "đạo đức công vụ không phải tự thân mà có"


def _anchor(quote: str, text: str = TEXT, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return start, start + len(quote)


def _selectors(quote: str = QUOTE, text: str = TEXT, occurrence: int = 0):
    return build_selectors(text, *_anchor(quote, text, occurrence))


def test_unchanged_text_is_exact() -> None:
    position, quote = _selectors()
    result = reanchor(position, quote, TEXT)
    assert (result.start, result.end, result.method, result.score) == (
        position.start,
        position.end,
        "position",
        1.0,
    )


def test_insertion_before_shifts_the_anchor() -> None:
    position, quote = _selectors()
    inserted = "Ghi chú của người biên tập: bài viết được đăng lại.\n"
    result = reanchor(position, quote, inserted + TEXT)
    assert (result.start, result.end) == (
        position.start + len(inserted),
        position.end + len(inserted),
    )
    assert result.score == 1.0


def test_deletion_before_shifts_the_anchor() -> None:
    position, quote = _selectors()
    cut = TEXT.index("Tin liên quan\n")
    edited = TEXT[:cut] + TEXT[cut + len("Tin liên quan\n") :]
    result = reanchor(position, quote, edited)
    assert edited[result.start : result.end] == QUOTE
    assert result.start == position.start - len("Tin liên quan\n")


def test_typo_fixed_inside_the_quote() -> None:
    typo_text = TEXT.replace(QUOTE, "đạo đức công vụ khôngg phải tự thân mà có", 1)
    position, quote = _selectors("đạo đức công vụ khôngg phải tự thân mà có", typo_text)
    result = reanchor(position, quote, TEXT)
    assert TEXT[result.start : result.end] == QUOTE
    assert result.method == "fuzzy" and result.score >= 0.9


def test_typo_fixed_right_next_to_the_quote() -> None:
    edited_before = TEXT.replace("sinh thời Chủ tịch", "sinh thòi Chủ tịch", 1)
    position, quote = _selectors(text=edited_before)
    result = reanchor(position, quote, TEXT)
    assert TEXT[result.start : result.end] == QUOTE and result.score > 0.95


def test_words_inserted_inside_the_quote() -> None:
    position, quote = _selectors()
    edited = TEXT.replace(QUOTE, "đạo đức công vụ chắc không phải tự thân mà có", 1)
    result = reanchor(position, quote, edited)
    assert edited[result.start : result.end] == "đạo đức công vụ chắc không phải tự thân mà có"


def test_tone_placement_only_change() -> None:
    text = "Người dân được hỗ trợ kịp thời. Hoà bình và ổn định là nền tảng. Hết."
    position, quote = build_selectors(text, *_anchor("Hoà bình và ổn định", text))
    edited = "Mở đầu mới. " + text.replace("Hoà", "Hòa")
    result = reanchor(position, quote, edited)
    assert edited[result.start : result.end] == "Hòa bình và ổn định"


def test_paragraph_moved_to_the_end() -> None:
    paragraphs = TEXT.split("\n")
    moved_index = next(i for i, p in enumerate(paragraphs) if QUOTE in p)
    moved = paragraphs.pop(moved_index)
    edited = "\n".join([*paragraphs, moved])
    position, quote = _selectors()
    result = reanchor(position, quote, edited)
    assert (result.start, result.end) == _anchor(QUOTE, edited)


def test_nfd_pasted_text_reanchors_exactly() -> None:
    position, quote = _selectors()
    nfd_text = unicodedata.normalize("NFD", TEXT)
    assert nfd_text != TEXT
    result = reanchor(position, quote, nfd_text)
    assert (result.start, result.end, result.score) == (position.start, position.end, 1.0)


def test_nfd_quote_from_an_import_reanchors_exactly() -> None:
    position, quote = _selectors()
    nfd_quote = quote.__class__(
        *(unicodedata.normalize("NFD", s) for s in (quote.exact, quote.prefix, quote.suffix))
    )
    result = reanchor(position, nfd_quote, TEXT)
    assert (result.start, result.end, result.method) == (position.start, position.end, "position")


def test_rewritten_passage_goes_to_review() -> None:
    position, quote = _selectors()
    sentence_start = TEXT.rindex(".", 0, position.start) + 1
    sentence_end = TEXT.index(".", position.end)
    rewritten = (
        " Theo Bác, phẩm chất của người cán bộ phải được vun đắp hằng ngày qua công việc cụ thể"
    )
    edited = TEXT[:sentence_start] + rewritten + TEXT[sentence_end:]
    result = reanchor(position, quote, edited)
    assert result.method == METHOD_NONE and not result.found
    assert result.score < 0.8


def test_repeated_phrase_follows_its_context() -> None:
    text = (
        "Đoạn một nói về Hà Nội và giao thông đô thị.\nĐoạn hai nói về Hà Nội và công tác cán bộ.\n"
    )
    position, quote = build_selectors(text, *_anchor("Hà Nội", text, occurrence=1))
    # The second paragraph moves first: its "Hà Nội" is now the first occurrence.
    lines = text.splitlines(keepends=True)
    edited = lines[1] + lines[0]
    result = reanchor(position, quote, edited)
    assert (result.start, result.end) == _anchor("Hà Nội", edited, occurrence=0)


def test_short_quote_whose_context_is_gone_is_not_guessed() -> None:
    text = "Ủy ban nhân dân thành phố đã ban hành kế hoạch và giao nhiệm vụ cụ thể."
    position, quote = build_selectors(text, *_anchor("kế hoạch", text))
    edited = "Một văn bản khác hẳn có nhắc tới kế hoạch nhưng trong bối cảnh chẳng liên quan gì cả."
    assert not reanchor(position, quote, edited).found


def test_deleted_passage_is_not_found() -> None:
    position, quote = _selectors()
    paragraph_start = TEXT.rindex("\n", 0, position.start) + 1
    paragraph_end = TEXT.index("\n", position.end)
    edited = TEXT[:paragraph_start] + TEXT[paragraph_end + 1 :]
    assert not reanchor(position, quote, edited).found


def test_empty_quote_is_never_found() -> None:
    position, quote = _selectors()
    assert not reanchor(position, quote.__class__(""), TEXT).found


WORDS = st.sampled_from(
    ["cán bộ", "đạo đức", "Hà Nội", "công vụ", "và", "trách nhiệm", "năm 2021", "\n", "."]
)
TEXTS = st.lists(WORDS, min_size=3, max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.data())
def test_unchanged_text_always_reanchors_exactly(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    position, quote = build_selectors(text, start, end)
    result = reanchor(position, quote, AnchorText(text))
    assert (result.start, result.end, result.score) == (start, end, 1.0)


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.data(), st.text(alphabet="xyz ", min_size=1, max_size=20).map(lambda s: s + "\n"))
def test_insertion_elsewhere_keeps_the_passage(text: str, data: st.DataObject, insert: str) -> None:
    """Text added before or after (a line: letters glued to the first word would change that
    word, an edit of the passage itself) leaves the passage exactly where it was."""
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    where = data.draw(st.sampled_from([0, len(text)]))
    start, end = trim_range(text, start, end)  # as the service stores them
    assume(start < end)
    position, quote = build_selectors(text, start, end)
    if where:
        insert = "\n" + insert[:-1]  # a line added at the end
    edited = text[:where] + insert + text[where:]
    # The old text is known (an edit): selectors alone may fairly hesitate between the twins
    # of a repetitive text once the "start of text" context is gone.
    (result,) = reanchor_after_edit(text, edited, [(position, quote)])
    shift = len(insert) if where == 0 else 0
    assert result.found
    assert (result.start, result.end) == (start + shift, end + shift)


def test_whitespace_trimmed_from_a_fuzzy_match_is_counted() -> None:
    """Found by the property below: "cán bộ v" matched "cán bộ " (one edit), which trimmed to
    "cán bộ" is two edits away: too far to trust."""
    text = "cán bộ đạo đức và cán bộ và cán bộ"
    position, quote = build_selectors(text, 18, 26)
    assert quote.exact == "cán bộ v"
    assert not reanchor(position, quote, "cán bộ cán bộ cán bộ").found


@settings(max_examples=150, deadline=None)
@given(TEXTS, TEXTS, st.data())
def test_a_found_anchor_never_lies(text: str, other: str, data: st.DataObject) -> None:
    """Whatever the new text, a found anchor holds (nearly) the quote: all its words but one
    in three (short passages) to one in five (long ones), typo-fixed words counted as kept."""
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    start, end = trim_range(text, start, end)  # as the service stores them
    assume(start < end)
    position, quote = build_selectors(text, start, end)
    result = reanchor(position, quote, other)
    if result.found:
        found = other[result.start : result.end]
        quote_words = words(quote.exact)
        if quote_words:
            similarity = word_similarity(quote_words, words(found))
            assert similarity >= min_words(len(quote_words))
        else:
            assert found.strip() == quote.exact.strip()


@pytest.mark.parametrize("quote", ["cho thấy", QUOTE])
def test_scores_are_between_zero_and_one(quote: str) -> None:
    position, selectors = _selectors(quote)
    result = reanchor(position, selectors, TEXT[: len(TEXT) // 2].replace(quote, "x"))
    assert 0.0 <= result.score <= 1.0


def test_out_of_time_goes_to_review_never_to_a_guess() -> None:
    position, quote = _selectors()
    moved = "Ghi chú của người biên tập: bài viết được đăng lại.\n" + TEXT  # the search is needed
    assert reanchor(position, quote, moved).found
    result = reanchor(position, quote, moved, budget=0.0)
    assert result.timed_out and not result.found
    assert (result.start, result.end) == (position.start, position.end)  # left where it was


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.data(), st.text(alphabet="xyz ", max_size=32))
def test_the_shortcut_in_place_gives_the_full_search_answer(text: str, data: st.DataObject, typed: str) -> None:
    """A passage found word for word near where it was, both contexts intact, is taken without
    searching the rest of the text: exactly what weighing every candidate would decide."""
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    start, end = trim_range(text, start, end)
    assume(start < end)
    position, quote = build_selectors(text, start, end)
    cut = data.draw(st.integers(0, max(0, start - 40)))
    edited = text[:cut] + typed + text[cut:]  # a few characters typed well before the passage
    target = AnchorText(edited)
    result = reanchor(position, quote, target)
    if result.found and result.score == 1.0:
        full = decide(candidates(quote, target, position.start))
        assert full.accepted and full.best is not None
        assert (full.best.start, full.best.end) == (result.start, result.end)

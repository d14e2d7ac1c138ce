"""Quotes longer than LONG_QUOTE (pages of an article) are found by their rarer words and
pinned at both ends: exact edges after an edit, twins told apart or refused, deletions refused."""

from __future__ import annotations

from pathlib import Path

from desktop.anchoring import AnchorText, build_selectors, reanchor
from desktop.anchoring.candidates import LONG_QUOTE
from desktop.anchoring.long_quote import align_long_quote
from desktop.anchoring.similarity import words
from desktop.text.normalize import fold, nfc

SEED = Path(__file__).resolve().parents[3] / "seeds" / "002_378546fcadbfaeda.txt"
TEXT = nfc(SEED.read_text(encoding="utf-8"))
_LINES = TEXT.split("\n")
_FIRST = next(i for i, line in enumerate(_LINES) if len(line) > 300)
PASSAGE = "\n".join(_LINES[_FIRST : _FIRST + 5]).strip()  # paragraphs of a real article
START = TEXT.index(PASSAGE)
END = START + len(PASSAGE)
NOTE = "Ghi chú của người biên tập: bài viết được cập nhật ngày 5/3.\n"


def test_the_passage_is_a_long_quote() -> None:
    assert len(PASSAGE) > LONG_QUOTE


def test_an_edited_long_passage_keeps_its_exact_edges() -> None:
    position, quote = build_selectors(TEXT, START, END)
    middle = START + len(PASSAGE) // 2
    edited = NOTE + TEXT[:middle] + "x" + TEXT[middle:]  # a letter typed in the middle
    result = reanchor(position, quote, edited)
    assert result.found and result.method == "fuzzy"
    assert (result.start, result.end) == (START + len(NOTE), END + len(NOTE) + 1)


def test_a_long_quote_found_word_for_word_where_it_moved() -> None:
    position, quote = build_selectors(TEXT, START, END)
    edited = NOTE + TEXT
    result = reanchor(position, quote, edited)
    assert (result.start, result.end, result.method) == (START + len(NOTE), END + len(NOTE), "quote")


def test_each_copy_of_a_long_quote_is_a_candidate() -> None:
    twice = TEXT + "\n" + PASSAGE.replace("ng", "nq", 1)
    pattern = fold(PASSAGE)
    found = align_long_quote(pattern, words(PASSAGE), AnchorText(twice), (0, len(twice)), len(pattern) // 2)
    assert sorted((start, end, edits) for edits, end, start in found) == [
        (START, END, 0),
        (len(TEXT) + 1, len(twice), 1),
    ]


def test_twins_far_from_where_it_was_are_refused() -> None:
    position, quote = build_selectors(TEXT, START, END)
    # Copied with its contexts right after itself, and both copies pushed away from where the
    # passage was: two equal stories, a coin toss.
    twins = NOTE + NOTE + TEXT[:END] + TEXT[END : END + 40] + TEXT[START - 40 :]
    assert twins.count(PASSAGE) == 2
    assert not reanchor(position, quote, twins).found
    # One of them still where it was: that one.
    near = TEXT[:END] + TEXT[END : END + 40] + TEXT[START - 40 :]
    result = reanchor(position, quote, near)
    assert (result.start, result.end) == (START, END)


def test_a_deleted_long_passage_is_refused() -> None:
    position, quote = build_selectors(TEXT, START, END)
    assert not reanchor(position, quote, TEXT[:START] + TEXT[END:]).found


def test_a_phrase_shared_with_the_paragraph_before_does_not_stretch_the_copy() -> None:
    """The passage's opening words were replaced and now stand in a sentence added before its
    heading: the word alignment matches them there at less cost than as words changed, but the
    copy begins where the passage does."""
    position, quote = build_selectors(TEXT, START, END)
    opening = "Thực tế thời gian qua, "
    assert PASSAGE.startswith(opening)
    heading = TEXT.rindex("Sáng tạo và linh hoạt", 0, START)
    added = (
        "Điều đó đã được thực tế thời gian qua chứng minh rõ ràng qua nhiều việc làm cụ thể "
        "ở cơ sở.\n\n"
    )
    replaced = "Cụ thể, "
    edited = TEXT[:heading] + added + TEXT[heading:START] + replaced + TEXT[START + len(opening) :]
    result = reanchor(position, quote, edited)
    start = START + len(added)
    assert result.found
    end = start + len(PASSAGE) - len(opening) + len(replaced)
    assert (result.start, result.end) == (start, end)

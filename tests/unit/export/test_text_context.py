"""Paragraph numbers and the sentence around a quote."""

from __future__ import annotations

from desktop.export.text_context import MAX_CONTEXT_CHARS, ParagraphIndex, sentence_context

TEXT = "Tiêu đề\n\nCâu một. Câu hai có trích dẫn ở giữa, rồi hết. Câu ba!\nĐoạn cuối."


def test_paragraphs_are_non_blank_lines_numbered_from_one() -> None:
    index = ParagraphIndex(TEXT)
    assert len(index) == 3
    assert index.number_at(0) == 1
    assert index.number_at(TEXT.index("trích dẫn")) == 2
    assert index.number_at(TEXT.index("Đoạn cuối")) == 3
    start, end = index.bounds(3)
    assert TEXT[start:end] == "Đoạn cuối."


def test_context_is_the_rest_of_the_sentence_inside_the_paragraph() -> None:
    index = ParagraphIndex(TEXT)
    start = TEXT.index("trích dẫn")
    before, after = sentence_context(index, start, start + len("trích dẫn"))
    assert before == "Câu hai có "
    assert after == " ở giữa, rồi hết."


def test_quote_ending_its_sentence_has_no_context_after() -> None:
    index = ParagraphIndex(TEXT)
    start = TEXT.index("Câu một.")
    before, after = sentence_context(index, start, start + len("Câu một."))
    assert (before, after) == ("", "")


def test_long_context_is_cut_with_an_ellipsis() -> None:
    text = "Mở đầu " + "rất dài " * 100 + "TRÍCH" + " và tiếp" * 100 + "."
    index = ParagraphIndex(text)
    start = text.index("TRÍCH")
    before, after = sentence_context(index, start, start + 5)
    assert before.startswith("…") and len(before) <= MAX_CONTEXT_CHARS + 1
    assert after.endswith("…") and len(after) <= MAX_CONTEXT_CHARS + 1

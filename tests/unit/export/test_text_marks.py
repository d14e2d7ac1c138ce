"""Quotation marks never doubled; Word's line break kept; other control characters shown."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.export.quote_marks import QUOTE_MARKS, carries_own_marks, quoted
from desktop.export.xml_text import REPLACEMENT, printable


def test_plain_passages_get_curly_marks() -> None:
    assert quoted("đạo đức công vụ") == "“đạo đức công vụ”"


def test_passages_with_their_own_marks_are_printed_as_written() -> None:
    for passage in (
        "“Nói đi đôi với làm, làm nhiều hơn nói”",
        '"Sổ vàng làm theo lời Bác"',
        "“dạy tốt, học tốt”, “tuổi nhỏ làm việc nhỏ”",
        "“Đức Thọ có gần 40 ngàn thanh niên nhập ngũ",  # opens, closes further on
        "phong trào thi đua “dạy tốt, học tốt”",  # closes with a mark
        "  «Ba xây và ba chống»  ",
    ):
        assert quoted(passage) == passage
        assert carries_own_marks(passage)


@given(st.text(min_size=1))
def test_never_two_marks_at_the_start(text: str) -> None:
    out = quoted(text).lstrip()
    assert not (len(out) > 1 and out[0] in QUOTE_MARKS and out[1] in QUOTE_MARKS and text.lstrip()[:1] not in QUOTE_MARKS)


def test_word_breaks_stay_breaks() -> None:
    assert printable("Dòng một\x0bdòng hai") == "Dòng một\ndòng hai"
    assert printable("a\r\nb\rc\x0cd\u2028e") == "a\nb\nc\nd\ne"
    assert printable("tab\tgiữ") == "tab\tgiữ"


def test_other_controls_are_replaced_visibly_never_dropped() -> None:
    assert printable("dòng\x00 hai") == f"dòng{REPLACEMENT} hai"
    assert printable("\x07\x1b\x7f\x81\ud800") == REPLACEMENT * 5
    assert printable("Việt Nam ✓ 😀") == "Việt Nam ✓ 😀"  # real characters untouched


@given(st.text())
def test_printable_output_is_valid_xml_text_and_keeps_length_order(text: str) -> None:
    out = printable(text)
    assert all(c in "\t\n" or ord(c) >= 0x20 for c in out)
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in out)
    assert len(out) <= len(text)  # only "\r\n" pairs shrink


def test_spaces_a_document_used_for_justifying_print_as_one() -> None:
    """ct-14-2004-ubnd-tphcm.rtf (tests/data/ingest-real) aligns its lines with runs of spaces:
    "Ngân hàng chính sách        xã hội" printed a visible gap inside the quotation."""
    assert quoted("Ngân hàng chính sách        xã hội tại địa phương") == "“Ngân hàng chính sách xã hội tại địa phương”"
    assert quoted("của\u00a0\u00a0 Thủ tướng") == "“của Thủ tướng”"
    assert quoted("Dòng một\nDòng hai\tcột") == "“Dòng một\nDòng hai\tcột”"  # breaks and tabs stay

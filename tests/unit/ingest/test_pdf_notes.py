"""Superscript digits and footnotes on a PDF page, from the characters' boxes."""

from __future__ import annotations

from desktop.ingest.pdf_notes import Glyph, find_notes, leading_label, mark_superscripts

PAGE = 842.0


def row(
    text: str, baseline: float, *, x: float = 64.0, height: float = 9.4, sup: int = -1
) -> list[Glyph]:
    """Glyphs of one line (PDF y upwards); the character at `sup` is set small and raised."""
    glyphs = []
    for index, ch in enumerate(text):
        small = index == sup
        bottom = baseline + (6.4 if small else 0.0)
        glyphs.append(Glyph(index, ch, x, x + 5.0, bottom, bottom + (6.1 if small else height)))
        x += 5.5
    return glyphs


def test_small_raised_digit_is_a_superscript_but_a_digit_in_the_line_is_not() -> None:
    line = row("pháp luật1. Năm 2015", 384.0, sup=9)
    mark_superscripts(line)
    assert [g.ch for g in line if g.sup] == ["1"]


def test_notes_are_the_small_lines_that_open_with_a_raised_number_at_the_foot() -> None:
    body = [
        row("Luật này không quy định việc làm Hiến pháp, sửa đổi Hiến pháp.", 700.0 - 20 * i)
        for i in range(20)
    ]
    note = row("1Luật số 63/2020/QH14 sửa đổi, bổ sung một số điều", 150.0, height=8.0, sup=0)
    follow = row("pháp luật có căn cứ ban hành như sau:", 138.0, height=8.0)
    raised_in_body = row("5.3 Tái phạm là việc cá nhân, tổ chức đã bị ra quyết định", 300.0, sup=2)
    lines = [*body, raised_in_body, note, follow]
    for line in lines:
        mark_superscripts(line)
    tops = [PAGE - max(g.top for g in line) for line in lines]
    notes = find_notes(lines, PAGE, tops)
    assert notes.labels == {1} and notes.start == tops[-2]
    assert leading_label(note) == 1 and leading_label(raised_in_body) is None

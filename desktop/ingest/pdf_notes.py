"""A PDF page's superscript digits and footnotes: which raised digits are note references, which
lines at the foot are the notes themselves."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

# A digit this much smaller than the letters beside it, and raised, is a superscript.
SUPERSCRIPT_HEIGHT = 0.8
SUPERSCRIPT_RAISE = 0.25
# Footnotes sit in the lower part of the page, in a smaller type than the body.
NOTES_FROM = 0.45  # share of the page height from the top
NOTE_TYPE = 0.93  # note letters are at most this share of the page's median letter height
_DIGITS = frozenset("0123456789")


class Glyph:
    """One character of a page: PDFium index, text, box in PDF points (y grows upwards)."""

    __slots__ = ("index", "ch", "left", "right", "bottom", "top", "height", "solid", "sup", "space_before")

    def __init__(self, index: int, ch: str, left: float, right: float, bottom: float, top: float) -> None:
        self.index, self.ch, self.left, self.right, self.bottom, self.top = index, ch, left, right, bottom, top
        self.height = top - bottom
        self.solid = ch != " " and right > left
        self.sup = False
        self.space_before = False  # a visible gap with no space character in it


def mark_superscripts(glyphs: list[Glyph]) -> None:
    """Digits printed small and raised above the line's baseline ("pháp luật¹", "m²")."""
    solid = [g for g in glyphs if g.solid]
    body = [g for g in solid if g.ch not in _DIGITS]
    if len(body) < 2:
        return
    height = median(g.height for g in body)
    baseline = median(g.bottom for g in body)
    for glyph in solid:
        if (
            glyph.ch in _DIGITS
            and glyph.height < SUPERSCRIPT_HEIGHT * height
            and glyph.bottom > baseline + SUPERSCRIPT_RAISE * height
        ):
            glyph.sup = True


def leading_label(glyphs: list[Glyph]) -> int | None:
    """The note number a line starts with, printed as a superscript ("¹Luật số 63/2020…")."""
    digits = ""
    for glyph in glyphs:
        if not glyph.solid:
            if digits:
                break
            continue
        if glyph.sup:
            digits += glyph.ch
            continue
        break
    return int(digits) if digits and len(digits) <= 3 else None


def only_small_digits(glyphs: list[Glyph], page_height: float) -> bool:
    """A line that is nothing but a small number: a note label PDFium put on a line of its own."""
    solid = [g for g in glyphs if g.solid]
    return (
        0 < len(solid) <= 3
        and all(g.ch in _DIGITS for g in solid)
        and max(g.height for g in solid) < 0.75 * page_height
    )


def typical_height(lines: list[list[Glyph]]) -> float | None:
    """The body's letter height: the median over full lines of each line's median letter."""
    medians = [
        median(g.height for g in line if g.solid and not g.sup)
        for line in lines
        if sum(g.solid for g in line) >= 10
    ]
    if medians:
        return median(medians)
    heights = [g.height for line in lines for g in line if g.solid and not g.sup]
    return median(heights) if heights else None


@dataclass
class PageNotes:
    """Where a page's footnotes begin (distance from the top) and the numbers they carry."""

    start: float | None
    labels: set[int]


def find_notes(lines: list[list[Glyph]], page_height: float, tops: list[float]) -> PageNotes:
    """Footnotes: lines in the lower part of the page that open with a superscript number and are
    set smaller than the body. `tops` gives each line's distance from the top of the page."""
    start: float | None = None
    labels: set[int] = set()
    candidates = [
        at for at, (line, top) in enumerate(zip(lines, tops, strict=True))
        if top >= page_height * NOTES_FROM and any(g.sup or g.ch in _DIGITS for g in line[:4])
    ]
    letter = typical_height(lines) if candidates else None  # most pages have no note: no measuring
    if letter is None:
        return PageNotes(None, set())
    for at in candidates:
        line, top = lines[at], tops[at]
        label = leading_label(line)
        rest = [g.height for g in line if g.solid and not g.sup]
        if label is None and only_small_digits(line, letter) and at + 1 < len(lines):
            # A label on a line of its own: the note's text is the next line.
            label = int("".join(g.ch for g in line if g.solid))
            rest = [g.height for g in lines[at + 1] if g.solid and not g.sup]
        if label is None:
            continue
        if rest and median(rest) > NOTE_TYPE * letter:
            continue
        labels.add(label)
        start = top if start is None else min(start, top)
    return PageNotes(start, labels)

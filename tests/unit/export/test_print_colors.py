"""Highlight shadings for paper: legible black text, distinct grays, no neon."""

from __future__ import annotations

from itertools import combinations

from desktop.domain.colors import HIGHLIGHT_COLORS
from desktop.export.print_colors import PRINT_COLORS, print_color


def _rgb(hex_: str) -> tuple[int, int, int]:
    return int(hex_[0:2], 16), int(hex_[2:4], 16), int(hex_[4:6], 16)


def _luminance(hex_: str) -> float:
    def channel(c: int) -> float:
        c_ = c / 255
        return c_ / 12.92 if c_ <= 0.04045 else ((c_ + 0.055) / 1.055) ** 2.4

    r, g, b = _rgb(hex_)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _gray(hex_: str) -> float:
    """What a black-and-white printer makes of the colour (ITU-R 601 luma)."""
    r, g, b = _rgb(hex_)
    return 0.299 * r + 0.587 * g + 0.114 * b


def test_every_highlight_colour_has_a_print_colour() -> None:
    assert set(PRINT_COLORS) == {c.key for c in HIGHLIGHT_COLORS}
    assert print_color("no-such-key") == print_color("yellow")


def test_black_text_stays_legible_on_every_shading() -> None:
    for color in PRINT_COLORS.values():
        contrast = (_luminance(color.fill) + 0.05) / 0.05
        assert contrast >= 10, (color.key, contrast)  # WCAG AAA asks 7


def test_shadings_stay_apart_in_grayscale() -> None:
    grays = {c.key: _gray(c.fill) for c in PRINT_COLORS.values()}
    for a, b in combinations(grays, 2):
        assert abs(grays[a] - grays[b]) >= 8, (a, b, grays[a], grays[b])


def test_no_neon_and_no_black_on_red() -> None:
    for color in PRINT_COLORS.values():
        r, g, b = _rgb(color.fill)
        assert min(r, g, b) >= 0x90, color.key  # soft: no channel near zero


def test_overlap_underline_is_darker_than_its_shading() -> None:
    for color in PRINT_COLORS.values():
        assert _gray(color.line) < _gray(color.fill) - 60

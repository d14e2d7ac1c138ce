"""Highlight colours for paper: soft shadings that stay legible, and distinct, in grayscale."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.colors import HIGHLIGHT_COLORS


@dataclass(frozen=True)
class PrintColor:
    key: str
    fill: str  # RRGGBB character shading behind the text
    line: str  # RRGGBB a darker tone: the underline that marks an overlapping second colour


# The screen's neon highlights (#00FF00, black on #FF0000) look out of place in a formal brief
# and print as black blocks. These fills are light enough that black text keeps a contrast of at
# least 11:1, and their gray levels step by about 10 (240 ... 190 of 255), so a grayscale copy
# still tells them apart; the legend names each meaning. Checked in tests/unit/export.
_PALETTE = {
    "yellow": ("FFF5AE", "9A7B00"),
    "turquoise": ("CCEFF6", "1F7A8C"),
    "green": ("C6EEB9", "3C7A2A"),
    "pink": ("EFC2D9", "A0306A"),
    "gray": ("C8C8C8", "505050"),
    "red": ("EBACA5", "A32A1E"),
}
PRINT_COLORS: dict[str, PrintColor] = {
    c.key: PrintColor(c.key, *_PALETTE[c.key]) for c in HIGHLIGHT_COLORS if c.key in _PALETTE
}


def print_color(key: str) -> PrintColor:
    """The print colour for a stored key; unknown keys print as the first (yellow)."""
    return PRINT_COLORS.get(key) or PRINT_COLORS[HIGHLIGHT_COLORS[0].key]

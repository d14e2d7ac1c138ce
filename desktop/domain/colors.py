"""Highlight colours: only those Word's highlight palette can show (WD_COLOR_INDEX)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HighlightColor:
    key: str  # stable key stored in annotations
    word_index: str  # member name of docx.enum.text.WD_COLOR_INDEX
    screen_hex: str  # how the reader paints it (Word's own RGB for the index)
    default_meaning: str  # Vietnamese label; the user may rename it in the legend


HIGHLIGHT_COLORS: tuple[HighlightColor, ...] = (
    HighlightColor("yellow", "YELLOW", "#ffff00", "Quan trọng"),
    HighlightColor("green", "BRIGHT_GREEN", "#00ff00", "Số liệu"),
    HighlightColor("turquoise", "TURQUOISE", "#00ffff", "Cần trao đổi"),
    HighlightColor("pink", "PINK", "#ff00ff", "Ví dụ điển hình"),
    HighlightColor("red", "RED", "#ff0000", "Hạn chế, tồn tại"),
    HighlightColor("gray", "GRAY_25", "#c0c0c0", "Tham khảo"),
)

_BY_KEY = {c.key: c for c in HIGHLIGHT_COLORS}


def color_by_key(key: str) -> HighlightColor:
    """The colour for a stored key; unknown keys fall back to yellow rather than fail."""
    return _BY_KEY.get(key, HIGHLIGHT_COLORS[0])

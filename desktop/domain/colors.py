"""Highlight colours: only those Word's highlight palette can show (WD_COLOR_INDEX)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.message import Message


@dataclass(frozen=True)
class HighlightColor:
    key: str  # stable key stored in annotations
    word_index: str  # member name of docx.enum.text.WD_COLOR_INDEX
    screen_hex: str  # how the reader paints it (Word's own RGB for the index)
    default_meaning: str  # a Message (Vietnamese as text); the user may rename it in the legend


HIGHLIGHT_COLORS: tuple[HighlightColor, ...] = (
    HighlightColor("yellow", "YELLOW", "#ffff00", Message("Quan trọng")),
    HighlightColor("green", "BRIGHT_GREEN", "#00ff00", Message("Số liệu")),
    HighlightColor("turquoise", "TURQUOISE", "#00ffff", Message("Cần trao đổi")),
    HighlightColor("pink", "PINK", "#ff00ff", Message("Ví dụ điển hình")),
    HighlightColor("red", "RED", "#ff0000", Message("Hạn chế, tồn tại")),
    HighlightColor("gray", "GRAY_25", "#c0c0c0", Message("Tham khảo")),
)

_BY_KEY = {c.key: c for c in HIGHLIGHT_COLORS}


def color_by_key(key: str) -> HighlightColor:
    """The colour for a stored key; unknown keys fall back to yellow rather than fail."""
    return _BY_KEY.get(key, HIGHLIGHT_COLORS[0])

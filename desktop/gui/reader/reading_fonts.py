"""Pick a serif family installed here that renders Vietnamese well."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

# In order of preference: fonts with complete Vietnamese coverage and good hinting.
PREFERRED_SERIFS = (
    "Noto Serif",
    "Cambria",
    "Times New Roman",
    "Liberation Serif",
    "DejaVu Serif",
    "Georgia",
)
DEFAULT_POINT_SIZE = 13


def reading_font(point_size: int = DEFAULT_POINT_SIZE, family: str = "") -> QFont:
    """The user's family when it is installed, else the first preferred serif found."""
    families = set(QFontDatabase.families())
    if family and family in families:
        return QFont(family, point_size)
    for family in PREFERRED_SERIFS:
        if family in families:
            return QFont(family, point_size)
    font = QFont()
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSize(point_size)
    return font

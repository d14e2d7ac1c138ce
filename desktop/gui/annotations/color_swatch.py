"""Colours shown as colours: swatch icons, and colour names in words instead of keys or "#rrggbb"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.domain.colors import HIGHLIGHT_COLORS
from desktop.gui.annotations.annotation_spans import screen_color

SWATCH_SIZE = 18

# Colours a tag can take, each with a name a person says. Any other colour (picked with
# "Màu khác…") is named after the nearest of these.
TAG_PALETTE: tuple[tuple[str, str], ...] = (
    ("#e53935", str(QT_TRANSLATE_NOOP("Colors", "Đỏ"))),
    ("#fb8c00", str(QT_TRANSLATE_NOOP("Colors", "Cam"))),
    ("#fdd835", str(QT_TRANSLATE_NOOP("Colors", "Vàng"))),
    ("#7cb342", str(QT_TRANSLATE_NOOP("Colors", "Xanh lá mạ"))),
    ("#2e7d32", str(QT_TRANSLATE_NOOP("Colors", "Xanh lá cây"))),
    ("#00acc1", str(QT_TRANSLATE_NOOP("Colors", "Xanh ngọc"))),
    ("#1e88e5", str(QT_TRANSLATE_NOOP("Colors", "Xanh dương"))),
    ("#3949ab", str(QT_TRANSLATE_NOOP("Colors", "Chàm"))),
    ("#8e24aa", str(QT_TRANSLATE_NOOP("Colors", "Tím"))),
    ("#d81b60", str(QT_TRANSLATE_NOOP("Colors", "Hồng"))),
    ("#6d4c41", str(QT_TRANSLATE_NOOP("Colors", "Nâu"))),
    ("#757575", str(QT_TRANSLATE_NOOP("Colors", "Xám"))),
)

# The colour (not the meaning) of each highlight key, for screen readers and tooltips.
_HIGHLIGHT_NAMES = {
    "yellow": str(QT_TRANSLATE_NOOP("Colors", "Vàng")),
    "green": str(QT_TRANSLATE_NOOP("Colors", "Xanh lá cây")),
    "turquoise": str(QT_TRANSLATE_NOOP("Colors", "Xanh ngọc")),
    "pink": str(QT_TRANSLATE_NOOP("Colors", "Hồng")),
    "red": str(QT_TRANSLATE_NOOP("Colors", "Đỏ")),
    "gray": str(QT_TRANSLATE_NOOP("Colors", "Xám")),
}
assert set(_HIGHLIGHT_NAMES) == {c.key for c in HIGHLIGHT_COLORS}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Colors", text)


def swatch_pixmap(color: str, size: int = SWATCH_SIZE) -> QPixmap:
    """A filled square with a thin dark border, legible on light and dark themes alike."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(0, 0, size - 1, size - 1, 3, 3)
    painter.end()
    return pixmap


def swatch_icon(color: str, size: int = SWATCH_SIZE) -> QIcon:
    return QIcon(swatch_pixmap(color, size))


def highlight_swatch_icon(key: str, size: int = SWATCH_SIZE) -> QIcon:
    """A highlight colour as the reader paints it."""
    return swatch_icon(screen_color(key), size)


def highlight_color_name(key: str) -> str:
    """"Vàng" for "yellow": the colour itself, in words, whatever meaning the user gave it."""
    return _tr(_HIGHLIGHT_NAMES.get(key, _HIGHLIGHT_NAMES["yellow"]))


def _distance(a: QColor, b: QColor) -> float:
    # "Red mean" weighting: close enough to how different two colours look, and cheap.
    mean = (a.red() + b.red()) / 2
    dr, dg, db = a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue()
    return (2 + mean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - mean) / 256) * db * db


def color_name(color: str) -> str:
    """The name of a tag colour in words: its palette name, else the nearest one's."""
    wanted = QColor(color)
    if not wanted.isValid():
        return ""
    nearest = min(TAG_PALETTE, key=lambda entry: _distance(wanted, QColor(entry[0])))
    return _tr(nearest[1])

"""Light, dark or follow the system: Qt's colour-scheme hint, else a Fusion palette."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark, "system": Qt.ColorScheme.Unknown}
_ORIGINAL_STYLE = "_trichdan_original_style"


def dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1f1f1f"), QColor("#e6e6e6")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, window)
        palette.setColor(group, QPalette.ColorRole.WindowText, text)
        palette.setColor(group, QPalette.ColorRole.Base, base)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#272727"))
        palette.setColor(group, QPalette.ColorRole.Text, text)
        palette.setColor(group, QPalette.ColorRole.Button, QColor("#353535"))
        palette.setColor(group, QPalette.ColorRole.ButtonText, text)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#3a3a3a"))
        palette.setColor(group, QPalette.ColorRole.ToolTipText, text)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a"))
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#2f65ca"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#7fb2ff"))
    disabled = QColor("#7a7a7a")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def effective_scheme() -> Qt.ColorScheme:
    return QGuiApplication.styleHints().colorScheme()


def apply_theme(theme: str) -> None:
    """Switch the running application to `theme` ("system", "light" or "dark")."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not hasattr(app, _ORIGINAL_STYLE):
        setattr(app, _ORIGINAL_STYLE, app.style().name())
    wanted = _SCHEMES.get(theme, Qt.ColorScheme.Unknown)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        hints.setColorScheme(wanted)
    if wanted == Qt.ColorScheme.Unknown or effective_scheme() == wanted:
        # The platform did it (or we follow it again): drop any palette we forced earlier.
        app.setStyle(QStyleFactory.create(getattr(app, _ORIGINAL_STYLE)) or app.style())
        app.setPalette(app.style().standardPalette())
        if wanted == Qt.ColorScheme.Unknown or effective_scheme() == wanted:
            return
    # The platform ignored the request: Fusion draws any palette faithfully.
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if wanted == Qt.ColorScheme.Dark else app.style().standardPalette())


def is_dark(widget_palette: QPalette) -> bool:
    """Whether a palette is dark (charts and highlights pick readable colours from this)."""
    return widget_palette.color(QPalette.ColorRole.Window).lightness() < 128

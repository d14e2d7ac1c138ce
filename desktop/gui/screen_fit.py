"""Dialogs sized to fit the screen they open on: 1366×768 laptops as well as large monitors."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 48  # room for the window frame and title bar (the screen's work area already leaves the task bar)


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """The size a dialog would like, or the screen's work area less a margin when smaller."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() if anchor.screen() is not None else QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    widget.resize(min(width, area.width() - MARGIN), min(height, area.height() - MARGIN))

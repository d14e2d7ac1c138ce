"""Feature: highlight, tag and annotate passages, with undo, panel, browser and tag manager."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.gui.annotations.annotation_controller import AnnotationController

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ORDER = 10  # early: creates the Edit menu's undo/redo actions other features rely on


def install(window: MainWindow) -> None:
    controller = AnnotationController(window)
    window.annotation_controller = controller  # type: ignore[attr-defined]
    # Export takes exactly what the browser shows.
    window.annotation_filter = controller.browser.current_filter  # type: ignore[attr-defined]

"""Feature: search the library (Ctrl+F), results grouped and marked, find in the article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.gui.search.search_controller import SearchController

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ORDER = 20


def install(window: MainWindow) -> None:
    window.search_controller = SearchController(window)  # type: ignore[attr-defined]

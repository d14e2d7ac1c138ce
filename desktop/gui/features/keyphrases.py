"""Feature: key phrases (glossary terms, document references, salient phrases) highlighted in the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.gui.keyphrases.keyphrase_controller import KeyphraseController

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ORDER = 40


def install(window: MainWindow) -> None:
    window.keyphrase_controller = KeyphraseController(window)  # type: ignore[attr-defined]

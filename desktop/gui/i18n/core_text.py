"""The core's messages (desktop.domain.message) in the interface language, for any widget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.message import SOURCE_LANGUAGE, known_text, render
from desktop.gui.i18n.language import LANGUAGE_ATTRIBUTE


def interface_language() -> str:
    """The language `install_translators` put in effect (Vietnamese before any is installed)."""
    app = QCoreApplication.instance()
    return str(getattr(app, LANGUAGE_ATTRIBUTE, SOURCE_LANGUAGE)) if app is not None else SOURCE_LANGUAGE


def core_text(value: object) -> str:
    """A Message, an error carrying one, or plain text (shown as it is) in the interface language."""
    return render(value, interface_language())


def interface_legend(legend: dict[str, str]) -> dict[str, str]:
    """Colour key -> meaning as shown: a default meaning in the interface language, the ones
    the user wrote as written. For display only (an edit field must hold the stored text)."""
    return {key: stored_label(meaning) for key, meaning in legend.items()}


def stored_label(text: str) -> str:
    """A label the core stored as Vietnamese text (a page-cleaning reason, a default colour
    meaning) in the interface language; anything a user wrote is shown as it is."""
    return known_text(text, interface_language())

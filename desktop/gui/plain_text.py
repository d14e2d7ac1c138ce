"""Text from a user or a file shown as text: Qt must never take it for rich text (HTML).

Qt guesses: a QLabel, a QMessageBox, a tooltip or QTextEdit.setText whose text "looks like"
HTML is rendered as HTML, so a title `<img src="/dev/zero">` makes Qt read a device until
memory runs out, and `<img src="/some/file.png">` opens local files. Labels and message
boxes are set to plain text; tooltips (which have no such setting) get escaped rich text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

RICH_PROPERTY = "trichdanRichText"  # set True on the rare label that shows our own HTML


def plain(*labels: QLabel | QMessageBox) -> None:
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_labels(widget: QWidget) -> QWidget:
    """Every label inside `widget` (except those marked with RICH_PROPERTY) shows plain text,
    including the text they are given later. Call at the end of a constructor."""
    for label in widget.findChildren(QLabel):
        if not label.property(RICH_PROPERTY):
            label.setTextFormat(Qt.TextFormat.PlainText)
    if isinstance(widget, QLabel | QMessageBox) and not widget.property(RICH_PROPERTY):
        widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def tip(text: str) -> str:
    """A tooltip that shows `text` as it is (line breaks kept): tooltips cannot be told to
    be plain, so the text is escaped inside a paragraph Qt knows to be rich text."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def window_title(text: str) -> str:
    """A window title showing `text` as it is: Qt reads "[*]" as the unsaved-changes mark."""
    return text.replace("[*]", "[*][*]")

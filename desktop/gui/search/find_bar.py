"""FindBar: find in the open article with the search's accent rules; steps hit to hit."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.domain.errors import UserError
from desktop.gui.i18n.core_text import core_text
from desktop.gui.plain_text import plain_labels
from desktop.gui.reader.highlight_span import HighlightSpan
from desktop.gui.reader.reader_view import ReaderView

LAYER = "search"
LAYER_Z = 60  # under user highlights (100), over key phrases (< 50)
HIT_COLOR = "#fff3a0"
CURRENT_COLOR = "#ff9632"

FindFunction = Callable[[str, str], list[tuple[int, int]]]  # (text, query) -> spans


def _tr(text: str) -> str:
    return QCoreApplication.translate("Search", text)


class FindBar(QWidget):
    """Paints every hit in the reader's "search" layer and the current one brighter."""

    closed = Signal()

    def __init__(self, reader: ReaderView, find: FindFunction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.reader = reader
        self._find = find
        self.hits: list[tuple[int, int]] = []
        self.current = -1

        self.edit = QLineEdit()
        self.edit.setObjectName("findBarEdit")
        self.edit.setPlaceholderText(_tr("Tìm trong bài (gõ không dấu để tìm mọi cách viết)"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.count_label = QLabel()
        self.count_label.setObjectName("findBarCount")
        self.previous_button = self._button("▲", _tr("Chỗ khớp trước (Shift+F3)"), self.previous_hit)
        self.next_button = self._button("▼", _tr("Chỗ khớp sau (F3)"), self.next_hit)
        close = self._button("✕", _tr("Đóng thanh tìm (Esc)"), self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(QLabel(_tr("Tìm trong bài:")))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        for button in (self.previous_button, self.next_button, close):
            layout.addWidget(button)
        self.hide()
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # --- showing -------------------------------------------------------------------
    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.hits, self.current = [], -1
        self.reader.clear_layer(LAYER)
        self.reader.text_view.setFocus()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous_hit()
            return
        super().keyPressEvent(event)

    def set_query(self, query: str) -> None:
        """Show the bar with this query (a search result was opened); hits are recomputed."""
        self.show()
        if self.edit.text() != query:
            self.edit.blockSignals(True)
            self.edit.setText(query)
            self.edit.blockSignals(False)
        self.refresh()

    # --- hits ----------------------------------------------------------------------
    def refresh(self, near: int = 0) -> None:
        """Find again in the reader's current text; the current hit is the first at or after `near`."""
        query = self.edit.text()
        try:
            self.hits = self._find(self.reader.text, query) if query.strip() and self.reader.text else []
        except UserError as exc:
            self.hits, self.current = [], -1
            self.reader.clear_layer(LAYER)
            self.count_label.setText(core_text(exc))
            return
        self.current = min(bisect_left(self.hits, (near, near)), len(self.hits) - 1) if self.hits else -1
        self._paint()

    def go_to_offset(self, offset: int) -> None:
        if self.hits:
            self.current = min(bisect_left(self.hits, (offset, offset)), len(self.hits) - 1)
            self._paint(scroll=True)

    def next_hit(self) -> None:
        if self.hits:
            self.current = (self.current + 1) % len(self.hits)
            self._paint(scroll=True)

    def previous_hit(self) -> None:
        if self.hits:
            self.current = (self.current - 1) % len(self.hits)
            self._paint(scroll=True)

    def _paint(self, scroll: bool = False) -> None:
        spans = [
            HighlightSpan(s, e, background=CURRENT_COLOR if i == self.current else HIT_COLOR)
            for i, (s, e) in enumerate(self.hits)
        ]
        if spans:
            self.reader.set_layer(LAYER, spans, z=LAYER_Z)
        else:
            self.reader.clear_layer(LAYER)
        if not self.edit.text().strip():
            self.count_label.setText("")
        elif not self.hits:
            self.count_label.setText(_tr("Không thấy"))
        else:
            self.count_label.setText(f"{self.current + 1}/{len(self.hits)}")
        if scroll and 0 <= self.current < len(self.hits):
            self.reader.scroll_to_range(*self.hits[self.current], flash=False)

    def _on_edit_text_changed(self, _text: str) -> None:
        self.refresh()
        if self.hits:
            self._paint(scroll=True)

    def _on_edit_return_pressed(self) -> None:
        self.next_hit()

"""The read-only text area: a comfortable centred column, tooltips from highlight layers, and
a mouse selection widened to whole syllables when the button is released."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from desktop.gui.plain_text import tip

MAX_LINE_WIDTH_CHARS = 80  # comfortable measure for Vietnamese prose


class ReaderTextEdit(QTextEdit):
    """A QTextEdit that keeps lines short by centring the text column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.tooltip_at: Callable[[int], str] | None = None  # document position -> tooltip text
        # (start, end) document positions -> the whole-syllable range holding them.
        self.snap_range: Callable[[int, int], tuple[int, int]] | None = None
        self.raw_range: tuple[int, int] | None = None  # what the mouse selected, before snapping

    def _snap_selection(self) -> None:
        """A drag or double-click that ends inside a syllable takes the whole syllable: a quote
        never stops at "tậ" (the characters dragged stay in raw_range for the dialog)."""
        cursor = self.textCursor()
        if self.snap_range is None or not cursor.hasSelection():
            self.raw_range = None
            return
        anchor, position = cursor.anchor(), cursor.position()
        lo, hi = min(anchor, position), max(anchor, position)
        start, end = self.snap_range(lo, hi)
        if start >= end or (start, end) == (lo, hi):
            self.raw_range = None
            return
        snapped = QTextCursor(self.document())
        forward = anchor <= position
        snapped.setPosition(start if forward else end)
        snapped.setPosition(end if forward else start, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(snapped)
        self.raw_range = (lo, hi)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._snap_selection()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        self._snap_selection()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.raw_range = None  # a keyboard selection is snapped when annotated, not while typed
        super().keyPressEvent(event)

    def _column_margin(self) -> int:
        width = self.width()
        measure = self.fontMetrics().horizontalAdvance("n") * MAX_LINE_WIDTH_CHARS
        return max(16, (width - measure) // 2)

    def update_column(self) -> None:
        margin = self._column_margin()
        self.setViewportMargins(margin, 12, margin, 12)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.update_column()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.tooltip_at is not None:
            help_event = QHelpEvent(event)  # type: ignore[call-overload]
            pos = self.viewport().mapFrom(self, help_event.pos())
            text = self.tooltip_at(self.cursorForPosition(pos).position())
            if text:
                QToolTip.showText(help_event.globalPos(), tip(text), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # pragma: no cover - Qt hook
        return super().eventFilter(watched, event)

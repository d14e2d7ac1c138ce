"""The annotate/edit popup: colour (with its meaning), tags, multi-line note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desktop.domain.colors import HIGHLIGHT_COLORS
from desktop.gui.annotations.annotation_spans import screen_color
from desktop.gui.annotations.tag_picker import TagPicker
from desktop.gui.plain_text import plain_labels

QUOTE_PREVIEW_CHARS = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("Annotations", text)


class AnnotationDialog(QDialog):
    def __init__(
        self,
        quote: str,
        *,
        legend: dict[str, str],
        known_tags: list[str],
        color: str = "yellow",
        tags: list[str] | None = None,
        note: str = "",
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or _tr("Tô sáng và ghi chú"))
        self.setMinimumWidth(520)
        shown = " ".join(quote.split())
        if len(shown) > QUOTE_PREVIEW_CHARS:
            shown = shown[:QUOTE_PREVIEW_CHARS] + "…"
        self.quote_label = QLabel(f"“{shown}”")
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.color_group = QButtonGroup(self)
        colors = QGridLayout()
        for i, c in enumerate(HIGHLIGHT_COLORS):
            # The shortcut digit lets a keyboard user pick a colour without the mouse.
            button = QRadioButton(f"&{i + 1} {legend.get(c.key, c.default_meaning)}")
            button.setObjectName(f"color_{c.key}")
            palette = button.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(screen_color(c.key)))
            button.setAutoFillBackground(True)
            button.setPalette(palette)
            button.setChecked(c.key == color)
            self.color_group.addButton(button, i)
            colors.addWidget(button, i // 3, i % 3)

        self.tag_picker = TagPicker(known_tags, tags or [])
        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setPlaceholderText(_tr("Ghi chú (nhiều dòng; Ctrl+Enter để lưu)"))
        self.note_edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Huỷ"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Enter inside the tag field adds a tag; it must not close the dialog.
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(False)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.accept)
        # The note and the tag field see Enter first: Ctrl+Enter saves from anywhere, a plain
        # Enter in the tag field only adds the tag (QLineEdit passes it on to the dialog).
        self.note_edit.installEventFilter(self)
        self.tag_picker.line.installEventFilter(self)

        form = QFormLayout(self)
        form.addRow(self.quote_label)
        form.addRow(_tr("Màu:"), colors)
        form.addRow(_tr("Thẻ:"), self.tag_picker)
        form.addRow(_tr("Ghi chú:"), self.note_edit)
        form.addRow(buttons)
        self.tag_picker.line.setFocus()
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_enter = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )
        if is_enter and isinstance(event, QKeyEvent):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.accept()
                return True
            if watched is self.tag_picker.line:
                self.tag_picker.commit_typed()
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        self.tag_picker.commit_typed()
        super().accept()

    def color(self) -> str:
        return HIGHLIGHT_COLORS[max(0, self.color_group.checkedId())].key

    def set_color(self, key: str) -> None:
        for i, c in enumerate(HIGHLIGHT_COLORS):
            if c.key == key:
                self.color_group.button(i).setChecked(True)

    def tag_names(self) -> list[str]:
        return self.tag_picker.names()

    def note(self) -> str:
        return self.note_edit.toPlainText()

"""The annotate/edit popup: the exact quote (grown or shrunk a word at either end before
saving, or kept to the character), colour (with its meaning), tags, multi-line note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desktop.domain.colors import HIGHLIGHT_COLORS
from desktop.gui.annotations.color_swatch import highlight_color_name, highlight_swatch_icon
from desktop.gui.annotations.tag_picker import TagPicker
from desktop.gui.plain_text import plain_labels
from desktop.text import word_bounds

QUOTE_PREVIEW_CHARS = 300
QUOTE_END_CHARS = 140  # of a long quote both ends show: they are what the buttons change


def shown_quote(quote: str) -> str:
    """The quote on one line, a long one cut in its middle so that both ends stay visible."""
    shown = " ".join(quote.split())
    if len(shown) > QUOTE_PREVIEW_CHARS:
        shown = shown[:QUOTE_END_CHARS] + " … " + shown[-QUOTE_END_CHARS:]
    return f"“{shown}”"


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
        text: str = "",
        selection: tuple[int, int] | None = None,
        raw: tuple[int, int] | None = None,
    ) -> None:
        """With `text` and `selection` (whole syllables of it) the quote can be grown or
        shrunk a word at either end, or kept to the characters of `raw` (what was selected)."""
        super().__init__(parent)
        self.setWindowTitle(title or _tr("Tô sáng và ghi chú"))
        self.setMinimumWidth(520)
        self._text = text
        self._initial = selection
        self._range = selection
        self._raw = raw or selection
        self.quote_label = QLabel(shown_quote(quote))
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)  # the article's words, never markup
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote_label.setObjectName("quoteLabel")
        range_row = self._build_range_row() if text and selection else None

        self.color_group = QButtonGroup(self)
        colors = QGridLayout()
        for i, c in enumerate(HIGHLIGHT_COLORS):
            # A real swatch beside each meaning; the digit is its key (see _add_digit_keys).
            button = QRadioButton(f"{i + 1}  {legend.get(c.key, c.default_meaning)}")
            button.setToolTip(_tr("Phím %1, hoặc Alt+%1 khi đang gõ").replace("%1", str(i + 1)))
            button.setObjectName(f"color_{c.key}")
            button.setIcon(highlight_swatch_icon(c.key, 20))
            button.setIconSize(QSize(20, 20))
            button.setAccessibleName(f"{highlight_color_name(c.key)}: {legend.get(c.key, c.default_meaning)}")
            button.setChecked(c.key == color)
            self.color_group.addButton(button, i)
            colors.addWidget(button, i // 3, i % 3)
        self._add_digit_keys()

        self.tag_picker = TagPicker(known_tags, tags or [])
        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setPlaceholderText(_tr("Ghi chú (nhiều dòng; Ctrl+Enter để lưu)"))
        self.note_edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Hủy"))
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
        # With the suggestion list open, QCompleter hands Enter to the field directly (no event
        # filter sees it): returnPressed still comes, so the typed tag is added then too.
        self.tag_picker.line.returnPressed.connect(self.tag_picker.commit_typed)

        form = QFormLayout(self)
        form.addRow(self.quote_label)
        if range_row is not None:
            form.addRow(range_row)
            form.addRow(self.precise_box)
        form.addRow(_tr("Màu:"), colors)
        form.addRow(_tr("Thẻ:"), self.tag_picker)
        form.addRow(_tr("Ghi chú:"), self.note_edit)
        form.addRow(buttons)
        self.tag_picker.line.setFocus()
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML

    # --- the quote's extent -----------------------------------------------------------------
    def _build_range_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.extend_start_button = QPushButton(_tr("◂ Thêm từ trước"))
        self.shrink_start_button = QPushButton(_tr("Bớt từ đầu ▸"))
        self.shrink_end_button = QPushButton(_tr("◂ Bớt từ cuối"))
        self.extend_end_button = QPushButton(_tr("Thêm từ sau ▸"))
        self.reset_button = QPushButton(_tr("Như lúc chọn"))
        moves = (
            (self.extend_start_button, word_bounds.extend_start, _tr("Đoạn trích bắt đầu sớm hơn một từ")),
            (self.shrink_start_button, word_bounds.shrink_start, _tr("Bỏ từ đầu tiên của đoạn trích")),
            (self.shrink_end_button, word_bounds.shrink_end, _tr("Bỏ từ cuối cùng của đoạn trích")),
            (self.extend_end_button, word_bounds.extend_end, _tr("Đoạn trích kết thúc muộn hơn một từ")),
        )
        for button, move, tip in moves:
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, move=move: self._move(move))
            row.addWidget(button)
        row.addStretch(1)
        self.reset_button.setToolTip(_tr("Trở lại đoạn trích như khi vừa bôi đen"))
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        row.addWidget(self.reset_button)
        self.precise_box = QCheckBox(_tr("Giữ đúng từng ký tự đã bôi đen (không mở rộng thành trọn từ)"))
        self.precise_box.toggled.connect(self._on_precise_box_toggled)
        self._update_range()
        return row

    def _move(self, move: object) -> None:
        if self._range is None or self.precise():
            return
        self._range = move(self._text, *self._range)  # type: ignore[operator]
        self._update_range()

    def _on_reset_button_clicked(self) -> None:
        self.precise_box.setChecked(False)
        self._range = self._initial
        self._update_range()

    def _on_precise_box_toggled(self, checked: bool) -> None:
        for button in (
            self.extend_start_button,
            self.shrink_start_button,
            self.shrink_end_button,
            self.extend_end_button,
        ):
            button.setEnabled(not checked)
        self._update_range()

    def _update_range(self) -> None:
        start, end = self.selection()
        self.quote_label.setText(shown_quote(self._text[start:end]))

    def selection(self) -> tuple[int, int]:
        """The range to annotate: whole syllables, or the characters selected if asked."""
        if self.precise() and self._raw is not None:
            return self._raw
        return self._range or (0, 0)

    def precise(self) -> bool:
        return hasattr(self, "precise_box") and self.precise_box.isChecked()

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

    def _add_digit_keys(self) -> None:
        """Alt+1–6 pick a colour from anywhere; a plain 1–6 only where it types nothing (on a
        button or list): in the tag field or the note a digit is text, as QLineEdit and
        QPlainTextEdit claim printable keys before any shortcut. Explicit shortcuts rather than
        "&1" mnemonics, which some platforms leave off."""
        for i in range(len(HIGHLIGHT_COLORS)):
            for keys in (str(i + 1), f"Alt+{i + 1}"):
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda i=i: self.color_group.button(i).setChecked(True))

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

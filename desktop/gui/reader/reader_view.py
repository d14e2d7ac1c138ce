"""Shows one article: a header (title, byline) and its clean text with highlight layers."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from desktop.domain.article import Article
from desktop.gui.plain_text import plain_labels
from desktop.gui.reader.highlight_span import HighlightSpan
from desktop.gui.reader.reader_text_edit import ReaderTextEdit
from desktop.gui.reader.reading_fonts import DEFAULT_POINT_SIZE, reading_font
from desktop.text.display import format_date_vi
from desktop.text.qt_offsets import OffsetMap
from desktop.text.word_bounds import snap_to_words

FLASH_LAYER = "_flash"
FLASH_MS = 700
MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 32


class ReaderView(QWidget):
    """Document positions in `text_view` are the clean text's code points (via OffsetMap)."""

    selection_changed = Signal()
    article_shown = Signal(str)
    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article_id: str = ""
        self.text: str = ""
        self._offsets = OffsetMap("")
        self._layers: dict[str, tuple[int, list[HighlightSpan]]] = {}
        # Built once per set_layer: redrawing one layer must not rebuild the others.
        self._selections: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._point_size = DEFAULT_POINT_SIZE
        self._font_family = ""  # "" = the default serif
        # Actions features add to the text's context menu, after its own (e.g. copy with citation).
        self.context_actions: list[QAction] = []

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setObjectName("readerTitle")
        self.byline_label = QLabel()
        self.byline_label.setWordWrap(True)
        self.byline_label.setObjectName("readerByline")
        self.text_view = ReaderTextEdit()
        self.text_view.setAccessibleName(self.tr("Nội dung bài viết"))
        self.text_view.tooltip_at = self._tooltip_at
        self.text_view.snap_range = self._snap_range
        self.text_view.selectionChanged.connect(self.selection_changed)
        self.placeholder = QLabel(self.tr("Chọn một bài viết trong thư viện để đọc."))
        self.placeholder.setObjectName("readerPlaceholder")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.byline_label)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.placeholder)
        self._apply_fonts()
        self._show_placeholder(True)
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML

    # --- content ---------------------------------------------------------------------
    def _show_placeholder(self, empty: bool) -> None:
        self.placeholder.setVisible(empty)
        for widget in (self.title_label, self.byline_label, self.text_view):
            widget.setVisible(not empty)

    def show_article(self, article: Article) -> None:
        meta = article.meta
        self.article_id = meta.id
        self.text = article.clean_text
        self._offsets = OffsetMap(self.text)
        self._layers.clear()
        self._selections.clear()
        self.title_label.setText(meta.title)
        parts = [meta.source, meta.author, format_date_vi(meta.published)]
        self.byline_label.setText(" · ".join(p for p in parts if p))
        self._set_document(self.text)
        self._show_placeholder(False)
        self.article_shown.emit(meta.id)

    def clear(self) -> None:
        self.article_id = ""
        self.text = ""
        self._offsets = OffsetMap("")
        self._layers.clear()
        self._selections.clear()
        self.text_view.clear()
        self._show_placeholder(True)

    def _set_document(self, text: str) -> None:
        """Fill and format a detached document, then attach it: the view lays it out once
        instead of after each step (a 37,000-character article opens about twice as fast)."""
        document = QTextDocument(self)
        document.setDefaultFont(self.text_view.font())
        document.setDocumentMargin(self.text_view.document().documentMargin())
        document.setPlainText(text)
        self._format_paragraphs(document)
        old = self.text_view.document()
        ours = old.parent() is self  # the view deletes its own first document itself
        self.text_view.setExtraSelections([])
        self.text_view.setDocument(document)
        if ours:
            old.deleteLater()
        self.text_view.moveCursor(QTextCursor.MoveOperation.Start)

    def _format_paragraphs(self, document: QTextDocument | None = None) -> None:
        block = QTextBlockFormat()
        block.setBottomMargin(self._point_size * 0.8)
        block.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        document = document or self.text_view.document()
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(block)
        # Paragraphs separated by a blank line (the seeds, most .txt files) would get the
        # paragraph gap twice over, plus the blank line. The blank line stays in the text
        # (offsets count it) but takes no room: the paragraph margin alone makes the gap.
        blank = QTextBlockFormat()
        blank.setBottomMargin(0)
        blank.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        paragraph = document.begin()
        while paragraph.isValid():
            if not paragraph.text().strip():
                QTextCursor(paragraph).mergeBlockFormat(blank)
            paragraph = paragraph.next()

    # --- typography and zoom -------------------------------------------------------
    def _apply_fonts(self) -> None:
        body = reading_font(self._point_size, self._font_family)
        self.text_view.setFont(body)
        self.text_view.document().setDefaultFont(body)
        title = QFont(body)
        title.setPointSize(self._point_size + 7)
        title.setBold(True)
        self.title_label.setFont(title)
        byline = QFont(body)
        byline.setPointSize(max(MIN_POINT_SIZE, self._point_size - 2))
        byline.setItalic(True)
        self.byline_label.setFont(byline)
        self.text_view.update_column()
        if self.text:
            self._format_paragraphs()

    @property
    def point_size(self) -> int:
        return self._point_size

    def set_point_size(self, size: int) -> None:
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        if size != self._point_size:
            self._point_size = size
            self._apply_fonts()
            self.zoom_changed.emit(size)

    @property
    def font_family(self) -> str:
        return self._font_family

    def set_font_family(self, family: str) -> None:
        """"" returns to the default serif."""
        if family != self._font_family:
            self._font_family = family
            self._apply_fonts()

    def zoom_in(self) -> None:
        self.set_point_size(self._point_size + 1)

    def zoom_out(self) -> None:
        self.set_point_size(self._point_size - 1)

    def zoom_reset(self) -> None:
        self.set_point_size(DEFAULT_POINT_SIZE)

    # --- layers ----------------------------------------------------------------------
    def set_layer(self, name: str, spans: list[HighlightSpan], z: int = 0) -> None:
        self._layers[name] = (z, list(spans))
        self._selections[name] = self._build_selections(spans)
        self._apply_layers()

    def clear_layer(self, name: str) -> None:
        if self._layers.pop(name, None) is not None:
            self._selections.pop(name, None)
            self._apply_layers()

    def layer(self, name: str) -> list[HighlightSpan]:
        return list(self._layers.get(name, (0, []))[1])

    def _build_selections(self, spans: list[HighlightSpan]) -> list[QTextEdit.ExtraSelection]:
        selections = []
        limit = len(self.text)
        document = self.text_view.document()
        formats: dict[HighlightSpan, QTextCharFormat] = {}
        for span in spans:
            start, end = max(0, span.start), min(limit, span.end)
            if start >= end:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(self._offsets.to_utf16(start))
            cursor.setPosition(self._offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            style = HighlightSpan(0, 0, span.background, span.underline, span.bold, "", span.foreground)
            if style not in formats:  # spans of one style share one format
                formats[style] = self._char_format(span)
            selection.format = formats[style]
            selections.append(selection)
        return selections

    def _apply_layers(self) -> None:
        ordered = sorted(self._layers.items(), key=lambda item: item[1][0])
        self.text_view.setExtraSelections([s for name, _ in ordered for s in self._selections.get(name, [])])

    @staticmethod
    def _char_format(span: HighlightSpan) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if span.background:
            fmt.setBackground(QColor(span.background))
            if not span.foreground:  # highlight colours are light: keep text dark in a dark theme
                fmt.setForeground(QColor("#1a1a1a"))
        if span.foreground:
            fmt.setForeground(QColor(span.foreground))
        if span.underline:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(span.underline))
        if span.bold:
            fmt.setFontWeight(QFont.Weight.DemiBold)
        return fmt

    def _tooltip_at(self, utf16_position: int) -> str:
        offset = self._offsets.to_codepoint(utf16_position)
        tips = []
        for _z, spans in sorted(self._layers.values(), key=lambda item: -item[0]):
            tips += [s.tooltip for s in spans if s.tooltip and s.start <= offset < s.end]
        return "\n\n".join(dict.fromkeys(tips))

    # --- selection and navigation ----------------------------------------------------
    def selected_range(self) -> tuple[int, int] | None:
        cursor = self.text_view.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._offsets.to_codepoint(cursor.selectionStart())
        end = self._offsets.to_codepoint(cursor.selectionEnd())
        return (start, end) if start < end else None

    def _snap_range(self, lo: int, hi: int) -> tuple[int, int]:
        start, end = snap_to_words(self.text, self._offsets.to_codepoint(lo), self._offsets.to_codepoint(hi))
        return self._offsets.to_utf16(start), self._offsets.to_utf16(end)

    def raw_selected_range(self) -> tuple[int, int] | None:
        """The characters the mouse selected before they were widened to whole syllables."""
        raw = self.text_view.raw_range
        cursor = self.text_view.textCursor()
        if raw is None or self._snap_range(*raw) != (cursor.selectionStart(), cursor.selectionEnd()):
            return self.selected_range()  # selected since by other means
        return self._offsets.to_codepoint(raw[0]), self._offsets.to_codepoint(raw[1])

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(self._offsets.to_utf16(start))
        cursor.setPosition(self._offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.text_view.setTextCursor(cursor)

    def scroll_to_range(self, start: int, end: int, flash: bool = True) -> None:
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(self._offsets.to_utf16(min(end, len(self.text))))
        self.text_view.setTextCursor(cursor)
        self.text_view.ensureCursorVisible()
        cursor.setPosition(self._offsets.to_utf16(start))
        self.text_view.setTextCursor(cursor)
        self.text_view.ensureCursorVisible()
        if flash:
            self.set_layer(FLASH_LAYER, [HighlightSpan(start, end, background="#ff9900")], z=1000)
            QTimer.singleShot(FLASH_MS, self, lambda: self.clear_layer(FLASH_LAYER))

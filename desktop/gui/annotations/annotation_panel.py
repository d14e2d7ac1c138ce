"""The dock beside the reader: the open article's annotations in text order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.annotation import Annotation
from desktop.gui.annotations.annotation_spans import screen_color
from desktop.gui.plain_text import plain_labels, tip

QUOTE_CHARS = 140


def _tr(text: str) -> str:
    return QCoreApplication.translate("Annotations", text)


def _trn(text: str, n: int) -> str:
    """A text about `n` things: %Ln is the number, and English picks singular or plural."""
    return QCoreApplication.translate("Annotations", text, "", n)


def describe(a: Annotation, tag_names: dict[str, str], legend: dict[str, str]) -> str:
    quote = " ".join(a.quote.exact.split())
    quote = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS] + "…"
    lines = [f"“{quote}”"]
    if a.needs_review:
        lines.insert(0, _tr("⚠ Cần xem lại: không còn tìm thấy chắc chắn đoạn này"))
    meta = legend.get(a.color, a.color)
    tags = ", ".join(tag_names[t] for t in a.tags if t in tag_names)
    lines.append(meta + (f" · {tags}" if tags else ""))
    if a.note:
        lines.append(a.note)
    return "\n".join(lines)


class AnnotationPanel(QWidget):
    annotation_activated = Signal(object)  # Annotation: show it in the reader
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    reattach_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self.annotations: list[Annotation] = []
        self.summary = QLabel()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        self.list.setAccessibleName(_tr("Ghi chú của bài đang đọc"))
        self.list.itemClicked.connect(self._on_list_item_clicked)
        self.list.itemActivated.connect(self._on_list_item_clicked)
        self.list.itemDoubleClicked.connect(lambda _item: self._request(self.edit_requested))
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.edit_button = QPushButton(_tr("Sửa…"))
        self.delete_button = QPushButton(_tr("Xóa"))
        self.reattach_button = QPushButton(_tr("Gắn vào đoạn đang chọn"))
        self.reattach_button.setToolTip(_tr("Bôi đen đoạn đúng trong bài rồi bấm nút này"))
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._request(self.delete_requested))
        self.reattach_button.clicked.connect(lambda: self._request(self.reattach_requested))
        buttons = QHBoxLayout()
        for b in (self.edit_button, self.delete_button, self.reattach_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._on_list_current_row_changed(-1)
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML

    def set_annotations(
        self, annotations: list[Annotation], tag_names: dict[str, str], legend: dict[str, str]
    ) -> None:
        keep = self.current()
        self.annotations = list(annotations)
        self.list.clear()
        for a in self.annotations:
            item = QListWidgetItem(describe(a, tag_names, legend))
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setBackground(QColor("#f0f0f0" if a.needs_review else screen_color(a.color)))
            item.setForeground(QColor("#000000"))
            item.setToolTip(tip(item.text()))
            self.list.addItem(item)
            if keep is not None and a.id == keep.id:
                self.list.setCurrentItem(item)
        waiting = sum(1 for a in annotations if a.needs_review)
        text = _trn("%Ln ghi chú", len(annotations))
        if waiting:
            text += _trn(" · %Ln cần xem lại", waiting)
        self.summary.setText(
            text if annotations else _tr("Chưa có ghi chú. Bôi đen một đoạn rồi bấm “Tô sáng”.")
        )
        self._on_list_current_row_changed(self.list.currentRow())

    def current(self) -> Annotation | None:
        row = self.list.currentRow()
        return self.annotations[row] if 0 <= row < len(self.annotations) else None

    def select(self, annotation_id: str) -> None:
        for row, a in enumerate(self.annotations):
            if a.id == annotation_id:
                self.list.setCurrentRow(row)

    def _request(self, signal: SignalInstance) -> None:
        current = self.current()
        if current is not None:
            signal.emit(current)

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self.annotations):
            self.annotation_activated.emit(self.annotations[row])

    def _on_list_current_row_changed(self, row: int) -> None:
        current = self.current()
        self.edit_button.setEnabled(current is not None)
        self.delete_button.setEnabled(current is not None)
        self.reattach_button.setEnabled(current is not None)

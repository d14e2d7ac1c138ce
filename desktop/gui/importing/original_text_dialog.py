"""Show original: every raw line of the article, with what cleaning removed and why; restore or hide lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.annotations.annotation_commands import push
from desktop.gui.importing.import_commands import HideLineCommand, RestoreLineCommand
from desktop.gui.importing.original_lines_model import OriginalLine, OriginalLinesModel
from desktop.gui.plain_text import plain_labels, window_title

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from desktop.services import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("Importing", text)


class OriginalTextDialog(QDialog):
    def __init__(self, services: Services, undo_stack: QUndoStack, article_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.undo_stack, self.article_id = services, undo_stack, article_id
        meta = services.library.get_meta(article_id)
        self.setWindowTitle(window_title(_tr("Văn bản gốc: %1").replace("%1", meta.title)))
        self.setObjectName("originalTextDialog")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.model = OriginalLinesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.restore_button = QPushButton(_tr("&Khôi phục dòng vào bài"))
        self.hide_button = QPushButton(_tr("Ẩ&n dòng khỏi bài"))
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.hide_button.clicked.connect(self._on_hide_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self._toggle_current())
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.hide_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(900, 600)
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML
        self.refresh()

    def refresh(self) -> None:
        text = self.services.library.get_article(self.article_id).text
        current = self.current_line()
        self.model.set_text(text)
        count = len(text.removed_lines)
        self.summary_label.setText(
            _tr("Khi nhập đã loại %1 dòng không thuộc bài (dòng gạch ngang). Khôi phục một dòng để đưa nó trở lại bài;"
                " các đánh dấu vẫn giữ đúng chỗ.").replace("%1", str(count))
        )
        if current is not None:
            self.select_line(current.line_no)
        self._update_buttons()

    def current_line(self) -> OriginalLine | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.lines[rows[0].row()] if rows else None

    def select_line(self, line_no: int) -> bool:
        for row, line in enumerate(self.model.lines):
            if line.line_no == line_no:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self, *_args: object) -> None:
        line = self.current_line()
        self.restore_button.setEnabled(line is not None and bool(line.reason))
        self.hide_button.setEnabled(line is not None and not line.reason)

    def _toggle_current(self) -> None:
        line = self.current_line()
        if line is not None:
            (self._on_restore_button_clicked if line.reason else self._on_hide_button_clicked)()

    def _on_restore_button_clicked(self) -> None:
        line = self.current_line()
        if line is not None and line.reason:
            push(self.undo_stack, RestoreLineCommand(self.services, self.article_id, line.line_no, self))
            self.refresh()

    def _on_hide_button_clicked(self) -> None:
        line = self.current_line()
        if line is not None and not line.reason:
            push(self.undo_stack, HideLineCommand(self.services, self.article_id, line.line_no, self))
            self.refresh()

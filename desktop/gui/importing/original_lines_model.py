"""The raw lines of an article, each marked kept or removed (with the reason)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.domain.article import ArticleText
from desktop.gui.headered_table_model import HeaderedTableModel
from desktop.gui.i18n.core_text import stored_label
from desktop.gui.plain_text import tip

Index = QModelIndex | QPersistentModelIndex
REMOVED_COLOR = "#8a8a8a"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Importing", text)


@dataclass(frozen=True)
class OriginalLine:
    line_no: int
    text: str
    reason: str  # "" when the line is in the reading text


class OriginalLinesModel(HeaderedTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[OriginalLine] = []
        self.COLUMNS = (_tr("Trạng thái"), _tr("Dòng trong văn bản gốc"))  # translated at run time

    def set_text(self, text: ArticleText) -> None:
        reasons = {r.line_no: r.reason for r in text.removed_lines}
        self.beginResetModel()
        self.lines = [
            OriginalLine(n, line, reasons.get(n, ""))
            for n, line in enumerate(text.raw_text.split("\n"))
            if line.strip()  # blank lines carry nothing to restore
        ]
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        return self.COLUMNS

    def row_count(self) -> int:
        return len(self.lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return _tr("Đã loại: %1").replace("%1", stored_label(line.reason)) if line.reason else _tr("Trong bài")
            return line.text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return tip(line.text)
        if role == Qt.ItemDataRole.ForegroundRole and line.reason:
            return QColor(REMOVED_COLOR)
        if role == Qt.ItemDataRole.FontRole and line.reason and index.column() == 1:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

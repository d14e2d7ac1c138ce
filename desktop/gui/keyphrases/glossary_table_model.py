"""GlossaryTableModel: every glossary term (the user's, shipped, hidden) with its group and origin."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.gui.headered_table_model import HeaderedTableModel
from desktop.text.collation import collation_key
from desktop.text.keyphrases.glossary import GlossaryTerm

TERM_ROLE = Qt.ItemDataRole.UserRole + 1
HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # Vietnamese alphabetical order
_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("Keyphrases", text)


class GlossaryTableModel(HeaderedTableModel):
    COLUMN_TERM, COLUMN_GROUP, COLUMN_ORIGIN = range(3)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[GlossaryTerm, bool]] = []  # (term, hidden)

    def set_terms(self, terms: list[GlossaryTerm], hidden: list[GlossaryTerm]) -> None:
        self.beginResetModel()
        self._rows = [(t, False) for t in terms] + [(t, True) for t in hidden]
        self.endResetModel()

    def term(self, row: int) -> GlossaryTerm:
        return self._rows[row][0]

    def is_hidden(self, row: int) -> bool:
        return self._rows[row][1]

    def row_of(self, text: str) -> int:
        return next((i for i, (t, _h) in enumerate(self._rows) if t.text == text), -1)

    def headers(self) -> Sequence[str]:
        return (_tr("Thuật ngữ"), _tr("Nhóm"), _tr("Nguồn"))

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        term, hidden = self._rows[index.row()]
        if role == TERM_ROLE:
            return term
        if role == HIDDEN_ROLE:
            return hidden
        if role == SORT_ROLE:
            return collation_key(str(self.data(index, Qt.ItemDataRole.DisplayRole)))
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.COLUMN_TERM:
                return term.text
            if index.column() == self.COLUMN_GROUP:
                return term.group
            if hidden:
                return _tr("Có sẵn, đã ẩn")
            return _tr("Của tôi") if term.user else _tr("Có sẵn")
        if role == Qt.ItemDataRole.ForegroundRole and hidden:
            return QColor("#888888")
        if role == Qt.ItemDataRole.FontRole and term.user and index.column() == self.COLUMN_TERM:
            font = QFont()
            font.setBold(True)
            return font
        return None

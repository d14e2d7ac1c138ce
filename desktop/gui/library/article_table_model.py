"""ArticleTableModel: article metadata rows with their annotation counts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.article import ArticleMeta
from desktop.gui.headered_table_model import HeaderedTableModel
from desktop.gui.plain_text import tip
from desktop.text.collation import collation_key
from desktop.text.display import format_date_vi
from desktop.text.normalize import fold

ID_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3  # folded title + source + author + number, for accent-free filtering

# The number column is last in the model (other code and saved layouts count on the first four);
# the view shows it beside the source.
COL_TITLE, COL_SOURCE, COL_DATE, COL_ANNOTATIONS, COL_NUMBER = range(5)


def _headers() -> list[str]:
    tr = QCoreApplication.translate
    return [
        tr("ArticleTableModel", "Tiêu đề"),
        tr("ArticleTableModel", "Nguồn"),
        tr("ArticleTableModel", "Ngày đăng"),
        tr("ArticleTableModel", "Ghi chú"),
        tr("ArticleTableModel", "Số hiệu"),
    ]


def _number_order(number: str) -> tuple[int, int, str]:
    digits = re.findall(r"\d+", number)
    year = next((int(d) for d in digits[1:] if len(d) == 4), 0)
    return (-year, int(digits[0]) if digits else 0, number)


class ArticleTableModel(HeaderedTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleMeta] = []
        self._counts: dict[str, int] = {}
        self._folded: list[str] | None = None  # built on first filter: start-up never pays for it
        self._sort: tuple[int, Qt.SortOrder] = (COL_DATE, Qt.SortOrder.DescendingOrder)

    def set_articles(self, metas: list[ArticleMeta], counts: dict[str, int]) -> None:
        self.beginResetModel()
        self._counts = dict(counts)
        self._rows = sorted(metas, key=self._sort_key(self._sort[0]), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self._folded = None
        self.endResetModel()

    def has_numbers(self) -> bool:
        """Whether any article carries an official document number (news articles have none)."""
        return any(m.doc_number for m in self._rows)

    def _folded_rows(self) -> list[str]:
        if self._folded is None:
            self._folded = [fold(f"{m.title} {m.source} {m.author} {m.doc_number}") for m in self._rows]
        return self._folded

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_ANNOTATIONS), self.index(len(self._rows) - 1, COL_ANNOTATIONS))

    def _sort_key(self, column: int) -> Any:
        if column == COL_DATE:
            return lambda m: m.published or ""
        if column == COL_ANNOTATIONS:
            return lambda m: (self._counts.get(m.id, 0), m.published or "")
        if column == COL_SOURCE:
            return lambda m: (collation_key(m.source), collation_key(m.title))
        if column == COL_NUMBER:
            # Documents with a number first, then by year and number ("30/2020/NĐ-CP" -> 2020, 30).
            return lambda m: (not m.doc_number, _number_order(m.doc_number), collation_key(m.title))
        return lambda m: collation_key(m.title)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here with Python keys: a proxy sort would call data() per comparison, too slow
        for a library of tens of thousands of articles."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._rows[i.row()].id for i in old_persistent]
        self._rows = sorted(self._rows, key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._folded = None
        row_of = {m.id: r for r, m in enumerate(self._rows)}
        self.changePersistentIndexList(
            old_persistent, [self.index(row_of[i], p.column()) for i, p in zip(old_ids, old_persistent, strict=True)]
        )
        self.layoutChanged.emit()

    def meta_at(self, row: int) -> ArticleMeta:
        return self._rows[row]

    def row_of(self, article_id: str) -> int:
        return next((row for row, meta in enumerate(self._rows) if meta.id == article_id), -1)

    def headers(self) -> Sequence[str]:
        return _headers()

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meta = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return meta.id
        if role == FILTER_ROLE:
            return self._folded_rows()[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TITLE:
                return meta.title
            if column == COL_SOURCE:
                return meta.source
            if column == COL_NUMBER:
                return meta.doc_number
            if column == COL_DATE:
                return format_date_vi(meta.published, with_time=False)
            return str(self._counts.get(meta.id, 0) or "")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            return tip(meta.title)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ANNOTATIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

"""Filters articles by every typed word, with or without Vietnamese marks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop.gui.library.article_table_model import FILTER_ROLE
from desktop.text.normalize import fold


class ArticleFilterProxy(QSortFilterProxyModel):
    """Filters only: sorting is forwarded to the source model."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source model sorts itself (fast); the proxy keeps its order and only filters.
        self.sourceModel().sort(column, order)

    def set_filter_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9 replaces invalidateFilter()
            self.beginFilterChange()
            self._words = fold(text).split()
            self.endFilterChange()
        else:
            self._words = fold(text).split()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        haystack = self.sourceModel().index(source_row, 0, source_parent).data(FILTER_ROLE) or ""
        return all(word in haystack for word in self._words)

"""LibraryView: a filter box over a sortable table of articles."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.article import ArticleMeta
from desktop.gui.library.article_filter_proxy import ArticleFilterProxy
from desktop.gui.library.article_table_model import (
    COL_ANNOTATIONS,
    COL_DATE,
    COL_NUMBER,
    COL_SOURCE,
    COL_TITLE,
    ID_ROLE,
    ArticleTableModel,
)
from desktop.gui.table_columns import ProportionalColumns

COMPACT_WIDTH = 300
WIDE_WIDTH = 520  # room for the document number beside title, source, date and count


class LibraryView(QWidget):
    article_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False  # selecting from code, without announcing it
        self.model = ArticleTableModel(self)
        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Lọc theo tiêu đề, nguồn, tác giả (gõ có dấu hoặc không dấu)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Lọc danh sách bài viết"))
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Danh sách bài viết"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Widths from the font and the pane's width, never ResizeToContents (that reads every
        # row of a large library): the title keeps most of a narrow pane.
        weights = [0.0] * 5
        weights[COL_TITLE], weights[COL_SOURCE] = 72, 28
        header = self.table.horizontalHeader()
        header.moveSection(header.visualIndex(COL_NUMBER), header.visualIndex(COL_SOURCE) + 1)
        self.columns = ProportionalColumns(
            self.table, weights, fixed_chars={COL_NUMBER: 13, COL_DATE: 11, COL_ANNOTATIONS: 7}
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)

        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_columns_for(event.size().width())

    def _show_columns_for(self, width: int) -> None:
        # A narrow pane (a laptop screen with a side panel open) keeps the title and the date;
        # source and note count come back when there is room for them. The number column shows
        # only when some article has a number (news articles have none) and there is room.
        compact = width < COMPACT_WIDTH
        header = self.table.horizontalHeader()
        header.setSectionHidden(COL_SOURCE, compact)
        header.setSectionHidden(COL_ANNOTATIONS, compact)
        header.setSectionHidden(COL_NUMBER, compact or width < WIDE_WIDTH or not self.model.has_numbers())
        self.columns.apply()

    def set_articles(self, metas: list[ArticleMeta], counts: dict[str, int]) -> None:
        current = self.current_article_id()
        self.model.set_articles(metas, counts)
        self._update_count()
        self._show_columns_for(self.width())
        if current:
            self.select_article(current, emit=False)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%Ln bài viết", "", total))
        else:
            self.count_label.setText(self.tr("Hiện %1/%Ln bài viết", "", total).replace("%1", QLocale().toString(shown)))

    def current_article_id(self) -> str:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else ""

    def selected_article_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ID_ROLE) for index in rows]

    def select_article(self, article_id: str, *, emit: bool = True) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
        if not index.isValid():  # filtered out: clear the filter so the article can be shown
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
        # A flag, not blocked signals: the view itself must hear of the change, or it keeps
        # painting the old row as selected beside the new one.
        self._quiet = not emit
        try:
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        finally:
            self._quiet = False
        self.table.scrollTo(index)
        return True

    def select_row(self, row: int) -> None:
        index = self.proxy.index(row, COL_TITLE)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )

    def move_selection(self, step: int) -> None:
        """Next/previous article in the shown order."""
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else 0
        if 0 <= row < self.proxy.rowCount():
            self.select_row(row)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _on_table_current_row_changed(self, current: object, _previous: object) -> None:
        article_id = self.current_article_id()
        if article_id and not self._quiet:
            self.article_selected.emit(article_id)

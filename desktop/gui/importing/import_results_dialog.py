"""After an import: the summary and one line per file; double-click opens the article."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n.core_text import core_text
from desktop.gui.importing.import_results_model import ImportResultsModel, rows_from_report
from desktop.gui.plain_text import plain_labels
from desktop.services.library_service import ImportReport

FILE_COLUMN_MAX = 420


def _tr(text: str) -> str:
    return QCoreApplication.translate("Importing", text)


class ImportResultsDialog(QDialog):
    def __init__(
        self, report: ImportReport, open_article: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Kết quả nhập"))
        self.setObjectName("importResultsDialog")
        self._open_article = open_article
        self.summary_label = QLabel(core_text(report.summary()))
        self.summary_label.setWordWrap(True)
        self.model = ImportResultsModel(rows_from_report(report))
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        self.proxy = proxy
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # File names whole while the details keep room (names are read more than details).
        self.table.resizeColumnToContents(1)
        header.resizeSection(1, min(header.sectionSize(1), FILE_COLUMN_MAX))
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        hint = QLabel(_tr("Nhấp đúp vào một dòng để mở bài viết."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(820, 420)
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        if row.article_id:
            self._open_article(row.article_id)

"""The dialog's live preview in the chosen format: the first page (Word, PDF), the first rows
(CSV), the file's text (Markdown, JSON-LD); and the outline with its counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.plain_text import plain_labels
from desktop.services.export_service import ExportPreview


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


class ExportPreviewPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.page_view = QTextBrowser()
        self.page_view.setOpenLinks(False)
        self.table_view = QTableWidget()
        self.table_view.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table_view.verticalHeader().hide()
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.file_view = QStackedWidget()
        for view in (self.page_view, self.table_view, self.text_view):
            self.file_view.addWidget(view)
        self.outline_view = QTreeWidget()
        self.outline_view.setHeaderLabels([_tr("Mục"), _tr("Số trích dẫn")])
        self.outline_view.setRootIsDecorated(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.file_view, _tr("Trang đầu"))
        self.tabs.addTab(self.outline_view, _tr("Dàn ý"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML

    def show_message(self, text: str) -> None:
        """No preview possible yet (nothing chosen): say what to do instead."""
        self.summary_label.setText(text)
        self.page_view.clear()
        self.table_view.clear()
        self.table_view.setRowCount(0)
        self.text_view.clear()
        self.outline_view.clear()

    def show_preview(self, preview: ExportPreview) -> None:
        if not preview.excerpts:
            self.show_message(_tr("Không có trích dẫn nào phù hợp với lựa chọn."))
            return
        excerpts = QCoreApplication.translate("Export", "%n trích dẫn", None, preview.excerpts)
        articles = QCoreApplication.translate("Export", "%n bài viết", None, preview.articles)
        self.summary_label.setText(
            _tr("Sẽ xuất %1 từ %2.").replace("%1", excerpts).replace("%2", articles)
        )
        if preview.kind == "table":
            self._show_table(preview.rows)
            self.tabs.setTabText(0, _tr("Các dòng đầu"))
        elif preview.kind == "text":
            scroll = self.text_view.verticalScrollBar().value()
            self.text_view.setPlainText(preview.text)
            self.text_view.verticalScrollBar().setValue(scroll)
            self.file_view.setCurrentWidget(self.text_view)
            self.tabs.setTabText(0, _tr("Nội dung tệp"))
        else:
            scroll = self.page_view.verticalScrollBar().value()
            self.page_view.setHtml(preview.html)
            # A live update must not jump to the top.
            self.page_view.verticalScrollBar().setValue(scroll)
            self.file_view.setCurrentWidget(self.page_view)
            self.tabs.setTabText(0, _tr("Trang đầu"))
        self._show_outline(preview.outline)

    def _show_table(self, rows: tuple[tuple[str, ...], ...]) -> None:
        header, *body = rows or ((),)
        self.table_view.clear()
        self.table_view.setColumnCount(len(header))
        self.table_view.setRowCount(len(body))
        self.table_view.setHorizontalHeaderLabels(list(header))
        for r, row in enumerate(body):
            for c, value in enumerate(row):
                # Plain text items: a cell never renders as rich text.
                self.table_view.setItem(r, c, QTableWidgetItem(value.replace("\n", " ⏎ ")[:300]))
        self.table_view.resizeColumnsToContents()
        for c in range(self.table_view.columnCount()):
            self.table_view.setColumnWidth(c, min(self.table_view.columnWidth(c), 320))
        self.file_view.setCurrentWidget(self.table_view)

    def _show_outline(self, outline: list[tuple[int, str, int]]) -> None:
        self.outline_view.clear()
        parents: list[QTreeWidgetItem] = []
        for level, title, count in outline:
            item = QTreeWidgetItem([title, str(count)])
            parents = parents[: level - 1]
            if parents:
                parents[-1].addChild(item)
            else:
                self.outline_view.addTopLevelItem(item)
            parents.append(item)
        self.outline_view.expandAll()
        self.outline_view.resizeColumnToContents(0)

    def outline_titles(self) -> list[str]:
        titles: list[str] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            titles.append(item.text(0))
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.outline_view.topLevelItemCount()):
            walk(self.outline_view.topLevelItem(i))
        return titles

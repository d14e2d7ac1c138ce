"""The dialog's live preview: the first page as it will print, and the outline with counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
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
        self.outline_view = QTreeWidget()
        self.outline_view.setHeaderLabels([_tr("Mục"), _tr("Số trích dẫn")])
        self.outline_view.setRootIsDecorated(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.page_view, _tr("Trang đầu"))
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
        self.outline_view.clear()

    def show_preview(self, preview: ExportPreview) -> None:
        if not preview.excerpts:
            self.show_message(_tr("Không có trích dẫn nào phù hợp với lựa chọn."))
            return
        self.summary_label.setText(
            _tr("Sẽ xuất %1 trích dẫn từ %2 bài viết.")
            .replace("%1", str(preview.excerpts))
            .replace("%2", str(preview.articles))
        )
        scroll = self.page_view.verticalScrollBar().value()
        self.page_view.setHtml(preview.html)
        self.page_view.verticalScrollBar().setValue(
            scroll
        )  # a live update must not jump to the top
        self.outline_view.clear()
        parents: list[QTreeWidgetItem] = []
        for level, title, count in preview.outline:
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

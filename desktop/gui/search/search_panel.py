"""SearchPanel: the search box, its help button, a status line and the grouped results."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n.core_text import core_text
from desktop.gui.plain_text import plain_labels
from desktop.gui.search.rich_text_delegate import RichTextDelegate
from desktop.gui.search.search_help import SearchHelpPopup
from desktop.gui.search.search_result_model import TARGET_ROLE, ResultTarget, SearchResultModel
from desktop.search.results import SearchResults
from desktop.search.tokens import WORD_RE

MIN_LETTERS = 3  # shorter input is searched only on Enter: one or two letters match half the library


def _tr(text: str) -> str:
    return QCoreApplication.translate("Search", text)


def _trn(text: str, n: int) -> str:
    """A text about `n` things: %Ln is the number, and English picks singular or plural."""
    return QCoreApplication.translate("Search", text, "", n)


def letters_in(query: str) -> int:
    return sum(len(w) for w in WORD_RE.findall(query))


class _ResultsView(QTreeView):
    """Rows as tall as their wrapped snippets at the width they have now: a tree keeps row
    heights from its first layout, so a narrower dock (or a scroll bar appearing) would clip."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()


class SearchPanel(QWidget):
    query_edited = Signal(str, bool)  # query, forced (Enter)
    result_activated = Signal(object)  # ResultTarget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.edit = QLineEdit()
        self.edit.setObjectName("searchEdit")
        self.edit.setPlaceholderText(_tr("Tìm: dao duc, \"cụm từ\", -loại, tag:…, nguồn:…, ngày:…"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(_tr("Ô tìm kiếm"))
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.help_button = QToolButton()
        self.help_button.setText("?")
        self.help_button.setToolTip(_tr("Cách viết câu tìm kiếm"))
        self.help_button.setAccessibleName(_tr("Cách viết câu tìm kiếm"))
        self.help_button.clicked.connect(self.show_help)
        self.help_popup: SearchHelpPopup | None = None
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)

        self.model = SearchResultModel()
        self.view = _ResultsView()
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setItemDelegate(RichTextDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(self._on_view_activated)
        self.view.clicked.connect(self._on_view_activated)

        box = QHBoxLayout()
        box.addWidget(self.edit, 1)
        box.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(box)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML

    @property
    def query(self) -> str:
        return self.edit.text()

    def focus_box(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def show_help(self) -> SearchHelpPopup:
        if self.help_popup is None:
            self.help_popup = SearchHelpPopup(self)
        self.help_popup.show_below(self.edit)
        return self.help_popup

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def show_results(self, results: SearchResults) -> None:
        self.model.set_results(results)
        self.view.expandAll()
        notices = [core_text(n) for n in results.notices]
        if results.is_empty:
            notices.append(_tr("Không tìm thấy kết quả nào."))
        else:
            notices.append(
                _tr("%1, %2.")
                .replace("%1", _trn("%Ln bài viết", results.article_count))
                .replace("%2", _trn("%Ln ghi chú", results.annotation_count))
            )
        self.set_status(" ".join(notices))

    def clear_results(self, status: str = "") -> None:
        self.model.set_results(None)
        self.set_status(status)

    def activate_first(self) -> bool:
        index = self.model.first_target_index()
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self._on_view_activated(index)
        return True

    def _on_edit_text_changed(self, text: str) -> None:
        if not text.strip():
            self.clear_results()
            self.query_edited.emit("", False)
        elif letters_in(text) < MIN_LETTERS and ":" not in text:
            self.set_status(_tr("Gõ thêm chữ hoặc nhấn Enter để tìm."))
            self.query_edited.emit("", False)  # a search queued for longer text is no longer wanted
        else:
            self.query_edited.emit(text, False)

    def _on_edit_return_pressed(self) -> None:
        if self.edit.text().strip():
            self.query_edited.emit(self.edit.text(), True)

    def _on_view_activated(self, index: QModelIndex) -> None:
        target = index.data(TARGET_ROLE)
        if isinstance(target, ResultTarget):
            self.result_activated.emit(target)

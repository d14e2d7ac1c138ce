"""KeyphrasePanel: the side list of the article's key phrases with a legend and two actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.keyphrases.keyphrase_list_model import KeyphraseListModel
from desktop.gui.keyphrases.keyphrase_styles import kind_help, kind_label, legend_icon
from desktop.services.keyphrase_service import DOCUMENT_REF, KINDS, KeyPhrase


def _tr(text: str) -> str:
    return QCoreApplication.translate("Keyphrases", text)


class KeyphrasePanel(QWidget):
    """Emits what the user asked for; the controller does it (this widget calls no service)."""

    phrase_clicked = Signal(object)  # KeyPhrase: show its next occurrence
    add_requested = Signal(object)  # KeyPhrase: add it to the user's glossary
    citing_requested = Signal(object)  # KeyPhrase (a document reference): list the citing articles

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyphrasePanel")
        self.model = KeyphraseListModel()
        self.table = QTableView()
        self.table.setObjectName("keyphraseTable")
        self.table.setAccessibleName(_tr("Cụm từ khóa của bài viết"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        # the dock shares the side with others: it must be able to stay small when asked
        self.table.setMinimumHeight(60)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.clicked.connect(self._on_table_clicked)
        self.table.activated.connect(self._on_table_clicked)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.add_button = QPushButton(_tr("&Thêm vào bảng thuật ngữ"))
        self.add_button.setObjectName("keyphraseAddButton")
        self.add_button.setToolTip(
            _tr("Từ nay cụm từ này được tô như một thuật ngữ trong mọi bài viết")
        )
        self.add_button.clicked.connect(lambda: self._emit_for_current(self.add_requested))
        self.citing_button = QPushButton(_tr("Bài viết &dẫn văn bản này…"))
        self.citing_button.setObjectName("keyphraseCitingButton")
        self.citing_button.clicked.connect(lambda: self._emit_for_current(self.citing_requested))
        self.empty_label = QLabel(_tr("Mở một bài viết để xem cụm từ khóa."))
        self.empty_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.citing_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._legend())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.is_term = lambda _text: False  # set by the controller: is this text a glossary term?
        self.set_phrases([])

    def _legend(self) -> QHBoxLayout:
        """One compact row: the same samples as the toolbar toggles, each explained in its tooltip."""
        legend = QHBoxLayout()
        legend.setSpacing(6)
        for kind in KINDS:
            icon = QLabel()
            icon.setPixmap(legend_icon(kind, 16).pixmap(16, 16))
            icon.setToolTip(kind_help(kind))
            text = QLabel(kind_label(kind))
            text.setToolTip(kind_help(kind))
            legend.addWidget(icon)
            legend.addWidget(text)
        legend.addStretch(1)
        return legend

    def set_phrases(self, phrases: list[KeyPhrase]) -> None:
        self.model.set_phrases(phrases)
        self.table.setVisible(bool(phrases))
        self.empty_label.setVisible(not phrases)
        self._update_buttons()

    def current_phrase(self) -> KeyPhrase | None:
        index = self.table.currentIndex()
        return self.model.phrase(index.row()) if index.isValid() else None

    def select_phrase(self, kind: str, key: str) -> bool:
        row = self.model.row_of(kind, key)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _update_buttons(self, *_: object) -> None:
        phrase = self.current_phrase()
        self.add_button.setEnabled(
            phrase is not None and phrase.kind != DOCUMENT_REF and not self.is_term(phrase.text)
        )
        self.citing_button.setEnabled(phrase is not None and phrase.kind == DOCUMENT_REF)

    def _emit_for_current(self, signal: SignalInstance) -> None:
        phrase = self.current_phrase()
        if phrase is not None:
            signal.emit(phrase)

    def _on_table_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._update_buttons()
            self.phrase_clicked.emit(self.model.phrase(index.row()))

    def _on_table_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        phrase = self.model.phrase(index.row())
        menu = QMenu(self)
        menu.addAction(_tr("Chỗ xuất hiện tiếp theo"), lambda: self.phrase_clicked.emit(phrase))
        if phrase.kind == DOCUMENT_REF:
            menu.addAction(
                _tr("Bài viết dẫn văn bản này…"), lambda: self.citing_requested.emit(phrase)
            )
        elif not self.is_term(phrase.text):
            menu.addAction(_tr("Thêm vào bảng thuật ngữ"), lambda: self.add_requested.emit(phrase))
        menu.exec(self.table.viewport().mapToGlobal(pos))

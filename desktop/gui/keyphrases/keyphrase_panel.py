"""KeyphrasePanel: the article's key phrases (best first, then every one) with a legend and two actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QResizeEvent
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
        self.top_model = KeyphraseListModel(ranked=True)
        self.top_table = self._table(
            self.top_model, "keyphraseTopTable", _tr("Cụm từ chính của bài")
        )
        self.model = KeyphraseListModel()
        self.table = self._table(self.model, "keyphraseTable", _tr("Mọi cụm từ khóa của bài"))
        self._current_table = self.top_table

        self.top_label = self._heading(_tr("Cụm từ chính của bài"))
        self.all_label = self._heading(_tr("Mọi cụm từ khóa"))
        self.add_button = QPushButton(_tr("&Thêm vào bảng thuật ngữ"))
        self.add_button.setObjectName("keyphraseAddButton")
        self.add_button.setToolTip(
            _tr("Từ nay cụm từ này được tô như một thuật ngữ trong mọi bài viết")
        )
        self.add_button.clicked.connect(lambda: self._emit_for_current(self.add_requested))
        self.citing_button = QPushButton(_tr("Bài viết &dẫn văn bản này…"))
        self.citing_button.setObjectName("keyphraseCitingButton")
        self.citing_button.setToolTip(_tr("Các bài viết trong thư viện dẫn cùng văn bản"))
        self.citing_button.clicked.connect(lambda: self._emit_for_current(self.citing_requested))
        self.empty_label = QLabel(_tr("Mở một bài viết để xem cụm từ khóa."))
        self.empty_label.setWordWrap(True)

        # the key phrases take the height they need; the full list gets the rest
        self.lists = QWidget()
        lists_layout = QVBoxLayout(self.lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(self.top_label)
        lists_layout.addWidget(self.top_table)
        lists_layout.addSpacing(6)
        lists_layout.addWidget(self.all_label)
        lists_layout.addWidget(self.table, 1)

        # one button a row: both labels stay whole however narrow the dock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._legend())
        layout.addWidget(self.lists, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.add_button)
        layout.addWidget(self.citing_button)
        self.is_term = lambda _text: False  # set by the controller: is this text a glossary term?
        self.set_phrases([])

    def _table(self, model: KeyphraseListModel, name: str, accessible: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        # a long phrase wraps onto a second line rather than losing its end
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the dock shares the side with others: it must be able to stay small when asked
        table.setMinimumHeight(60)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.clicked.connect(lambda index, t=table: self._on_table_clicked(t, index))
        table.activated.connect(lambda index, t=table: self._on_table_clicked(t, index))
        table.customContextMenuRequested.connect(
            lambda pos, t=table: self._on_table_context_menu(t, pos)
        )
        table.selectionModel().currentRowChanged.connect(
            lambda *_args, t=table: self._on_current_changed(t)
        )
        return table

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

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

    def set_phrases(self, phrases: list[KeyPhrase], top: int = 10) -> None:
        self.top_model.set_phrases(
            sorted((p for p in phrases if p.rank), key=lambda p: p.rank)[:top]
        )
        self.model.set_phrases(phrases)
        self.all_label.setText(_tr("Mọi cụm từ khóa (%1)").replace("%1", str(len(phrases))))
        self.top_table.resizeRowsToContents()
        self.table.resizeRowsToContents()
        self._fit_top_table()
        self.lists.setVisible(bool(phrases))
        self.empty_label.setVisible(not phrases)
        self._update_buttons()

    def _fit_top_table(self) -> None:
        """The key phrases take the height they need (the full list gets the rest)."""
        table = self.top_table
        rows = sum(table.rowHeight(r) for r in range(self.top_model.rowCount()))
        needed = table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 2
        table.setFixedHeight(max(needed, 60))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.top_table.resizeRowsToContents()  # a narrower panel wraps more lines
        self._fit_top_table()

    def current_phrase(self) -> KeyPhrase | None:
        table = self._current_table
        index = table.currentIndex()
        model: KeyphraseListModel = table.model()  # type: ignore[assignment]
        return model.phrase(index.row()) if index.isValid() else None

    def select_phrase(self, kind: str, key: str) -> bool:
        """Select the phrase in the list of the article's key phrases, else in the full list."""
        for table, model in ((self.top_table, self.top_model), (self.table, self.model)):
            row = model.row_of(kind, key)
            if row >= 0:
                self._current_table = table
                table.selectRow(row)
                self._update_buttons()
                return True
        return False

    def _on_current_changed(self, table: QTableView) -> None:
        if table.currentIndex().isValid():
            self._current_table = table
        self._update_buttons()

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

    def _on_table_clicked(self, table: QTableView, index: QModelIndex) -> None:
        if index.isValid():
            self._current_table = table
            if table.currentIndex().row() != index.row():
                table.selectRow(index.row())
            self._update_buttons()
            model: KeyphraseListModel = table.model()  # type: ignore[assignment]
            self.phrase_clicked.emit(model.phrase(index.row()))

    def _on_table_context_menu(self, table: QTableView, pos: QPoint) -> None:
        index = table.indexAt(pos)
        if not index.isValid():
            return
        self._current_table = table
        table.selectRow(index.row())
        model: KeyphraseListModel = table.model()  # type: ignore[assignment]
        phrase = model.phrase(index.row())
        menu = QMenu(self)
        menu.addAction(_tr("Chỗ xuất hiện tiếp theo"), lambda: self.phrase_clicked.emit(phrase))
        if phrase.kind == DOCUMENT_REF:
            menu.addAction(
                _tr("Bài viết dẫn văn bản này…"), lambda: self.citing_requested.emit(phrase)
            )
        elif not self.is_term(phrase.text):
            menu.addAction(_tr("Thêm vào bảng thuật ngữ"), lambda: self.add_requested.emit(phrase))
        menu.exec(table.viewport().mapToGlobal(pos))

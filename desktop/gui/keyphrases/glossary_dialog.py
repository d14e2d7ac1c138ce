"""GlossaryDialog: browse, add, remove, regroup, import and export glossary terms (undoable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.gui.annotations.annotation_commands import push
from desktop.gui.error_dialogs import show_error
from desktop.gui.keyphrases.glossary_commands import (
    AddTermCommand,
    RemoveTermCommand,
    SetTermGroupCommand,
)
from desktop.gui.keyphrases.glossary_table_model import SORT_ROLE, GlossaryTableModel
from desktop.gui.plain_text import plain_labels
from desktop.text.keyphrases.glossary import DEFAULT_USER_GROUP, GlossaryTerm
from desktop.text.normalize import fold

if TYPE_CHECKING:
    from desktop.services import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("Keyphrases", text)


class _FoldedFilterProxy(QSortFilterProxyModel):
    """Typing "dao duc" finds "đạo đức": the filter ignores case and marks."""

    def __init__(self) -> None:
        super().__init__()
        self._needle = ""

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        haystack = " ".join(str(model.index(row, c, parent).data() or "") for c in range(2))
        return self._needle in fold(haystack)


class TermEditor(QDialog):
    """Asks for a term and its group (an existing group or a new one)."""

    def __init__(
        self, groups: list[str], parent: QWidget | None = None, *, term: str = "", group: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Thêm thuật ngữ"))
        self.term_edit = QLineEdit(term)
        self.term_edit.setPlaceholderText(_tr("ví dụ: bộ phận một cửa"))
        self.group_box = QComboBox()
        self.group_box.setEditable(True)
        self.group_box.addItems(list(dict.fromkeys([DEFAULT_USER_GROUP, *groups])))
        self.group_box.setCurrentText(group or DEFAULT_USER_GROUP)
        form = QFormLayout()
        form.addRow(_tr("&Thuật ngữ:"), self.term_edit)
        form.addRow(_tr("&Nhóm:"), self.group_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class GlossaryDialog(QDialog):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.setObjectName("glossaryDialog")
        self.setWindowTitle(_tr("Bảng thuật ngữ"))
        self.resize(840, 560)
        self.model = GlossaryTableModel()
        self.proxy = _FoldedFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(_tr("Lọc thuật ngữ hoặc nhóm (gõ không dấu cũng được)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_needle)
        self.table = QTableView()
        self.table.setObjectName("glossaryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(GlossaryTableModel.COLUMN_GROUP, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # One line per term: a wrapped group name is cut off by the row height.
        self.table.setWordWrap(False)
        self.table.horizontalHeader().resizeSection(1, self.fontMetrics().horizontalAdvance("0") * 22)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.count_label = QLabel()

        self.add_button = QPushButton(_tr("&Thêm…"))
        self.remove_button = QPushButton(_tr("&Xóa"))
        self.remove_button.setToolTip(
            _tr("Thuật ngữ có sẵn được ẩn đi; Hoàn tác hoặc Khôi phục để dùng lại")
        )
        self.restore_button = QPushButton(_tr("&Khôi phục"))
        self.group_button = QPushButton(_tr("Đổi &nhóm…"))
        self.import_button = QPushButton(_tr("&Nhập từ tệp…"))
        self.export_button = QPushButton(_tr("&Xuất ra tệp…"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.group_button.clicked.connect(self._on_group_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.restore_button, self.group_button):
            side.addWidget(button)
        side.addSpacing(12)
        side.addWidget(self.import_button)
        side.addWidget(self.export_button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addLayout(body, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(close)
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML
        self.refresh()

    # --- state -------------------------------------------------------------------------------
    def refresh(self) -> None:
        service = self.services.keyphrases
        selected = [t.text for t in self.selected_terms()]
        terms = service.glossary_terms()
        self.model.set_terms(terms, service.hidden_terms())
        mine = sum(t.user for t in terms)
        self.count_label.setText(
            _tr("%1 thuật ngữ đang dùng, %2 của bạn.")
            .replace("%1", str(len(terms)))
            .replace("%2", str(mine))
        )
        for text in selected:
            self.select_term(text)
        self._update_buttons()

    def select_term(self, text: str) -> bool:
        row = self.model.row_of(text)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
        return index.isValid()

    def _selected_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return sorted(rows)

    def selected_terms(self) -> list[GlossaryTerm]:
        return [self.model.term(r) for r in self._selected_rows()]

    def _update_buttons(self, *_: object) -> None:
        rows = self._selected_rows()
        self.remove_button.setEnabled(any(not self.model.is_hidden(r) for r in rows))
        self.restore_button.setEnabled(any(self.model.is_hidden(r) for r in rows))
        self.group_button.setEnabled(
            len(rows) == 1 and self.model.term(rows[0]).user and not self.model.is_hidden(rows[0])
        )

    # --- actions -------------------------------------------------------------------------------
    def add_term(self, text: str, group: str = "") -> bool:
        command = AddTermCommand(self.services, text, group, error_parent=self)
        done = push(self.undo_stack, command)
        if done and command.term is not None:
            self.select_term(command.term.text)
        return done

    def remove_selected(self) -> int:
        rows = [r for r in self._selected_rows() if not self.model.is_hidden(r)]
        texts = [self.model.term(r).text for r in rows]
        if len(texts) > 1:
            self.undo_stack.beginMacro(_tr("Xóa %1 thuật ngữ").replace("%1", str(len(texts))))
        removed = sum(
            push(self.undo_stack, RemoveTermCommand(self.services, t, error_parent=self))
            for t in texts
        )
        if len(texts) > 1:
            self.undo_stack.endMacro()
        return removed

    def _on_add_clicked(self) -> None:
        groups = self.services.keyphrases.groups()
        editor = TermEditor(groups, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.add_term(editor.term_edit.text(), editor.group_box.currentText())

    def _on_remove_clicked(self) -> None:
        self.remove_selected()

    def _on_restore_clicked(self) -> None:
        for row in [r for r in self._selected_rows() if self.model.is_hidden(r)]:
            push(
                self.undo_stack,
                AddTermCommand(self.services, self.model.term(row).text, error_parent=self),
            )

    def _on_group_clicked(self) -> None:
        terms = self.selected_terms()
        if len(terms) != 1:
            return
        editor = TermEditor(
            self.services.keyphrases.groups(), self, term=terms[0].text, group=terms[0].group
        )
        editor.setWindowTitle(_tr("Đổi nhóm"))
        editor.term_edit.setReadOnly(True)
        if editor.exec() == QDialog.DialogCode.Accepted:
            push(
                self.undo_stack,
                SetTermGroupCommand(
                    self.services, terms[0].text, editor.group_box.currentText(), error_parent=self
                ),
            )

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _tr("Nhập thuật ngữ"), "", _tr("Tệp văn bản (*.txt);;Mọi tệp (*)")
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> tuple[int, int] | None:
        try:
            added, skipped = self.services.keyphrases.import_glossary(path)  # type: ignore[arg-type]
        except UserError as exc:
            show_error(self, exc)
            return None
        self.count_label.setText(
            _tr("Đã thêm %1 thuật ngữ; bỏ qua %2 thuật ngữ đã có.")
            .replace("%1", str(added))
            .replace("%2", str(skipped))
        )
        return added, skipped

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Xuất thuật ngữ của tôi"), "thuat-ngu.txt", _tr("Tệp văn bản (*.txt)")
        )
        if path:
            self.export_file(path)

    def export_file(self, path: str, *, include_shipped: bool = False) -> int | None:
        try:
            count = self.services.keyphrases.export_glossary(path, include_shipped=include_shipped)  # type: ignore[arg-type]
        except UserError as exc:
            show_error(self, exc)
            return None
        self.count_label.setText(_tr("Đã ghi %1 thuật ngữ ra tệp.").replace("%1", str(count)))
        return count

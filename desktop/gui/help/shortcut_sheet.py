"""ShortcutSheet: a searchable table of every keyboard shortcut (F1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.help.shortcut_catalog import ShortcutEntry
from desktop.text.normalize import fold


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


class ShortcutSheet(QDialog):
    def __init__(self, entries: list[ShortcutEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(_tr("Phím tắt"))
        self.entries = entries
        intro = QLabel(
            _tr("Mọi lệnh có phím tắt. Tab và Shift+Tab chuyển giữa các ô; mũi tên di chuyển trong danh sách.")
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_tr("Tìm lệnh hoặc phím…"))
        self.search.setAccessibleName(_tr("Tìm phím tắt"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.table = QTableWidget(len(entries), 3)
        self.table.setAccessibleName(_tr("Bảng phím tắt"))
        self.table.setHorizontalHeaderLabels([_tr("Nhóm"), _tr("Lệnh"), _tr("Phím tắt")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        for row, entry in enumerate(entries):
            for column, text in enumerate((entry.group, entry.command, entry.keys)):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)
        self.search.setFocus()

    def visible_commands(self) -> list[str]:
        return [self.entries[r].command for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def _on_search_text_changed(self, text: str) -> None:
        # Accent-free like every search in the app: "phim" finds "Phóng to chữ".
        needle = fold(" ".join(text.split()))
        for row, entry in enumerate(self.entries):
            haystack = fold(f"{entry.group} {entry.command} {entry.keys}")
            self.table.setRowHidden(row, bool(needle) and needle not in haystack)

"""Pick several tags: type with autocomplete from existing tags, Enter adds (new names too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.tag import normalize_tag_name
from desktop.text.collation import sorted_by_name
from desktop.text.normalize import nfc


def _tr(text: str) -> str:
    return QCoreApplication.translate("Annotations", text)


class TagPicker(QWidget):
    tags_changed = Signal()

    def __init__(
        self, known_names: list[str], chosen: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._known = sorted_by_name(known_names)
        self.line = QLineEdit()
        self.line.setPlaceholderText(_tr("Gõ tên thẻ rồi nhấn Enter (“cha/con” cho thẻ con)"))
        completer = QCompleter(QStringListModel(self._known, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "đầu tư" finds "Kinh tế/Đầu tư"
        self.line.setCompleter(completer)
        # Choosing a suggestion adds it at once; the field is cleared after QLineEdit has
        # written the chosen text into it.
        completer.activated.connect(self._on_completer_activated)
        self.add_button = QPushButton(_tr("Thêm thẻ"))
        self.add_button.clicked.connect(self.commit_typed)
        self.add_button.setAutoDefault(False)
        self.list = QListWidget()
        self.list.setMaximumHeight(96)
        self.list.setAccessibleName(_tr("Các thẻ đã chọn"))
        self.remove_button = QPushButton(_tr("Bỏ thẻ đã chọn"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.remove_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        for name in chosen:
            self.add(name)

    def add(self, name: str) -> None:
        name = normalize_tag_name(nfc(name))
        if not name:
            return
        # An existing tag typed in another case is that tag, not a new one.
        name = next((k for k in self._known if k.casefold() == name.casefold()), name)
        if name.casefold() in (n.casefold() for n in self.names()):
            return
        item = QListWidgetItem(name if name in self._known else name + _tr(" (thẻ mới)"))
        item.setData(Qt.ItemDataRole.UserRole, name)
        self.list.addItem(item)
        self.tags_changed.emit()

    def names(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def commit_typed(self) -> None:
        """Add the name in the field (Enter, the add button, or accepting the dialog)."""
        if self.line.text().strip():
            self.add(self.line.text())
        self.line.clear()

    def _on_completer_activated(self, name: str) -> None:
        self.add(name)
        QTimer.singleShot(0, self.line, self.line.clear)

    def _on_remove_clicked(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.tags_changed.emit()

"""Pick a tag colour from named swatches ("Cam", "Xanh dương"…), or any colour with "Màu khác…"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.annotations.color_swatch import TAG_PALETTE, color_name, swatch_icon, swatch_pixmap

COLUMNS = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("Annotations", text)


class TagColorDialog(QDialog):
    def __init__(self, current: str = "", title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagColorDialog")
        self.setWindowTitle(title or _tr("Chọn màu thẻ"))
        self._color = current.lower()
        self.group = QButtonGroup(self)
        grid = QGridLayout()
        for i, (hex_color, _name) in enumerate(TAG_PALETTE):
            button = QToolButton()
            button.setObjectName(f"swatch_{hex_color.lstrip('#')}")
            button.setCheckable(True)
            button.setIcon(swatch_icon(hex_color, 28))
            button.setIconSize(QSize(28, 28))
            button.setText(color_name(hex_color))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setMinimumWidth(96)
            button.setChecked(hex_color == self._color)
            button.clicked.connect(lambda _=False, c=hex_color: self._choose(c))
            button.setAccessibleName(color_name(hex_color))
            self.group.addButton(button, i)
            grid.addWidget(button, i // COLUMNS, i % COLUMNS)
        self.other_button = QPushButton(_tr("Màu khác…"))
        self.other_button.clicked.connect(self._on_other_clicked)
        self.chosen_swatch = QLabel()
        self.chosen_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Chọn"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignLeft)
        chosen = QHBoxLayout()
        chosen.addWidget(self.chosen_swatch)
        chosen.addWidget(self.chosen_label, 1)
        layout.addLayout(chosen)
        layout.addWidget(buttons)
        self._show_choice()

    def color(self) -> str:
        """"#rrggbb" of the chosen colour ("" when none was chosen)."""
        return self._color

    def _choose(self, color: str) -> None:
        self._color = color.lower()
        for button in self.group.buttons():
            button.setChecked(button.objectName() == f"swatch_{self._color.lstrip('#')}")
        self._show_choice()

    def _show_choice(self) -> None:
        self.ok_button.setEnabled(bool(self._color))
        self.chosen_swatch.setPixmap(swatch_pixmap(self._color) if self._color else QPixmap())
        self.chosen_label.setText(
            _tr("Đã chọn: %1").replace("%1", color_name(self._color)) if self._color else _tr("Chưa chọn màu nào.")
        )

    def _on_other_clicked(self) -> None:
        picked = QColorDialog.getColor(QColor(self._color or "#ffffff"), self, _tr("Chọn màu khác"))
        if picked.isValid():
            self._choose(picked.name())

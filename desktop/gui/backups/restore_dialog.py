"""RestoreDialog: pick a backup (newest first) to put the library back as it was."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n.core_text import core_text
from desktop.gui.plain_text import tip
from desktop.storage.backups import BackupInfo

REASONS = {
    "manual": "sao lưu thủ công",
    "auto": "tự động",
    "before-restore": "trước khi khôi phục",
    "before-migration": "trước khi nâng cấp",
    "on-close": "khi đóng ứng dụng",
}


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.resize(520, 380)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Các bản sao lưu"))
        for info in backups:
            reason = self.tr(REASONS.get(info.reason, info.reason))
            item = QListWidgetItem(f"{core_text(info.label)}  ({reason})")
            item.setToolTip(tip(str(info.path)))
            item.setData(0x0100, info)
            self.list.addItem(item)
        explanation = QLabel(
            self.tr(
                "Thư viện sẽ trở lại đúng như lúc sao lưu. Trạng thái hiện tại được tự động sao lưu "
                "trước, nên bạn có thể khôi phục lại nếu đổi ý."
            )
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Khôi phục"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        if backups:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("Chưa có bản sao lưu nào."))
            self.list.setEnabled(False)

    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        return item.data(0x0100) if item is not None else None

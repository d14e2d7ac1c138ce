"""Edit an article's reading text (fix a typo, paste a corrected version)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.plain_text import window_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("Annotations", text)


def _trn(text: str, n: int) -> str:
    """A text about `n` things: %Ln is the number, and English picks singular or plural."""
    return QCoreApplication.translate("Annotations", text, "", n)


class ArticleTextDialog(QDialog):
    def __init__(
        self, title: str, text: str, annotation_count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(_tr("Sửa nội dung: %1").replace("%1", title)))
        self.resize(760, 620)
        info = QLabel(
            _trn(
                "Sửa lỗi chính tả hoặc dán bản đúng của bài. %Ln ghi chú sẽ được gắn lại vào đoạn tương ứng; "
                "ghi chú nào không tìm thấy chắc chắn sẽ vào danh sách “Cần xem lại”, không bị xóa. "
                "Bản gốc khi nhập vẫn được giữ.",
                annotation_count,
            )
        )
        info.setWordWrap(True)
        self.editor = QPlainTextEdit(text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(_tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.editor.toPlainText()

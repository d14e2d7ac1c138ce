"""Show a user-facing error as one clear sentence in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import UserError
from desktop.gui.i18n.core_text import core_text


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    tr = QCoreApplication.translate
    if isinstance(error, UserError):
        message = core_text(error)
    else:  # a bug: still one sentence the user can act on, with the cause for support
        message = tr(
            "Errors",
            "Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn; hãy thử lại hoặc báo cho bộ phận hỗ trợ.",
        ) + f"\n\n({type(error).__name__}: {error})"
    QMessageBox.warning(parent, title or tr("Errors", "Không thực hiện được"), message)

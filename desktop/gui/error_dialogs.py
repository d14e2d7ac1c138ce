"""Message boxes: a user-facing error as one clear sentence in the interface language; every
text shown as plain text (a title or a file name in a message must never be read as HTML)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import UserError
from desktop.gui.i18n.core_text import core_text
from desktop.gui.plain_text import plain, window_title


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    box = QMessageBox(icon, window_title(title), "", buttons, parent)
    plain(box)  # before the text is set: Qt decides how to show it when it is given
    box.setText(text)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    tr = QCoreApplication.translate
    if isinstance(error, UserError):
        message = core_text(error)
    else:  # a bug: still one sentence the user can act on, with the cause for support
        message = tr(
            "Errors",
            "Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn; hãy thử lại hoặc báo cho bộ phận hỗ trợ.",
        ) + f"\n\n({type(error).__name__}: {error})"
    warn(parent, title or tr("Errors", "Không thực hiện được"), message)

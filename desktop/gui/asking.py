"""Short questions to the user, with buttons named after what they do ("Xóa thẻ", "Hủy"), not Yes/No/OK."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop.gui.error_dialogs import message_box
from desktop.gui.plain_text import plain_labels, window_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("Asking", text)


def question_box(parent: QWidget | None, title: str, text: str, *, yes: str, no: str = "") -> QMessageBox:
    """The question, not yet asked; its first button says yes. The answer that changes
    nothing is the default."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or _tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    return box


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, yes: str, no: str = "") -> bool:
    """True when the user pressed `yes`."""
    box = question_box(parent, title, text, yes=yes, no=no)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole


def _input_dialog(parent: QWidget | None, title: str, label: str, ok: str) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(window_title(title))
    dialog.setLabelText(label)
    plain_labels(dialog)  # the label may name a tag or a title: text, never HTML
    dialog.setOkButtonText(ok or _tr("Đồng ý"))
    dialog.setCancelButtonText(_tr("Hủy"))
    return dialog


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "", *, ok: str = "") -> tuple[str, bool]:
    """(text, accepted) like QInputDialog.getText, with Vietnamese buttons."""
    dialog = _input_dialog(parent, title, label, ok)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    accepted = bool(dialog.exec())
    return dialog.textValue(), accepted


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str], *, ok: str = "") -> tuple[str, bool]:
    """(item, accepted) like QInputDialog.getItem (not editable), with Vietnamese buttons."""
    dialog = _input_dialog(parent, title, label, ok)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    accepted = bool(dialog.exec())
    return dialog.textValue(), accepted

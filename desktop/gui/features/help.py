"""Feature: Help > Phím tắt (F1, "?"): every shortcut of the window, collected when opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from desktop.gui.help.shortcut_catalog import collect_shortcuts
from desktop.gui.help.shortcut_sheet import ShortcutSheet

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ORDER = 95  # late: the sheet lists what the other features added, but it reads them when opened anyway


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


class HelpController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.sheet: ShortcutSheet | None = None
        self.action = QAction(_tr("&Phím tắt"), window)
        self.action.setObjectName("shortcutSheetAction")
        # "?" as well as F1: a read-only reader never types it; text fields keep it (they claim printable keys).
        self.action.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents), QKeySequence("?")])
        self.action.triggered.connect(self.show_sheet)
        window.menus["help"].addAction(self.action)

    def show_sheet(self) -> ShortcutSheet:
        if self.sheet is not None:
            self.sheet.close()
            self.sheet.deleteLater()
        entries = collect_shortcuts(self.window, other_group=_tr("Khác"))
        self.sheet = ShortcutSheet(entries, self.window)
        self.sheet.show()
        self.sheet.raise_()
        self.sheet.activateWindow()
        return self.sheet


def install(window: MainWindow) -> None:
    window.help_controller = HelpController(window)  # type: ignore[attr-defined]

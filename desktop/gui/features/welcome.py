"""Feature: a "Bắt đầu" guide docked beside the reader on first start, back from Help."""

# A dock rather than a modal dialog: the user can read a step and try it at once.

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from desktop.gui.settings.app_settings import KEY_WELCOME_SEEN
from desktop.gui.welcome.welcome_panel import WelcomePanel

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ORDER = 96


def _tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


class WelcomeController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.panel = WelcomePanel()
        self.panel.dismissed.connect(self.dismiss)
        self.dock = window.add_dock(self.panel, _tr("Bắt đầu"), "welcomeDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self.action = QAction(_tr("&Hướng dẫn bắt đầu"), window)
        self.action.setObjectName("welcomeAction")
        self.action.triggered.connect(self.show)
        window.menus["help"].addAction(self.action)
        seen = str(window.settings.value(KEY_WELCOME_SEEN, "false")).lower() in ("true", "1")
        self.dock.setVisible(not seen)

    def show(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.browser.setFocus()

    def dismiss(self) -> None:
        self.window.settings.setValue(KEY_WELCOME_SEEN, True)
        self.window.settings.sync()
        self.dock.hide()


def install(window: MainWindow) -> None:
    window.welcome_controller = WelcomeController(window)  # type: ignore[attr-defined]

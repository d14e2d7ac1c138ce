"""Feature: a "Bắt đầu" guide docked beside the reader on first start, back from Help."""

# A dock rather than a modal dialog: the user can read a step and try it at once.

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from desktop.gui.settings.app_settings import KEY_WELCOME_SEEN
from desktop.gui.welcome.welcome_panel import WelcomePanel

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ORDER = 96
GUIDE_MIN_WIDTH, GUIDE_MAX_WIDTH = 400, 520


def _tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


class WelcomeController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._width_before = 0  # the right column's width before the guide widened it
        self.panel = WelcomePanel()
        self.panel.dismissed.connect(self.dismiss)
        self.dock = window.add_dock(self.panel, _tr("Bắt đầu"), "welcomeDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self.action = QAction(_tr("&Hướng dẫn bắt đầu"), window)
        self.action.setObjectName("welcomeAction")
        self.action.triggered.connect(self.show)
        window.menus["help"].addAction(self.action)
        seen = str(window.settings.value(KEY_WELCOME_SEEN, "false")).lower() in ("true", "1")
        self.dock.setVisible(not seen)
        if not seen:
            self._give_room()

    def _give_room(self) -> None:
        """The guide takes the whole right column, in front of the notes panel (a tab beside
        it, not a strip under it), wide enough that all its steps show without scrolling."""
        panel = self.window.findChild(QDockWidget, "annotationPanelDock")
        if panel is not None and self.window.dockWidgetArea(panel) == Qt.DockWidgetArea.RightDockWidgetArea:
            self.window.tabifyDockWidget(panel, self.dock)
        # After the window's own first layout (which puts the notes panel in front) and once
        # it has its real size (it opens maximised on first start).
        QTimer.singleShot(0, self.window, self._come_forward)

    def _come_forward(self) -> None:
        self.dock.raise_()
        self._widen()

    def _widen(self) -> None:
        width = min(GUIDE_MAX_WIDTH, max(GUIDE_MIN_WIDTH, self.window.width() * 3 // 10))
        if self.dock.isVisible() and self.dock.width() < width:
            self._width_before = self.dock.width()
            self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)

    def show(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self._widen()
        self.panel.browser.setFocus()

    def dismiss(self) -> None:
        self.window.settings.setValue(KEY_WELCOME_SEEN, True)
        self.window.settings.sync()
        self.dock.hide()
        # The column goes back to the width it had for the notes: the reader gets the room.
        panel = self.window.findChild(QDockWidget, "annotationPanelDock")
        if panel is not None:
            panel.raise_()  # the article's notes come forward, not whichever tab was next
            if self._width_before:
                self.window.resizeDocks([panel], [self._width_before], Qt.Orientation.Horizontal)
        self._width_before = 0


def install(window: MainWindow) -> None:
    window.welcome_controller = WelcomeController(window)  # type: ignore[attr-defined]

"""Feature: File › "Nhập từ địa chỉ web…": an article from a web page's address."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from desktop.gui.importing.url_import_dialog import UrlImportDialog
from desktop.ingest.web_fetch import looks_like_url

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ORDER = 21  # after the importing feature, whose File menu entries it joins


def _tr(text: str) -> str:
    return QCoreApplication.translate("UrlImport", text)


class UrlImportController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: UrlImportDialog | None = None
        self.action = QAction(_tr("Nhập từ địa chỉ &web…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.action.setToolTip(_tr("Nhập một bài báo hoặc văn bản từ địa chỉ trang web (http:// hoặc https://)"))
        self.action.triggered.connect(lambda _checked=False: self.import_url())
        menu = window.menus["file"]
        importing = getattr(window, "import_controller", None)
        actions = menu.actions()
        anchor = getattr(importing, "clipboard_action", None)
        # Right after "Bài mới từ clipboard…", with the other ways of adding articles.
        before = actions[actions.index(anchor) + 1] if anchor in actions and actions.index(anchor) + 1 < len(actions) else None
        if before is not None:
            menu.insertAction(before, self.action)
        else:
            menu.addAction(self.action)
        self.action.setEnabled(not window.services.store.read_only)

    def import_url(self, address: str | None = None) -> None:
        if address is None:
            clipboard = QGuiApplication.clipboard().text().strip()
            address = clipboard if looks_like_url(clipboard) else ""
        self.dialog = UrlImportDialog(self.window.services, address, self.window)
        if self.dialog.exec() and self.dialog.added is not None:
            self.window.open_article(self.dialog.added.id)
            self.window.show_status(_tr("Đã thêm bài “%1”.").replace("%1", self.dialog.added.title))


def install(window: MainWindow) -> None:
    window.url_import_controller = UrlImportController(window)  # type: ignore[attr-defined]

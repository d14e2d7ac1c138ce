"""Backups in the GUI: "Sao lưu ngay", restore, and automatic backups after changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction

from desktop.gui.asking import ask_yes_no
from desktop.gui.background_task import BackgroundTask
from desktop.gui.backups.restore_dialog import RestoreDialog
from desktop.gui.error_dialogs import show_error
from desktop.gui.i18n.core_text import core_text

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ORDER = 90
CHECK_EVERY_MS = 5 * 60 * 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


class BackupController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._running = False
        self.backup_action = QAction(_tr("Sao lưu ngay"), window)
        self.backup_action.triggered.connect(lambda: self.backup("manual"))
        self.restore_action = QAction(_tr("Khôi phục từ bản sao lưu…"), window)
        self.restore_action.triggered.connect(self.restore)
        tools = window.menus["tools"]
        tools.addAction(self.backup_action)
        tools.addAction(self.restore_action)
        self.timer = QTimer(window)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()
        read_only = window.services.store.read_only
        self.backup_action.setEnabled(not read_only)
        self.restore_action.setEnabled(not read_only)

    def backup(self, reason: str) -> None:
        if self._running:
            return
        self._running = True
        self.window.show_status(_tr("Đang sao lưu thư viện…"), 0)
        services = self.window.services
        BackgroundTask.start(lambda: services.backups.backup_now(reason), self._on_backup_done, self._on_backup_failed)

    def _on_backup_done(self, path: object) -> None:
        self._running = False
        self.window.show_status(_tr("Đã sao lưu thư viện."))

    def _on_backup_failed(self, error: BaseException) -> None:
        self._running = False
        self.window.show_status("")
        show_error(self.window, error)

    def _on_timer_timeout(self) -> None:
        if not self.window.services.store.read_only and self.window.services.backups.backup_due():
            self.backup("auto")

    def restore(self) -> None:
        dialog = RestoreDialog(self.window.services.backups.list(), self.window)
        if not dialog.exec() or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        question = _tr("Đưa thư viện về trạng thái lúc %1? Trạng thái hiện tại sẽ được sao lưu trước.")
        if not ask_yes_no(self.window, _tr("Khôi phục thư viện"), question.replace("%1", core_text(chosen.label)), yes=_tr("Khôi phục")):
            return
        try:
            self.window.services.backups.restore(chosen.path)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self.window, exc)
            return
        self.window.undo_stack.clear()  # undo history refers to the state before the restore
        self.window.show_status(_tr("Đã khôi phục thư viện từ bản sao lưu lúc %1.").replace("%1", core_text(chosen.label)))


def install(window: MainWindow) -> None:
    window.backup_controller = BackupController(window)  # type: ignore[attr-defined]

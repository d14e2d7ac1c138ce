"""Feature: Tools > Cài đặt…, applied to the running window; theme and reader font at start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QFontInfo, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop.domain.errors import UserError
from desktop.gui.error_dialogs import show_error
from desktop.gui.i18n.language import LANGUAGES, current_language, set_language
from desktop.gui.reader.reading_fonts import reading_font
from desktop.gui.settings.app_settings import (
    check_library_folder,
    load_preferences,
    save_preferences,
)
from desktop.gui.settings.settings_dialog import SettingsDialog
from desktop.gui.settings.theme import apply_theme
from desktop.storage.paths import default_library_dir

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ORDER = 80


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


def restart_command() -> list[str]:
    """The command that started this app (a PyInstaller bundle is its own executable)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.argv]


class SettingsController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.action = QAction(_tr("&Cài đặt…"), window)
        self.action.setObjectName("settingsAction")
        self.action.setShortcut(QKeySequence.StandardKey.Preferences)
        if self.action.shortcut().isEmpty():  # Windows and most Linux desktops define none
            self.action.setShortcut(QKeySequence("Ctrl+,"))
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.triggered.connect(self.open_dialog)
        window.menus["tools"].addSeparator()
        window.menus["tools"].addAction(self.action)
        self.language_menu = self._build_language_menu()
        self.restart_on_exit = False
        self.apply_startup()

    def _build_language_menu(self) -> QMenu:
        """Tools > Ngôn ngữ / Language: each language named in itself, so someone who switched
        to a language they cannot read still finds the way back."""
        menu = self.window.menus["tools"].addMenu(_tr("&Ngôn ngữ / Language"))
        menu.setObjectName("languageMenu")
        group = QActionGroup(menu)
        current = current_language(self.window.settings)
        for code, name in LANGUAGES.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
        return menu

    def choose_language(self, language: str) -> None:
        if language == current_language(self.window.settings):
            return
        set_language(self.window.settings, language)
        self.window.settings.sync()
        self.offer_restart()

    def reader_supports_family(self) -> bool:
        return hasattr(self.window.reader, "set_font_family")

    def apply_startup(self) -> None:
        """Theme and reader font as the user left them (the reader's size is the window's job)."""
        prefs = load_preferences(self.window.settings)
        if prefs.theme != "system":
            apply_theme(prefs.theme)
        if prefs.reader_family and self.reader_supports_family():
            self.window.reader.set_font_family(prefs.reader_family)

    def make_dialog(self) -> SettingsDialog:
        services = self.window.services
        prefs = load_preferences(self.window.settings)
        prefs = replace(prefs, reader_size=self.window.reader.point_size)
        return SettingsDialog(
            prefs,
            services.tags.color_legend(),
            services.backups.keep,
            str(services.data_dir),
            font_family_supported=self.reader_supports_family(),
            default_family=QFontInfo(reading_font()).family(),
            default_library=str(default_library_dir()),
            parent=self.window,
        )

    def open_dialog(self) -> None:
        dialog = self.make_dialog()
        if dialog.exec():
            self.apply(dialog)

    def apply(self, dialog: SettingsDialog) -> None:
        """Apply what the user changed; language and library folder take effect on restart."""
        window = self.window
        before = load_preferences(window.settings)
        after = dialog.preferences()
        if after.library_folder and after.library_folder != before.library_folder:
            try:
                check_library_folder(Path(after.library_folder))
            except UserError as exc:  # keep the folder that works; everything else still applies
                show_error(window, exc)
                after = replace(after, library_folder=before.library_folder)
        save_preferences(window.settings, after)
        if after.theme != before.theme:
            apply_theme(after.theme)
        if after.reader_family != before.reader_family and self.reader_supports_family():
            window.reader.set_font_family(after.reader_family)
        window.reader.set_point_size(after.reader_size)
        try:
            self._apply_library_choices(dialog)
        except Exception as exc:  # noqa: BLE001 - shown to the user; the other settings are kept
            show_error(window, exc)
        if after.language != before.language or after.library_folder != before.library_folder:
            self.offer_restart()
        window.show_status(_tr("Đã lưu cài đặt."))

    def _apply_library_choices(self, dialog: SettingsDialog) -> None:
        services = self.window.services
        if services.store.read_only:
            return
        legend = services.tags.color_legend()
        changed = {k: v for k, v in dialog.legend().items() if legend.get(k) != v}
        if changed:
            from desktop.gui.annotations.annotation_commands import ColorMeaningCommand

            # Undoable like any edit of the library: one Edit > Undo step per colour.
            for key, meaning in changed.items():
                self.window.undo_stack.push(ColorMeaningCommand(services, key, meaning, self.window))
        if dialog.backup_keep() != services.backups.keep:
            services.backups.set_keep(dialog.backup_keep())

    def offer_restart(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            _tr("Khởi động lại để áp dụng"),
            _tr("Ngôn ngữ và thư mục thư viện mới có hiệu lực sau khi khởi động lại Trích Dẫn."),
            parent=self.window,
        )
        now = box.addButton(_tr("Khởi động lại ngay"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("Để sau"), QMessageBox.ButtonRole.RejectRole)
        box.setObjectName("restartPrompt")
        box.exec()
        if box.clickedButton() is now:
            self.restart()

    def restart(self) -> None:
        """Close (saving everything and freeing the library lock), then start again."""
        self.restart_on_exit = True
        QCoreApplication.instance().aboutToQuit.connect(_start_again)  # type: ignore[union-attr]
        self.window.close()


def _start_again() -> None:
    import atexit

    # atexit runs after the library is closed and its lock released, so the new copy can open it.
    atexit.register(_spawn, restart_command())


def _spawn(command: list[str]) -> None:
    if os.name == "nt":
        # Not a child of the closing process: Windows would otherwise tie their consoles.
        flags = getattr(subprocess, "DETACHED_PROCESS", 0) | getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
        subprocess.Popen(command, close_fds=True, creationflags=flags)  # noqa: S603 - our own executable
    else:
        subprocess.Popen(command, close_fds=True, start_new_session=True)  # noqa: S603 - our own executable


def install(window: MainWindow) -> None:
    window.settings_controller = SettingsController(window)  # type: ignore[attr-defined]

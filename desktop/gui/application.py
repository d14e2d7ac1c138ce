"""Start the GUI: application object, library (with lock and recovery report), main window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_NAME
from desktop.domain.errors import LibraryLockedError, UserError
from desktop.gui.error_dialogs import message_box, warn
from desktop.gui.i18n.core_text import core_text
from desktop.resources_path import resources_dir
from desktop.services import Services
from desktop.storage.paths import default_library_dir

_STARTED = time.perf_counter()


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="trichdan")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--read-only", action="store_true")
    # For start-up measurements and screenshots: quit this many ms after the window shows.
    parser.add_argument("--quit-after-ms", type=int, default=None, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _open_services(library: Path, read_only: bool) -> Services | None:
    from desktop.gui.single_instance import ask_running_instance_to_raise

    tr = QCoreApplication.translate
    try:
        return Services.open(library, read_only=read_only)
    except LibraryLockedError as exc:
        if ask_running_instance_to_raise(library):
            return None  # the running window came to the front: nothing more to do
        box = message_box(None, QMessageBox.Icon.Information, tr("Start", "Thư viện đang mở"), core_text(exc))
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        read_only_button = box.addButton(tr("Start", "Mở chỉ để đọc"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Start", "Đóng"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is read_only_button:
            return Services.open(library, read_only=True)
        return None


class _RecoveryNotices(QObject):
    """Files repaired after the start (read lazily, maybe on a worker thread) are told too,
    on the GUI thread, in the same words as at the start."""

    heard = Signal(object)  # a Message: said in the interface language when shown

    def __init__(self, window: QWidget, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self.heard.connect(self._show, Qt.ConnectionType.QueuedConnection)
        services.store.recovery.listeners.append(self.heard.emit)

    def _show(self, message: object) -> None:
        warn(self._window, QCoreApplication.translate("Start", "Thư viện đã được khôi phục"), core_text(message))


def _tell_what_happened(window: QWidget, services: Services) -> None:
    """Why the library is read-only, what was repaired while opening, and later repairs."""
    tr = QCoreApplication.translate
    store = services.store
    if store.read_only_reason:
        reason = core_text(store.read_only_reason)
        QTimer.singleShot(0, lambda: warn(window, tr("Start", "Thư viện chỉ đọc"), reason))
    if store.recovery:
        text = "\n\n".join(core_text(m) for m in store.recovery.messages)
        QTimer.singleShot(0, lambda: warn(window, tr("Start", "Thư viện đã được khôi phục"), text))
    window._recovery_notices = _RecoveryNotices(window, services)  # type: ignore[attr-defined]


def run_gui(argv: list[str]) -> int:
    args = _parse(argv)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QGuiApplication.setApplicationDisplayName("Trích Dẫn")
    icon = resources_dir() / "icons" / "trichdan.svg"
    if icon.exists():
        QApplication.setWindowIcon(QIcon(str(icon)))
    from desktop.gui.i18n.language import install_translators
    from desktop.gui.settings.app_settings import library_folder

    install_translators(QSettings())  # before any window: every string is translated at creation
    library = args.data_dir or library_folder(QSettings()) or default_library_dir()
    try:
        services = _open_services(library, args.read_only)
    except UserError as exc:
        title = QCoreApplication.translate("Start", "Không mở được thư viện")
        message_box(None, QMessageBox.Icon.Critical, title, core_text(exc)).exec()
        return 1
    if services is None:
        return 0

    from desktop.gui.main_window import MainWindow
    from desktop.gui.single_instance import InstanceServer

    window = MainWindow(services)
    if services.store.read_only:
        window.setWindowTitle(window.windowTitle() + QCoreApplication.translate("Start", " (chỉ đọc)"))
    server = InstanceServer(library, window)

    def bring_to_front() -> None:  # a second start of the app asked for this window
        window.showNormal()
        window.raise_()
        window.activateWindow()

    server.raise_requested.connect(bring_to_front)
    if window.first_start:
        window.showMaximized()
    else:
        window.show()
    shown_after = time.perf_counter() - _STARTED
    if os.environ.get("TRICHDAN_REPORT_STARTUP"):
        print(f"startup_seconds={shown_after:.3f}", file=sys.stderr, flush=True)
    _tell_what_happened(window, services)
    if args.quit_after_ms is not None:
        QTimer.singleShot(args.quit_after_ms, window.close)
    try:
        return app.exec()
    finally:
        services.close()

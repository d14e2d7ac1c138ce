"""Start the GUI: application object, library (with lock and recovery report), main window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME
from desktop.domain.errors import LibraryLockedError, UserError
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
        box = QMessageBox(QMessageBox.Icon.Information, tr("Start", "Thư viện đang mở"), exc.message)
        read_only_button = box.addButton(tr("Start", "Mở chỉ để đọc"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Start", "Đóng"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is read_only_button:
            return Services.open(library, read_only=True)
        return None


def run_gui(argv: list[str]) -> int:
    args = _parse(argv)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QGuiApplication.setApplicationDisplayName("Trích Dẫn")
    icon = resources_dir() / "icons" / "trichdan.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    from desktop.gui.i18n.language import install_translators
    from desktop.gui.settings.app_settings import library_folder

    install_translators(QSettings())  # before any window: every string is translated at creation
    library = args.data_dir or library_folder(QSettings()) or default_library_dir()
    try:
        services = _open_services(library, args.read_only)
    except UserError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("Start", "Không mở được thư viện"), exc.message)
        return 1
    if services is None:
        return 0

    from desktop.gui.main_window import MainWindow
    from desktop.gui.single_instance import InstanceServer

    window = MainWindow(services)
    if services.store.read_only:
        window.setWindowTitle(window.windowTitle() + QCoreApplication.translate("Start", " (chỉ đọc)"))
    server = InstanceServer(library, window)
    server.raise_requested.connect(lambda: (window.showNormal(), window.raise_(), window.activateWindow()))
    if window.first_start:
        window.showMaximized()
    else:
        window.show()
    shown_after = time.perf_counter() - _STARTED
    if os.environ.get("TRICHDAN_REPORT_STARTUP"):
        print(f"startup_seconds={shown_after:.3f}", file=sys.stderr, flush=True)
    if services.store.recovery:
        QTimer.singleShot(
            0,
            lambda: QMessageBox.warning(
                window,
                QCoreApplication.translate("Start", "Thư viện đã được khôi phục"),
                "\n\n".join(services.store.recovery.messages),
            ),
        )
    if args.quit_after_ms is not None:
        QTimer.singleShot(args.quit_after_ms, window.close)
    try:
        return app.exec()
    finally:
        services.close()

"""GUI fixtures: settings isolated per test, a shown main window on a fresh seeded library."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def main_window(qtbot, services, qsettings) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from desktop.gui.main_window import MainWindow

    window = MainWindow(services, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture
def clipboard(qapp):  # type: ignore[no-untyped-def]
    """The system clipboard, emptied after the test: the clipboard owns the QMimeData given to
    it and would delete the Python-made object after Python has shut down (a segfault at exit)."""
    from PySide6.QtGui import QGuiApplication

    board = QGuiApplication.clipboard()
    yield board
    board.clear()

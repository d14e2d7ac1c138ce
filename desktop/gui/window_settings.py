"""Window geometry, splitter positions and reader zoom, remembered with QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_SPLITTER = "window/splitter"
KEY_READER_SIZE = "reader/point_size"


def restore_window(settings: QSettings, window: QMainWindow, splitter: QSplitter) -> bool:
    geometry = settings.value(KEY_GEOMETRY)
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    state = settings.value(KEY_STATE)
    if isinstance(state, QByteArray):
        window.restoreState(state)
    split = settings.value(KEY_SPLITTER)
    if isinstance(split, QByteArray):
        splitter.restoreState(split)
    return bool(restored)


def save_window(settings: QSettings, window: QMainWindow, splitter: QSplitter) -> None:
    settings.setValue(KEY_GEOMETRY, window.saveGeometry())
    settings.setValue(KEY_STATE, window.saveState())
    settings.setValue(KEY_SPLITTER, splitter.saveState())

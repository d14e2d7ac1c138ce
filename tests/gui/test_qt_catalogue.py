"""Qt's own dialogs and menus in Vietnamese: our qt_vi catalogue holds every string Qt has in the
contexts of the dialogs we show, and the real dialogs, built under it, show no English word."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from desktop.gui.i18n.language import install_translators, qt_catalog, uninstall_translators

# The contexts of the Qt dialogs, buttons and menus the app shows (file and colour dialogs,
# message boxes, button boxes, the context menus of text fields and spin boxes, docks,
# scroll bars, tab scrolling, the progress dialog).
CONTEXTS = {
    "QAbstractFileIconProvider", "QAbstractSpinBox", "QColorDialog", "QDialogButtonBox", "QDockWidget",
    "QFileDialog", "QFileSystemModel", "QGnomeTheme", "QInputDialog", "QLineEdit", "QMessageBox",
    "QPlatformTheme", "QProgressDialog", "QScrollBar", "QTabBar", "QUnicodeControlCharacterMenu",
    "QWidgetTextControl",
}
# Qt's licence text of "About Qt": a dialog the app never shows.
NEVER_SHOWN = ("<p>Qt is a C++ toolkit",)


def _qm_messages(path: Path) -> Iterator[tuple[str, str]]:
    """(context, source) of every message of a compiled catalogue (.qm keeps the sources)."""
    data = path.read_bytes()
    pos = 16  # the magic number
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        pos += 5
        if tag == 0x69:  # the messages block
            p, end, message = pos, pos + length, {}
            while p < end:
                item, p = data[p], p + 1
                if item == 1:  # end of a message
                    if "ctx" in message and "src" in message:
                        yield message["ctx"], message["src"]
                    message = {}
                elif item in (3, 6, 7, 8):  # translation, source, context, comment: sized
                    size = struct.unpack(">I", data[p : p + 4])[0]
                    p += 4
                    if size != 0xFFFFFFFF:
                        if item in (6, 7):
                            message["src" if item == 6 else "ctx"] = data[p : p + size].decode("utf-8")
                        p += size
        pos += length


def qt_source_strings() -> set[tuple[str, str]]:
    """Every (context, source) of those contexts in the catalogues Qt ships, all languages
    together: what Qt itself asks to translate, in the Qt version installed."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    found = {m for qm in folder.glob("qtbase_*.qm") for m in _qm_messages(qm) if m[0] in CONTEXTS}
    return {(c, s) for c, s in found if not s.startswith(NEVER_SHOWN)}


@pytest.fixture(scope="module")
def sources() -> set[tuple[str, str]]:
    found = qt_source_strings()
    if len(found) < 150:
        pytest.skip("this Qt ships too few catalogues to list its strings")
    return found


def test_our_catalogue_translates_every_qt_string_of_those_contexts(sources: set[tuple[str, str]]) -> None:
    translator = QTranslator()
    assert translator.load(str(qt_catalog("vi")))
    missing = sorted((c, s) for c, s in sources if not translator.translate(c, s))
    assert missing == []
    english_left = sorted(
        (c, s) for c, s in sources if translator.translate(c, s) == s and any(ch.isalpha() for ch in s.replace("Alt+", ""))
        and not s.startswith(("%1 ", "Alt+"))
    )
    assert english_left == []  # translated to itself: still English


def _texts(widget: QWidget) -> Iterator[str]:
    """Every text a user can read in a widget tree: labels, buttons, titles, tool tips, headers,
    combo items, menu entries."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        yield child.windowTitle()
        yield child.toolTip()
        if isinstance(child, QLabel | QAbstractButton):
            yield child.text()
        if isinstance(child, QLineEdit):
            yield child.placeholderText()
        if isinstance(child, QComboBox):
            yield from (child.itemText(i) for i in range(child.count()))
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            yield from (str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(model.columnCount()))
        if isinstance(child, QMenu):
            yield from (a.text() for a in child.actions())


def _english(texts: Iterator[str], sources: set[tuple[str, str]]) -> list[str]:
    english = {s.replace("&", "") for _c, s in sources if any(ch.isalpha() for ch in s)}
    return sorted({t for t in texts if t and t.replace("&", "") in english})


@pytest.fixture
def vietnamese(qapp: Any) -> Iterator[None]:
    install_translators(language="vi")
    yield
    uninstall_translators()


def test_qt_dialogs_built_in_vietnamese_show_no_english(qtbot: Any, vietnamese: None, sources: set[tuple[str, str]], tmp_path: Path) -> None:
    file_dialog = QFileDialog(None, "Chọn tệp", str(tmp_path))
    file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Linux and the tests show
    color_dialog = QColorDialog()
    color_dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    box = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "Xóa?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
    box.setDetailedText("chi tiết")
    buttons = QDialogButtonBox()
    for standard in QDialogButtonBox.StandardButton:
        if standard != QDialogButtonBox.StandardButton.NoButton:
            buttons.addButton(standard)
    shown: list[str] = []
    for widget in (file_dialog, color_dialog, box, buttons):
        qtbot.addWidget(widget)
        widget.show()
        shown += _texts(widget)
    for field in (QLineEdit(), QTextEdit(), QPlainTextEdit(), QSpinBox()):
        qtbot.addWidget(field)
        menu = field.lineEdit().createStandardContextMenu() if isinstance(field, QSpinBox) else field.createStandardContextMenu()
        shown += [a.text() for a in menu.actions()]
        shown += [a.text() for sub in menu.findChildren(QMenu) for a in sub.actions()]
    assert _english(iter(shown), sources) == []
    assert "Đồng ý" in [b.text() for b in buttons.buttons()] and "Hủy" in [b.text() for b in buttons.buttons()]

"""Keyboard: F1 and "?" open a shortcuts sheet that lists every shortcut of the window (read
live), standard shortcuts trigger their actions, and no two actions claim the same keys."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from desktop.gui.help.shortcut_catalog import collect_shortcuts, plain_text


def _focus(qtbot, window) -> None:
    window.activateWindow()
    window.reader.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _press(qtbot, window, sequence: str) -> None:
    combo = QKeySequence(sequence)[0]  # type: ignore[index]  # PySide6 stubs miss __getitem__
    qtbot.keyClick(window.reader.text_view, combo.key(), combo.keyboardModifiers())


def test_f1_opens_the_sheet_listing_every_shortcut(qtbot, main_window) -> None:
    _focus(qtbot, main_window)
    _press(qtbot, main_window, "F1")
    sheet = main_window.help_controller.sheet
    assert sheet is not None and sheet.isVisible()
    listed = {(e.command, e.keys) for e in sheet.entries}
    expected = set()
    for menu in main_window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            if keys:
                expected.add((plain_text(action.text()), keys))
    assert expected <= listed
    commands = {e.command for e in sheet.entries}
    assert {"Phím tắt", "Tổng quan", "Cài đặt", "Phóng to chữ", "Hoàn tác"} <= commands
    sheet.close()


def test_sheet_search_is_accent_free(qtbot, main_window) -> None:
    sheet = main_window.help_controller.show_sheet()
    sheet.search.setText("phong to")
    assert sheet.visible_commands() == ["Phóng to chữ"]
    sheet.search.setText("")
    assert len(sheet.visible_commands()) == len(sheet.entries)
    sheet.close()


def test_question_mark_opens_the_sheet_from_the_reader(qtbot, main_window) -> None:
    _focus(qtbot, main_window)
    qtbot.keyClick(main_window.reader.text_view, "?")
    assert (
        main_window.help_controller.sheet is not None
        and main_window.help_controller.sheet.isVisible()
    )
    main_window.help_controller.sheet.close()


def test_sheet_picks_up_actions_added_later(qtbot, main_window) -> None:
    extra = QAction("Lệnh mới thêm", main_window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    main_window.menus["tools"].addAction(extra)
    names = {e.command for e in collect_shortcuts(main_window)}
    assert "Lệnh mới thêm" in names


def test_overview_zoom_and_article_shortcuts(qtbot, main_window) -> None:
    _focus(qtbot, main_window)
    _press(qtbot, main_window, main_window.overview_controller.action.shortcut().toString())
    dialog = main_window.overview_controller.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    _focus(qtbot, main_window)
    size = main_window.reader.point_size
    _press(qtbot, main_window, "Ctrl++")
    assert main_window.reader.point_size == size + 1
    _press(qtbot, main_window, "Ctrl+-")
    _press(qtbot, main_window, "Ctrl+-")
    assert main_window.reader.point_size == size - 1
    _press(qtbot, main_window, "Ctrl+0")
    first = main_window.reader.article_id
    _press(qtbot, main_window, "Alt+Down")
    assert main_window.reader.article_id != first
    _press(qtbot, main_window, "Alt+Up")
    assert main_window.reader.article_id == first


def test_settings_shortcut_opens_the_dialog(qtbot, main_window) -> None:
    _focus(qtbot, main_window)
    seen = []

    def close_modal() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName() if dialog else None)
        if isinstance(dialog, QDialog):
            dialog.reject()

    QTimer.singleShot(50, close_modal)
    _press(qtbot, main_window, main_window.settings_controller.action.shortcut().toString())
    qtbot.waitUntil(lambda: seen != [])
    assert seen == ["settingsDialog"]


def test_no_two_actions_share_a_shortcut(main_window) -> None:
    # Qt triggers neither of two actions with the same keys ("ambiguous shortcut").
    keys: Counter[str] = Counter()
    for action in main_window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        for seq in action.shortcuts():
            if not seq.isEmpty():
                keys[seq.toString()] += 1
    assert [k for k, n in keys.items() if n > 1] == []


def test_menu_entries_have_accelerators(main_window) -> None:
    # Every top-level menu opens with Alt+letter, and the letters differ.
    letters = []
    for action in main_window.menuBar().actions():
        text = action.text()
        assert "&" in text, text
        letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters))


def test_question_mark_still_types_in_text_fields(qtbot, main_window) -> None:
    _focus(qtbot, main_window)
    field = main_window.library_view.filter_edit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "a?")
    assert field.text() == "a?"
    assert main_window.help_controller.sheet is None


def test_every_shortcut_triggers_its_action(qtbot, main_window) -> None:
    """Press every enabled window-wide shortcut (Quit aside) in the reader: each one fires its
    own action, none is swallowed as ambiguous. Dialogs it opens are closed again."""
    from PySide6.QtWidgets import QDialog

    window = main_window
    quit_keys = QKeySequence(QKeySequence.StandardKey.Quit)
    pressed = 0
    for action in window.findChildren(QAction):
        keys = action.shortcut()
        if keys.isEmpty() or not action.isEnabled() or keys.matches(quit_keys) == QKeySequence.SequenceMatch.ExactMatch:
            continue
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        _focus(qtbot, window)
        before = set(QApplication.topLevelWidgets())

        def close_new(before=before) -> None:  # type: ignore[no-untyped-def]
            for w in QApplication.topLevelWidgets():
                if w not in before and w.isVisible() and w is not window:
                    w.reject() if isinstance(w, QDialog) else w.close()

        closer = QTimer()
        closer.timeout.connect(close_new)
        closer.start(100)
        with qtbot.waitSignal(action.triggered, timeout=2000, raising=False) as fired:
            _press(qtbot, window, keys.toString())
        closer.stop()
        close_new()
        assert fired.signal_triggered, f"{plain_text(action.text())} ({keys.toString()}) did not fire"
        pressed += 1
    assert pressed >= 12

"""Welcome: shown on first start beside the reader, dismissed for good, back from Help."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.gui.settings.app_settings import KEY_WELCOME_SEEN


def _window(qtbot, services, settings):
    from desktop.gui.main_window import MainWindow

    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_first_start_shows_the_guide(main_window) -> None:
    welcome = main_window.welcome_controller
    assert welcome.dock.isVisible()
    text = welcome.panel.browser.toPlainText()
    for words in ("Tô sáng", "Gắn thẻ", "Xuất Word", "F1"):
        assert words in text
    assert welcome.panel.browser.accessibleName()


def test_dismissed_guide_stays_hidden_after_restart(qtbot, services, qsettings) -> None:
    window = _window(qtbot, services, qsettings)
    window.welcome_controller.panel.dismiss_button.click()
    assert not window.welcome_controller.dock.isVisible()
    assert qsettings.value(KEY_WELCOME_SEEN) in (True, "true")
    window.close()
    again = _window(qtbot, services, QSettings(qsettings.fileName(), QSettings.Format.IniFormat))
    assert not again.welcome_controller.dock.isVisible()
    again.welcome_controller.action.trigger()  # Help > Hướng dẫn bắt đầu
    assert again.welcome_controller.dock.isVisible()
    assert again.welcome_controller.action in again.menus["help"].actions()
    again.close()


def _plain(text: str) -> str:
    return text.replace("&", "").replace("…", "").strip()


def test_guide_names_real_menu_commands(main_window) -> None:
    """Every <b>Menu › Command</b> the guide mentions exists, so it cannot drift from the app."""
    import re

    from desktop.gui.welcome.welcome_panel import guide_html

    menus = {_plain(a.text()): a.menu() for a in main_window.menuBar().actions()}
    paths = re.findall(r"<b>([^<›]+) › ([^<]+)</b>", guide_html())
    assert len(paths) >= 8
    for menu_name, command in paths:
        assert menu_name in menus, menu_name
        names = [_plain(a.text()) for a in menus[menu_name].actions()]
        assert any(n.startswith(command) for n in names), (menu_name, command, names)


def test_first_start_keeps_the_empty_notes_browser_out_of_the_readers_way(main_window) -> None:
    browser = main_window.annotation_controller.browser_dock
    assert main_window.services.annotations.count() == 0
    assert not browser.isVisible()
    browser.toggleViewAction().trigger()  # View › Duyệt ghi chú
    assert browser.isVisible()

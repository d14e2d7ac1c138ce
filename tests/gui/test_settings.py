"""Settings: the dialog shows the current choices, applies them to the running window, keeps
them across restarts (QSettings and the library), and asks to restart for language/folder."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.gui.features import settings as settings_feature
from desktop.gui.settings.app_settings import (
    KEY_LIBRARY_FOLDER,
    Preferences,
    library_folder,
    load_preferences,
    save_preferences,
)
from desktop.gui.settings.theme import apply_theme, is_dark


@pytest.fixture
def restarts(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    asked: list[bool] = []
    monkeypatch.setattr(
        settings_feature.SettingsController, "offer_restart", lambda self: asked.append(True)
    )
    return asked


@pytest.fixture
def light_again(qapp) -> Iterator[None]:
    yield
    apply_theme("system")


def _window(qtbot, services, qsettings):
    from desktop.gui.main_window import MainWindow

    window = MainWindow(services, qsettings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_preferences_round_trip_and_bad_values(qsettings: QSettings) -> None:
    assert load_preferences(qsettings) == Preferences()
    prefs = Preferences(
        language="en",
        theme="dark",
        reader_family="DejaVu Serif",
        reader_size=17,
        library_folder="/tmp/x",
    )
    save_preferences(qsettings, prefs)
    assert load_preferences(QSettings(qsettings.fileName(), QSettings.Format.IniFormat)) == prefs
    assert library_folder(qsettings) == Path("/tmp/x")
    qsettings.setValue("ui/theme", "purple")
    qsettings.setValue("reader/point_size", "huge")
    qsettings.setValue(KEY_LIBRARY_FOLDER, "  ")
    loaded = load_preferences(qsettings)
    assert (loaded.theme, loaded.reader_size) == ("system", 13)
    assert library_folder(qsettings) is None


def test_dialog_shows_current_values(main_window) -> None:
    main_window.reader.set_point_size(15)
    main_window.services.backups.set_keep(9)
    dialog = main_window.settings_controller.make_dialog()
    assert dialog.language_combo.currentData() == "vi"
    assert dialog.theme_combo.currentData() == "system"
    assert dialog.size_spin.value() == 15
    assert dialog.keep_spin.value() == 9
    assert dialog.legend()["yellow"] == main_window.services.tags.color_legend()["yellow"]
    # The hint names the real default folder; the folder open now is said apart.
    from desktop.storage.paths import default_library_dir

    default_label = dialog.findChild(QLabel, "defaultLibraryLabel")
    assert str(default_library_dir()) in default_label.text()
    assert str(main_window.services.data_dir) not in default_label.text()
    for widget in (
        dialog.language_combo,
        dialog.theme_combo,
        dialog.size_spin,
        dialog.keep_spin,
        dialog.folder_edit,
    ):
        assert widget.accessibleName()


def test_settings_apply_and_persist_across_restart(
    qtbot, services, qsettings, restarts, light_again
) -> None:
    window = _window(qtbot, services, qsettings)
    dialog = window.settings_controller.make_dialog()
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.size_spin.setValue(18)
    dialog.keep_spin.setValue(7)
    dialog.legend_edits["green"].setText("  Số liệu   then chốt ")
    window.settings_controller.apply(dialog)
    assert window.reader.point_size == 18
    qtbot.waitUntil(lambda: is_dark(window.palette()), timeout=2000)
    assert services.tags.color_legend()["green"] == "Số liệu then chốt"
    assert services.backups.keep == 7
    assert restarts == []  # nothing here needs a restart
    window.close()

    again = _window(qtbot, services, QSettings(qsettings.fileName(), QSettings.Format.IniFormat))
    prefs = load_preferences(again.settings)
    assert (prefs.theme, prefs.reader_size) == ("dark", 18)
    assert again.reader.point_size == 18
    reopened = again.settings_controller.make_dialog()
    assert reopened.theme_combo.currentData() == "dark"
    assert reopened.legend()["green"] == "Số liệu then chốt"
    assert reopened.keep_spin.value() == 7


def test_legend_change_is_undoable(main_window, restarts) -> None:
    before = main_window.services.tags.color_legend()["red"]
    dialog = main_window.settings_controller.make_dialog()
    dialog.legend_edits["red"].setText("Rủi ro")
    main_window.settings_controller.apply(dialog)
    assert main_window.services.tags.color_legend()["red"] == "Rủi ro"
    main_window.undo_stack.undo()
    assert main_window.services.tags.color_legend()["red"] == before


def test_empty_meaning_is_refused(main_window, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: warnings.append(args[2]))
    dialog = main_window.settings_controller.make_dialog()
    dialog.legend_edits["pink"].setText("   ")
    dialog.accept()
    assert warnings and dialog.result() == 0
    assert dialog.tabs.currentIndex() == 2


def test_language_and_folder_changes_offer_a_restart(
    main_window, restarts, qsettings, tmp_path
) -> None:
    dialog = main_window.settings_controller.make_dialog()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    main_window.settings_controller.apply(dialog)
    assert restarts == [True]
    assert load_preferences(qsettings).language == "en"
    dialog = main_window.settings_controller.make_dialog()
    dialog.folder_edit.setText(str(tmp_path / "khac"))
    main_window.settings_controller.apply(dialog)
    assert restarts == [True, True]
    assert library_folder(qsettings) == tmp_path / "khac"


def test_restart_prompt_later_keeps_running(main_window, qtbot, monkeypatch) -> None:
    def choose_later(box: QMessageBox) -> int:
        later = next(b for b in box.buttons() if b.text() == "Để sau")
        later.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_later)
    main_window.settings_controller.offer_restart()
    assert main_window.isVisible() and not main_window.settings_controller.restart_on_exit


def test_restart_command_reruns_this_program() -> None:
    assert settings_feature.restart_command() == [sys.executable, *sys.argv]


def test_read_only_library_keeps_its_legend(qtbot, tmp_path, qsettings, restarts) -> None:
    from desktop.services import Services

    Services.open(tmp_path / "lib", seed=False).close()
    with Services.open(tmp_path / "lib", read_only=True) as services:
        window = _window(qtbot, services, qsettings)
        dialog = window.settings_controller.make_dialog()
        dialog.legend_edits["yellow"].setText("Khác")
        dialog.size_spin.setValue(16)
        window.settings_controller.apply(dialog)  # no error: the reader still changes
        assert window.reader.point_size == 16
        assert services.tags.color_legend()["yellow"] != "Khác"
        window.close()


def test_every_label_with_an_accelerator_has_a_buddy(main_window) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = main_window.settings_controller.make_dialog()
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


def test_language_menu_names_each_language_in_itself(main_window, restarts, qsettings) -> None:
    menu = main_window.settings_controller.language_menu
    assert "Language" in menu.title()
    actions = {a.text(): a for a in menu.actions()}
    assert set(actions) == {"Tiếng Việt", "English"} and actions["Tiếng Việt"].isChecked()
    actions["Tiếng Việt"].trigger()
    assert restarts == []  # already Vietnamese: nothing to do
    actions["English"].trigger()
    assert restarts == [True] and load_preferences(qsettings).language == "en"
    assert actions["English"].isChecked()


def test_reader_font_family_applies_when_the_reader_supports_it(main_window, restarts, qsettings) -> None:
    families: list[str] = []
    main_window.reader.set_font_family = families.append  # what ReaderView offers once it can
    dialog = main_window.settings_controller.make_dialog()
    assert dialog.tabs.widget(1).isAncestorOf(dialog.font_combo) and not dialog.font_combo.isHidden()
    dialog.default_font_check.setChecked(False)
    family = dialog.font_combo.currentFont().family()
    main_window.settings_controller.apply(dialog)
    assert families == [family] and load_preferences(qsettings).reader_family == family
    dialog = main_window.settings_controller.make_dialog()
    dialog.default_font_check.setChecked(True)
    main_window.settings_controller.apply(dialog)
    assert families == [family, ""]


def test_unusable_library_folder_is_refused(main_window, restarts, qsettings, tmp_path, monkeypatch) -> None:
    from desktop.gui.features import settings as feature

    errors: list[str] = []
    monkeypatch.setattr(feature, "show_error", lambda parent, exc: errors.append(str(exc)))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog = main_window.settings_controller.make_dialog()
    dialog.folder_edit.setText(str(blocker / "library"))
    dialog.size_spin.setValue(17)
    main_window.settings_controller.apply(dialog)
    assert errors and "Không dùng được thư mục" in errors[0]
    assert library_folder(qsettings) is None  # the next start-up still opens a library
    assert main_window.reader.point_size == 17 and restarts == []

"""Interface language: English via the committed catalogue changes every menu and our dialogs;
Vietnamese is the default and also translates Qt's own buttons; the catalogue is complete,
compiled and up to date with the code (checked against our extractor and pyside6-lupdate)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from desktop.gui.i18n.language import (
    KEY_LANGUAGE,
    LANGUAGES,
    current_language,
    install_translators,
    set_language,
    uninstall_translators,
)
from desktop.gui.i18n.ts_file import read_ts

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import build_translations  # noqa: E402

# The app's name, and each language named in itself (the language menu), are never translated.
APP_NAME_WORDS = ("Trích Dẫn", *LANGUAGES.values())


def looks_vietnamese(text: str) -> bool:
    for name in APP_NAME_WORDS:
        text = text.replace(name, "")
    decomposed = unicodedata.normalize("NFD", text)
    return "đ" in text.lower() or any(unicodedata.combining(c) for c in decomposed)


def ui_texts(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """The interface's own words (labels, buttons, tabs, placeholders, titles), not user data."""
    texts = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if any(w is s or s.isAncestorOf(w) for s in skip):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(re.sub(r"<[^>]+>", " ", w.text()))
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QDockWidget):
            texts.append(w.windowTitle())
        texts.append(w.accessibleName())
    return [t for t in texts if t]


@pytest.fixture
def restore_language() -> Iterator[None]:
    locale = QLocale()
    yield
    uninstall_translators()  # other tests expect the app as it was before this one
    QLocale.setDefault(locale)


@pytest.fixture
def english_window(qtbot, services, qsettings, restore_language):
    from desktop.gui.main_window import MainWindow

    set_language(qsettings, "en")
    assert install_translators(qsettings) == "en"
    window = MainWindow(services, qsettings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def test_language_setting_defaults_to_vietnamese(qsettings: QSettings) -> None:
    assert current_language(qsettings) == "vi"
    qsettings.setValue(KEY_LANGUAGE, "klingon")
    assert current_language(qsettings) == "vi"
    set_language(qsettings, "en")
    assert current_language(qsettings) == "en"
    with pytest.raises(ValueError):
        set_language(qsettings, "fr")


def test_english_menus(english_window) -> None:
    bar_titles = [a.text() for a in english_window.menuBar().actions()]
    assert bar_titles == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    untranslated = []
    for menu in english_window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if looks_vietnamese(action.text()) or looks_vietnamese(action.toolTip()):
                untranslated.append(action.text())
    assert untranslated == []
    assert not looks_vietnamese(english_window.size_label.text())


def test_english_window_docks_and_toolbar(english_window) -> None:
    reader = english_window.reader
    library_table = english_window.library_view
    # Article titles and tag names are the user's data; everything else must be English.
    texts = ui_texts(english_window, skip=(reader, library_table))
    assert [t for t in texts if looks_vietnamese(t)] == []


def test_english_dialogs(english_window, qtbot) -> None:
    w = english_window
    settings_dialog = w.settings_controller.make_dialog()
    qtbot.addWidget(settings_dialog)
    overview = w.overview_controller.show()
    qtbot.waitUntil(lambda: not w.overview_controller.busy, timeout=15000)
    sheet = w.help_controller.show_sheet()
    for dialog in (settings_dialog, overview, sheet):
        texts = ui_texts(dialog, skip=tuple(getattr(dialog, "charts", {}).values()))
        assert [t for t in texts if looks_vietnamese(t)] == [], dialog.objectName()
    assert settings_dialog.windowTitle() == "Settings"
    assert [settings_dialog.tabs.tabText(i) for i in range(4)] == [
        "&General",
        "&Reader",
        "&Highlight colours",
        "&Library",
    ]
    assert overview.windowTitle() == "Overview"
    assert sheet.table.horizontalHeaderItem(1).text() == "Command"
    for view in overview.charts.values():
        assert not looks_vietnamese(view.chart().title())


def test_vietnamese_translates_qt_standard_buttons(
    qapp: QApplication, restore_language: None
) -> None:
    install_translators(language="vi")
    box = QMessageBox()
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    assert sorted(b.text() for b in box.buttons()) == ["&Có", "&Không", "Hủy"]
    assert QLocale().language() == QLocale.Language.Vietnamese


def test_switching_back_to_vietnamese_removes_english(
    qapp: QApplication, restore_language: None
) -> None:
    from PySide6.QtCore import QCoreApplication

    install_translators(language="en")
    assert QCoreApplication.translate("MainWindow", "&Tệp") == "&File"
    install_translators(language="vi")
    assert QCoreApplication.translate("MainWindow", "&Tệp") == "&Tệp"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    uninstall_translators()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


# --- the catalogue ------------------------------------------------------------------------
def test_catalogue_complete_compiled_and_current() -> None:
    """Every string in desktop/gui has a finished English translation, and the committed .qm
    files are exactly what lrelease makes of the committed .ts files."""
    assert build_translations.stale_reasons() == []


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%L?n|%\d", text))


def test_translations_keep_placeholders_and_accelerators() -> None:
    ts = read_ts(build_translations.APP_TS)
    for m in ts.messages:
        if m.state == "vanished":
            continue
        for translation in m.plural_forms if m.plural else (m.translation,):  # each plural form too
            assert _placeholders(translation) == _placeholders(m.source), m.source
            has_accel = re.search(r"&[^&\s]", m.source) is not None
            assert (re.search(r"&[^&\s]", translation) is not None) == has_accel, m.source
            assert translation.endswith("…") == m.source.endswith("…"), m.source


def test_every_string_lupdate_finds_is_translated(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "missing")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed in this environment")
    out = tmp_path / "lupdate.ts"
    subprocess.run(
        [
            str(lupdate),
            "-silent",
            "-extensions",
            "py",
            str(ROOT / "desktop" / "gui"),
            "-ts",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    ours = {
        (m.context, m.source) for m in read_ts(build_translations.APP_TS).messages if m.finished
    }
    missing = []
    for context in ET.parse(out).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, comment = message.findtext("source") or "", message.findtext("comment") or ""
            # `tr = QCoreApplication.translate; tr("Ctx", "text")` reads to lupdate as source "Ctx"
            # with comment "text": the string the app looks up is ("Ctx", "text").
            if (name, source) not in ours and (source, comment) not in ours:
                missing.append((name, source, comment))
    assert missing == []


def test_english_guide_names_english_menu_commands(english_window) -> None:
    from desktop.gui.welcome.welcome_panel import guide_html

    def plain(text: str) -> str:
        return text.replace("&", "").replace("…", "").strip()

    menus = {plain(a.text()): a.menu() for a in english_window.menuBar().actions()}
    paths = re.findall(r"<b>([^<›]+) › ([^<]+)</b>", guide_html())
    assert paths and not looks_vietnamese(re.sub(r"<[^>]+>", "", guide_html()))
    for menu_name, command in paths:
        names = [plain(a.text()) for a in menus[menu_name].actions()]
        assert any(n.startswith(command) for n in names), (menu_name, command, names)


# Windows whose Vietnamese is content, not interface: search examples are Vietnamese queries,
# and a message box may carry a service's error sentence (Vietnamese by design, see DESIGN.md).
CONTENT_WINDOWS = {"searchHelpPopup", "QMessageBox"}
# Labels built outside `tr` by a feature (reported to its owner): checked in their own test.
KNOWN_UNTRANSLATED = {"ExportDialog"}


def _user_data(services) -> list[str]:
    metas = services.library.list_articles()
    return [
        *(m.title for m in metas),
        *(m.source for m in metas if m.source),
        *(m.author for m in metas if m.author),
        *(t.name for t in services.tags.list_tags()),
        *services.tags.color_legend().values(),
    ]


def _windows_opened_by_menus(window, qtbot) -> dict[str, list[str]]:
    """Trigger every enabled menu command; for each window it opens, the Vietnamese interface
    texts found in it (user data left out). Every window is closed again."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    data = _user_data(window.services)
    seen: dict[str, list[str]] = {}
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.isSeparator() or action.menu() or not action.isEnabled() or action.menuRole() == action.MenuRole.QuitRole:
                continue
            if action.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Quit)) == QKeySequence.SequenceMatch.ExactMatch:
                continue
            before = set(QApplication.topLevelWidgets())

            def sweep(before=before) -> None:  # type: ignore[no-untyped-def]
                for w in QApplication.topLevelWidgets():
                    if w in before or w is window or not w.isVisible():
                        continue
                    name = w.objectName() or type(w).__name__
                    texts = [t for t in ui_texts(w) if looks_vietnamese(t) and not any(d in t for d in data)]
                    seen.setdefault(name, []).extend(texts)
                    w.reject() if isinstance(w, QDialog) else w.close()

            closer = QTimer()
            closer.timeout.connect(sweep)
            closer.start(100)  # also closes modal dialogs, which block trigger() until closed
            action.trigger()
            qtbot.wait(150)
            closer.stop()
            sweep()
    return seen


def test_every_menu_command_opens_an_english_window(english_window, qtbot) -> None:
    seen = _windows_opened_by_menus(english_window, qtbot)
    assert {"settingsDialog", "overviewDialog", "shortcutSheet"} <= set(seen)
    offenders = {
        name: texts for name, texts in seen.items() if texts and name not in CONTENT_WINDOWS | KNOWN_UNTRANSLATED
    }
    assert offenders == {}

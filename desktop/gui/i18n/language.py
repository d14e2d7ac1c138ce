"""The interface language setting and the Qt translators that apply it at start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop.resources_path import resources_dir

KEY_LANGUAGE = "ui/language"
DEFAULT_LANGUAGE = "vi"
# Language code -> its name written in that language, as a language menu shows it.
LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def app_catalog(language: str) -> Path:
    """Our strings in `language` (Vietnamese is the source language: it needs no catalogue)."""
    return translations_dir() / f"trichdan_{language}.qm"


def qt_catalog(language: str) -> Path:
    """Qt's own strings (standard buttons, text edit menus); Qt ships no Vietnamese, we do."""
    return translations_dir() / f"qt_{language}.qm"


def current_language(settings: QSettings) -> str:
    value = str(settings.value(KEY_LANGUAGE, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(settings: QSettings, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language: {language}")
    settings.setValue(KEY_LANGUAGE, language)


_ATTRIBUTE = "_trichdan_translators"  # kept on the application object: they live as long as it
LANGUAGE_ATTRIBUTE = "_trichdan_language"  # the language the translators installed


def install_translators(settings: QSettings | None = None, language: str | None = None) -> str:
    """Load the interface language (from `language`, else the setting) into the running
    application; returns the language in effect. Call before any window is built."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    wanted = language or current_language(settings or QSettings())
    if wanted not in LANGUAGES:
        wanted = DEFAULT_LANGUAGE
    for old in getattr(app, _ATTRIBUTE, []):
        app.removeTranslator(old)
    keep: list[QTranslator] = []
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for path in (qt_catalog(wanted), qt_translations / f"qtbase_{wanted}.qm", app_catalog(wanted)):
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            keep.append(translator)
    setattr(app, _ATTRIBUTE, keep)
    setattr(app, LANGUAGE_ATTRIBUTE, wanted)  # the core's messages follow (see core_text.py)
    # Date and number widgets follow the interface language (day first in both).
    if wanted == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return wanted



def uninstall_translators() -> None:
    """Back to the source strings (Vietnamese) with Qt's own English: what tests start from."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for old in getattr(app, _ATTRIBUTE, []):
        app.removeTranslator(old)
    setattr(app, _ATTRIBUTE, [])
    setattr(app, LANGUAGE_ATTRIBUTE, DEFAULT_LANGUAGE)

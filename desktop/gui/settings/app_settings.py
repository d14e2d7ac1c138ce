"""Every user preference kept in QSettings, declared once with its key and default."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.domain.errors import UserError
from desktop.domain.message import Message
from desktop.gui import window_settings
from desktop.gui.i18n.language import DEFAULT_LANGUAGE, KEY_LANGUAGE, LANGUAGES
from desktop.gui.reader.reading_fonts import DEFAULT_POINT_SIZE

ORGANIZATION = APPLICATION = "TrichDan"

KEY_THEME = "ui/theme"
KEY_READER_FAMILY = "reader/font_family"
KEY_READER_SIZE = window_settings.KEY_READER_SIZE
KEY_LIBRARY_FOLDER = "library/folder"
KEY_WELCOME_SEEN = "welcome/seen"
KEY_USER_NAME = "user/name"  # the author of exported documents

THEMES = ("system", "light", "dark")
DEFAULT_THEME = "system"
DEFAULT_READER_SIZE = DEFAULT_POINT_SIZE


@dataclass(frozen=True)
class Preferences:
    """What the settings dialog edits (library-stored choices, like the legend, live in services)."""

    language: str = DEFAULT_LANGUAGE
    theme: str = DEFAULT_THEME
    reader_family: str = ""  # "" = the reader's own choice of a Vietnamese-ready serif
    reader_size: int = DEFAULT_READER_SIZE
    library_folder: str = ""  # "" = the platform's user data folder
    user_name: str = ""  # written as the author of exported briefs; "" leaves it empty


def _text(settings: QSettings, key: str, default: str) -> str:
    value = settings.value(key, default)
    return default if value is None else str(value)


def load_preferences(settings: QSettings) -> Preferences:
    language = _text(settings, KEY_LANGUAGE, DEFAULT_LANGUAGE)
    theme = _text(settings, KEY_THEME, DEFAULT_THEME)
    try:
        size = int(_text(settings, KEY_READER_SIZE, str(DEFAULT_READER_SIZE)))
    except ValueError:
        size = DEFAULT_READER_SIZE
    return Preferences(
        language=language if language in LANGUAGES else DEFAULT_LANGUAGE,
        theme=theme if theme in THEMES else DEFAULT_THEME,
        reader_family=_text(settings, KEY_READER_FAMILY, ""),
        reader_size=size,
        library_folder=_text(settings, KEY_LIBRARY_FOLDER, ""),
        user_name=" ".join(_text(settings, KEY_USER_NAME, "").split()),
    )


def save_preferences(settings: QSettings, prefs: Preferences) -> None:
    settings.setValue(KEY_LANGUAGE, prefs.language)
    settings.setValue(KEY_THEME, prefs.theme)
    settings.setValue(KEY_READER_FAMILY, prefs.reader_family)
    settings.setValue(KEY_READER_SIZE, prefs.reader_size)
    settings.setValue(KEY_LIBRARY_FOLDER, prefs.library_folder)
    settings.setValue(KEY_USER_NAME, prefs.user_name)
    settings.sync()  # a crash right after OK must not lose the choice


def library_folder(settings: QSettings) -> Path | None:
    """The library the user chose in settings, for start-up when no --data-dir is given."""
    folder = _text(settings, KEY_LIBRARY_FOLDER, "").strip()
    return Path(folder) if folder else None


def check_library_folder(folder: Path) -> Path:
    """The folder, created if needed, once we know a library can be written there; a clear
    Vietnamese UserError otherwise (so a bad choice never stops the next start-up)."""
    folder = folder.expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".trichdan-check-"):
            pass
    except OSError as exc:
        raise UserError(
            Message(
                "Không dùng được thư mục “{folder}” cho thư viện: không tạo hoặc ghi được tệp ở đó. "
                "Hãy chọn thư mục khác (ví dụ trong Tài liệu của bạn).",
                code="folder_unusable",
                folder=str(folder),
            ),
            detail=str(exc),
        ) from exc
    return folder

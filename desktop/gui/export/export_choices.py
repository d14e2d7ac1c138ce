"""The export dialog's choices, remembered between sessions in QSettings (declared once here)."""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings

from desktop.export.export_options import BriefOptions, ExportFormat, GroupBy, LayoutStyle

KEY_CHOICES = "export/last_choices"  # one JSON value: adding a choice never needs a new key
KEY_LAST_FOLDER = "export/last_folder"


class Scope(StrEnum):
    CURRENT_ARTICLE = "current_article"
    ARTICLES = "articles"
    BROWSER_FILTER = "browser_filter"
    TAGS = "tags"
    LIBRARY = "library"


# Marked for the translation catalogue; shown through translate("Export", ...).
SCOPE_LABELS: dict[Scope, str] = cast(
    dict[Scope, str],
    {
        Scope.CURRENT_ARTICLE: QT_TRANSLATE_NOOP("Export", "Bài viết đang đọc"),
        Scope.ARTICLES: QT_TRANSLATE_NOOP("Export", "Các bài viết đánh dấu dưới đây"),
        Scope.BROWSER_FILTER: QT_TRANSLATE_NOOP("Export", "Ghi chú đang lọc ở Duyệt ghi chú"),
        Scope.TAGS: QT_TRANSLATE_NOOP("Export", "Các thẻ đánh dấu dưới đây (cả thẻ con)"),
        Scope.LIBRARY: QT_TRANSLATE_NOOP("Export", "Toàn bộ thư viện"),
    },
)
FORMAT_LABELS: dict[ExportFormat, str] = cast(
    dict[ExportFormat, str],
    {
        ExportFormat.DOCX: QT_TRANSLATE_NOOP("Export", "Word (.docx)"),
        ExportFormat.MARKDOWN: QT_TRANSLATE_NOOP("Export", "Markdown (.md)"),
        ExportFormat.CSV: QT_TRANSLATE_NOOP("Export", "Bảng tính Excel (.csv)"),
        ExportFormat.PDF: QT_TRANSLATE_NOOP("Export", "PDF (.pdf)"),
        ExportFormat.JSONLD: QT_TRANSLATE_NOOP("Export", "Tệp ghi chú để chia sẻ (.jsonld)"),
    },
)
STYLE_LABELS: dict[LayoutStyle, str] = cast(
    dict[LayoutStyle, str],
    {
        LayoutStyle.ND30: QT_TRANSLATE_NOOP("Export", "Hành chính (Nghị định 30/2020/NĐ-CP)"),
        LayoutStyle.HD36: QT_TRANSLATE_NOOP("Export", "Văn bản Đảng (Hướng dẫn 36-HD/VPTW)"),
    },
)
GROUP_LABELS: dict[GroupBy, str] = cast(
    dict[GroupBy, str],
    {
        GroupBy.TAG: QT_TRANSLATE_NOOP("Export", "Theo thẻ"),
        GroupBy.ARTICLE: QT_TRANSLATE_NOOP("Export", "Theo bài viết"),
        GroupBy.DATE: QT_TRANSLATE_NOOP("Export", "Theo ngày đăng"),
    },
)


@dataclass
class ExportChoices:
    scope: Scope = Scope.LIBRARY  # a first export exports something: every annotation
    article_ids: list[str] = field(default_factory=list)
    tag_names: list[str] = field(default_factory=list)
    use_dates: bool = False
    date_from: str = ""
    date_to: str = ""
    format: ExportFormat = ExportFormat.DOCX
    options: BriefOptions = field(default_factory=BriefOptions)


def load_choices(settings: QSettings) -> ExportChoices:
    """The last choices; anything unreadable falls back to its default, never an error."""
    raw = settings.value(KEY_CHOICES, "")
    try:
        data = json.loads(str(raw)) if raw else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    choices = ExportChoices()
    with contextlib.suppress(ValueError):
        choices.scope = Scope(data.get("scope", choices.scope))
    with contextlib.suppress(ValueError):
        choices.format = ExportFormat(data.get("format", choices.format))
    for key in ("article_ids", "tag_names"):
        value = data.get(key)
        if isinstance(value, list):
            setattr(choices, key, [str(v) for v in value])
    choices.use_dates = bool(data.get("use_dates", False))
    choices.date_from = str(data.get("date_from", ""))
    choices.date_to = str(data.get("date_to", ""))
    stored_options = data.get("options")
    stored: dict[str, object] = stored_options if isinstance(stored_options, dict) else {}
    defaults = BriefOptions()
    values: dict[str, object] = {}
    for f in fields(BriefOptions):
        default = getattr(defaults, f.name)
        value = stored.get(f.name, default)
        if f.name in ("group_by", "style"):
            try:
                value = type(default)(str(value))
            except ValueError:
                value = default
        elif f.name in ("date", "author"):
            # A brief is dated the day it is made; its author comes from the settings.
            value = ""
        elif not isinstance(value, type(default)) and not (
            isinstance(default, float) and isinstance(value, int)
        ):
            value = default
        values[f.name] = value
    choices.options = BriefOptions(**values)  # type: ignore[arg-type]
    return choices


def save_choices(settings: QSettings, choices: ExportChoices) -> None:
    data = asdict(choices)
    data["scope"] = choices.scope.value
    data["format"] = choices.format.value
    data["options"]["group_by"] = choices.options.group_by.value
    data["options"]["style"] = choices.options.style.value
    data["options"].pop("author", None)
    settings.setValue(KEY_CHOICES, json.dumps(data, ensure_ascii=False))

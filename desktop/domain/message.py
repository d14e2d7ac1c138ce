"""Messages for the user: a Vietnamese template with named arguments, rendered in either language."""

# A Message *is* its Vietnamese rendering (a str subclass), so every caller that prints,
# concatenates, compares or stores `str(exc)` / `exc.message` keeps working unchanged; the GUI
# and the CLI call `render(message, "en")` to show it in English from
# resources/translations/messages_en.json. The Vietnamese template is the catalogue key.
#
# Placeholders: `{name}` (the value as text; a nested Message renders in the same language; a
# list or tuple is joined with ", "), `{name:n}` / `{name:.1n}` (a number as the language
# writes it: 1.500,5 or 1,500.5), `{name:date}`, `{name:time}`, `{name:datetime}` (a date,
# datetime or ISO string), `{name:plural:article|articles}` (the English word for the count),
# `{name:lines}` (a list, one item a line), `{name:cap}` (opening a sentence), or any Python format spec without nested fields
# (`{seconds:.0f}`). Values are only ever substituted, never parsed: a file name holding "{x}"
# is shown as "{x}".

from __future__ import annotations

import json
import string
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import lru_cache
from typing import Any

SOURCE_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")

_FORMATTER = string.Formatter()
_VI_SEPARATORS = str.maketrans(",.", ".,")  # 1,500.5 -> 1.500,5
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


class TemplateError(ValueError):
    """A template that cannot be rendered (bad syntax, a field that is not a plain name)."""


def fields(template: str) -> list[tuple[str, str]]:
    """(name, spec) of every placeholder, in order; TemplateError when the syntax is bad or a
    field is not a plain name (no attribute or index access, no !r conversion)."""
    try:
        parsed = list(_FORMATTER.parse(template))
    except ValueError as exc:
        raise TemplateError(f"{template!r}: {exc}") from None
    found = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or conversion or "{" in (spec or ""):
            raise TemplateError(f"{template!r}: placeholder {{{name}}} must be a plain name")
        found.append((name, spec or ""))
    return found


def placeholders(template: str) -> set[str]:
    """The argument names a template uses."""
    return {name for name, _spec in fields(template)}


class Message(str):
    """A sentence for the user: `Message("Không nhập được “{name}”: {reason}.", name=n,
    reason=Message("tệp trống (0 byte)"))`. As a str it reads Vietnamese; `render(m, "en")`
    reads English. `code` is an optional stable machine key (e.g. "empty_file") for --json."""

    template: str
    args: Mapping[str, Any]
    code: str

    def __new__(cls, template: str, /, *, code: str = "", **args: Any) -> Message:
        text = _substitute(template, args, SOURCE_LANGUAGE)
        self = super().__new__(cls, text)
        self.template = template
        self.args = dict(args)
        self.code = code
        return self

    def render(self, language: str) -> str:
        """This message in `language`; Vietnamese wherever the catalogue has no usable entry."""
        if language == SOURCE_LANGUAGE:
            return str.__str__(self)
        translated = catalog(language).get(self.template)
        if translated is not None:
            try:
                return _substitute(translated, self.args, language)
            except (TemplateError, KeyError, ValueError, TypeError):
                pass  # a broken entry never breaks the message: say it in Vietnamese
        return _substitute(self.template, self.args, language)

    def codes(self) -> list[str]:
        """The machine keys of this message and of the messages inside it, outermost first."""
        found = [self.code] if self.code else []
        for value in self.args.values():
            for item in value if isinstance(value, list | tuple) else (value,):
                if isinstance(item, Message):
                    found += item.codes()
        return found

    def __reduce__(self) -> tuple[Any, ...]:
        # Import failures cross process boundaries (spawned workers): keep template and args.
        return (_rebuild, (self.template, self.code, self.args))

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.args.items())
        code = f", code={self.code!r}" if self.code else ""
        return f"Message({self.template!r}{code}{args})"


class StoredLabel(str):
    """An argument holding text the core once wrote from a template and stored (an operation's
    name in the journal, a page-cleaning reason): translated when it is a catalogue key without
    placeholders, else shown as it is (see known_text)."""

    __slots__ = ()


def _rebuild(template: str, code: str, args: dict[str, Any]) -> Message:
    return Message(template, code=code, **args)


def render(value: object, language: str) -> str:
    """Any value the core hands to a view, as text in `language`: a Message (or an error that
    carries one) is translated; plain text (a user's title, an already translated string) is
    returned as it is, never interpreted."""
    message = getattr(value, "message", value) if isinstance(value, BaseException) else value
    if isinstance(message, Message):
        return message.render(language)
    return str(message)


def message_of(exc: BaseException) -> str:
    """The user's sentence an exception carries: its `message`, or its first argument when that
    is a Message (ValueError subclasses inside ingest), else its text."""
    message = getattr(exc, "message", None)
    if isinstance(message, str):
        return message
    if exc.args and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)


def first_code(value: object, default: str = "") -> str:
    """The outermost machine key inside a message (or an error's message), else `default`."""
    message = getattr(value, "message", value) if isinstance(value, BaseException) else value
    codes = message.codes() if isinstance(message, Message) else []
    return codes[0] if codes else default


# --- values -----------------------------------------------------------------------------------
def _substitute(template: str, args: Mapping[str, Any], language: str) -> str:
    try:
        parsed = list(_FORMATTER.parse(template))
    except ValueError as exc:
        raise TemplateError(f"{template!r}: {exc}") from None
    out = []
    for literal, name, spec, conversion in parsed:
        out.append(literal)
        if name is None:
            continue
        if not name.isidentifier() or conversion:
            raise TemplateError(f"{template!r}: placeholder {{{name}}} must be a plain name")
        out.append(_format_value(args[name], spec or "", language))
    return "".join(out)


def _format_value(value: Any, spec: str, language: str) -> str:
    if spec == "cap":  # the value opens a sentence: its first letter in capitals
        text = _format_value(value, "", language)
        return text[:1].upper() + text[1:]
    if spec.startswith("plural:"):
        forms = spec[len("plural:") :].split("|")
        return forms[0] if _count(value) == 1 else forms[-1]
    if isinstance(value, list | tuple):
        if spec == "lines":
            return "\n".join(_format_value(item, "", language) for item in value)
        return ", ".join(_format_value(item, spec, language) for item in value)
    if isinstance(value, Message):
        return value.render(language)
    if isinstance(value, StoredLabel):
        return known_text(str.__str__(value), language)
    if spec in ("date", "time", "datetime"):
        return _format_moment(value, spec, language)
    if spec == "n" or (spec.startswith(".") and spec.endswith("n")):
        return _format_number(value, spec, language)
    if spec:
        return format(value, spec)
    return str(value)


def _count(value: Any) -> float:
    if isinstance(value, list | tuple):
        return len(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0


def _format_number(value: Any, spec: str, language: str) -> str:
    digits = spec[1:-1] if spec.startswith(".") else ""
    if digits:
        text = format(float(value), f",.{int(digits)}f")
    elif isinstance(value, int):
        text = format(value, ",")
    else:
        text = format(float(value), ",.15g") if isinstance(value, float) else str(value)
    if language == SOURCE_LANGUAGE:  # Vietnamese: 1.500.000 and 2,5
        text = text.translate(_VI_SEPARATORS)
    return text


def _format_moment(value: Any, spec: str, language: str) -> str:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value  # not a date after all: shown as given
    if not isinstance(value, date):
        return str(value)
    if language == SOURCE_LANGUAGE:
        day = f"{value.day:02d}/{value.month:02d}/{value.year}"
        clock = f"{value.hour:02d}:{value.minute:02d}" if isinstance(value, datetime) else ""
        joined = f"{clock} ngày {day}" if clock else day
    else:
        day = f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"
        clock = f"{value.hour:02d}:{value.minute:02d}" if isinstance(value, datetime) else ""
        joined = f"{clock}, {day}" if clock else day
    return {"date": day, "time": clock, "datetime": joined}[spec]


# --- catalogues ---------------------------------------------------------------------------------
def catalog_path(language: str) -> Any:
    from desktop.resources_path import resources_dir

    return resources_dir() / "translations" / f"messages_{language}.json"


def read_catalog_entries(path: Any) -> list[dict[str, Any]]:
    """The entries of a catalogue file ({"vi", "en", "files"} each); [] when it is missing."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    entries = document.get("messages", []) if isinstance(document, dict) else []
    return [e for e in entries if isinstance(e, dict) and isinstance(e.get("vi"), str)]


def entry_problem(vi: str, translated: str) -> str:
    """Why an entry cannot be used ("" when it can): syntax, or placeholders that differ."""
    try:
        wanted, got = placeholders(vi), placeholders(translated)
    except TemplateError as exc:
        return str(exc)
    if wanted != got:
        missing = ", ".join(sorted(wanted - got)) or "-"
        extra = ", ".join(sorted(got - wanted)) or "-"
        return f"placeholders differ (missing: {missing}; unknown: {extra})"
    return ""


@lru_cache(maxsize=4)
def catalog(language: str) -> Mapping[str, str]:
    """Vietnamese template -> its translation, usable entries only (never raises)."""
    if language == SOURCE_LANGUAGE:
        return {}
    usable = {}
    for entry in read_catalog_entries(catalog_path(language)):
        translated = entry.get(language)
        if isinstance(translated, str) and translated.strip() and not entry_problem(entry["vi"], translated):
            usable[entry["vi"]] = translated
    return usable


def known_text(text: str, language: str) -> str:
    """A stored label the core once wrote from a template without placeholders (a page-cleaning
    reason, a default colour meaning), in `language`; any other text is returned unchanged."""
    if language == SOURCE_LANGUAGE or "{" in text:
        return text
    return catalog(language).get(text, text)


def join_lines(lines: Iterable[object], language: str) -> str:
    return "\n".join(render(line, language) for line in lines)

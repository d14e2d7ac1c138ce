"""Read and write Qt Linguist `.ts` files (plain xml.etree), keeping every finished translation."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.gui.i18n.source_strings import SourceString

FINISHED = ""  # Linguist writes no `type` attribute on a finished translation
UNFINISHED = "unfinished"
VANISHED = "vanished"  # no longer in the code; kept so the work is not lost if it comes back


@dataclass(frozen=True)
class TsMessage:
    context: str
    source: str
    comment: str = ""
    translation: str = ""
    plural_forms: tuple[str, ...] = ()  # English: (singular, plural) when `plural`
    plural: bool = False
    state: str = UNFINISHED
    locations: tuple[tuple[str, int], ...] = field(default=(), compare=False)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        if self.state != FINISHED:
            return False
        return all(f.strip() for f in self.plural_forms) if self.plural else bool(self.translation.strip())


@dataclass
class TsFile:
    language: str
    source_language: str = "vi"
    messages: list[TsMessage] = field(default_factory=list)

    def by_key(self) -> dict[tuple[str, str, str], TsMessage]:
        return {m.key: m for m in self.messages}

    def unfinished(self) -> list[TsMessage]:
        return [m for m in self.messages if m.state != VANISHED and not m.finished]


def read_ts(path: Path) -> TsFile:
    root = ET.parse(path).getroot()
    ts = TsFile(language=root.get("language", ""), source_language=root.get("sourcelanguage", "vi"))
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            forms = tuple((f.text or "") for f in node.iter("numerusform")) if node is not None else ()
            locations = tuple(
                (loc.get("filename", ""), int(loc.get("line", "0") or 0)) for loc in message.iter("location")
            )
            ts.messages.append(
                TsMessage(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    translation=(node.text or "") if node is not None and not forms else "",
                    plural_forms=forms,
                    plural=message.get("numerus") == "yes",
                    state=(node.get("type", FINISHED) if node is not None else UNFINISHED),
                    locations=locations,
                )
            )
    return ts


def write_ts(ts: TsFile, path: Path) -> None:
    root = ET.Element("TS", {"version": "2.1", "language": ts.language, "sourcelanguage": ts.source_language})
    contexts: dict[str, list[TsMessage]] = {}
    for message in ts.messages:
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for m in contexts[name]:
            node = ET.SubElement(context, "message", {"numerus": "yes"} if m.plural else {})
            for filename, line in m.locations:
                ET.SubElement(node, "location", {"filename": filename, **({"line": str(line)} if line else {})})
            ET.SubElement(node, "source").text = m.source
            if m.comment:
                ET.SubElement(node, "comment").text = m.comment
            translation = ET.SubElement(node, "translation", {"type": m.state} if m.state else {})
            if m.plural:
                for form in m.plural_forms or ("", ""):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = m.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    # Written through a temp file and renamed: an interrupted build never leaves half a catalogue.
    temp = path.with_suffix(path.suffix + ".tmp")
    temp.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    temp.replace(path)


def _usable(m: TsMessage) -> bool:
    """A translation a person finished, even if its string had vanished for a while."""
    if m.state not in (FINISHED, VANISHED):
        return False
    return all(f.strip() for f in m.plural_forms) and bool(m.plural_forms) if m.plural else bool(m.translation.strip())


def merge(existing: TsFile, strings: Iterable[SourceString]) -> TsFile:
    """The catalogue for `strings`: known translations kept; a new string whose exact source text
    is already translated elsewhere takes that translation; strings gone from the code vanish."""
    strings = list(strings)
    known = existing.by_key()
    by_source: dict[str, TsMessage] = {}
    for m in existing.messages:
        if _usable(m) and not m.comment:
            by_source.setdefault(m.source, m)
    merged: list[TsMessage] = []
    wanted = set()
    for s in strings:
        wanted.add(s.key)
        old = known.get(s.key)
        if old is None and not s.comment and s.source in by_source:
            donor = by_source[s.source]
            old = replace(donor, context=s.context) if donor.plural == s.plural else None
        if old is None:
            merged.append(TsMessage(s.context, s.source, s.comment, plural=s.plural, locations=s.locations))
            continue
        state = FINISHED if _usable(old) and old.plural == s.plural else UNFINISHED
        merged.append(replace(old, context=s.context, plural=s.plural, state=state, locations=s.locations))
    for m in existing.messages:
        if m.key not in wanted and _usable(m):
            merged.append(replace(m, state=VANISHED, locations=()))
    return TsFile(existing.language, existing.source_language, merged)

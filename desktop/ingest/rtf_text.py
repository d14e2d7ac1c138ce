"""RTF -> text: paragraphs, tables, list numbers, footnotes, text boxes, legacy fonts per run.

RTF is a flat stream of groups and control words; a small state machine reads it. Bytes
written as \\'hh are decoded in the code page of the run's font (Windows-1258 for a Vietnamese
charset), and runs in a TCVN3/VNI font are converted by font name, as in Word files.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from desktop.domain.message import Message
from desktop.ingest.office_text import (
    LegacyRuns,
    Notes,
    OfficeText,
    join_document,
    property_hints,
    table_lines,
)

_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.S)
# Destinations whose content is not text of the document.
_SKIP = {
    b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"header", b"headerl", b"headerr", b"headerf",
    b"footer", b"footerl", b"footerr", b"footerf", b"listtable", b"listoverridetable", b"rsidtbl", b"generator",
    b"xmlnstbl", b"themedata", b"colorschememapping", b"datastore", b"latentstyles", b"fldinst", b"bkmkstart",
    b"bkmkend", b"sp", b"shprslt", b"nonshppict", b"object", b"objdata", b"revtbl", b"pgdsctbl", b"mmathPr",
    b"wgrffmtfilter", b"pnseclvl", b"template", b"filetbl", b"protusertbl", b"docvar", b"xe", b"tc", b"atnid",
    b"atnauthor", b"annotation", b"ftnsep", b"ftnsepc", b"aftnsep", b"aftnsepc", b"userprops", b"ts",
}
_PAGE_FURNITURE = {b"header", b"headerl", b"headerr", b"headerf", b"footer", b"footerl", b"footerr", b"footerf"}
_CHARSET_CODEPAGE = {0: "cp1252", 163: "cp1258", 238: "cp1250", 204: "cp1251", 161: "cp1253", 162: "cp1254", 186: "cp1257"}
_SPECIAL = {b"~": "\u00a0", b"-": "\u00ad", b"_": "-", b"\\": "\\", b"{": "{", b"}": "}"}


class RtfProblem(ValueError):
    """Why an RTF file cannot be read, as a Vietnamese phrase."""


@dataclass
class _State:
    font: int | None = None
    uc: int = 1
    skip: bool = False
    kind: str = ""  # "fonttbl", "info:title", "footnote", …
    hidden: bool = False  # inside a header or footer: nothing in it is text, fields included


@dataclass
class _Font:
    name: str = ""
    codepage: str = "cp1252"


@dataclass
class _Output:
    lines: list[str] = field(default_factory=list)
    runs: list[tuple[str, int | None]] = field(default_factory=list)
    cells: list[list[str]] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    rows: list[list[list[str]]] = field(default_factory=list)
    in_table: bool = False


class _Reader:
    def __init__(self) -> None:
        self.fonts: dict[int, _Font] = {}
        self.default_font: int | None = None
        self.codepage = "cp1252"
        self.legacy = LegacyRuns()
        self.notes = Notes()
        self.info: dict[str, str] = {}
        self.out = _Output()
        self._note_stack: list[_Output] = []

    # --- text runs ----------------------------------------------------------------------
    def _font_of(self, state: _State) -> _Font | None:
        index = state.font if state.font is not None else self.default_font
        return self.fonts.get(index) if index is not None else None

    def add_text(self, text: str, state: _State) -> None:
        if state.kind == "fonttbl":
            font = self.fonts.setdefault(state.font if state.font is not None else -1, _Font())
            font.name += text
            return
        if state.kind.startswith("info:"):
            self.info[state.kind[5:]] = self.info.get(state.kind[5:], "") + text
            return
        self.out.runs.append((text, state.font if state.font is not None else self.default_font))

    def add_bytes(self, data: bytes, state: _State) -> None:
        font = self._font_of(state)
        codepage = font.codepage if font is not None else self.codepage
        try:
            text = data.decode(codepage)
        except (UnicodeDecodeError, LookupError):
            text = data.decode("latin-1")
        self.add_text(text, state)

    def _paragraph_nfc(self) -> str:
        # Windows-1258 bytes give a letter and a separate tone mark: composed once per paragraph.
        return unicodedata.normalize("NFC", self._paragraph())

    def _paragraph(self) -> str:
        parts = []
        for text, index in self.out.runs:
            font = self.fonts.get(index) if index is not None else None
            parts.append(self.legacy.convert(text, font.name.strip().rstrip(";") if font else None))
        self.out.runs = []
        return "".join(parts)

    # --- structure ----------------------------------------------------------------------
    def end_paragraph(self) -> None:
        line = self._paragraph_nfc()
        out = self.out
        if out.in_table:
            out.pending.append(line)
            return
        self.close_table()
        out.lines.append(line)

    def end_cell(self) -> None:
        self.out.cells.append([*self.out.pending, self._paragraph_nfc()])
        self.out.pending = []

    def end_row(self) -> None:
        if self.out.runs or self.out.pending:
            self.end_cell()
        self.out.rows.append(self.out.cells)
        self.out.cells = []

    def close_table(self) -> None:
        out = self.out
        if out.rows or out.cells:
            out.lines.extend(table_lines(out.rows + ([out.cells] if out.cells else [])))
            out.rows, out.cells = [], []

    def begin_note(self) -> None:
        self._note_stack.append(self.out)
        self.out = _Output()

    def end_note(self) -> None:
        if not self._note_stack:
            return
        if self.out.runs:
            self.end_paragraph()
        self.close_table()
        note = " ".join(line.strip() for line in self.out.lines if line.strip())
        self.out = self._note_stack.pop()
        self.out.runs.append((Notes.marker(self.notes.add(note)), None))


def _control(reader: _Reader, state: _State, word: bytes, arg: int | None, skip_unicode: list[int]) -> None:
    if word == b"par" or word == b"sect" or word == b"page":
        reader.end_paragraph()
    elif word == b"line":
        reader.add_text("\n", state)
    elif word == b"tab":
        reader.add_text("\t", state)
    elif word == b"cell" or word == b"nestcell":
        reader.end_cell()
    elif word == b"row" or word == b"nestrow":
        reader.end_row()
    elif word == b"intbl":
        reader.out.in_table = True
    elif word == b"pard":
        reader.out.in_table = False
    elif word == b"f" and arg is not None:
        state.font = arg
        if state.kind == "fonttbl":
            reader.fonts.setdefault(arg, _Font())
    elif word == b"fcharset" and arg is not None and state.kind == "fonttbl" and state.font is not None:
        reader.fonts.setdefault(state.font, _Font()).codepage = _CHARSET_CODEPAGE.get(arg, "cp1252")
    elif word == b"deff" and arg is not None:
        reader.default_font = arg
    elif word == b"ansicpg" and arg:
        reader.codepage = f"cp{arg}"
    elif word == b"uc" and arg is not None:
        state.uc = arg
    elif word == b"u" and arg is not None:
        reader.add_text(chr(arg % 65536 if arg < 0 else arg) if 0 <= arg % 65536 < 0xD800 or arg >= 0xE000 else "\ufffd", state)
        skip_unicode[0] = state.uc
    elif word in (b"emdash", b"endash"):
        reader.add_text("—" if word == b"emdash" else "–", state)
    elif word in (b"lquote", b"rquote"):
        reader.add_text("‘" if word == b"lquote" else "’", state)
    elif word in (b"ldblquote", b"rdblquote"):
        reader.add_text("“" if word == b"ldblquote" else "”", state)
    elif word == b"bullet":
        reader.add_text("•", state)


def rtf_to_text(data: bytes) -> OfficeText:
    if not data.lstrip()[:5] == b"{\\rtf":
        raise RtfProblem(Message("tệp không phải RTF (thiếu phần đầu “{marker}”)", code="wrong_format", marker="{\\rtf"))
    reader = _Reader()
    stack: list[_State] = []
    state = _State()
    skip_unicode = [0]  # replacement characters still to skip after a \uN
    destination_next = False
    for match in _TOKEN.finditer(data):
        word, arg, hexbyte, symbol, brace, text = match.groups()
        if brace is not None:
            if brace == b"{":
                stack.append(state)
                state = _State(state.font, state.uc, state.skip, state.kind, state.hidden)
            else:
                if state.kind == "footnote" and (not stack or stack[-1].kind != "footnote"):
                    reader.end_note()
                state = stack.pop() if stack else _State()
            destination_next = False
            skip_unicode[0] = 0
            continue
        if skip_unicode[0] and (hexbyte is not None or text is not None or symbol is not None):
            if text is not None and len(text) > skip_unicode[0]:
                text = text[skip_unicode[0] :]
                skip_unicode[0] = 0
            else:
                skip_unicode[0] -= 1 if text is None else len(text)
                skip_unicode[0] = max(skip_unicode[0], 0)
                continue
        if symbol == b"*":
            destination_next = True
            continue
        if word is not None:
            number = int(arg) if arg is not None else None
            first = destination_next
            destination_next = False
            if word in (b"footnote",):
                state.kind = "footnote"
                state.skip = False
                reader.begin_note()
                continue
            if word == b"fonttbl":
                state.kind, state.skip = "fonttbl", False
                continue
            if word == b"info":
                state.kind, state.skip = "info", True
                continue
            if state.kind in ("info",) or state.kind.startswith("info:"):
                if word in (b"title", b"author"):
                    state.kind, state.skip = f"info:{word.decode()}", False
                continue
            if word in _PAGE_FURNITURE:
                state.skip = state.hidden = True
                continue
            if word in (b"shpinst", b"shptxt", b"listtext", b"pntext", b"fldrslt", b"field", b"shp"):
                # A field's result is text, but not a header's page number ("PAGE" -> "2").
                state.skip = state.hidden if word != b"shpinst" else state.skip
                continue
            if word in _SKIP or first:
                state.skip = True
                continue
            if state.skip:
                continue
            if word == b"chftn":
                continue  # the note's own number: the note is marked where \footnote begins
            _control(reader, state, word, number, skip_unicode)
            continue
        if state.skip:
            continue
        if hexbyte is not None:
            reader.add_bytes(bytes([int(hexbyte, 16)]), state)
        elif symbol is not None:
            special = _SPECIAL.get(symbol)
            if special:
                reader.add_text(special, state)
        elif text is not None:
            reader.add_bytes(text, state)
    if reader.out.runs:
        reader.end_paragraph()
    reader.close_table()
    lines = reader.out.lines
    hints = property_hints(reader.info.get("title"), reader.info.get("author"), None)
    return OfficeText(join_document(lines, reader.notes), hints, reader.legacy.found)

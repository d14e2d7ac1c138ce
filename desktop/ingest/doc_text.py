"""Word 97–2003 .doc -> text, in pure Python (olefile + doc_binary), fonts decided per run.

Most office PCs have no LibreOffice, so .doc files are read here directly. Fields keep their
shown result, tables become rows (office_text), footnotes and endnotes numbered notes, text
boxes follow the body. What this reader cannot parse (Word 6/95 files, damaged structure) goes
to office_converter when LibreOffice is installed.
"""

from __future__ import annotations

import io
import struct

from desktop.domain.message import Message
from desktop.ingest.doc_binary import DocEncrypted, DocFormatError, DocParts, read_parts
from desktop.ingest.office_text import (
    LegacyRuns,
    Notes,
    OfficeText,
    join_document,
    property_hints,
    table_lines,
)

_SKIP = set("\x00\x01\x03\x04\x05\x06\x08\x0e\x0f\x10\x11\x12\x16\x17\x18\x19\x1a\x1b\x1c\x1d")


class DocProblem(ValueError):
    """Why a .doc cannot be read: its argument is a Message (a phrase for the user)."""



PASSWORD_PROTECTED = Message("tài liệu Word được bảo vệ bằng mật khẩu: hãy mở bằng Word, gỡ mật khẩu rồi nhập lại", code="password_protected")


class DocUnsupported(DocProblem):
    """This reader cannot parse the file; a converter may."""


def _ole(data: bytes) -> tuple[bytes, dict[str, bytes], dict[str, str]]:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError) as exc:
        raise DocProblem(Message("tệp .doc bị hỏng (không mở được như một tài liệu Word)", code="damaged")) from exc
    with ole:
        if ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"):
            raise DocProblem(PASSWORD_PROTECTED)
        if not ole.exists("WordDocument"):
            kinds = {
                "Workbook": Message("bảng tính Excel"),
                "Book": Message("bảng tính Excel"),
                "PowerPoint Document": Message("bản trình chiếu PowerPoint"),
            }
            for stream, kind in kinds.items():
                if ole.exists(stream):
                    raise DocProblem(Message("tệp thực ra là {kind}, không phải tài liệu Word", code="wrong_format", kind=kind))
            raise DocProblem(Message("tệp .doc không có phần nội dung Word", code="wrong_format"))
        word = ole.openstream("WordDocument").read()
        tables = {name: ole.openstream(name).read() for name in ("0Table", "1Table") if ole.exists(name)}
        props: dict[str, str] = {}
        try:
            meta = ole.get_metadata()
            for key in ("title", "author", "create_time"):
                value = getattr(meta, key, None)
                if isinstance(value, bytes):
                    value = value.decode("cp1252", errors="replace")
                if value:
                    props[key] = value if isinstance(value, str) else value.isoformat()
        except Exception:  # noqa: BLE001 - properties are a bonus; damaged ones cost nothing
            props = {}
    return word, tables, props


class _Builder:
    """Walks the main text: fields, tables, notes, line and paragraph marks."""

    def __init__(self, parts: DocParts) -> None:
        self.parts = parts
        self.legacy = LegacyRuns()
        self.notes = Notes()
        self.footnotes = dict(zip(parts.footnote_refs, parts.footnote_ranges, strict=False))
        self.endnotes = dict(zip(parts.endnote_refs, parts.endnote_ranges, strict=False))
        edn_start = parts.ccp_text + parts.ccp_ftn + parts.ccp_hdd + parts.ccp_atn
        self.note_start = {"ftn": parts.ccp_text, "edn": edn_start}

    def runs_text(self, start: int, end: int, lines_out: list[str]) -> None:
        """Characters [start, end) -> lines; tables collected row by row."""
        text, fonts = self.parts.text, self.parts.fonts
        current: list[tuple[str, str | None]] = []
        pending: list[str] = []
        cells: list[list[str]] = []
        rows: list[list[list[str]]] = []
        fields: list[bool] = []  # per open field: True once its result part began
        previous = ""

        def close_table() -> None:
            if rows or cells:
                lines_out.extend(table_lines(rows + ([cells] if cells else [])))
                rows.clear()
                cells.clear()

        for cp in range(start, min(end, len(text))):
            ch = text[cp]
            if ch == "\x13":
                fields.append(False)
                continue
            if ch == "\x14":
                if fields:
                    fields[-1] = True
                continue
            if ch == "\x15":
                if fields:
                    fields.pop()
                continue
            if fields and not fields[-1]:
                continue  # a field's instruction ("PAGE", "HYPERLINK …"), not its shown text
            font = fonts[cp] if cp < len(fonts) else None
            if ch == "\r" or ch == "\x0c":
                line = self._convert(current)
                current = []
                if cells:
                    pending.append(line)
                elif rows:
                    close_table()
                    lines_out.append(line)
                else:
                    lines_out.append(line)
            elif ch == "\x07":
                if previous == "\x07" and not current:
                    rows.append(cells[:])
                    cells.clear()
                else:
                    cells.append([*pending, self._convert(current)])
                    pending.clear()
                    current = []
            elif ch == "\x0b":
                current.append(("\n", None))
            elif ch == "\x1e":
                current.append(("-", None))
            elif ch == "\x1f":
                current.append(("\u00ad", font))  # an optional hyphen; in TCVN3 text the "ư"
            elif ch == "\x02":
                current.append((self._note_marker(cp), None))
            elif ch in _SKIP:
                pass
            else:
                current.append((ch, font))
            previous = ch
        if current:
            lines_out.append(self._convert(current))
        lines_out.extend(pending)
        close_table()

    def _convert(self, chars: list[tuple[str, str | None]]) -> str:
        out: list[str] = []
        run: list[str] = []
        run_font: str | None = None
        for ch, font in chars:
            if font != run_font and run:
                out.append(self.legacy.convert("".join(run), run_font))
                run = []
            run_font = font
            run.append(ch)
        if run:
            out.append(self.legacy.convert("".join(run), run_font))
        return "".join(out)

    def _note_marker(self, cp: int) -> str:
        for kind, table in (("ftn", self.footnotes), ("edn", self.endnotes)):
            span = table.get(cp)
            if span is None:
                continue
            base = self.note_start[kind]
            lines: list[str] = []
            self.runs_text(base + span[0], base + span[1], lines)
            return Notes.marker(self.notes.add(" ".join(line.strip() for line in lines if line.strip())))
        return ""


def doc_to_text(data: bytes) -> OfficeText:
    """Raises DocProblem (damaged, encrypted) or DocUnsupported (a structure left to a converter)."""
    word, tables, props = _ole(data)
    try:
        parts = read_parts(word, tables)
    except DocEncrypted:
        raise DocProblem(PASSWORD_PROTECTED) from None
    except (DocFormatError, struct.error, IndexError, UnicodeDecodeError) as exc:
        raise DocUnsupported(Message("cấu trúc tệp .doc không đọc được trực tiếp ({cause})", code="unsupported_structure", cause=str(exc))) from None
    builder = _Builder(parts)
    lines: list[str] = []
    builder.runs_text(0, parts.ccp_text, lines)
    txbx_start = parts.ccp_text + parts.ccp_ftn + parts.ccp_hdd + parts.ccp_atn + parts.ccp_edn
    if parts.ccp_txbx:
        boxes: list[str] = []
        builder.runs_text(txbx_start, txbx_start + parts.ccp_txbx, boxes)
        lines.extend(line for line in boxes if line.strip())
    hints = property_hints(props.get("title"), props.get("author"), props.get("create_time"))
    return OfficeText(join_document(lines, builder.notes), hints, builder.legacy.found)


"""OpenDocument .odt -> text: paragraphs, lists, tables, notes, frames, legacy fonts per span."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from desktop.domain.message import Message
from desktop.ingest.docx_text import MAX_UNPACKED_BYTES
from desktop.ingest.office_text import (
    LegacyRuns,
    Notes,
    OfficeText,
    join_document,
    property_hints,
    table_lines,
)

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"


class OdtProblem(ValueError):
    """Why an .odt cannot be read, as a Vietnamese phrase."""


def _parse(archive: zipfile.ZipFile, name: str) -> Any:
    from lxml import etree

    try:
        data = archive.read(name)
    except KeyError:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None


class _Fonts:
    """Style name -> font family, through the styles' parents and the font face table."""

    def __init__(self, *roots: Any) -> None:
        self.faces: dict[str, str] = {}
        self.font: dict[str, str] = {}
        self.parent: dict[str, str] = {}
        for root in roots:
            if root is None:
                continue
            for face in root.iter(f"{STYLE}font-face"):
                family = face.get(f"{SVG}font-family", "").strip("'\"")
                self.faces[face.get(f"{STYLE}name", "")] = family or face.get(f"{STYLE}name", "")
            for style in root.iter(f"{STYLE}style"):
                name = style.get(f"{STYLE}name", "")
                parent = style.get(f"{STYLE}parent-style-name")
                if parent:
                    self.parent[name] = parent
                props = style.find(f"{STYLE}text-properties")
                if props is not None:
                    face = props.get(f"{STYLE}font-name") or props.get(f"{FO}font-family")
                    if face:
                        self.font[name] = self.faces.get(face, face.strip("'\""))

    def of(self, style: str | None) -> str | None:
        seen: set[str] = set()
        while style and style not in seen:
            seen.add(style)
            if style in self.font:
                return self.font[style]
            style = self.parent.get(style)
        return None


def _list_styles(*roots: Any) -> dict[str, dict[int, tuple[str, str, str]]]:
    """List style -> level -> (number format or "" for a bullet, prefix, suffix or bullet)."""
    styles: dict[str, dict[int, tuple[str, str, str]]] = {}
    for root in roots:
        if root is None:
            continue
        for style in root.iter(f"{TEXT}list-style"):
            levels: dict[int, tuple[str, str, str]] = {}
            for level in style:
                depth = int(level.get(f"{TEXT}level", "1") or 1)
                if level.tag == f"{TEXT}list-level-style-number":
                    levels[depth] = (level.get(f"{STYLE}num-format", "1") or "", level.get(f"{STYLE}num-prefix", ""), level.get(f"{STYLE}num-suffix", "."))
                elif level.tag == f"{TEXT}list-level-style-bullet":
                    levels[depth] = ("", "", level.get(f"{TEXT}bullet-char", "•"))
            styles[style.get(f"{STYLE}name", "")] = levels
    return styles


_ODF_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


class _Reader:
    def __init__(self, fonts: _Fonts, lists: dict[str, dict[int, tuple[str, str, str]]] | None = None) -> None:
        self.fonts = fonts
        self.lists = lists or {}
        self.legacy = LegacyRuns()
        self.notes = Notes()
        self._list_counters: list[int] = []

    def blocks(self, container: Any, lines: list[str]) -> None:
        for child in container:
            tag = child.tag
            if tag in (f"{TEXT}p", f"{TEXT}h"):
                self.paragraph(child, lines, "")
            elif tag == f"{TEXT}list":
                self.list_block(child, lines)
            elif tag == f"{TABLE}table":
                self.table(child, lines)
            elif tag in (f"{TEXT}section", f"{OFFICE}text", f"{TEXT}soft-page-break", f"{TEXT}index-body", f"{TEXT}table-of-content"):
                self.blocks(child, lines)

    def list_block(self, element: Any, lines: list[str], depth: int = 0, style: str | None = None) -> None:
        from desktop.ingest.docx_numbering import format_number

        style = element.get(f"{TEXT}style-name") or style
        fmt, prefix, suffix = self.lists.get(style or "", {}).get(depth + 1, ("1", "", "."))
        number = 0
        for item in element:
            if item.tag not in (f"{TEXT}list-item", f"{TEXT}list-header"):
                continue
            number += 1
            if not fmt:
                label = "•" if "\ue000" <= suffix <= "\uf8ff" else suffix
            else:
                label = prefix + format_number(number, _ODF_FORMATS.get(fmt, "decimal")) + suffix
            first = True
            for child in item:
                if child.tag in (f"{TEXT}p", f"{TEXT}h"):
                    self.paragraph(child, lines, label if first else "")
                    first = False
                elif child.tag == f"{TEXT}list":
                    self.list_block(child, lines, depth + 1, style)

    def paragraph(self, element: Any, lines: list[str], label: str) -> None:
        boxes: list[str] = []
        parts: list[str] = []
        self._inline(element, self.fonts.of(element.get(f"{TEXT}style-name")), parts, boxes)
        text = "".join(parts)
        if label and text.strip():
            text = f"{label} {text.strip()}"
        lines.append(text)
        lines.extend(boxes)

    def _inline(self, element: Any, font: str | None, parts: list[str], boxes: list[str]) -> None:
        if element.text:
            parts.append(self.legacy.convert(element.text, font))
        for child in element:
            tag = child.tag
            if tag == f"{TEXT}span" or tag == f"{TEXT}a" or tag == f"{TEXT}ruby-base":
                self._inline(child, self.fonts.of(child.get(f"{TEXT}style-name")) or font, parts, boxes)
            elif tag == f"{TEXT}s":
                parts.append(" " * int(child.get(f"{TEXT}c", "1") or 1))
            elif tag == f"{TEXT}tab":
                parts.append("\t")
            elif tag == f"{TEXT}line-break":
                parts.append("\n")
            elif tag == f"{TEXT}soft-hyphen":
                parts.append(self.legacy.convert("\u00ad", font))
            elif tag == f"{TEXT}note":
                body = child.find(f"{TEXT}note-body")
                note_lines: list[str] = []
                if body is not None:
                    self.blocks(body, note_lines)
                parts.append(Notes.marker(self.notes.add(" ".join(x.strip() for x in note_lines if x.strip()))))
            elif tag == f"{DRAW}frame":
                for box in child.iter(f"{DRAW}text-box"):
                    self.blocks(box, boxes)
            elif tag not in (f"{TEXT}bookmark", f"{TEXT}bookmark-start", f"{TEXT}bookmark-end", f"{OFFICE}annotation"):
                self._inline(child, font, parts, boxes)
            if child.tail:
                parts.append(self.legacy.convert(child.tail, font))

    def table(self, element: Any, lines: list[str]) -> None:
        rows: list[list[list[str]]] = []
        for row in element.iter(f"{TABLE}table-row"):
            cells: list[list[str]] = []
            for cell in row:
                if cell.tag == f"{TABLE}covered-table-cell":
                    cells.append([])
                elif cell.tag == f"{TABLE}table-cell":
                    cell_lines: list[str] = []
                    self.blocks(cell, cell_lines)
                    cells.append([x for x in cell_lines if x.strip()])
            rows.append(cells)
        lines.extend(table_lines(rows))


def odt_to_text(data: bytes) -> OfficeText:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise OdtProblem(Message("tệp .odt bị hỏng (không mở được)", code="damaged")) from exc
    with archive:
        infos = archive.infolist()
        if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
            raise OdtProblem(Message("tệp .odt khi giải nén quá lớn (có thể là “bom nén”)", code="zip_bomb"))
        manifest = _parse(archive, "META-INF/manifest.xml")
        if manifest is not None and any(e.tag.endswith("encryption-data") for e in manifest.iter()):
            raise OdtProblem(Message("tệp .odt được bảo vệ bằng mật khẩu", code="password_protected"))
        content = _parse(archive, "content.xml")
        if content is None:
            raise OdtProblem(Message("tệp .odt bị hỏng (thiếu hoặc hỏng phần nội dung)", code="damaged"))
        styles = _parse(archive, "styles.xml")
        meta = _parse(archive, "meta.xml")
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise OdtProblem(Message("tệp không phải văn bản OpenDocument (.odt)", code="wrong_format"))
    reader = _Reader(_Fonts(styles, content), _list_styles(styles, content))
    lines: list[str] = []
    reader.blocks(body, lines)
    hints: dict[str, str] = {}
    if meta is not None:
        def value(tag: str) -> str | None:
            found = meta.find(f".//{tag}")
            return found.text if found is not None else None

        hints = property_hints(value(f"{_DC}title"), value(f"{_META}initial-creator"), value(f"{_META}creation-date"))
    return OfficeText(join_document(lines, reader.notes), hints, reader.legacy.found)

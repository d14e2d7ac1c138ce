"""Word .docx -> text: body, tables, text boxes, numbering, footnotes and endnotes, legacy fonts.

A .docx is a zip: its declared sizes are checked before anything is unpacked, so a zip bomb
is refused instead of filling the memory. The XML is walked with lxml directly (python-docx
hides footnotes, text boxes and numbering, and costs more time than the walk).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from desktop.domain.message import Message
from desktop.ingest.docx_numbering import Numbering
from desktop.ingest.office_text import (
    LegacyRuns,
    Notes,
    OfficeText,
    join_document,
    property_hints,
    table_lines,
)

MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200  # unpacked/packed; real Word XML compresses about 10:1
_RATIO_FLOOR = 20 * 1024 * 1024  # small parts may compress well, that's no bomb

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
# Symbol-font bullets and marks typed with w:sym: the few that carry meaning in text.
_SYMBOLS = {"F0B7": "•", "F0A7": "▪", "F0D8": "➢", "F0FC": "✓", "F02D": "-", "F0E0": "→", "F0AE": "→"}


class DocxProblem(ValueError):
    """Why a .docx cannot be read: its argument is a Message (a phrase for the user)."""


DocxText = OfficeText  # the name callers used before the readers shared one result type


def _check_zip(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise DocxProblem(Message("tệp .docx bị hỏng (không mở được như một tài liệu Word)", code="damaged")) from exc
    infos = archive.infolist()
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        if "EncryptedPackage" in names:
            raise DocxProblem(Message("tệp .docx được bảo vệ bằng mật khẩu", code="password_protected"))
        raise DocxProblem(Message("tệp không phải tài liệu Word .docx (thiếu phần nội dung)", code="wrong_format"))
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED_BYTES:
        raise DocxProblem(Message("tệp .docx khi giải nén quá lớn (có thể là “bom nén”)", code="zip_bomb"))
    for info in infos:
        if info.flag_bits & 0x1:
            raise DocxProblem(Message("tệp .docx được bảo vệ bằng mật khẩu", code="password_protected"))
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise DocxProblem(Message("tệp .docx có tỉ lệ nén bất thường (có thể là “bom nén”)", code="zip_bomb"))
    return archive


def _parse(archive: zipfile.ZipFile, name: str) -> Any:
    from lxml import etree

    try:
        data = archive.read(name)
    except KeyError:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, recover=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        if name == "word/document.xml":
            raise DocxProblem(Message("tệp .docx bị hỏng (nội dung XML không hợp lệ)", code="damaged")) from exc
        return None  # a damaged side part (notes, numbering) costs that part only


class _Styles:
    """Fonts and list numbering that paragraphs and runs inherit from their styles."""

    def __init__(self, root: Any) -> None:
        self.font: dict[str, str | None] = {}
        self.based_on: dict[str, str] = {}
        self.num: dict[str, tuple[str, str]] = {}
        self.default_font: str | None = None
        self.default_paragraph: str | None = None
        if root is None:
            return
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
        if defaults is not None:
            self.default_font = _font_name(defaults)
        for style in root.iter(f"{W}style"):
            style_id = style.get(f"{W}styleId")
            if not style_id:
                continue
            if style.get(f"{W}default") == "1" and style.get(f"{W}type") == "paragraph":
                self.default_paragraph = style_id
            based = style.find(f"{W}basedOn")
            if based is not None:
                self.based_on[style_id] = based.get(f"{W}val", "")
            fonts = style.find(f"{W}rPr/{W}rFonts")
            if fonts is not None:
                self.font[style_id] = _font_name(fonts)
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                num_id = num_pr.find(f"{W}numId")
                level = num_pr.find(f"{W}ilvl")
                self.num[style_id] = (
                    num_id.get(f"{W}val", "") if num_id is not None else "",
                    level.get(f"{W}val", "0") if level is not None else "0",
                )

    def _inherited(self, table: dict[str, Any], style_id: str | None) -> Any:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in table:
                return table[style_id]
            style_id = self.based_on.get(style_id)
        return None

    def font_of(self, style_id: str | None) -> str | None:
        return self._inherited(self.font, style_id)

    def numbering_of(self, style_id: str | None) -> tuple[str, str] | None:
        return self._inherited(self.num, style_id)


def _font_name(fonts: Any) -> str | None:
    # Text of a legacy font lies in the ASCII and high-ANSI ranges: either slot names the font.
    return fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or fonts.get(f"{W}cs")


class _Reader:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.styles = _Styles(_parse(archive, "word/styles.xml"))
        self.numbering = Numbering(_parse(archive, "word/numbering.xml"), W)
        self.legacy = LegacyRuns()
        self.notes = Notes()
        self.note_bodies: dict[tuple[str, str], Any] = {}
        for kind in ("footnote", "endnote"):
            root = _parse(archive, f"word/{kind}s.xml")
            if root is None:
                continue
            for note in root.iter(f"{W}{kind}"):
                if note.get(f"{W}type") in (None, "normal"):
                    self.note_bodies[(kind, note.get(f"{W}id", ""))] = note
        self._in_note = False

    # --- blocks ---------------------------------------------------------------------------
    def blocks(self, container: Any) -> list[str]:
        lines: list[str] = []
        for child in container:
            tag = child.tag
            if tag == f"{W}p":
                lines.extend(self.paragraph(child))
            elif tag == f"{W}tbl":
                lines.extend(self.table(child))
            elif tag in (f"{W}sdt", f"{W}customXml"):
                content = child.find(f"{W}sdtContent") if tag == f"{W}sdt" else child
                if content is not None:
                    lines.extend(self.blocks(content))
            elif tag in (f"{W}ins", f"{W}moveTo", f"{_MC}AlternateContent"):
                lines.extend(self.blocks(self._choice(child) if tag == f"{_MC}AlternateContent" else child))
        return lines

    @staticmethod
    def _choice(alternate: Any) -> Any:
        choice = alternate.find(f"{_MC}Choice")
        if choice is None:
            choice = alternate.find(f"{_MC}Fallback")
        return choice if choice is not None else []

    def paragraph(self, p: Any) -> list[str]:
        """The paragraph's line, its number or bullet first, then the paragraphs of any text
        boxes anchored in it."""
        style_id = None
        p_pr = p.find(f"{W}pPr")
        num_id = level = None
        if p_pr is not None:
            style = p_pr.find(f"{W}pStyle")
            style_id = style.get(f"{W}val") if style is not None else None
            num_pr = p_pr.find(f"{W}numPr")
            if num_pr is not None:
                id_el, level_el = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
                num_id = id_el.get(f"{W}val") if id_el is not None else None
                level = level_el.get(f"{W}val") if level_el is not None else None
        style_id = style_id or self.styles.default_paragraph
        if num_id is None:
            inherited = self.styles.numbering_of(style_id)
            if inherited:
                num_id, level = inherited[0], level or inherited[1]
        base_font = self.styles.font_of(style_id) or self.styles.default_font
        boxes: list[str] = []
        parts: list[str] = []
        self._inline(p, base_font, parts, boxes)
        text = "".join(parts)
        if num_id and num_id != "0" and text.strip():
            label = self.numbering.label(num_id, int(level or 0))
            if label:
                text = f"{label} {text.lstrip()}"
        return [text, *boxes]

    def _inline(self, element: Any, base_font: str | None, parts: list[str], boxes: list[str]) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{W}r":
                self._run(child, base_font, parts, boxes)
            elif tag in (f"{W}hyperlink", f"{W}ins", f"{W}smartTag", f"{W}fldSimple", f"{W}moveTo", f"{W}customXml", f"{W}sdt", f"{W}sdtContent", f"{W}dir", f"{W}bdo"):
                self._inline(child, base_font, parts, boxes)
            elif tag == f"{_MC}AlternateContent":
                self._inline(self._choice(child), base_font, parts, boxes)

    def _run(self, run: Any, base_font: str | None, parts: list[str], boxes: list[str]) -> None:
        font = base_font
        r_pr = run.find(f"{W}rPr")
        if r_pr is not None:
            fonts = r_pr.find(f"{W}rFonts")
            named = _font_name(fonts) if fonts is not None else None
            if named:
                font = named
            else:
                r_style = r_pr.find(f"{W}rStyle")
                if r_style is not None:
                    font = self.styles.font_of(r_style.get(f"{W}val")) or font
        pieces: list[str] = []
        for child in run:
            tag = child.tag
            if tag == f"{W}t":
                pieces.append(child.text or "")
            elif tag == f"{W}tab":
                pieces.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                pieces.append("\n")
            elif tag == f"{W}softHyphen":
                pieces.append("\u00ad")  # TCVN3 "ư"; dropped later as an invisible in Unicode text
            elif tag == f"{W}noBreakHyphen":
                pieces.append("-")
            elif tag == f"{W}sym":
                pieces.append(_SYMBOLS.get((child.get(f"{W}char") or "").upper(), ""))
            elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
                pieces.append(self._note(tag[len(W) : -len("Reference")], child.get(f"{W}id", "")))
            elif tag in (f"{W}drawing", f"{W}pict", f"{_MC}AlternateContent", f"{W}object"):
                self._text_boxes(child, boxes)
        text = "".join(pieces)
        parts.append(self.legacy.convert(text, font) if font else text)

    def _note(self, kind: str, note_id: str) -> str:
        body = self.note_bodies.get((kind, note_id))
        if body is None or self._in_note:
            return ""
        self._in_note = True
        try:
            text = " ".join(line.strip() for line in self.blocks(body) if line.strip())
        finally:
            self._in_note = False
        return Notes.marker(self.notes.add(text))

    def _text_boxes(self, element: Any, boxes: list[str]) -> None:
        """Text boxes: the drawing (wps:txbx) or, in old files, the VML shape (v:textbox);
        of an mc:AlternateContent only the chosen branch, so a box is not read twice."""
        if element.tag == f"{_MC}AlternateContent":
            element = self._choice(element)
        for content in element.iter(f"{W}txbxContent"):
            if any(a.tag == f"{_MC}Fallback" for a in content.iterancestors()):
                continue
            boxes.extend(line for line in self.blocks(content) if line.strip())

    def table(self, tbl: Any) -> list[str]:
        rows: list[list[list[str]]] = []
        for tr in tbl.iter(f"{W}tr"):
            if tr.getparent() is not tbl and tr.getparent().tag != f"{W}sdtContent":
                continue  # rows of a nested table are read with their cell
            row: list[list[str]] = []
            for tc in tr.iter(f"{W}tc"):
                if tc.getparent() is not tr:
                    continue
                merge = tc.find(f"{W}tcPr/{W}vMerge")
                if merge is not None and merge.get(f"{W}val") in (None, "continue"):
                    row.append([])  # the cell above spans this row: its text is already read
                    continue
                row.append([line for line in self.blocks(tc) if line.strip()])
            rows.append(row)
        return table_lines(rows, self._bordered(tbl))

    @staticmethod
    def _bordered(tbl: Any) -> bool | None:
        borders = tbl.find(f"{W}tblPr/{W}tblBorders")
        style = tbl.find(f"{W}tblPr/{W}tblStyle")
        cell_borders = tbl.find(f".//{W}tcBorders")
        if borders is None and cell_borders is None:
            return None if style is not None else False
        values = [b.get(f"{W}val") for b in (borders if borders is not None else [])]
        values += [b.get(f"{W}val") for b in (cell_borders if cell_borders is not None else [])]
        return any(v not in (None, "nil", "none") for v in values)


def _core_hints(archive: zipfile.ZipFile) -> dict[str, str]:
    root = _parse(archive, "docProps/core.xml")
    if root is None:
        return {}

    def value(tag: str) -> str | None:
        element = root.find(tag)
        return element.text if element is not None else None

    return property_hints(value(f"{_DC}title"), value(f"{_DC}creator"), value(f"{_DCTERMS}created"))


def docx_to_text(data: bytes) -> OfficeText:
    archive = _check_zip(data)
    with archive:
        try:
            root = _parse(archive, "word/document.xml")
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise DocxProblem(Message("tệp .docx bị hỏng (không đọc được nội dung)", code="damaged")) from exc
        except Exception as exc:  # zlib and lxml errors on damaged data have many types
            if isinstance(exc, DocxProblem):
                raise
            raise DocxProblem(Message("tệp .docx bị hỏng (không đọc được nội dung)", code="damaged")) from exc
        body = root.find(f"{W}body") if root is not None else None
        if body is None:
            raise DocxProblem(Message("tệp .docx bị hỏng (thiếu phần nội dung)", code="damaged"))
        reader = _Reader(archive)
        lines = reader.blocks(body)
        hints = _core_hints(archive)
    return OfficeText(join_document(lines, reader.notes), hints, reader.legacy.found)

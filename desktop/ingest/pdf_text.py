"""PDF -> text with pypdfium2 (PDFium): lines with their positions, then paragraphs rebuilt.

PDFium was chosen by measurement (bench/bench_formats.py): about 20 times faster than
pdfminer.six and pypdf on the same Vietnamese PDFs, with the same characters. Legacy-font text
(TCVN3/VNI typed in .VnTime or VNI-Times) is converted run by run, decided by the font name
PDFium reports for each character, or, when fonts say nothing, by how the text reads.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from statistics import median
from typing import Any

from desktop.domain.message import Message
from desktop.ingest.legacy_encodings import tcvn3_pdf_to_unicode, vni_to_unicode
from desktop.ingest.office_text import LegacyRuns, OfficeText, property_hints
from desktop.ingest.paragraph_rebuild import PAGE_NUMBER as _PAGE_NUMBER
from desktop.ingest.paragraph_rebuild import Line, Page, rebuild_paragraphs
from desktop.ingest.pdf_notes import (
    Glyph,
    find_notes,
    leading_label,
    mark_superscripts,
    only_small_digits,
    typical_height,
)

PageProgress = Callable[[int, int], None]  # pages done, pages in all
CancelCheck = Callable[[], bool]
# A gap this many times the font size between two characters of a line separates table cells.
CELL_GAP = 2.2
# A gap this many times the letter height after a list marker, with no space character in it, is
# the tab Word printed as a gap.
SPACE_GAP = 0.2
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_MARKER_PREFIX = re.compile(r"^(?:[-–+•*▪]|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)-])$")
# Fewer letters than this per page on average, and images present: the PDF is a scan.
SCAN_CHARS_PER_PAGE = 15
# Characters that only legacy-font text shows (Windows-1252 letters standing for Vietnamese).
_LEGACY_HINT = set("µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ¡¢£¤¥¦§¨©ª«¬®∙−")


class PdfProblem(ValueError):
    """Why a PDF cannot be read, as a Vietnamese phrase."""


class PdfCancelled(Exception):
    """The user stopped the import while the PDF was being read."""


def _open(data: bytes) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == 4:  # FPDF_ERR_PASSWORD
            raise PdfProblem(
                Message(
                    "tệp PDF được khóa bằng mật khẩu: hãy mở bằng trình đọc PDF, nhập mật khẩu rồi "
                    "in ra (hoặc lưu) một bản PDF không khóa và nhập bản đó",
                    code="password_protected",
                )
            ) from None
        if code == 6:  # FPDF_ERR_SECURITY
            raise PdfProblem(Message("tệp PDF dùng kiểu bảo vệ (mã hóa) không đọc được", code="encrypted")) from None
        raise PdfProblem(Message("tệp PDF bị hỏng hoặc không phải PDF (không mở được)", code="damaged")) from None


class _PageReader:
    """One page's characters -> lines: PDFium's lines mended where a superscript broke them,
    note references marked "[n]", footnotes flagged, legacy-font runs converted."""

    def __init__(self, legacy: LegacyRuns) -> None:
        import pypdfium2.raw as raw

        self._raw = raw
        self._legacy = legacy
        self._box = [ctypes.c_double() for _ in range(4)]
        self._refs = [ctypes.byref(d) for d in self._box]
        self._font = ctypes.create_string_buffer(128)
        self._flags = ctypes.c_int()

    def _font_name(self, textpage: Any, index: int) -> str:
        size = self._raw.FPDFText_GetFontInfo(textpage, index, self._font, 128, ctypes.byref(self._flags))
        return self._font.value.decode("latin-1", "replace") if size else ""

    def read(self, page: Any) -> tuple[Page, int]:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            count = textpage.count_chars()
            text = textpage.get_text_range(0, count) if count else ""
            handle = textpage.raw
            rows: list[list[Glyph]] = []
            current: list[Glyph] = []
            solid: list[Glyph] = []  # the current row's solid glyphs, for the break decisions
            letters = 0
            broken = False
            get_box = self._raw.FPDFText_GetCharBox
            left, right, bottom, top = self._box
            refs = self._refs
            aligned = len(text) == count  # no surrogate pairs: one character per index
            for index in range(count if aligned else 0):
                ch = text[index]
                if ch in "\r\n":
                    broken = True
                    continue
                if ch != " ":
                    letters += 1
                get_box(handle, index, *refs)
                glyph = Glyph(index, ch, left.value, right.value, bottom.value, top.value)
                if broken and glyph.solid:
                    if not _continues(solid, glyph):
                        rows.append(current)
                        current, solid = [], []
                    broken = False
                current.append(glyph)
                if glyph.solid:
                    solid.append(glyph)
            rows.append(current)
            lines = self._lines([row for row in rows if any(g.solid for g in row)], handle, height)
            if not aligned:  # rare: fall back to PDFium's own lines, without geometry
                for number, part in enumerate(text.replace("\r\n", "\n").split("\n")):
                    letters += len(part.strip())
                    lines.append(Line(part, 0, width, number * 12.0, number * 12.0 + 10))
        finally:
            textpage.close()
        return Page(width, height, lines), letters

    def _lines(self, rows: list[list[Glyph]], handle: Any, height: float) -> list[Line]:
        for row in rows:
            mark_superscripts(row)
        tops = [height - max(g.top for g in row if g.solid) for row in rows]
        notes = find_notes(rows, height, tops)
        letter = (typical_height(rows) or 1.0) if notes.labels else 1.0
        lines = []
        for row, top in zip(rows, tops, strict=True):
            label = leading_label(row)
            if label is None and notes.labels and only_small_digits(row, letter):
                label = int("".join(g.ch for g in row if g.solid))
            line = self._line(
                row, height, notes.labels, label if label in notes.labels else None, handle
            )
            if (
                notes.start is not None
                and top >= notes.start - 0.5
                and not (label is None and _PAGE_NUMBER.match(line.text))
            ):
                line.note = True
                line.label = label if label in notes.labels else None
            lines.append(line)
        return lines

    def _line(
        self, row: list[Glyph], height: float, labels: set[int], label: int | None, handle: Any
    ) -> Line:
        solid = [g for g in row if g.solid]
        size = max(1.0, max(g.height for g in solid) * 0.8)  # accents and descenders aside
        em = median(g.height for g in solid)
        cells: list[list[Glyph]] = [[]]
        previous: Glyph | None = None
        for glyph in row:
            if (
                previous is not None
                and glyph.solid
                and glyph.left - previous.right > CELL_GAP * size
            ):
                cells.append([])
            cells[-1].append(glyph)
            if glyph.solid:
                previous = glyph
        self._mark_gaps(row, em)
        keys = (
            self._legacy_keys(row, handle) if _LEGACY_HINT.intersection(g.ch for g in row) else {}
        )
        texts = [
            self._text(cell, em, labels, label if k == 0 else None, keys)
            for k, cell in enumerate(cells)
        ]
        texts = [t for t in texts if t]
        return Line(
            " ".join(texts),
            min(g.left for g in solid),
            max(g.right for g in solid),
            height - max(g.top for g in solid),
            height - min(g.bottom for g in solid),
            texts if len(texts) > 1 else [],
        )

    @staticmethod
    def _mark_gaps(row: list[Glyph], em: float) -> None:
        """Word prints the tab after a list marker as a gap, not a space: "-Căn cứ" reads
        "- Căn cứ". Only there: elsewhere ink boxes leave gaps beside narrow glyphs."""
        prefix = ""
        previous: Glyph | None = None
        for glyph in row:
            if not glyph.solid:
                if prefix:
                    return
                continue
            if (
                previous is not None
                and glyph.ch.isalpha()
                and _MARKER_PREFIX.match(prefix)
                and glyph.left - previous.right > SPACE_GAP * em
            ):
                glyph.space_before = True
                return
            prefix += glyph.ch
            previous = glyph
            if len(prefix) > 6:
                return

    def _legacy_keys(self, row: list[Glyph], handle: Any) -> dict[int, tuple[str, bool]]:
        """The legacy encoding (and upper-case font) each character was drawn in, by font name.
        A few characters are asked first, so that Unicode text ("á", "ê") pays little."""
        keys: dict[int, tuple[str, bool]] = {}
        solid = [g for g in row if g.solid]
        samples = solid[:: max(1, len(solid) // 3)][:4]
        if not any(self._legacy.encoding_of(self._font_name(handle, g.index))[0] for g in samples):
            return keys
        for glyph in row:
            if glyph.solid:
                encoding, upper = self._legacy.encoding_of(self._font_name(handle, glyph.index))
                if encoding:
                    keys[glyph.index] = (encoding, upper)
                    self._legacy.found.add(encoding)
        return keys

    @staticmethod
    def _text(
        cell: list[Glyph],
        em: float,
        labels: set[int],
        label: int | None,
        keys: dict[int, tuple[str, bool]],
    ) -> str:
        """A cell's text: gaps without a space character get one, note references become "[n]",
        runs typed in a legacy font are converted run by run."""
        if not keys and not any(g.sup or g.space_before for g in cell):
            return " ".join("".join(g.ch for g in cell).split())  # the common case, quickly
        items: list[tuple[str, tuple[str, bool] | None]] = []
        key: tuple[str, bool] | None = None
        previous: Glyph | None = None
        at = 0
        while at < len(cell):
            glyph = cell[at]
            if glyph.sup:
                end = at
                while end < len(cell) and cell[end].sup:
                    end += 1
                digits = "".join(g.ch for g in cell[at:end])
                if label is not None and previous is None and int(digits) == label:
                    items.append((f"[{digits}] ", None))
                elif int(digits) in labels:
                    items.append((f"[{digits}]", None))
                else:
                    items.append((digits.translate(_SUPERSCRIPT), None))  # "m²"
                previous = cell[end - 1]
                at = end
                if (
                    end < len(cell)
                    and cell[end].solid
                    and cell[end].left - previous.right > SPACE_GAP * em
                ):
                    items.append(
                        (" ", None)
                    )  # "m² (có cạnh …": the space is a gap, not a character
                continue
            if glyph.solid:
                key = keys.get(glyph.index)
                if glyph.space_before and items and not items[-1][0].endswith(" "):
                    items.append((" ", key))
                previous = glyph
            items.append((glyph.ch, key))
            at += 1
        out: list[str] = []
        run: list[str] = []
        run_key: tuple[str, bool] | None = None
        for piece, piece_key in [*items, ("", None)]:
            if piece_key != run_key or piece == "":
                out.append(_convert("".join(run), run_key))
                run, run_key = [], piece_key
            run.append(piece)
        return " ".join("".join(out).split())


def _convert(text: str, key: tuple[str, bool] | None) -> str:
    if key is None or not text:
        return text
    encoding, upper = key
    if encoding == "tcvn3":
        return tcvn3_pdf_to_unicode(text, upper)
    converted = vni_to_unicode(text)
    return converted.upper() if upper else converted


def _continues(solid: list[Glyph], glyph: Glyph) -> bool:
    """PDFium breaks a line where the baseline moves (a superscript, a note label): the next
    character still belongs to the line when it follows close by on about the same baseline."""
    if not solid:
        return True
    last = solid[-1]
    gap = glyph.left - last.right
    if gap > 3 * glyph.height or gap < -glyph.height:
        return False  # the usual case, a new line: decided without looking at the row
    recent = solid[-9:]
    em = max(max(g.height for g in recent), glyph.height)
    baseline = median(g.bottom for g in recent)  # descenders ("g", "ạ") aside
    return -0.3 * em <= gap <= em and abs(glyph.bottom - baseline) < 0.7 * em


def pdf_to_text(
    data: bytes, progress: PageProgress | None = None, cancelled: CancelCheck | None = None
) -> OfficeText:
    """Raises PdfProblem (encrypted, damaged, scanned) or PdfCancelled."""
    document = _open(data)
    try:
        total = len(document)
        if total == 0:
            raise PdfProblem(Message("tệp PDF không có trang nào", code="no_pages"))
        legacy = LegacyRuns()
        reader = _PageReader(legacy)
        pages: list[Page] = []
        letters = 0
        for number in range(total):
            if cancelled is not None and cancelled():
                raise PdfCancelled()
            page = document[number]
            try:
                read, page_letters = reader.read(page)
            finally:
                page.close()
            pages.append(read)
            letters += page_letters
            if progress is not None:
                progress(number + 1, total)
        if letters < SCAN_CHARS_PER_PAGE * total:
            raise PdfProblem(_no_text_reason(document, total))
        hints = _metadata_hints(document)
    finally:
        document.close()
    text = "\n".join(rebuild_paragraphs(pages))
    return OfficeText(text, hints, legacy.found)


def _no_text_reason(document: Any, total: int) -> str:
    import pypdfium2.raw as raw

    images = 0
    for number in range(min(total, 5)):
        page = document[number]
        try:
            images += sum(1 for obj in page.get_objects(max_depth=1) if obj.type == raw.FPDF_PAGEOBJ_IMAGE)
        finally:
            page.close()
    if images:
        return Message(
            "tệp PDF là bản quét (chỉ có ảnh chụp trang, không có lớp chữ) nên không đọc được chữ: "
            "hãy xin bản PDF gốc hoặc bản Word, hoặc dùng phần mềm nhận dạng chữ (OCR) rồi nhập kết quả",
            code="scanned_pdf",
        )
    return Message("tệp PDF không có chữ nào để đọc", code="no_text")


def _metadata_hints(document: Any) -> dict[str, str]:
    try:
        meta = document.get_metadata_dict(skip_empty=True)
    except Exception:  # noqa: BLE001 - metadata is a bonus; a damaged info dict costs nothing
        return {}
    created = meta.get("CreationDate", "")
    iso = ""
    if created.startswith("D:") and len(created) >= 10 and created[2:10].isdigit():
        iso = f"{created[2:6]}-{created[6:8]}-{created[8:10]}"
    return property_hints(meta.get("Title"), meta.get("Author"), iso or None)

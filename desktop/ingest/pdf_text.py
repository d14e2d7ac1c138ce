"""PDF -> text with pypdfium2 (PDFium): lines with their positions, then paragraphs rebuilt.

PDFium was chosen by measurement (bench/bench_formats.py): about 20 times faster than
pdfminer.six and pypdf on the same Vietnamese PDFs, with the same characters. Legacy-font text
(TCVN3/VNI typed in .VnTime or VNI-Times) is converted run by run, decided by the font name
PDFium reports for each character, or, when fonts say nothing, by how the text reads.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.ingest.legacy_encodings import tcvn3_pdf_to_unicode, vni_to_unicode
from desktop.ingest.office_text import LegacyRuns, OfficeText, property_hints
from desktop.ingest.paragraph_rebuild import Line, Page, rebuild_paragraphs

PageProgress = Callable[[int, int], None]  # pages done, pages in all
CancelCheck = Callable[[], bool]
# A gap this many times the font size between two characters of a line separates table cells.
CELL_GAP = 2.2
# Fewer letters than this per page on average, and images present: the PDF is a scan.
SCAN_CHARS_PER_PAGE = 15
# Characters that only legacy-font text shows (Windows-1252 letters standing for Vietnamese).
_LEGACY_HINT = set("µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ¡¢£¤¥¦§¨©ª«¬®∙−")


class PdfProblem(ValueError):
    """Why a PDF cannot be read, as a Vietnamese phrase."""


class PdfCancelled(Exception):
    """The user stopped the import while the PDF was being read."""


@dataclass
class _Char:
    index: int
    ch: str
    left: float
    right: float
    bottom: float
    top: float


def _open(data: bytes) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == 4:  # FPDF_ERR_PASSWORD
            raise PdfProblem(
                "tệp PDF được khóa bằng mật khẩu: hãy mở bằng trình đọc PDF, nhập mật khẩu rồi "
                "in ra (hoặc lưu) một bản PDF không khóa và nhập bản đó"
            ) from None
        if code == 6:  # FPDF_ERR_SECURITY
            raise PdfProblem("tệp PDF dùng kiểu bảo vệ (mã hóa) không đọc được") from None
        raise PdfProblem("tệp PDF bị hỏng hoặc không phải PDF (không mở được)") from None


class _PageReader:
    """One page's characters -> lines, with legacy-font runs converted."""

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
            lines: list[Line] = []
            self._samples: list[list[int]] = []
            chars: list[_Char] = []
            letters = 0
            get_box = self._raw.FPDFText_GetCharBox
            left, right, bottom, top = self._box
            refs = self._refs
            aligned = len(text) == count  # no surrogate pairs: one character per index
            for index in range(count if aligned else 0):
                ch = text[index]
                if ch in "\r\n":
                    if ch == "\n" or index + 1 >= count or text[index + 1] != "\n":
                        self._flush(chars, lines, handle, height)
                    continue
                if ch != " ":
                    letters += 1
                get_box(handle, index, *refs)
                chars.append(_Char(index, ch, left.value, right.value, bottom.value, top.value))
            if not aligned:  # rare: fall back to PDFium's own lines, without geometry
                for number, part in enumerate(text.replace("\r\n", "\n").split("\n")):
                    letters += len(part.strip())
                    lines.append(Line(part, 0, width, number * 12.0, number * 12.0 + 10))
                    self._samples.append([])
            self._flush(chars, lines, handle, height)
            self._convert_legacy(lines, textpage)
        finally:
            textpage.close()
        return Page(width, height, lines), letters

    def _flush(self, chars: list[_Char], lines: list[Line], handle: Any, height: float) -> None:
        solid = [c for c in chars if c.ch != " " and c.right > c.left]
        if not solid:
            chars.clear()
            return
        size = max(1.0, max(c.top - c.bottom for c in solid))
        cells: list[list[_Char]] = [[]]
        previous: _Char | None = None
        for char in chars:
            if previous is not None and char.ch != " " and char.left - previous.right > CELL_GAP * size:
                cells.append([])
            cells[-1].append(char)
            if char.ch != " ":
                previous = char
        texts = [" ".join("".join(c.ch for c in cell).split()) for cell in cells]
        texts = [t for t in texts if t]
        line = Line(
            " ".join(texts),
            min(c.left for c in solid),
            max(c.right for c in solid),
            height - max(c.top for c in solid),
            height - min(c.bottom for c in solid),
            texts if len(texts) > 1 else [],
        )
        lines.append(line)
        self._samples.append([solid[0].index, solid[len(solid) // 2].index, solid[-1].index])
        chars.clear()

    def _convert_legacy(self, lines: list[Line], textpage: Any) -> None:
        """Lines showing legacy-font letters: convert the text if its font is a TCVN3/VNI one.
        Font names are looked up only there, so Unicode PDFs pay nothing."""
        for line, samples in zip(lines, self._samples, strict=True):
            if not _LEGACY_HINT.intersection(line.text):
                continue
            encoding, upper = "", False
            for index in samples:
                encoding, upper = self._legacy.encoding_of(self._font_name(textpage.raw, index))
                if encoding:
                    break
            if not encoding:
                continue
            self._legacy.found.add(encoding)
            if encoding == "tcvn3":
                line.text = tcvn3_pdf_to_unicode(line.text, upper)
                line.cells = [tcvn3_pdf_to_unicode(c, upper) for c in line.cells]
            else:
                line.text = vni_to_unicode(line.text)
                line.cells = [vni_to_unicode(c) for c in line.cells]


def pdf_to_text(
    data: bytes, progress: PageProgress | None = None, cancelled: CancelCheck | None = None
) -> OfficeText:
    """Raises PdfProblem (encrypted, damaged, scanned) or PdfCancelled."""
    document = _open(data)
    try:
        total = len(document)
        if total == 0:
            raise PdfProblem("tệp PDF không có trang nào")
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
        return (
            "tệp PDF là bản quét (chỉ có ảnh chụp trang, không có lớp chữ) nên không đọc được chữ: "
            "hãy xin bản PDF gốc hoặc bản Word, hoặc dùng phần mềm nhận dạng chữ (OCR) rồi nhập kết quả"
        )
    return "tệp PDF không có chữ nào để đọc"


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

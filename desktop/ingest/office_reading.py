"""Document files (.docx .doc .pdf .rtf .odt) -> text and hints, by what the bytes really are.

The reader is chosen by the content, not the name: portals serve HTML and RTF as .doc, and
a .docx may be a renamed .doc. Our own readers come first; LibreOffice, when installed,
converts what they cannot parse. Every problem comes back as a Vietnamese reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.message import Message, message_of
from desktop.ingest.file_sniffing import binary_kind, office_kind
from desktop.ingest.office_text import OfficeText

PageProgress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
_NAMES: dict[str, str] = {"pdf": "PDF", "doc": "Word .doc", "docx": "Word .docx", "odt": "OpenDocument .odt", "rtf": "RTF", "html": Message("trang web")}


class ReadProblem(ValueError):
    """The file cannot be read; its argument is the reason (a Message)."""


class ReadCancelled(Exception):
    """The user stopped the import while this file was being read."""


@dataclass
class OfficeResult:
    text: str
    hints: dict[str, str]
    label: str  # "pdf", "doc+tcvn3", "docx", … (shown as the article's encoding)
    html: bool = False  # the bytes were a web page: the caller decodes and cleans them as HTML


def _expected_kind(suffix: str) -> str:
    return {".pdf": "pdf", ".doc": "doc", ".docx": "docx", ".odt": "odt", ".rtf": "rtf"}.get(suffix, "")


def read_office(
    data: bytes, suffix: str, progress: PageProgress | None = None, cancelled: CancelCheck | None = None
) -> OfficeResult:
    kind = office_kind(data)
    expected = _NAMES.get(_expected_kind(suffix), suffix)
    if kind is None:
        if data.startswith(b"PK") and suffix in (".docx", ".odt"):
            raise ReadProblem(Message("tệp {kind} bị hỏng (không mở được như một tài liệu)", code="damaged", kind=expected))
        other = binary_kind(data[:64])
        if other:
            raise ReadProblem(
                Message("không phải tệp {kind} (nội dung thực ra là {other})", code="wrong_format", kind=expected, other=other)
            )
        raise ReadProblem(Message("tệp {kind} bị hỏng hoặc không phải tệp {kind}", code="damaged", kind=expected))
    if kind == "html":
        return OfficeResult("", {}, "html", html=True)
    if kind == "doc" and suffix in (".docx", ".odt"):
        # Word saves a password-protected .docx as an OLE file; a renamed .doc looks the same.
        from desktop.ingest.doc_text import DocProblem

        try:
            result = _read(kind, data, progress, cancelled)
        except (ReadProblem, DocProblem):
            raise ReadProblem(
                Message(
                    "tệp {kind} được bảo vệ bằng mật khẩu (hoặc bị hỏng): hãy mở bằng Word, gỡ mật khẩu rồi nhập lại",
                    code="password_protected",
                    kind=expected,
                )
            ) from None
    else:
        result = _read(kind, data, progress, cancelled)
    label = kind + ("+" + result.legacy_label if result.legacy else "")
    return OfficeResult(result.text, result.hints, label)


def _read(kind: str, data: bytes, progress: PageProgress | None, cancelled: CancelCheck | None) -> OfficeText:
    if kind == "pdf":
        from desktop.ingest.pdf_text import PdfCancelled, PdfProblem, pdf_to_text

        try:
            return pdf_to_text(data, progress, cancelled)
        except PdfProblem as exc:
            raise ReadProblem(message_of(exc)) from None
        except PdfCancelled:
            raise ReadCancelled() from None
    if kind == "docx":
        from desktop.ingest.docx_text import DocxProblem, docx_to_text

        try:
            return docx_to_text(data)
        except DocxProblem as exc:
            raise ReadProblem(message_of(exc)) from None
    if kind == "rtf":
        from desktop.ingest.rtf_text import RtfProblem, rtf_to_text

        try:
            return rtf_to_text(data)
        except RtfProblem as exc:
            raise ReadProblem(message_of(exc)) from None
    if kind == "odt":
        from desktop.ingest.odt_text import OdtProblem, odt_to_text

        try:
            return odt_to_text(data)
        except OdtProblem as exc:
            raise ReadProblem(message_of(exc)) from None
    from desktop.ingest.doc_text import DocProblem, DocUnsupported, doc_to_text

    try:
        return doc_to_text(data)
    except DocUnsupported as exc:
        return _converted(data, ".doc", message_of(exc))
    except DocProblem as exc:
        raise ReadProblem(message_of(exc)) from None


def _converted(data: bytes, suffix: str, why: str) -> OfficeText:
    """Our reader could not parse the file: LibreOffice converts it to .docx, if installed."""
    from desktop.ingest.docx_text import DocxProblem, docx_to_text
    from desktop.ingest.office_converter import ConverterProblem, convert_to_docx, find_soffice

    if find_soffice() is None:
        raise ReadProblem(
            Message(
                "đây là tài liệu Word đời cũ mà chương trình chưa đọc trực tiếp được: hãy mở bằng "
                "Microsoft Word (hoặc LibreOffice) và lưu lại dạng .docx rồi nhập, hoặc cài LibreOffice "
                "(miễn phí) để chương trình tự chuyển đổi",
                code="old_word_format",
            )
        )
    try:
        return docx_to_text(convert_to_docx(data, suffix))
    except ConverterProblem as exc:
        raise ReadProblem(message_of(exc)) from None
    except DocxProblem as exc:
        raise ReadProblem(
            Message("{why}; bản chuyển đổi cũng không đọc được ({cause})", code="conversion_unreadable", why=why, cause=message_of(exc))
        ) from None

"""One file -> an ImportedDocument, or an ImportFailure that names the file and the reason."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from desktop.domain.errors import ImportFailure
from desktop.domain.message import Message, message_of
from desktop.ingest.document import ImportedDocument
from desktop.ingest.document_builder import build_document, title_from_file_name
from desktop.ingest.file_discovery import SUPPORTED_SUFFIXES, is_lock_file, unsupported_reason
from desktop.ingest.file_sniffing import binary_kind, looks_binary
from desktop.ingest.text_decoding import (
    DecodedText,
    NotText,
    convert_legacy_font_text,
    decode_as,
    decode_bytes,
)

PageProgress = Callable[[int, int], None]  # pages read, pages in all
CancelCheck = Callable[[], bool]

MAX_TEXT_BYTES = 20 * 1024 * 1024  # an article is kilobytes; 20 MB of text is a book or a log
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024  # Word files and PDFs carry pictures and scans
FILE_GONE = Message("tệp không còn tồn tại (có thể đã bị xóa hoặc chuyển đi)", code="missing")


def _failure(path: Path, reason: str) -> ImportFailure:
    failure = ImportFailure(Message("Không nhập được “{name}”: {reason}.", name=path.name, reason=reason), detail=str(path))
    failure.origin = path.name  # type: ignore[attr-defined]
    return failure


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return Message("{size:.0n} MB", size=size / (1024 * 1024))
    return Message("{size:.0n} KB", size=size / 1024)


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _failure(path, FILE_GONE) from None
    except OSError as exc:
        raise _failure(path, Message("không truy cập được tệp ({cause})", code="inaccessible", cause=str(exc.strerror))) from exc
    if path.is_dir():
        raise _failure(path, Message("đây là thư mục, không phải tệp", code="is_folder"))
    if size == 0:
        raise _failure(path, Message("tệp trống (0 byte)", code="empty_file"))
    if size > limit:
        raise _failure(
            path, Message("tệp quá lớn ({size}); chỉ nhập được tệp đến {limit}", code="too_large", size=_size_text(size), limit=_size_text(limit))
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except PermissionError:
        raise _failure(path, Message("không có quyền đọc tệp", code="permission_denied")) from None
    except FileNotFoundError:
        raise _failure(path, FILE_GONE) from None
    except OSError as exc:
        reason = (
            Message("tệp nằm trên ổ đĩa không đọc được", code="disk_error")
            if exc.errno == errno.EIO
            else Message("lỗi khi đọc tệp ({cause})", code="read_error", cause=str(exc.strerror))
        )
        raise _failure(path, reason) from exc
    if len(data) > limit:  # grew while we looked
        raise _failure(path, Message("tệp quá lớn; chỉ nhập được tệp đến {limit}", code="too_large", limit=_size_text(limit)))
    return data


def _decode(path: Path, data: bytes, encoding: str | None) -> DecodedText:
    kind = binary_kind(data[:64])
    if kind is not None:
        raise _failure(path, Message("nội dung thực ra là {kind}, không phải văn bản", code="not_text", kind=kind))
    try:
        if encoding:
            return DecodedText(decode_as(data, encoding), encoding, True)
        decoded = decode_bytes(data)
    except NotText:
        raise _failure(
            path, Message("không phải tệp văn bản (nội dung nhị phân hoặc bảng mã không đọc được)", code="not_text")
        ) from None
    if not decoded.encoding.startswith("utf-16") and looks_binary(data):
        raise _failure(path, Message("không phải tệp văn bản (nội dung nhị phân)", code="not_text"))
    return decoded


_OFFICE_SUFFIXES = (".docx", ".doc", ".pdf", ".rtf", ".odt")


def read_document(
    path: Path,
    encoding: str | None = None,
    *,
    progress: PageProgress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportedDocument:
    """Read one file of a supported kind; `encoding` forces a text encoding the user chose.
    `progress(done, total)` follows the pages of a long PDF; `cancelled()` stops it."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES or is_lock_file(path):
        raise _failure(path, unsupported_reason(path))
    fallback_title = title_from_file_name(path.stem)
    hints: dict[str, str] = {}
    sure = True
    finished = False
    html_bytes: bytes | None = None
    if suffix in _OFFICE_SUFFIXES:
        from desktop.ingest.office_reading import ReadCancelled, ReadProblem, read_office

        data = _read_bytes(path, MAX_DOCUMENT_BYTES)
        try:
            result = read_office(data, suffix, progress, cancelled)
        except ReadProblem as exc:
            raise _failure(path, message_of(exc)) from None
        except ReadCancelled:
            raise _failure(path, Message("đã dừng theo yêu cầu trước khi đọc xong", code="cancelled")) from None
        if result.html:
            html_bytes = data  # a web page saved under a document's name
        else:
            text, legacy = convert_legacy_font_text(result.text)
            hints = result.hints
            label = result.label + ("+" + legacy if legacy else "")
    if suffix not in _OFFICE_SUFFIXES or html_bytes is not None:
        data = html_bytes if html_bytes is not None else _read_bytes(path, MAX_TEXT_BYTES)
        if suffix in (".html", ".htm", ".xhtml") or html_bytes is not None:
            from desktop.ingest.html_text import declared_charset, page_to_text

            decoded = _decode(path, data, encoding or _usable_charset(data, declared_charset(data)))
            try:
                page = page_to_text(decoded.text)
            except ImportFailure as exc:
                raise _failure(path, exc.message) from None
            text, hints = page.text, page.hints
        else:
            decoded = _decode(path, data, encoding)
            text = decoded.text
            finished = suffix == ".txt"
            if suffix in (".md", ".markdown"):
                from desktop.ingest.markdown_text import markdown_to_text

                text = markdown_to_text(text)
        label, sure = decoded.encoding, decoded.confident
    try:
        return build_document(
            text,
            origin=path.name,
            encoding=label,
            hints=hints,
            fallback_title=fallback_title,
            encoding_sure=sure,
            finished=finished,
            web=suffix not in _OFFICE_SUFFIXES or html_bytes is not None,
        )
    except ImportFailure as exc:
        raise _failure(path, exc.message) from None


def _usable_charset(data: bytes, declared: str | None) -> str | None:
    """A page's declared charset when it is one we decode ourselves and the bytes agree."""
    mapping = {"utf-8": "utf-8", "utf8": "utf-8", "windows-1258": "windows-1258", "cp1258": "windows-1258"}
    chosen = mapping.get(declared or "")
    if chosen is None:
        return None
    try:
        decode_as(data, chosen)
    except NotText:
        return None
    return chosen


def read_document_or_failure(
    path: Path,
    encoding: str | None = None,
    *,
    progress: PageProgress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportedDocument | ImportFailure:
    try:
        return read_document(path, encoding, progress=progress, cancelled=cancelled)
    except ImportFailure as caught:
        return caught
    except MemoryError:
        return _failure(Path(path), Message("tệp quá lớn để đọc trong bộ nhớ", code="out_of_memory"))
    except Exception as exc:  # one odd file must not stop a batch of thousands
        failure = _failure(Path(path), Message("gặp lỗi không lường trước khi đọc tệp", code="unexpected"))
        failure.detail = f"{type(exc).__name__}: {exc}"
        return failure


def read_documents_or_failures(
    paths: list[Path], encoding: str | None = None
) -> list[ImportedDocument | ImportFailure]:
    """A chunk of files for one worker process: fewer round trips than one file per task."""
    return [read_document_or_failure(path, encoding) for path in paths]

"""Recognise files that are not text whatever their name says (a JPEG saved as .txt)."""

from __future__ import annotations

from desktop.domain.message import Message

# Leading bytes -> what the file really is, in words a user knows.
_MAGIC: tuple[tuple[bytes, Message], ...] = (
    (b"\xff\xd8\xff", Message("ảnh JPEG")),
    (b"\x89PNG\r\n\x1a\n", Message("ảnh PNG")),
    (b"GIF87a", Message("ảnh GIF")),
    (b"GIF89a", Message("ảnh GIF")),
    (b"BM", Message("ảnh BMP")),
    (b"II*\x00", Message("ảnh TIFF")),
    (b"MM\x00*", Message("ảnh TIFF")),
    (b"RIFF", Message("tệp âm thanh/hình ảnh (RIFF)")),
    (b"%PDF", Message("tệp PDF")),
    (b"PK\x03\x04", Message("tệp nén (ZIP, DOCX, XLSX…)")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", Message("tài liệu Word/Excel đời cũ (.doc/.xls) hoặc tệp được bảo vệ bằng mật khẩu")),
    (b"Rar!", Message("tệp nén RAR")),
    (b"7z\xbc\xaf\x27\x1c", Message("tệp nén 7z")),
    (b"\x1f\x8b", Message("tệp nén GZIP")),
    (b"\xfd7zXZ\x00", Message("tệp nén XZ")),
    (b"MZ", Message("chương trình Windows (.exe)")),
    (b"\x7fELF", Message("chương trình (ELF)")),
    (b"ID3", Message("tệp âm thanh MP3")),
    (b"OggS", Message("tệp âm thanh/video Ogg")),
    (b"{\\rtf", Message("tài liệu RTF")),
)
_MP4 = b"ftyp"
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32 and b != 27)


def binary_kind(head: bytes) -> str | None:
    """What the file is if its first bytes say it is not plain text; None if it may be text."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if magic == b"BM" and len(head) > 2 and head[2:3].isascii() and b"\x00" not in head[:64]:
                continue  # plain text that happens to start with "BM"
            if magic == b"MZ" and b"\x00" not in head[:64]:
                continue
            return kind
    if head[4:8] == _MP4:
        return Message("tệp video/âm thanh (MP4)")
    return None


def looks_binary(data: bytes) -> bool:
    """NUL and other control bytes that no text file has (UTF-16 is checked before this)."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > 0.05


def office_kind(data: bytes) -> str | None:
    """What a document file really holds, whatever its name says: "pdf", "doc", "docx",
    "odt", "rtf", "html"; None for anything else (plain text, or not a document).
    Web portals often serve an HTML or RTF page under a .doc name."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        import io
        import zipfile

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
                if "word/document.xml" in names:
                    return "docx"
                if "mimetype" in names and archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument.text"):
                    return "odt"
        except (zipfile.BadZipFile, OSError, KeyError):
            return None
        return None
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in lowered[:400]:
        return "html"
    return None

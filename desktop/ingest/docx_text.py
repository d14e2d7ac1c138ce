"""Word .docx -> plain text paragraphs in reading order (tables included), safely.

A .docx is a zip: its declared sizes are checked before anything is unpacked, so a zip bomb
is refused instead of filling the memory.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200  # unpacked/packed; real Word XML compresses about 10:1
_RATIO_FLOOR = 20 * 1024 * 1024  # small parts may compress well, that's no bomb


class DocxProblem(ValueError):
    """Why a .docx cannot be read, as a Vietnamese phrase."""


@dataclass
class DocxText:
    text: str
    hints: dict[str, str] = field(default_factory=dict)


def _check_zip(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise DocxProblem("tệp .docx bị hỏng (không mở được như một tài liệu Word)") from exc
    with archive:
        infos = archive.infolist()
        names = {i.filename for i in infos}
        if "word/document.xml" not in names:
            raise DocxProblem("tệp không phải tài liệu Word .docx (thiếu phần nội dung)")
        total = sum(i.file_size for i in infos)
        if total > MAX_UNPACKED_BYTES:
            raise DocxProblem("tệp .docx khi giải nén quá lớn (có thể là “bom nén”)")
        for info in infos:
            if info.flag_bits & 0x1:
                raise DocxProblem("tệp .docx được bảo vệ bằng mật khẩu")
            if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise DocxProblem("tệp .docx có tỉ lệ nén bất thường (có thể là “bom nén”)")


def _paragraph_texts(document: object) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[str] = []
    body = document.element.body  # type: ignore[attr-defined]
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(child, document).text)  # type: ignore[arg-type]
        elif tag == "tbl":
            table = Table(child, document)  # type: ignore[arg-type]
            for row in table.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(p.text for p in cell.paragraphs).strip()
                    if text and (not cells or cells[-1] != text):  # merged cells repeat
                        cells.append(text)
                out.append("\t".join(cells))
    return out


def docx_to_text(data: bytes) -> DocxText:
    _check_zip(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DocxProblem("tệp .docx bị hỏng (không đọc được nội dung)") from exc
    except Exception as exc:  # lxml errors on damaged XML have many types
        raise DocxProblem("tệp .docx bị hỏng (nội dung XML không hợp lệ)") from exc
    paragraphs = _paragraph_texts(document)
    hints: dict[str, str] = {}
    title = (document.core_properties.title or "").strip()
    if title:
        hints["title"] = title
    return DocxText("\n".join(paragraphs), hints)

"""OpenDocument text: real files, lists, tables, notes, frames, legacy fonts per span."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop.ingest.legacy_encodings import encode_tcvn3
from desktop.ingest.odt_text import OdtProblem, odt_to_text

DATA = Path(__file__).resolve().parents[2] / "data" / "ingest-files"
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)


def make_odt(body: str, styles: str = "") -> bytes:
    content = f"<office:document-content {NS}>{styles}<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def test_real_odt_files() -> None:
    text = odt_to_text((DATA / "hien-phap-1959.odt").read_bytes()).text
    assert text.startswith("HIẾN PHÁP\nNƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ\nLỜI NÓI ĐẦU\n") and text.endswith("Tôn Đức Thắng\n(Đã ký)")
    legacy = odt_to_text((DATA / "hien-phap-1959-tcvn3.odt").read_bytes())
    assert legacy.legacy == {"tcvn3"} and "Nước Việt Nam ta là một nước thống nhất" in legacy.text


def test_lists_tables_notes_frames_and_legacy_spans() -> None:
    styles = (
        '<office:font-face-decls><style:font-face style:name="VnTime" svg:font-family="\'.VnTime\'"/></office:font-face-decls>'
        '<office:automatic-styles><style:style style:name="T1"><style:text-properties style:font-name="VnTime"/></style:style>'
        '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="a" style:num-suffix=")"/>'
        '</text:list-style></office:automatic-styles>'
    )
    legacy = encode_tcvn3("trưởng").decode("cp1252")
    body = (
        f'<text:p>Ông <text:span text:style-name="T1">{legacy}</text:span> thôn<text:s text:c="2"/>ký</text:p>'
        '<text:list text:style-name="L1"><text:list-item><text:p>một</text:p></text:list-item><text:list-item><text:p>hai</text:p></text:list-item></text:list>'
        '<table:table><table:table-row><table:table-cell><text:p>STT</text:p></table:table-cell><table:table-cell><text:p>Tên</text:p></table:table-cell></table:table-row></table:table>'
        '<text:p>Chú thích<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Nguồn: Sở.</text:p></text:note-body></text:note>'
        '<draw:frame><draw:text-box><text:p>Trong khung</text:p></draw:text-box></draw:frame></text:p>'
    )
    result = odt_to_text(make_odt(body, styles))
    assert result.text.split("\n") == ["Ông trưởng thôn  ký", "a) một", "b) hai", "STT\tTên", "Chú thích[1]", "Trong khung", "", "[1] Nguồn: Sở."]


def test_damaged_odt() -> None:
    with pytest.raises(OdtProblem):
        odt_to_text(b"PK\x03\x04 broken")

"""RTF: real files, escapes and code pages, tables, list numbers, footnotes, legacy fonts."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ingest.legacy_encodings import encode_cp1258, encode_tcvn3
from desktop.ingest.rtf_text import RtfProblem, rtf_to_text

DATA = Path(__file__).resolve().parents[2] / "data" / "ingest-files"


def test_real_rtf_from_word_file() -> None:
    text = rtf_to_text((DATA / "hien-phap-1959.rtf").read_bytes()).text
    assert text.startswith("HIẾN PHÁP\nNƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ\nLỜI NÓI ĐẦU\nNước Việt Nam ta là một nước thống nhất từ Lạng Sơn đến Cà Mau.")
    assert "Điều 112" in text and text.endswith("Tôn Đức Thắng\n(Đã ký)")


def test_real_rtf_in_legacy_font() -> None:
    result = rtf_to_text((DATA / "hien-phap-1959-tcvn3.rtf").read_bytes())
    assert result.legacy == {"tcvn3"}
    assert "Nước Việt Nam ta là một nước thống nhất từ Lạng Sơn đến Cà Mau. (Bản gõ lại bằng Unicode.)" in result.text


def test_escapes_code_pages_tables_lists_notes_and_skipped_parts() -> None:
    vntime = "".join(f"\\'{b:02x}" if b > 127 else chr(b) for b in encode_tcvn3("trưởng phòng"))
    cp1258 = "".join(f"\\'{b:02x}" for b in encode_cp1258("Việt"))
    rtf = (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}{\\f1 .VnTime{\\*\\falt Arial};}{\\f2\\fcharset163 Arial;}}"
        "{\\info{\\title B\\'e1o c\\'e1o c\\'f4ng t\\'e1c n\\'e4m}{\\author Administrator}}"
        "{\\header Trang \\chpgn\\par}"
        "\\pard \\u272?i\\u7875 ?m m\\u7897?t {\\f1 " + vntime + "}\\par"
        "\\pard{\\f2 " + cp1258 + "} Nam\\line d\\u242\\'3fng hai\\par"
        "\\pard{\\listtext 1.\\tab}M\\u7909?c ti\\u234?u{\\super\\chftn}{\\footnote\\pard{\\super\\chftn} Ghi ch\\u250? m\\u7897?t.}\\par"
        "\\pard\\intbl STT\\cell N\\u7897?i dung\\cell\\row\\pard\\intbl 1\\cell V\\u259?n th\\u432?\\cell\\row"
        "\\pard Sau b\\u7843?ng{\\*\\unknowndest b\\u7887? qua}\\par}"
    )
    result = rtf_to_text(rtf.encode("ascii"))
    assert result.text.split("\n") == [
        "Điểm một trưởng phòng", "Việt Nam", "dòng hai", "1.\tMục tiêu[1]", "STT\tNội dung", "1\tVăn thư", "Sau bảng", "", "[1] Ghi chú một.",
    ]
    assert result.legacy == {"tcvn3"}


def test_not_rtf() -> None:
    with pytest.raises(RtfProblem):
        rtf_to_text(b"<html></html>")


REAL = Path(__file__).resolve().parents[2] / "data" / "ingest-real"


def test_header_page_field_and_spacer_columns_of_a_real_decision() -> None:
    """Quyết định 181/2003/QĐ-TTg as a Hồ Chí Minh City portal published it: the page header holds
    a PAGE field ("2") that must not leak, and the header table has spacer columns."""
    lines = rtf_to_text((REAL / "qd-181-2003-ttg.rtf").read_bytes()).text.split("\n")
    assert lines[:5] == ["chính phủ", "______", "cộng hoà xã hội chủ nghĩa việt nam", "Độc lập - Tự do - Hạnh phúc", "Số : 181/2003/QĐ-TTg"]
    assert "2" not in lines and "PAGE" not in "\n".join(lines)
    a30 = rtf_to_text((REAL / "tcvn3-btc-a30.rtf").read_bytes()).text
    assert not a30.startswith("400117.doc")  # a FILENAME field in the footer

"""Word 97–2003 .doc read in pure Python: real files, legacy fonts per run, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ingest.doc_text import DocProblem, DocUnsupported, doc_to_text

DATA = Path(__file__).resolve().parents[2] / "data" / "ingest-files"


def test_real_2013_constitution() -> None:
    result = doc_to_text((DATA / "hien-phap-2013.doc").read_bytes())
    lines = [line for line in result.text.split("\n") if line]
    assert lines[:3] == ["QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert "Điều 120" in lines and lines[-2:] == ["CHỦ TỊCH QUỐC HỘI", "Nguyễn Sinh Hùng"]
    assert "Hiến pháp này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 6 thông qua ngày 28 tháng 11 năm 2013." in lines
    assert not result.legacy and "title" not in result.hints


def test_real_1959_constitution_signature_block() -> None:
    text = doc_to_text((DATA / "hien-phap-1959.doc").read_bytes()).text
    assert text.startswith("HIẾN PHÁP\nNƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ\nLỜI NÓI ĐẦU\n")
    assert "Thủ đô nước Việt Nam dân chủ cộng hoà là Hà Nội." in text
    assert text.endswith("Tôn Đức Thắng\n(Đã ký)")


def test_legacy_doc_is_converted_run_by_run() -> None:
    result = doc_to_text((DATA / "hien-phap-1959-tcvn3.doc").read_bytes())
    assert result.legacy == {"tcvn3"}
    assert result.text.startswith("HIẾN PHÁP\nNƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ\nLỜI NÓI ĐẦU\nNước Việt Nam ta là một nước thống nhất từ Lạng Sơn đến Cà Mau. (Bản gõ lại bằng Unicode.)")
    assert "mươi" in result.text and "nớc" not in result.text


def test_damaged_and_foreign_ole_files() -> None:
    data = (DATA / "hien-phap-1959.doc").read_bytes()
    with pytest.raises(DocProblem, match="hỏng"):
        doc_to_text(data[:4096])
    with pytest.raises(DocProblem):
        doc_to_text(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)


def patched_doc(tmp_path: Path, patch: dict[int, int]) -> bytes:
    """The legacy .doc with bytes of its FIB changed (olefile rewrites a stream in place)."""
    import olefile

    path = tmp_path / "sua.doc"
    path.write_bytes((DATA / "hien-phap-1959-tcvn3.doc").read_bytes())
    ole = olefile.OleFileIO(str(path), write_mode=True)
    word = bytearray(ole.openstream("WordDocument").read())
    for offset, value in patch.items():
        word[offset] = value
    ole.write_stream("WordDocument", bytes(word))
    ole.close()
    return path.read_bytes()


def test_encrypted_flag_is_a_password_message(tmp_path: Path) -> None:
    with pytest.raises(DocProblem, match="mật khẩu"):
        doc_to_text(patched_doc(tmp_path, {0x0B: 0x01}))  # fEncrypted


def test_word6_files_are_left_to_a_converter(tmp_path: Path) -> None:
    with pytest.raises(DocUnsupported):
        doc_to_text(patched_doc(tmp_path, {2: 0x65, 3: 0x00}))  # nFib of Word 6

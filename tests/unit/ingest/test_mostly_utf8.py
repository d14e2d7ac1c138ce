"""A UTF-8 text with a few bad bytes is read, the bad bytes shown as U+FFFD, and the import warns."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.ingest.legacy_encodings import encode_cp1258
from desktop.ingest.text_decoding import decode_as, decode_bytes

SEED = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))[0]


def damaged(count: int) -> bytes:
    """About 10 KB of a real article with `count` bytes that are not UTF-8 (a cut sequence or 0xFF)."""
    data = bytearray(SEED.read_text("utf-8").encode("utf-8")[:10000].rsplit(b"\n", 1)[0])
    for n in range(count):
        at = data.find(b" ", 500 + n * 1200)
        data[at : at + 1] = b" \xff" if n % 2 else b" \xc3("
    return bytes(data)


def test_a_few_bad_bytes_are_replaced_not_refused() -> None:
    decoded = decode_bytes(damaged(6))
    assert decoded.encoding == "utf-8" and decoded.confident
    assert decoded.text.count("\ufffd") == 6
    assert "trách nhiệm" in decoded.text
    assert decode_as(damaged(6), "utf-8").count("\ufffd") == 6  # --encoding utf-8 as well


def test_an_eight_bit_file_is_still_recognised_as_such() -> None:
    data = encode_cp1258(SEED.read_text("utf-8")[:3000])
    decoded = decode_bytes(data)
    assert decoded.encoding == "windows-1258" and "\ufffd" not in decoded.text
    assert "trách nhiệm" in decoded.text


def test_the_import_reports_the_replacements(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hong.txt"
    path.write_bytes(damaged(6))
    assert main(["import", str(path), "--data-dir", str(tmp_path / "lib")]) == 0
    out = capsys.readouterr().out
    assert "~ hong.txt: 6 chỗ không đọc được đã được thay bằng dấu �." in out
    assert "1 tệp có chỗ không đọc được" in out

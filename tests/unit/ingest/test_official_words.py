"""The fixed words of official documents: types, symbols, the motto."""

from __future__ import annotations

from desktop.ingest.official_words import is_motto, kind_prefix, symbol_of


def test_a_type_line_with_a_double_space_is_one_type() -> None:
    """ttlt-10-utf16.txt opens "THÔNG TƯ  LIÊN TỊCH"."""
    assert kind_prefix("THÔNG TƯ  LIÊN TỊCH") == ("Thông tư liên tịch", "")
    assert kind_prefix("QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ") == ("Quyết định", "CỦA THỦ TƯỚNG CHÍNH PHỦ")


def test_symbols_fixed_by_type_and_issuer() -> None:
    assert symbol_of("Nghị định", "Chính phủ") == "NĐ-CP"
    assert symbol_of("Quyết định", "Thủ tướng Chính phủ") == "QĐ-TTg"
    assert symbol_of("Quyết định", "Ủy ban nhân dân tỉnh Cà Mau") == ""  # "QĐ-UB", "QĐ-UBND", "QĐ-CT" all occur


def test_the_motto_in_pieces() -> None:
    assert is_motto("Độc lập – Tự do – Hạnh phúc") and is_motto("VIỆT NAM") and not is_motto("BỘ TÀI CHÍNH")

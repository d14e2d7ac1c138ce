"""Documents that open with their type: a gazette's heading, a constitution."""

from __future__ import annotations

from desktop.ingest.official_heading import parse_heading_first

GAZETTE = """NGHỊ ĐỊNH
CỦA CHÍNH PHỦ SỐ 29/1998/NĐ-CP NGÀY 11 THÁNG 5 NĂM 1998 VỀ VIỆC BAN HÀNH QUY CHẾ THỰC HIỆN DÂN CHỦ Ở XÃ
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;
Điều 1. Ban hành kèm theo Nghị định này bản Quy chế thực hiện dân chủ ở xã.
"""


def test_gazette_heading_of_a_1998_decree() -> None:
    """As the Ministry of Agriculture published Nghị định 29/1998/NĐ-CP (typed in .VnTimeH)."""
    header = parse_heading_first(GAZETTE)
    assert header is not None
    assert (header.kind, header.number, header.issuer, header.date) == ("Nghị định", "29/1998/NĐ-CP", "Chính phủ", "1998-05-11")
    assert header.title == "Nghị định 29/1998/NĐ-CP về việc ban hành Quy chế thực hiện dân chủ ở xã"


def test_a_type_line_alone_is_not_enough() -> None:
    assert parse_heading_first("QUYẾT ĐỊNH\nVề việc khen thưởng\nCăn cứ Luật Thi đua, khen thưởng;") is None
    assert parse_heading_first("Báo cáo tình hình quý II\nNăm nay sản xuất tăng.") is None

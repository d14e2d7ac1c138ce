"""Issuing bodies and summaries printed in capitals, in the case Vietnamese writes them."""

from __future__ import annotations

import pytest

from desktop.ingest.official_casing import body_name, sentence_case


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("TỔNG CỤC HẢI QUAN", "Tổng cục Hải quan"),  # "quan" here is no district
        ("ỦY BAN NHÂN DÂN QUẬN 1", "Ủy ban nhân dân quận 1"),
        ("BỘ TRƯỞNG BỘ TÀI CHÍNH", "Bộ trưởng Bộ Tài chính"),
        ("BỘ TÀI CHÍNH - CÔNG NGHIỆP - TỔNG CỤC HẢI QUAN", "Bộ Tài chính - Công nghiệp - Tổng cục Hải quan"),
        ("UBND TỈNH BÌNH PHƯỚC", "UBND tỉnh Bình Phước"),
        ("BQL CÁC KHU CÔNG NGHIỆP", "BQL các khu công nghiệp"),
        ("VĂN PHÒNG QUỐC HỘI", "Văn phòng Quốc hội"),
        ("NGÂN HÀNG NHÀ NƯỚC", "Ngân hàng Nhà nước"),
    ],
)
def test_body_names(printed: str, written: str) -> None:
    assert body_name(printed) == written


def test_a_word_takes_its_case_from_the_same_word_not_from_one_that_folds_alike() -> None:
    """Hiến pháp 1992: "NĂM 1992" must not borrow the capital of "Việt Nam" in the running text."""
    body = "Nhà nước Cộng hoà xã hội chủ nghĩa Việt Nam là Nhà nước của nhân dân. Từ năm 1986 đến nay."
    assert sentence_case("NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM NĂM 1992", body) == "nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992"

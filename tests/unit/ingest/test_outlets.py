"""One name per outlet, however a page credits it: its address, its og:site_name, its signature."""

from __future__ import annotations

import pytest

from desktop.ingest.outlets import known_outlet, outlet_name


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("vnexpress.net", "VnExpress"),  # og:site_name of a VnExpress article
        ("Tin nhanh VnExpress", "VnExpress"),  # og:site_name of its home page
        ("Báo VnExpress", "VnExpress"),  # JSON-LD publisher
        ("https://vpcp.chinhphu.vn/", "Chinhphu.vn"),  # a sub-site of the Government portal
        ("Báo Chính phủ", "Chinhphu.vn"),
        ("https://dangcongsan.vn/thoi-su/abc.html", "ĐCSVN"),
        ("Báo điện tử Đảng Cộng sản Việt Nam", "ĐCSVN"),
        ("Giáo dục Việt Nam", "GDVN"),
        ("Báo Quân đội nhân dân", "Quân đội nhân dân"),
        ("TUOI TRE ONLINE", "Tuổi Trẻ"),
        ("Kinh tế & Đô thị", "Kinhtedothi"),
    ],
)
def test_known_outlets(credit: str, name: str) -> None:
    assert known_outlet(credit) == name


def test_unknown_outlets_keep_their_domain_or_their_words() -> None:
    assert known_outlet("baolongan2.vn") is None
    assert outlet_name("https://www.sotnmt.backan.gov.vn/tin-tuc/1.html") == "sotnmt.backan.gov.vn"
    assert outlet_name("Tin Tây Nguyên") == "Tin Tây Nguyên"

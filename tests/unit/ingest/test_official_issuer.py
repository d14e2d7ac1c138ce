"""Who passed a law or a precedent, and when (sentences from the real documents)."""

from __future__ import annotations

from desktop.ingest.official_issuer import passed_by, passed_on


def test_a_law_is_dated_by_the_last_passing_it_prints() -> None:
    text = (
        "Cách mạng tháng Tám thành công, ngày 02 tháng 9 năm 1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập.\n"
        "Bản Hiến pháp này đã được Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nan khoá VIII, kỳ họp thứ 11 "
        "nhất trí thông qua trong phiên họp ngày 15 tháng 4 năm 1992, hồi 11 giờ 45 phút."
    )
    assert passed_on(text) == "1992-04-15"
    assert passed_on("Không có ngày thông qua nào.") is None


def test_a_precedent_names_the_council_that_passed_it() -> None:
    text = (
        "ÁN LỆ SỐ 56/2022/AL\nVề việc giải quyết tranh chấp di dời mồ mả\nĐược Hội đồng Thẩm phán Tòa án nhân dân "
        "tối cao thông qua ngày 07 tháng 9 năm 2022 và được công bố theo Quyết định số 323/QĐ-CA ngày 14 tháng 10"
    )
    assert passed_by(text) == "Hội đồng Thẩm phán Tòa án nhân dân tối cao"
    assert passed_on(text) == "2022-09-07"

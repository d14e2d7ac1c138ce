"""Who passed a law or a precedent, and when (sentences from the real documents)."""

from __future__ import annotations

from desktop.ingest.official_issuer import complete_issuer, issuing_body, passed_by, passed_on


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


def test_an_office_names_the_body_it_heads() -> None:
    assert issuing_body("BỘ TRƯỞNG BỘ TÀI CHÍNH") == "Bộ Tài chính"
    assert issuing_body("THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC") == "Ngân hàng Nhà nước"
    assert issuing_body("TRƯỞNG BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP") == "Ban Quản lý các khu công nghiệp"
    assert issuing_body("THỦ TƯỚNG CHÍNH PHỦ") == "Thủ tướng Chính phủ"  # issues in his own name
    assert issuing_body("CHỦ TỊCH NƯỚC") == "Chủ tịch nước"


def test_a_joint_document_names_its_bodies_in_the_enacting_sentence() -> None:
    """ttlt-10-utf16.txt lost its header; "Liên Bộ …" says who issues it."""
    text = "THÔNG TƯ LIÊN TỊCH\nLiên Bộ Kế hoạch và Đầu tư - Tư pháp - Ngoại giao - Công an hướng dẫn việc … như sau:\n"
    assert complete_issuer("", "", "", [], text) == "Bộ Kế hoạch và Đầu tư - Bộ Tư pháp - Bộ Ngoại giao - Bộ Công an"
    # Under the Central Committee's header, the Secretariat acts (huong-dan-06-hd-tw-2025.pdf).
    party = "BAN CHẤP HÀNH TRUNG ƯƠNG\n- Căn cứ Điều lệ Đảng;\nBan Bí thư hướng dẫn một số vấn đề cụ thể thi hành Điều lệ Đảng như sau:\n"
    assert complete_issuer("Ban Chấp hành Trung ương", "", "", [], party) == "Ban Bí thư"

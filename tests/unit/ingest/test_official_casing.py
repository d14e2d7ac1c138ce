"""Issuing bodies and summaries printed in capitals, in the case Vietnamese writes them."""

from __future__ import annotations

import pytest

from desktop.ingest.official_casing import body_name, new_style_tones, sentence_case, state_name


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("TỔNG CỤC HẢI QUAN", "Tổng cục Hải quan"),  # "quan" here is no district
        # A unit named by a number or after a person: "Quận 1", "Thành phố Hồ Chí Minh" (Nghị định 30/2020, Phụ lục II).
        ("ỦY BAN NHÂN DÂN QUẬN 1", "Ủy ban nhân dân Quận 1"),
        ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
        ("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "Ủy ban nhân dân thành phố Cần Thơ"),
        ("BỘ TRƯỞNG BỘ TÀI CHÍNH", "Bộ trưởng Bộ Tài chính"),
        # A joint list shares "Bộ" with a part that names no body; one ministry's name may hold " - ".
        ("BỘ TÀI CHÍNH - CÔNG NGHIỆP - TỔNG CỤC HẢI QUAN", "Bộ Tài chính - Bộ Công nghiệp - Tổng cục Hải quan"),
        ("Bộ Kế hoạch và Đầu tư - Tư pháp - Ngoại giao - Công an", "Bộ Kế hoạch và Đầu tư - Bộ Tư pháp - Bộ Ngoại giao - Bộ Công an"),
        ("BỘ TÀI CHÍNH - LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Bộ Tài chính - Bộ Lao động - Thương binh và Xã hội"),
        # The app's tone placement: "Uỷ" -> "Ủy", "Hoà" -> "Hòa" (never "Quý" -> "Qúy").
        ("UỶ BAN NHÂN DÂN TỈNH KHÁNH HOÀ", "Ủy ban nhân dân tỉnh Khánh Hòa"),
        ("VỤ KINH TẾ CÔNG NGHIỆP", "Vụ Kinh tế công nghiệp"),
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


def test_the_states_name_however_a_typist_spelled_it() -> None:
    """hien-phap-1992.doc types "NƯỚC CỘNG HOÀ CHỦ NGHIÃ XÃ HỘI VIỆT NAM NĂM 1992"."""
    assert state_name("nước Cộng hoà Chủ nghiã xã hội Việt Nam năm 1992") == "nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992"
    assert state_name("nước Việt Nam dân chủ cộng hòa") == "nước Việt Nam dân chủ cộng hòa"  # 1946-1976: another state


def test_old_tone_placement_becomes_the_apps() -> None:
    assert new_style_tones("Uỷ ban nhân dân tỉnh Khánh Hoà, Thuỷ lợi") == "Ủy ban nhân dân tỉnh Khánh Hòa, Thủy lợi"
    assert new_style_tones("QUÝ, khoẻ, hoàn, Quỳnh") == "QUÝ, khỏe, hoàn, Quỳnh"  # "qu" keeps its vowel; a closed syllable too


def test_a_bullet_opens_its_line_like_a_sentence() -> None:
    """tcvn3-btc-a33.rtf: "* Đối với các sản phẩm …" must not lend its capital to the summary's "đối với"."""
    body = "* Đối với các sản phẩm, phụ tùng do các doanh nghiệp Việt Nam tự thiết kế sản xuất thì Z là giá bán."
    assert sentence_case("THEO TỶ LỆ NỘI ĐỊA HOÁ ĐỐI VỚI CÁC SẢN PHẨM, PHỤ TÙNG", body) == "theo tỷ lệ nội địa hoá đối với các sản phẩm, phụ tùng"


def test_acronyms_and_names_keep_their_capitals() -> None:
    """A word in capitals inside a line in lower case is an acronym; a name opening a sentence is
    still a name when the list of proper nouns knows it (corpus-style headline and lead)."""
    body = "Tổ chức WHO cảnh báo về dịch bệnh. Việt Nam gia nhập WTO năm 2007.\nTIN VẮN THẾ GIỚI\nNội dung"
    assert sentence_case("WHO CẢNH BÁO VỀ DỊCH BỆNH Ở VIỆT NAM SAU KHI GIA NHẬP WTO", body, first_upper=True) == (
        "WHO cảnh báo về dịch bệnh ở Việt Nam sau khi gia nhập WTO"
    )
    assert sentence_case("TIN VẮN THẾ GIỚI", body, first_upper=True) == "Tin vắn thế giới"  # a heading lends no capitals


def test_the_countrys_and_capitals_names_take_capitals_however_the_typist_wrote_them() -> None:
    """Nghị định 30/2020/NĐ-CP, Phụ lục II: every syllable of a Vietnamese place name takes a
    capital; a 1998 circular's typist wrote "Việt nam" in its running text, a library does not."""
    body = "Các tổ chức nước ngoài hoạt động kinh doanh tại Việt nam phải nộp thuế.\nTrụ sở tại Hà nội."
    summary = sentence_case("HƯỚNG DẪN CHẾ ĐỘ THUẾ ĐỐI VỚI TỔ CHỨC NƯỚC NGOÀI TẠI VIỆT NAM VÀ HÀ NỘI", body)
    assert summary == "hướng dẫn chế độ thuế đối với tổ chức nước ngoài tại Việt Nam và Hà Nội"
    # A name's own words elsewhere keep their case: "nam" (south, male) alone is no name.
    assert sentence_case("CHẾ ĐỘ CHO LAO ĐỘNG NAM", "Lao động nam được nghỉ.") == "chế độ cho lao động nam"

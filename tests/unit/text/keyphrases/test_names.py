"""Names of people, bodies and places, and abbreviations: whole, apart from the titles before them."""

from __future__ import annotations

from desktop.text.keyphrases.background import background_stats
from desktop.text.keyphrases.names import ABBREVIATION, BODY, PERSON, PLACE, find_names
from desktop.text.syllables import tokenize


def _names(text: str) -> dict[str, str]:
    stats = background_stats()
    found = find_names(text, tokenize(text), stats.knows, whole=stats.ends_whole)
    return {n.text: n.group for n in found}


def test_titles_split_from_bodies_and_people() -> None:
    names = _names(
        "Phó Giám đốc Sở Nội vụ Nguyễn Thị Liễu chia sẻ. Bí thư Đảng ủy Khối các cơ quan "
        "Thành phố Lê Thị Thu Hằng phát biểu."
    )
    assert names["Sở Nội vụ"] == BODY
    assert names["Nguyễn Thị Liễu"] == PERSON
    assert names["Lê Thị Thu Hằng"] == PERSON
    assert names["Đảng ủy Khối các cơ quan Thành phố"] == BODY
    assert not {"Phó Giám đốc", "Bí thư", "Phó Giám đốc Sở Nội vụ"} & names.keys()


def test_places_abbreviations_and_what_is_no_name() -> None:
    text = (
        "Tại huyện Phúc Thọ, UBND tỉnh đã giải quyết TTHC. Cuộc họp do ông Hải chủ trì. "
        "Thành phố phải dẫn đầu. Ảnh: Thanh Lê Báo cáo sơ kết công tác CCHC. Đại hội XII."
    )
    names = _names(text)
    assert names["huyện Phúc Thọ"] == PLACE
    assert _names("Tại Hà Nội, Bí thư Thành ủy Hà Nội Lê Thị Thu Hằng")["Lê Thị Thu Hằng"] == PERSON
    assert names["UBND tỉnh"] == BODY
    assert names["TTHC"] == ABBREVIATION and names["CCHC"] == ABBREVIATION
    # a sentence's first word, a photo credit, a Roman numeral: no names
    assert not {"Cuộc họp", "Thành phố", "Thanh Lê", "Lê Báo cáo", "XII"} & names.keys()


def test_person_names_with_a_title_are_marked() -> None:
    text = "Đồng chí Lương Cường phát biểu. Lê Đình Lý - Phó Giám đốc Sở báo cáo. Trần Hà"
    stats = background_stats()
    names = find_names(text, tokenize(text), stats.knows, whole=stats.ends_whole)
    found = {n.text: n for n in names}
    assert found["Lương Cường"].with_title and found["Lê Đình Lý"].with_title
    assert not found["Trần Hà"].with_title  # a byline


def test_a_body_that_enumerates_its_fields_is_one_name() -> None:
    names = _names(
        "Ông Phan Xuân Dũng, Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội, "
        "cùng Bộ Lao động - Thương binh và Xã hội và Bộ Văn hóa, Thể thao và Du lịch."
    )
    assert names["Ủy ban Khoa học, Công nghệ và Môi trường"] == BODY
    assert names["Bộ Lao động - Thương binh và Xã hội"] == BODY
    assert names["Bộ Văn hóa, Thể thao và Du lịch"] == BODY
    assert names["Phan Xuân Dũng"] == PERSON
    assert not {"Công nghệ và Môi trường", "Ủy ban Khoa học", "Thể thao và Du lịch"} & names.keys()


def test_and_joins_a_bodys_fields_not_a_list_of_names() -> None:
    names = _names(
        "Sở Nội vụ, Sở Tư pháp và Sở Tài chính họp với Bộ Tài nguyên và Môi trường. "
        "Đoàn công tác đến Hải Phòng và Đà Nẵng."
    )
    assert {
        "Sở Nội vụ",
        "Sở Tư pháp",
        "Sở Tài chính",
        "Bộ Tài nguyên và Môi trường",
    } <= names.keys()
    assert {"Hải Phòng", "Đà Nẵng"} <= names.keys()
    assert not {"Sở Tư pháp và Sở Tài chính", "Hải Phòng và Đà Nẵng"} & names.keys()


def test_a_surname_closing_a_word_opens_no_person() -> None:
    names = _names("Thành Đoàn Hà Nội thực hiện hiệu quả các mô hình thanh niên.")
    assert not {n for n, g in names.items() if g == PERSON}
    assert "Đoàn Hà Nội" not in names


def test_a_numeral_written_with_a_capital_ends_a_persons_name() -> None:
    names = _names(
        "Tổng Thanh tra Phan Văn Sáu giải trình; anh Lê Văn Tám và bà Nguyễn Thị Năm nghe."
    )
    assert {"Phan Văn Sáu", "Lê Văn Tám", "Nguyễn Thị Năm"} <= {
        n for n, g in names.items() if g == PERSON
    }
    assert "Phan Văn" not in names

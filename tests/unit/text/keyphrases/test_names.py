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

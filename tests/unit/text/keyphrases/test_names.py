"""Names of people, bodies and places, and abbreviations: whole, apart from the titles before them."""

from __future__ import annotations

from desktop.text.keyphrases.background import background_stats
from desktop.text.keyphrases.names import ABBREVIATION, BODY, PERSON, PLACE, find_names
from desktop.text.syllables import tokenize


def _names(text: str) -> dict[str, str]:
    stats = background_stats()
    found = find_names(
        text,
        tokenize(text),
        stats.knows,
        whole=stats.ends_whole,
        word=stats.is_word,
        common=stats.in_lower_case,
    )
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
    names = find_names(
        text,
        tokenize(text),
        stats.knows,
        whole=stats.ends_whole,
        word=stats.is_word,
        common=stats.in_lower_case,
    )
    found = {n.text: n for n in names}
    assert found["Lương Cường"].with_title and found["Lê Đình Lý"].with_title
    assert "Trần Hà" not in found  # a byline: the newsroom's name, not the article's


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


# The sentences below are quoted from news articles of the corpus (`/tmp/corpus/data`).
def test_a_sentence_run_into_a_name_without_its_full_stop() -> None:
    # 22455651: a related headline and the next sentence, no full stop between
    names = _names(
        "MU bán cả Rooney lẫn Smalling Theo Manchester Evening News, đội trưởng Wayne Rooney "
        "và đội phó Smalling nhiều khả năng sẽ rời Old Trafford."
    )
    assert "Manchester Evening News" in names
    assert not [n for n in names if "Theo" in n]
    # 22355041: a function word inside a person's name stays there
    names = _names(
        "Đây là một dự án tâm huyết của doanh nghiệp của bà chủ tịch Nguyễn Thị Như Loan và con "
        "trai Nguyễn Quốc Cường."
    )
    assert {"Nguyễn Thị Như Loan", "Nguyễn Quốc Cường"} <= names.keys()


def test_a_place_then_a_foreign_name_are_two_names() -> None:
    # 22405416, and a film festival report: nationality and name with no comma between
    names = _names(
        "Rafael Nadal đã giành chiến thắng trước tay vợt người Hà Lan Robin Haase với tỷ số "
        "6-1, 6-4, 6-3. Nhà làm phim gạo cội người Tây Ban Nha Pedro Almodovar được tín nhiệm "
        "chọn làm Chủ tịch Ban giám khảo."
    )
    assert {"Hà Lan", "Robin Haase", "Tây Ban Nha", "Pedro Almodovar"} <= names.keys()
    assert not {"Hà Lan Robin Haase", "Tây Ban Nha Pedro Almodovar"} & names.keys()


def test_what_goes_on_a_name_and_what_does_not() -> None:
    # 22534556: a verb the news often writes after a name is no part of it
    names = _names("Trong khi đó, HLV Zidane muốn giữ Morata ở lại để làm quân bài dự bị.")
    assert not [n for n in names if "muốn" in n]
    # 21488456: a common word opening a sentence, written with its capital
    names = _names(
        "Real đang đứng ở đầu BXH La Liga và hơn Barca 1 trong khi thi đấu ít hơn 2 trận. Kình "
        "địch Barca của Real đã lọt vào trận chung kết Cúp nhà Vua sau khi đánh bại Atletico "
        "Madrid với tổng tỷ số 3-2."
    )
    assert "Kình địch Barca" not in names and "Atletico Madrid" in names
    # 21474521, 22572829: "TP." abbreviates a level and ends no sentence
    names = _names(
        "Đại diện Cục Thuế TP. Hà Nội cũng cho biết thêm. Công an huyện Chương Mỹ, TP. Hà Nội "
        "cho biết, chiều 5/2 đơn vị này đã ra quyết định."
    )
    assert "Cục Thuế TP. Hà Nội" in names
    assert "Cục Thuế TP" not in names


def test_a_bodys_fields_before_its_level_are_one_name() -> None:
    # 22707715: "Dân, Đảng" are the fields of one union of one district, no "và" between
    names = _names(
        "Ngày 7/7, Công đoàn cơ quan Dân, Đảng quận Long Biên đã tổ chức thành công Đại hội."
    )
    assert "Công đoàn cơ quan Dân, Đảng quận Long Biên" in names
    assert "Công đoàn cơ quan Dân" not in names
    # 22572829: a title after the comma is no field
    names = _names(
        "Chiều 20/6, ông Đoàn Kim Bình, Chủ tịch xã Đại Tân, huyện Đại Lộc (Quảng Nam), xác nhận."
    )
    assert "Đoàn Kim Bình" in names
    assert not [n for n in names if "Chủ tịch" in n]


def test_a_title_word_ending_a_persons_name_is_the_given_name() -> None:
    # 21511446: "Anh" is a title before a name ("Anh Nguyễn Văn Tâm"), a given name after one
    names = _names(
        "Đó là phát biểu của ông Nguyễn Xuân Anh, Bí thư Thành ủy Đà Nẵng tại Lễ tôn vinh những "
        "doanh nghiệp tiêu biểu, xuất sắc."
    )
    assert names["Nguyễn Xuân Anh"] == PERSON and "Nguyễn Xuân" not in names
    assert names["Thành ủy Đà Nẵng"] == BODY

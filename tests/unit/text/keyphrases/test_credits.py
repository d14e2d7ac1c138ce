"""Photo credits, sources and bylines: their names are the newsroom's, not the article's key phrases.

The sentences are quoted from news articles of the corpus (`/tmp/corpus/data`, file named beside each).
"""

from __future__ import annotations

from desktop.text.keyphrases.background import background_stats
from desktop.text.keyphrases.credits import credit_spans
from desktop.text.keyphrases.names import find_names, name_words
from desktop.text.keyphrases.ranking import rank_keyphrases
from desktop.text.syllables import tokenize


def _names(text: str) -> set[str]:
    stats = background_stats()
    return {
        n.text
        for n in find_names(
            text,
            tokenize(text),
            stats.knows,
            whole=stats.ends_whole,
            word=stats.is_word,
            common=stats.in_lower_case,
        )
    }


def _credits(text: str) -> list[str]:
    words = name_words()
    return [text[s:e] for s, e in credit_spans(text, tokenize(text), words.titles | words.bodies)]


def test_a_credit_after_a_marker_ends_where_the_next_sentence_starts() -> None:
    # 21470981: the caption runs into the next paragraph after two spaces
    text = (
        "Du khách về thăm Làng Sen, quê nội của Chủ tịch Hồ Chí Minh. Ảnh: Thanh Tùng/TTXVN  "
        "Tuy nhiên, việc phát triển du lịch trên địa bàn huyện Nam Đàn còn nhiều hạn chế."
    )
    assert _credits(text) == ["Thanh Tùng/TTXVN"]
    names = _names(text)
    assert {"Làng Sen", "Hồ Chí Minh", "huyện Nam Đàn"} <= names
    assert not {"Thanh Tùng", "TTXVN", "TTXVN  Tuy nhiên", "TTXVN Tuy nhiên"} & names
    # 22245047: no punctuation at all between the credit and a title opening the next sentence
    text = (
        "Phó Chủ tịch Chính hiệp Trung Quốc tới chào xã giao. Ảnh: Nhan Sáng/TTXVN Chủ tịch "
        "nước Trần Đại Quang đánh giá cao đồng chí Vương Gia Thụy."
    )
    assert _credits(text) == ["Nhan Sáng/TTXVN"]
    assert "Trần Đại Quang" in _names(text) and "Nhan Sáng" not in _names(text)
    # 21472866: an agency, a slash, a photographer, then the next sentence
    text = (
        "Thủ tướng tham quan mô hình nhà máy chế biến tôm. Ảnh: VGP/Quang Hiếu Vừa qua, mới 30% "
        "người nuôi tôm thành công"
    )
    assert _credits(text) == ["VGP/Quang Hiếu"]
    assert not {"VGP", "Quang Hiếu"} & _names(text)


def test_a_photographer_in_brackets_and_in_lower_case() -> None:
    # 21487151
    text = "Ca sĩ Lệ Quyên (ảnh: Khánh Phạm) Dòng nhạc Borelo cô theo đuổi hiện nay"
    assert _credits(text) == ["Khánh Phạm"]
    assert "Khánh Phạm" not in _names(text)


def test_bylines_after_the_last_sentence() -> None:
    # 22738166, 22645584, 22551486, 21481418: an author and an agency, a source in brackets
    ending = "Chủ nhiệm Uỷ ban Kiểm tra Trung ương nhấn mạnh./. Minh Châm/VOV-Trung tâm Tin"
    assert _credits(ending) == ["Minh Châm/VOV-Trung tâm Tin"]
    assert "Minh Châm" not in _names(ending)
    ending = "Người hoạt động không chuyên trách ở cấp xã, ở thôn và tổ dân phố. (Theo Dân trí)"
    assert _credits(ending) == ["(Theo Dân trí)"]
    ending = (
        "tham quan Công ty Dừa Lương Quới, tại Khu công nghiệp An Hiệp, huyện Châu Thành. "
        "Công Trí  (TTXVN) "
    )
    assert _credits(ending) == ["Công Trí  (TTXVN"]
    assert "huyện Châu Thành" in _names(ending)
    assert not {"Công Trí", "TTXVN"} & _names(ending)
    ending = "có thật nhiều nụ cười”, nam MC chia sẻ./. Thủy Mộc . "
    assert _credits(ending) == ["Thủy Mộc"]


def test_what_is_no_credit() -> None:
    # 21488456: a related article's headline left at the end is mostly lower case
    text = "Perez thừa nhận mua cầu thủ để bán áo. Real Madrid muốn tách khỏi La Liga, tạo giải đấu riêng"
    assert _credits(text) == []
    # 22745443: two abbreviations joined by a slash name a disease
    text = "kết luận nội dung kiến nghị đối với Trung tâm phòng, chống HIV/AIDS của tỉnh này"
    assert _credits(text) == []
    # 21478126: "Theo" opening a sentence is "according to", no source
    text = (
        "“... biến đổi khí hậu” - Bộ trưởng Nguyễn Xuân Cường nhấn mạnh. Theo Bộ trưởng Nguyễn "
        "Xuân Cường, thực tiễn đã chứng minh con tôm là đối tượng sản xuất hàng đầu."
    )
    assert _credits(text) == []
    assert "Nguyễn Xuân Cường" in _names(text)


def test_a_photographer_is_no_salient_phrase_either() -> None:
    # 22414305, 22422545: "Quang Hiếu" is in the news' phrases (the agency credits him in 141
    # articles), and a credit closed by a full stop or a bracket is no name's neighbour
    text = (
        "Cán bộ, nhân viên Phái đoàn Thường trực Việt Nam tại Liên Hợp Quốc chào đón Thủ tướng "
        "và Đoàn cấp cao Việt Nam. Ảnh: VGP/Quang Hiếu. Thủ tướng đánh giá cao Phái đoàn đã làm "
        "việc. Lễ đón Thủ tướng Nguyễn Xuân Phúc tại sân bay quân sự St. Andrews, Washington, Hoa "
        "Kỳ. (Ảnh: VGP/Quang Hiếu) Trang Geopolitical Monitor đăng bài viết."
    )
    ranked = rank_keyphrases(text, stats=background_stats(), tokens=tokenize(text))
    shown = {p.text for p in ranked}
    assert "Nguyễn Xuân Phúc" in shown
    assert not {"Quang Hiếu", "VGP"} & shown

"""Which phrases may be salient, by how pyvi tagged them in the news: no verbs, adjectives or filler heads.

The sentences are quoted from news articles of the corpus (`/tmp/corpus/data`, file named beside each).
"""

from __future__ import annotations

from desktop.text.keyphrases.background import background_stats, specificity
from desktop.text.keyphrases.salient import phrase_key_of, salient_phrases


def _keys(text: str, title: str = "") -> set[str]:
    return {p.key for p in salient_phrases(text, title=title, limit=40)}


def test_market_verbs_and_their_manner_are_no_key_phrases() -> None:
    # stock-market reports (corpus articles of June 2017): "tăng nhẹ", "bán ròng" are a verb and
    # how much, two words pyvi never writes as one
    text = (
        "Nhà đầu tư nước ngoài sáng nay giao dịch cũng chậm và đang bán ròng nhẹ nếu tính cả thỏa "
        "thuận. VNM và IMP đang giao dịch lớn nhất nhưng VNM thì đang bị bán ròng nhẹ còn IMP chỉ "
        "là thỏa thuận nội bộ. BID cũng lấy lại được đà tăng nhẹ 0,3%, lên 17. Mặc dù các "
        "blue-chip của HSX vẫn khá cân bằng và chỉ số nhóm tăng nhẹ nhưng VN-Index vẫn khép lại "
        "phiên sáng với mức giảm 0,24%."
    )
    keys = _keys(text)
    assert not {"bán ròng", "tăng nhẹ"} & keys
    assert "nhà đầu tư nước ngoài" in keys or "thỏa thuận" in keys


def test_an_adjective_pyvi_sometimes_calls_a_noun_is_none() -> None:
    # fashion news: "nữ tính" (feminine) describes; pyvi calls it a noun in three of ten places
    text = (
        "Thu Hoài xuất hiện với một hình tượng hoàn toàn lạ lẫm và khác biệt so với những hình "
        "ảnh nữ tính, dịu dàng quen thuộc trước đây. Kate Bosworth ghi điểm với bộ đầm trễ vai "
        "nữ tính, sang trọng đến từ thương hiệu Erdem."
    )
    assert "nữ tính" not in _keys(text)
    stats = background_stats()
    assert "nữ tính" not in stats.noun_phrases and "khó khăn" not in stats.noun_phrases
    # a particular verb that names the matter stays; one pyvi ever calls an adjective describes
    assert {"kê khai", "đền bù", "khởi nghiệp"} <= stats.noun_phrases
    assert not {"hóm hỉnh", "quyết đoán"} & stats.noun_phrases


def test_a_command_opening_a_headline_is_no_noun_phrase() -> None:
    # corpus 21487780: where the instruction stands inside a sentence pyvi tags it right
    # ("khẩn_trương/V"); at a clause's start, as headlines quote it, it called it a noun
    title = "Khẩn trương tập trung giải quyết, xử lý công việc ngay sau những ngày nghỉ Tết"
    text = (
        "Văn bản nêu rõ, CBCCVC, người lao động thực hiện nghiêm kỷ cương hành chính, khẩn trương "
        "tập trung giải quyết, xử lý công việc ngay sau những ngày nghỉ Tết."
    )
    assert "khẩn trương tập trung giải quyết" not in _keys(text, title)
    assert "khẩn trương tập trung giải quyết" not in background_stats().noun_phrases


def test_a_verb_the_news_names_as_an_event_stays() -> None:
    # "nạn phá rừng", "tình trạng khai thác cát trái phép": two words, a verb and its object,
    # that the news names as a scourge
    stats = background_stats()
    assert {"phá rừng", "khai thác cát trái phép"} <= stats.noun_phrases
    assert not {"mua nhà", "sang singapore"} & stats.noun_phrases


def test_a_light_noun_before_a_verb_is_as_particular_as_the_verb() -> None:
    stats = background_stats()
    production = specificity(stats.documents, stats.document_frequency["sản xuất"])
    # "hoạt động sản xuất" is in 181 articles, but says no more than "sản xuất" (3,500)
    assert stats.weights["hoạt động sản xuất"] <= production * 1.2 + 1e-9  # four syllables
    assert stats.weights["hoạt động sản xuất"] < specificity(stats.documents, 181)
    # before a noun the head names a thing of its own: "tình trạng hôn nhân" (marital status)
    marital = phrase_key_of("tình trạng hôn nhân")
    assert (
        stats.weights[marital]
        == specificity(stats.documents, stats.document_frequency[marital]) * 1.2
    )  # four syllables

"""Places framed by the quote's two contexts are found at the edges of a text and nearest where
the passage was, and a copy with both contexts intact is told from its shifted neighbours: the
framed place makes a copy elsewhere a rival instead of the answer."""

from __future__ import annotations

from pathlib import Path

from desktop.anchoring import AnchorText, build_selectors, reanchor
from desktop.anchoring.place_search import MAX_FRAMED, contexts_intact, framed_places
from desktop.text.normalize import fold, nfc

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_b0561d0e83e9bea9.txt"
TEXT = nfc(SEED.read_text(encoding="utf-8"))
# The clause that ends the seed article, just before its final full stop.
LAST = "để thúc đẩy tinh thần trách nhiệm và hiệu quả công việc cao hơn"

LIST_ITEM = "Tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ"
PLAN = (
    "1. " + LIST_ITEM + ".\n"
    "2. Nâng cao chất lượng phục vụ người dân và doanh nghiệp tại bộ phận một cửa.\n"
    "3. Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh "
    "về kết quả thực hiện.\n"
)

UNITS = (
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Thanh tra tỉnh",
    "Ủy ban nhân dân cấp huyện",
    "Ủy ban nhân dân cấp xã",
)
DUTIES = (
    "tiếp nhận hồ sơ",
    "thẩm định hồ sơ",
    "công khai kết quả",
    "lưu trữ văn bản",
    "báo cáo định kỳ",
    "kiểm tra việc thực hiện",
    "xử lý vi phạm",
)
LAW = "Luật Cán bộ, công chức và Luật Viên chức được sửa đổi, bổ sung năm 2019"


def _decree(articles: int = 60) -> list[str]:
    """Articles of a decree, each citing another "theo quy định tại": the end of the prefix of a
    citation stands in every article."""
    return [
        f"Điều {i}. {UNITS[i % 5]} có trách nhiệm {DUTIES[i % 7]} theo quy định tại "
        f"khoản {i % 4 + 1} Điều {100 + i} Nghị định này."
        for i in range(1, articles + 1)
    ]


def test_contexts_intact_only_where_both_contexts_read_as_stored() -> None:
    folded = fold("Cần nâng cao nhận thức thực tiễn cho đội ngũ cán bộ.")
    prefix, suffix = fold("nâng cao nhận "), fold(" thực tiễn")
    first = folded.index("thuc")  # "thức"; "thực" folds to the same letters right after it
    second = folded.index("thuc", first + 1)
    assert contexts_intact(prefix, suffix, folded, first, first + 4)
    assert not contexts_intact(prefix, suffix, folded, second, second + 4)


def test_contexts_intact_with_no_context_means_at_the_edge_of_the_text() -> None:
    folded = fold("Hà Nội và Hà Nội")
    assert contexts_intact("", fold(" và"), folded, 0, 6)  # no prefix: it began the text
    assert contexts_intact("", "", folded, 0, 16)
    assert not contexts_intact("", "", folded, 10, 16)
    assert contexts_intact(fold("Hà Nội và "), "", folded, 10, 16)  # no suffix: it ended the text
    assert not contexts_intact(fold("Hà Nội và "), "", folded, 10, 15)


def test_a_framed_place_reaches_the_full_stop_that_still_ends_the_text() -> None:
    start = TEXT.rindex(LAST)
    _, quote = build_selectors(TEXT, start, start + len(LAST))
    assert quote.suffix == "."  # too short to be looked for as a context of its own
    rewritten = "nhằm nâng cao hơn nữa chất lượng phục vụ người dân và doanh nghiệp"
    edited = TEXT[:start] + rewritten + "."
    assert framed_places(quote, AnchorText(edited), len(LAST)) == [(start, start + len(rewritten))]


def test_a_framed_place_begins_after_the_short_prefix_that_still_begins_the_text() -> None:
    _, quote = build_selectors(PLAN, 3, 3 + len(LIST_ITEM))
    assert quote.prefix == "1. "  # too short to be looked for as a context of its own
    rewritten = "Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính"
    edited = "1. " + rewritten + PLAN[3 + len(LIST_ITEM) :]
    assert framed_places(quote, AnchorText(edited), len(LIST_ITEM)) == [(3, 3 + len(rewritten))]


def test_framed_places_are_looked_for_nearest_where_the_passage_was() -> None:
    articles = _decree()
    text = "\n".join(articles)
    assert fold(text).count("quy dinh tai") > MAX_FRAMED
    # The citation of the 58th article: its prefix ends as in every other article.
    start = text.index("khoản", text.index("Điều 58."))
    end = text.index(".", start)
    _, quote = build_selectors(text, start, end)
    found = framed_places(quote, AnchorText(text), end - start, start)
    assert len(found) <= MAX_FRAMED
    assert found[0] == (start, end)


def test_a_clause_rewritten_at_the_end_of_the_text_is_not_attached_to_a_copy_above() -> None:
    start = TEXT.rindex(LAST)
    position, quote = build_selectors(TEXT, start, start + len(LAST))
    # The editor rewrote the last clause and put its old words in a summary at the top: the
    # passage is gone, the summary is not where the note was made.
    summary = "Tóm tắt: thành phố siết chặt kỷ cương " + LAST + ".\n"
    rewritten = "nhằm nâng cao hơn nữa chất lượng phục vụ người dân và doanh nghiệp"
    edited = summary + TEXT[:start] + rewritten + "."
    assert not reanchor(position, quote, edited).found


def test_a_first_list_item_rewritten_is_not_attached_to_a_copy_further_down() -> None:
    position, quote = build_selectors(PLAN, 3, 3 + len(LIST_ITEM))
    edited = (
        "1. Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính"
        + PLAN[3 + len(LIST_ITEM) :]
        + "4. Các sở, ngành tiếp tục tăng cường kỷ luật, kỷ cương hành chính trong thực thi "
        "công vụ gắn với học tập và làm theo Bác.\n"
    )
    assert not reanchor(position, quote, edited).found


def test_a_citation_rewritten_late_in_a_decree_is_not_attached_to_an_early_copy() -> None:
    articles = _decree()
    articles[2] = (
        f"Điều 3. Việc tuyển dụng công chức được thực hiện căn cứ {LAW} và hướng dẫn của Bộ Nội vụ."
    )
    articles[57] = (
        f"Điều 58. Hồ sơ của người dự tuyển được lập theo quy định tại {LAW} "
        "và các văn bản hướng dẫn thi hành."
    )
    text = "\n".join(articles)
    start = text.index(LAW, text.index("Điều 58."))
    position, quote = build_selectors(text, start, start + len(LAW))
    # Past the 50th "quy định tại": only a search from where the passage was finds its frame.
    assert fold(text[:start]).count("quy dinh tai") > MAX_FRAMED
    edited = (
        text[:start]
        + "Nghị định số 138/2020/NĐ-CP của Chính phủ về tuyển dụng"
        + text[start + len(LAW) :]
    )
    assert not reanchor(position, quote, edited).found

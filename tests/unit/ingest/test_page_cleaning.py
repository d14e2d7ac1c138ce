"""Cleaning rules generalise beyond the seeds, and never lose an article's own text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.ingest.document_builder import build_document
from desktop.ingest.page_cleaning import clean_page, join_kept_lines, kept_line_offsets
from desktop.ingest.text_decoding import finish
from tests.conftest import corpus_sample

PARAGRAPH = (
    "Theo báo cáo của Ủy ban nhân dân tỉnh, trong năm qua các cơ quan, đơn vị đã tập trung cải cách thủ tục "
    "hành chính, nâng cao tinh thần trách nhiệm và thái độ phục vụ nhân dân của đội ngũ cán bộ, công chức."
)


def test_an_unseen_site_layout() -> None:
    page = "\n".join(
        [
            "Trang chủ » Thời sự » Chính trị",
            "Đăng nhập | Đăng ký",
            "Thứ Hai, 14/03/2022, 15:30 (GMT+7)",
            "Bắc Giang: Siết chặt kỷ cương hành chính",
            "Bài và ảnh: Nguyễn Văn Nam",
            "(Chinhphu.vn) - " + PARAGRAPH,
            "Lãnh đạo tỉnh làm việc với Sở Nội vụ. (Ảnh: Hoàng Long)",
            PARAGRAPH,
            "Có thể bạn quan tâm",
            "Hà Nội công bố chỉ số hài lòng năm 2021",
            "Ý kiến bạn đọc",
            "Gửi bình luận",
            "Email: (*)",
            "Họ và tên:",
            "Chia sẻ",
            "Facebook",
            "Zalo",
        ]
    )
    doc = build_document(page, origin="x.txt", encoding="utf-8")
    assert doc.title == "Bắc Giang: Siết chặt kỷ cương hành chính"
    assert doc.published == "2022-03-14T15:30"
    assert doc.author == "Nguyễn Văn Nam"
    assert doc.source == "Chinhphu.vn"
    assert doc.clean_text == "\n".join(
        ["(Chinhphu.vn) - " + PARAGRAPH, "Lãnh đạo tỉnh làm việc với Sở Nội vụ. (Ảnh: Hoàng Long)", PARAGRAPH]
    )


def test_inline_related_box_removes_only_its_heading() -> None:
    page = "\n".join(["Tiêu đề bài", PARAGRAPH, "Tin liên quan", "Tiêu đề phụ của bài", PARAGRAPH, PARAGRAPH])
    cleaning = clean_page(page)
    assert [r.text for r in cleaning.removed_lines] == ["Tiêu đề bài", "Tin liên quan"]


def test_a_paragraph_mentioning_clutter_words_is_kept() -> None:
    line = "Bình luận về vấn đề này, ông cho rằng chia sẻ thông tin và phản hồi của người dân là quan trọng nhất."
    page = "\n".join(["Tiêu đề", PARAGRAPH, line, "Phản hồi", "Bình luận", PARAGRAPH, "Chia sẻ"])
    cleaning = clean_page(page)
    assert line in cleaning.clean_text
    assert PARAGRAPH in cleaning.clean_text.split("\n")  # the article's own paragraph


def test_a_date_inside_the_headline_is_part_of_it() -> None:
    cleaning = clean_page("Giá vàng trong nước ngày 6/2/2017: tăng mạnh\n" + PARAGRAPH)
    assert cleaning.title == "Giá vàng trong nước ngày 6/2/2017: tăng mạnh" and cleaning.published is None


def test_text_without_a_headline_keeps_its_first_paragraph() -> None:
    long_first = PARAGRAPH * 2
    doc = build_document(long_first + "\n" + PARAGRAPH, origin="ghi-chu.txt", encoding="utf-8", fallback_title="ghi-chu")
    assert doc.clean_text.startswith(long_first) and doc.title == "ghi-chu"


def test_all_furniture_page_keeps_everything_rather_than_nothing() -> None:
    doc = build_document("Logo\nĐăng nhập\nChia sẻ", origin="x", encoding="utf-8")
    assert doc.clean_text == "Logo\nĐăng nhập\nChia sẻ" and doc.removed_lines == ()


def test_corpus_articles_lose_nothing() -> None:
    """The corpus is clean already: everything after the headline stays, verbatim. The only
    lines ever set aside are the headline and a byline or dateline that became metadata
    (3 of all 35,440 articles, checked once with the whole corpus)."""
    sample = corpus_sample(400)
    for name, raw in sample:
        text = finish(raw)
        doc = build_document(text, origin=name, encoding="utf-8")
        lines = text.split("\n")
        removed = {r.line_no: r for r in doc.removed_lines}
        assert removed.pop(0).reason == "Tiêu đề" and doc.title == lines[0].strip(), name
        for r in removed.values():
            assert (r.reason, r.text.strip()) in {("Tác giả", doc.author), ("Ngày đăng", r.text.strip())}, name
            assert r.reason != "Ngày đăng" or doc.published, name
        kept = [line for n, line in enumerate(lines[1:], 1) if n not in removed]
        assert doc.clean_text == join_kept_lines(kept, ()), name


def test_a_byline_and_a_dateline_under_the_headline_become_metadata() -> None:
    # As in corpus articles 21494963 and 22261771.
    doc = build_document(
        "TP.HCM cấm toàn bộ xe ra vào đường Nguyễn Huệ\n13/05/2017 10:28 GMT+7\nKhánh An\n" + PARAGRAPH,
        origin="x.txt",
        encoding="utf-8",
    )
    assert (doc.title, doc.published, doc.author) == (
        "TP.HCM cấm toàn bộ xe ra vào đường Nguyễn Huệ", "2017-05-13T10:28", "Khánh An"
    )
    assert doc.clean_text == PARAGRAPH


def test_a_first_line_that_is_running_text_stays_in_the_article() -> None:
    # As corpus article 22321389: headline and lead run together on one long line.
    line = "Video Xuân Trường gửi lời chúc tới U20 Việt Nam bằng tiếng Anh " + PARAGRAPH * 2
    doc = build_document(line + "\n" + PARAGRAPH, origin="22321389.txt", encoding="utf-8")
    assert doc.clean_text.startswith(line) and doc.title.startswith("Video Xuân Trường gửi lời chúc")


_line = st.one_of(
    st.sampled_from(
        ["", "Tin liên quan", "Logo", "Đọc nhiều", "Trần Hà", "09-08-2021 06:38", "Họ tên:(*)", PARAGRAPH, "A | B | C"]
    ),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x1e"), max_size=80),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_line, max_size=30))
def test_cleaning_only_ever_sets_whole_lines_aside(lines: list[str]) -> None:
    raw = "\n".join(lines)
    cleaning = clean_page(raw)
    removed = {r.line_no for r in cleaning.removed_lines}
    for r in cleaning.removed_lines:
        assert lines[r.line_no] == r.text and r.reason
    kept = [line for n, line in enumerate(lines) if n not in removed and line.strip()]
    assert [line for line in cleaning.clean_text.split("\n") if line.strip()] == kept
    # Every character of the raw text is either in the reading text or in a removed line.
    assert sum(len(line) for line in kept) + sum(len(r.text) for r in cleaning.removed_lines) == sum(
        len(line) for line in lines if line.strip()
    )
    offsets = kept_line_offsets(lines, removed)
    for n, offset in offsets.items():
        assert cleaning.clean_text[offset : offset + len(lines[n])] == lines[n]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([PARAGRAPH, "Tiêu đề phụ", "Lãnh đạo thăm cơ sở. Ảnh: Minh Anh", ""]), min_size=1))
def test_article_paragraphs_are_never_removed(body: list[str]) -> None:
    lines = ["Một tiêu đề bài viết", PARAGRAPH, *body]
    cleaning = clean_page("\n".join(lines))
    removed = {r.line_no: r.reason for r in cleaning.removed_lines}
    assert removed.pop(0) == "Tiêu đề"
    for n, reason in removed.items():
        # Only a short line printed twice in a row (a caption, a subheading) is set aside.
        previous = max(k for k in range(n) if lines[k].strip() and k not in removed)
        assert reason == "Dòng lặp lại" and lines[previous] == lines[n] != PARAGRAPH


def test_a_document_keeps_every_line_and_never_takes_the_motto_for_its_title() -> None:
    """A court form (Word): short labelled lines at the top are the form, not a site header."""
    text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nĐƠN YÊU CẦU GIẢI QUYẾT VIỆC DÂN SỰ\n"
        "Kính gửi: ....................\nHọ tên người yêu cầu:\n1. Tên chồng: \tsinh ngày:\nThường trú:\nSố điện thoại:\n"
        "Chúng tôi xin trình bày với Quý Tòa án vụ việc như sau: chúng tôi đăng ký kết hôn và nay yêu cầu công nhận."
    )
    cleaning = clean_page(text, web=False)
    assert cleaning.title == "ĐƠN YÊU CẦU GIẢI QUYẾT VIỆC DÂN SỰ"
    assert list(cleaning.removed.values()) == ["Tiêu đề"]

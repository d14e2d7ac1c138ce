"""The page's text in reading order, and which runs are teaser headlines."""

from __future__ import annotations

from bs4 import BeautifulSoup

from desktop.ingest.page_flow import PageFlow

TEASERS = """<html><head><title>Trang chủ</title><script>var x = "Không phải chữ";</script></head><body>
<nav><a href="/">Thời sự</a> <a href="/tg">Thế giới</a></nav>
<div class="item"><h3><a href="/a1">Thủ tướng chỉ đạo không để thiếu xăng dầu dịp Tết</a></h3>
<span class="time">2 giờ trước</span><p class="sapo">Bộ Công Thương được yêu cầu bảo đảm nguồn cung xăng dầu.</p></div>
<article><h1>Khởi công nhà ga T3</h1><p>Chiều 24/12, dự án nhà ga T3 đã khởi công sau hơn hai năm.</p>
<p>Thủ tướng nhấn mạnh vai trò của hạ tầng hàng không.</p>
<p>Công trình do <a href="/x">Bộ Giao thông vận tải</a> làm chủ đầu tư.</p>
<p>Công trình sẽ xong năm 2025.</p></article>
</body></html>"""


def _flow() -> PageFlow:
    return PageFlow(BeautifulSoup(TEASERS, "html.parser"))


def test_visible_text_in_order_without_scripts_or_title() -> None:
    flow = _flow()
    assert "Không phải chữ" not in flow.text and "Trang chủ" not in flow.text
    assert flow.text.index("Thời sự") < flow.text.index("Thủ tướng chỉ đạo") < flow.text.index("Chiều 24/12")


def test_a_teaser_summary_follows_its_headline_link_past_a_short_time_line() -> None:
    flow = _flow()
    assert flow.follows_headline_link(flow.find("Bộ Công Thương được yêu cầu"))


def test_article_paragraphs_do_not_follow_a_headline_link() -> None:
    flow = _flow()
    assert not flow.follows_headline_link(flow.find("Chiều 24/12, dự án"))  # after the <h1>
    assert not flow.follows_headline_link(flow.find("Thủ tướng nhấn mạnh"))  # after a paragraph
    # A long link inside a sentence (an organisation cited) is no headline.
    assert not flow.follows_headline_link(flow.find("Công trình sẽ xong"))


def test_a_position_inside_a_run_is_not_the_start_of_a_paragraph() -> None:
    flow = _flow()
    assert not flow.follows_headline_link(flow.find("được yêu cầu bảo đảm"))


def test_a_card_link_wrapping_its_heading_is_a_headline() -> None:
    html = (
        '<div class="card"><a href="/a"><h3>Việt Nam giành 3 Huy chương Vàng Olympic Hóa học</h3></a>'
        "<p>Ngày 2/8, Cục Quản lý chất lượng nhận được kết quả chính thức.</p></div>"
    )
    flow = PageFlow(BeautifulSoup(html, "html.parser"))
    assert flow.follows_headline_link(flow.find("Ngày 2/8, Cục Quản lý"))

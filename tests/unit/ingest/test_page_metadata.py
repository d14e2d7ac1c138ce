"""A page's own headline, date, author and site, in the order a careful reader trusts them."""

from __future__ import annotations

from bs4 import BeautifulSoup

from desktop.ingest.page_metadata import page_metadata, says_article

HEAD = """<html><head><title>Xã hội | Báo Dân trí</title>
<meta property="og:title" content="Khởi công Nhà ga T3 sân bay Tân Sơn Nhất">
<meta property="og:site_name" content="Báo điện tử Dân Trí">
<meta name="author" content="Dân Trí">
<meta property="article:published_time" content="2022-12-24T19:25:22+07:00">
</head><body><h1>Xã hội</h1></body></html>"""

LD = """<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "Thủ tướng chỉ đạo",
 "datePublished": "2022-12-24T16:28:58+07:00", "author": {"@type": "Person", "name": "Nguyễn Hoài"},
 "publisher": {"@type": "Organization", "name": "VnExpress"}}]}
</script></head><body><h1>Thủ tướng chỉ đạo</h1></body></html>"""

BARE = "<html><body><h1>Giá vàng giảm</h1><time datetime='2022-12-24T01:26:50'>24/12</time></body></html>"


def test_open_graph_wins_over_the_section_name() -> None:
    hints = page_metadata(BeautifulSoup(HEAD, "html.parser"))
    assert hints["headline"] == "Khởi công Nhà ga T3 sân bay Tân Sơn Nhất"
    assert hints["page_published"] == "2022-12-24T19:25:22+07:00"
    assert hints["site"] == "Báo điện tử Dân Trí"
    assert "author" not in hints  # the site naming itself is no author


def test_json_ld_article() -> None:
    soup = BeautifulSoup(LD, "html.parser")
    hints = page_metadata(soup, "https://vnexpress.net/thu-tuong-chi-dao-4553.html")
    assert (hints["headline"], hints["author"], hints["site"]) == ("Thủ tướng chỉ đạo", "Nguyễn Hoài", "VnExpress")
    assert hints["page_published"].startswith("2022-12-24T16:28")
    assert hints["url"].endswith("4553.html")
    assert says_article(soup)


def test_h1_and_time_when_nothing_else_is_said() -> None:
    soup = BeautifulSoup(BARE, "html.parser")
    hints = page_metadata(soup, "https://dantri.com.vn/kinh-doanh/gia-vang.htm")
    assert (hints["headline"], hints["page_published"], hints["site"]) == ("Giá vàng giảm", "2022-12-24T01:26:50", "Dân trí")
    assert not says_article(soup)


def test_page_descriptions_most_specific_first_without_repeats() -> None:
    from desktop.ingest.page_metadata import page_descriptions

    html = """<html><head><meta name="description" content="Tin nhanh, mới nhất">
    <meta property="og:description" content="Người đàn ông 63 tuổi đau bụng kéo dài.">
    <script type="application/ld+json">{"@type": "NewsArticle", "description": "Người đàn ông 63 tuổi đau bụng kéo dài."}
    </script></head><body></body></html>"""
    assert page_descriptions(BeautifulSoup(html, "html.parser")) == [
        "Người đàn ông 63 tuổi đau bụng kéo dài.",
        "Tin nhanh, mới nhất",
    ]


def test_a_saved_page_is_known_by_its_own_canonical_address() -> None:
    html = """<html><head><link rel="canonical" href="https://vnexpress.net/dau-bung-4954454.html">
    <meta property="og:url" content="https://m.vnexpress.net/dau-bung-4954454.html">
    <meta property="og:title" content="Đau bụng kéo dài"></head><body></body></html>"""
    hints = page_metadata(BeautifulSoup(html, "html.parser"))
    assert hints["url"] == "https://vnexpress.net/dau-bung-4954454.html"
    assert hints["site"] == "VnExpress"  # the address names the outlet
    # A relative or missing address is no address; the one the page was fetched from wins.
    relative = html.replace("https://vnexpress.net/dau-bung-4954454.html", "/dau-bung-4954454.html")
    assert page_metadata(BeautifulSoup(relative, "html.parser"))["url"] == "https://m.vnexpress.net/dau-bung-4954454.html"
    fetched = page_metadata(BeautifulSoup(html, "html.parser"), "https://vnexpress.net/x-1.html")
    assert fetched["url"] == "https://vnexpress.net/x-1.html"

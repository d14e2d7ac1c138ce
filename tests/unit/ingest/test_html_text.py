"""A site page's article: the headline on the first line, the lead, captions, and no teaser lists."""

from __future__ import annotations

import pytest

from desktop.ingest.html_text import NotAnArticle, page_to_text

MENU = "".join(f'<li><a href="/m{i}">Mục {i}</a></li>' for i in range(25))
LEAD = "Người đàn ông 63 tuổi đau bụng kéo dài, bác sĩ chẩn đoán ung thư lymphoma ruột non hiếm gặp."
PARAGRAPHS = "".join(
    f"<p>Đoạn {i}: bác sĩ cho biết bệnh nhân đau bụng âm ỉ, ăn uống khó tiêu, đầy hơi và tiêu chảy kéo dài"
    f" nhiều tuần, sụt cân; uống thuốc thông thường không khỏi nên phải nội soi kiểm tra.</p>"
    for i in range(4)
)
ARTICLE = f"""<html><head><title>Đau bụng kéo dài - VnExpress</title>
<meta property="og:title" content="Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non">
<meta property="og:description" content="{LEAD}">
<meta property="article:published_time" content="2025-10-22T19:25:52+07:00"></head>
<body><nav><ul>{MENU}</ul></nav><h1>Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non</h1>
<p class="description">{LEAD}</p>
<article class="fck_detail">{PARAGRAPHS}
<figure><img src="https://example.org/a.jpg" alt="Ảnh"><figcaption><p class="Image">Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp</p></figcaption></figure>
</article></body></html>"""


def test_headline_then_lead_then_body_and_the_caption_without_image_markup() -> None:
    page = page_to_text(ARTICLE)
    lines = page.text.split("\n")
    assert lines[0] == "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non"
    assert lines[1] == LEAD
    assert lines[2].startswith("Đoạn 0:")
    assert "Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp" in lines
    assert "![" not in page.text and "a.jpg" not in page.text


HOME = f"""<html><head><title>Báo điện tử</title></head><body><nav><ul>{MENU}</ul></nav>""" + "".join(
    f'<div class="item"><a href="/a{i}"><h3>Tin {i}: đoàn công tác của Bộ làm việc với tỉnh về dự án</h3></a>'
    f"<p>Tóm tắt {i}: trong ba ngày, đoàn đã kiểm tra tiến độ giải ngân vốn đầu tư công và đề nghị tỉnh"
    f" tháo gỡ vướng mắc về mặt bằng cho các công trình trọng điểm của địa phương.</p></div>"
    for i in range(8)
) + "</body></html>"


def test_a_page_of_teasers_is_refused_even_when_their_summaries_are_long() -> None:
    with pytest.raises(NotAnArticle):
        page_to_text(HOME)


def test_a_headline_the_extracted_text_already_opens_with_is_not_repeated() -> None:
    # Some sites print the headline in capitals inside the element the extractor keeps.
    html = ARTICLE.replace(
        '<p class="description">',
        '<article><h2>ĐAU BỤNG KÉO DÀI, PHÁT HIỆN UNG THƯ LYMPHOMA RUỘT NON</h2><p class="description">',
    ).replace('<article class="fck_detail">', '<div class="fck_detail">').replace("</article></body>", "</div></article></body>")
    lines = page_to_text(html).text.split("\n")
    headline = "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non".casefold()
    assert [line.casefold() for line in lines].count(headline) == 1

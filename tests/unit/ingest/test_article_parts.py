"""The lead printed above the body is the article's; a list of teasers is no article."""

from __future__ import annotations

from bs4 import BeautifulSoup

from desktop.ingest.article_parts import missing_lead, teaser_share
from desktop.ingest.page_flow import PageFlow

LEAD = "Người đàn ông 63 tuổi đau bụng kéo dài, bác sĩ chẩn đoán ung thư lymphoma ruột non."
BODY = [
    "Ngày 22/10, bác sĩ cho biết bệnh nhân đau bụng âm ỉ, ăn uống khó tiêu nhiều tuần.",
    "Theo bác sĩ, lymphoma đường ruột là u lympho ác tính ngoài hạch trong thành ruột.",
]

ARTICLE = f"""<html><body>
<div class="share"><a href="#" data-desc="{LEAD}">Chia sẻ</a></div>
<h1>Đau bụng kéo dài, phát hiện ung thư</h1>
<p class="description">{LEAD}</p>
<article class="fck_detail"><p>{BODY[0]}</p><p>{BODY[1]}</p></article>
<aside><p class="teaser">{LEAD}</p></aside>
</body></html>"""


def _parts(html: str) -> tuple[BeautifulSoup, PageFlow]:
    soup = BeautifulSoup(html, "html.parser")
    return soup, PageFlow(soup)


def test_the_lead_outside_the_extracted_element_is_found_by_the_page_description() -> None:
    soup, flow = _parts(ARTICLE)
    assert missing_lead(soup, flow, "\n".join(BODY), [LEAD]) == LEAD


def test_a_lead_with_the_outlet_s_signature_before_it() -> None:
    html = ARTICLE.replace(f'<p class="description">{LEAD}</p>', f'<h2 class="sapo">(Dân trí) - {LEAD}</h2>')
    soup, flow = _parts(html)
    assert missing_lead(soup, flow, "\n".join(BODY), [LEAD]) == f"(Dân trí) - {LEAD}"


def test_a_truncated_description_still_finds_its_lead() -> None:
    soup, flow = _parts(ARTICLE)
    assert missing_lead(soup, flow, "\n".join(BODY), [LEAD[:70] + "..."]) == LEAD


def test_no_lead_when_the_text_has_it_or_the_description_is_only_printed_after_the_body() -> None:
    soup, flow = _parts(ARTICLE)
    assert missing_lead(soup, flow, "\n".join([LEAD, *BODY]), [LEAD]) == ""
    after = ARTICLE.replace(f'<p class="description">{LEAD}</p>', "")  # only the <aside> teaser says it
    soup, flow = _parts(after)
    assert missing_lead(soup, flow, "\n".join(BODY), [LEAD]) == ""
    assert missing_lead(soup, flow, "\n".join(BODY), ["Quá ngắn"]) == ""


HOME = "<html><body>" + "".join(
    f'<div><h3><a href="/a{i}">Tin số {i}: Bộ trưởng nói việc phát hiện là bước tiến quan trọng</a></h3>'
    f"<p>Tóm tắt bài {i}: đoàn công tác đã làm việc với địa phương trong ba ngày liền.</p></div>"
    for i in range(6)
) + "</body></html>"


def test_teaser_summaries_make_a_list_and_article_paragraphs_do_not() -> None:
    soup, flow = _parts(HOME)
    summaries = "\n".join(f"Tóm tắt bài {i}: đoàn công tác đã làm việc với địa phương trong ba ngày liền." for i in range(6))
    assert teaser_share(flow, summaries) == 1.0
    soup, flow = _parts(ARTICLE)
    assert teaser_share(flow, "\n".join([LEAD, *BODY])) == 0.0
    assert teaser_share(flow, "") == 0.0

"""What main-content extraction gets wrong on news pages: the lead printed above the body, and
lists of teasers taken for an article. Decided from the page's own structure, for any site."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from desktop.ingest.page_flow import PageFlow, squeeze

# Elements that hold a lead ("sapo") as Vietnamese news pages print it.
_LEAD_TAGS = ("p", "h2", "h3", "div", "span", "strong", "em", "section")
_NOT_LEAD_PARENTS = {"a", "nav", "header", "footer", "aside", "button", "label", "figcaption"}
# Words an outlet prints before its lead but not in its description tag: "(Dân trí) - ", "GDVN- ".
_MAX_PREFIX = 40
_TRUNCATION = ("...", "…")


def _paragraphs(text: str) -> list[str]:
    return [line for line in (squeeze(line) for line in text.split("\n")) if len(line.split()) >= 4]


def _positions(flow: PageFlow, paragraphs: list[str]) -> list[int]:
    """Where each paragraph begins on the page, in order; paragraphs not found are left out."""
    found: list[int] = []
    cursor = 0
    for paragraph in paragraphs:
        position = flow.find(paragraph[:60], cursor)
        if position < 0:
            position = flow.find(paragraph[:60])
        if position >= 0:
            found.append(position)
            cursor = position + 1
    return found


def teaser_share(flow: PageFlow, text: str) -> float:
    """The share of the extracted paragraphs that each follow a teaser's headline link: near 1
    on a home or section page, where the "article" is the teasers' summaries; near 0 on an
    article, whose paragraphs follow one another (an inline "related" link at most)."""
    positions = _positions(flow, _paragraphs(text))
    if not positions:
        return 0.0
    return sum(flow.follows_headline_link(p) for p in positions) / len(positions)


def _matches(candidate: str, description: str) -> bool:
    if candidate == description:
        return True
    if description in candidate:
        return len(candidate) - len(description) <= _MAX_PREFIX
    stem = description.rstrip(".…").rstrip()
    return description.endswith(_TRUNCATION) and len(stem) >= 60 and candidate.startswith(stem)


def _lead_element(soup: BeautifulSoup, descriptions: list[str]) -> Tag | None:
    for description in descriptions:
        for tag in soup.find_all(_LEAD_TAGS):
            if any(isinstance(p, Tag) and p.name in _NOT_LEAD_PARENTS for p in tag.parents):
                continue
            if tag.find(_LEAD_TAGS) is not None:  # the innermost element that says it
                continue
            if _matches(squeeze(tag.get_text(" ")), description):
                return tag
    return None


def missing_lead(soup: BeautifulSoup, flow: PageFlow, text: str, descriptions: list[str]) -> str:
    """The article's lead as the page prints it, when the extracted text lacks it: the element
    that says the page's own description, printed before the first extracted paragraph."""
    descriptions = [d for d in (squeeze(d) for d in descriptions) if len(d.split()) >= 6]
    if not descriptions:
        return ""
    folded = squeeze(text)
    element = _lead_element(soup, descriptions)
    if element is None:
        return ""
    lead = squeeze(element.get_text(" "))
    if lead in folded:
        return ""
    positions = _positions(flow, _paragraphs(text))
    at = flow.find(lead)
    if at < 0 or not positions or at > positions[0]:
        return ""
    return lead

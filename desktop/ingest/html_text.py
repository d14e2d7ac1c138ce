"""Web pages (their article) and HTML from the clipboard (all of it) -> text plus the page's metadata.

The HTML is only parsed, never rendered: scripts, styles and embedded objects are dropped
unread, so nothing in a page can run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction, Tag

from desktop.domain.errors import ImportFailure
from desktop.domain.message import Message

# Elements whose content is never text for a reader.
_DROP = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "head", "math")
# Elements that start a new line.
_BLOCK = {
    "p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "li", "ul", "ol", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "figure", "figcaption", "form",
    "fieldset", "legend", "address", "hr", "caption", "details", "summary", "center",
}
_BOUNDARY = "\x1e"  # a block edge: runs of them are one line break; <br> is a hard "\n"
_BREAKS = re.compile("[\x1e\n][\x1e\n \t]*")
_SKIPPED_STRINGS = (Comment, Doctype, Declaration, ProcessingInstruction)
_CELL = {"td", "th"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_-]+)""", re.I)


class NotAnArticle(ImportFailure):
    """A web page that lists articles instead of holding one."""


@dataclass
class HtmlText:
    text: str
    hints: dict[str, str] = field(default_factory=dict)  # title, author, published, source


def declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:8192])
    return match.group(1).decode("ascii").lower() if match else None


def _meta(soup: BeautifulSoup, *names: str) -> str:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if isinstance(tag, Tag):
            content = tag.get("content")
            if isinstance(content, str) and content.strip():
                return " ".join(content.split())
    return ""


def _hints(soup: BeautifulSoup) -> dict[str, str]:
    hints = {
        "title": _meta(soup, "og:title", "twitter:title"),
        "author": _meta(soup, "author", "article:author", "dc.creator"),
        "published": _meta(soup, "article:published_time", "pubdate", "date", "dc.date"),
        "source": _meta(soup, "og:site_name", "application-name"),
    }
    if not hints["title"] and soup.title is not None and soup.title.string:
        hints["title"] = " ".join(soup.title.string.split())
    return {k: v for k, v in hints.items() if v}


def _walk(node: Tag, out: list[str], pre: bool = False) -> None:
    for child in node.children:
        if isinstance(child, _SKIPPED_STRINGS):
            continue
        if isinstance(child, Tag):
            name = child.name.lower() if child.name else ""
            if name in _DROP or name == "img":  # alt texts only repeat captions and titles
                continue
            if name == "br":
                out.append("\n")
                continue
            block = name in _BLOCK
            if block:
                out.append(_BOUNDARY)
            _walk(child, out, pre or name == "pre")
            if block:
                out.append(_BOUNDARY)
            elif name in _CELL:
                out.append("\t")
        elif pre:
            out.append(str(child))
        else:
            # Source line breaks inside running text are spaces, as a browser shows them.
            out.append(re.sub(r"\s+", " ", str(child)))


def _line_breaks(match: re.Match[str]) -> str:
    run = match.group(0)
    hard = run.count("\n")
    return "\n" * (hard + 1 if _BOUNDARY in run else hard)


# A page with this many links, or with navigation, is a site page: menus and teasers around an article.
_SITE_LINKS = 20


def is_site_page(soup: BeautifulSoup) -> bool:
    if soup.find(["nav", "header", "footer", "aside"]) is not None:
        return True
    return len(soup.find_all("a", href=True)) >= _SITE_LINKS


# A page where this share of the extracted paragraphs each follow a teaser's headline link is a list
# of teasers. Measured: 0.00 on the 11 real articles of tests/data, 0.51-1.00 on 7 of the 8 home and
# section pages (the eighth, 0.11, has too little text for an article and is refused for that).
_TEASER_SHARE = 1 / 3


def _same_headline(line: str, headline: str) -> bool:
    """The extracted text already opens with the headline, maybe with the site's name after it."""
    line, headline = line.casefold(), headline.casefold()
    return bool(line) and (line == headline or line.startswith(headline) or headline.startswith(line)) and (
        len(line) <= len(headline) + 40
    )


def page_to_text(html: str, url: str = "") -> HtmlText:
    """A saved or fetched web page: its article (main content only) and its own metadata.
    Raises NotAnArticle for a section index or home page, NoText when nothing is readable."""
    from desktop.ingest.article_parts import missing_lead, teaser_share
    from desktop.ingest.main_content import looks_like_index, main_text
    from desktop.ingest.page_flow import PageFlow, squeeze
    from desktop.ingest.page_metadata import page_descriptions, page_metadata, says_article

    soup = BeautifulSoup(html, "html.parser")
    if not is_site_page(soup):
        # A document saved as HTML (from Word, an e-mail, a simple page): all of it is the text.
        page = html_to_text(html)
        return HtmlText(page.text, {**page.hints, "url": url} if url else page.hints)
    hints = page_metadata(soup, url)
    text = main_text(html)
    flow = PageFlow(soup)
    if not says_article(soup) and (looks_like_index(html) or teaser_share(flow, text) >= _TEASER_SHARE):
        raise NotAnArticle(
            Message(
                "trang này là trang mục lục hoặc trang chủ (chỉ có danh sách tiêu đề các bài), không phải một bài viết; "
                "hãy mở bài cần đọc rồi lưu hoặc nhập địa chỉ của chính bài đó",
                code="not_an_article",
            )
        )
    if not text.strip():
        # The extractor found nothing: fall back to every line of the page, cleaned by the line rules.
        fallback = html_to_text(html)
        return HtmlText(fallback.text, {**fallback.hints, **hints})
    # The lead printed above the body (outside the element the extractor chose) is the article's.
    lead = missing_lead(soup, flow, text, page_descriptions(soup))
    if lead:
        text = lead + "\n" + text
    # The headline heads the text, as in every other import, so that page cleaning takes it as the
    # title line instead of taking the first paragraph for one.
    headline = hints.get("headline", "")
    if headline and not _same_headline(squeeze(text.split("\n", 1)[0]), headline):
        text = headline + "\n" + text
    return HtmlText(text, hints)


def html_to_text(html: str | bytes) -> HtmlText:
    soup = BeautifulSoup(html, "html.parser")
    hints = _hints(soup)
    for name in _DROP:
        for tag in soup.find_all(name):
            tag.decompose()
    parts: list[str] = []
    _walk(soup, parts)
    text = _BREAKS.sub(_line_breaks, "".join(parts))
    lines = [" ".join(line.replace("\xa0", " ").split()) for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return HtmlText(text, hints)

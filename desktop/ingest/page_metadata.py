"""A web page's own account of itself: headline, publication date, author, site, address."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from desktop.ingest.dates import vietnam_time
from desktop.ingest.outlets import known_outlet

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "report", "analysisnewsarticle"}
# "Tiêu đề - VnExpress", "Tiêu đề | Báo Dân trí": the site's name appended to <title>.
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—]\s+[^|\-–—]{2,40}$")


def _meta(soup: BeautifulSoup, *names: str) -> str:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            tag = soup.find("meta", attrs={attr: name})
            if isinstance(tag, Tag):
                content = tag.get("content")
                if isinstance(content, str) and content.strip():
                    return " ".join(content.split())
    return ""


def _json_ld(soup: BeautifulSoup) -> Iterator[dict[str, Any]]:
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def _ld_article(soup: BeautifulSoup) -> dict[str, Any] | None:
    for item in _json_ld(soup):
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
            return item
    return None


def _name(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(n for n in (_name(v) for v in value) if n)
    if isinstance(value, dict):
        return _name(value.get("name", ""))
    return " ".join(str(value).split()) if isinstance(value, str) else ""


def _text(tag: Tag | None) -> str:
    return " ".join(tag.get_text(" ").split()) if isinstance(tag, Tag) else ""


def _time_tag(soup: BeautifulSoup) -> str:
    for tag in soup.find_all("time"):
        value = tag.get("datetime") if isinstance(tag, Tag) else None
        if isinstance(value, str) and re.match(r"(19|20)\d\d-\d\d-\d\d", value.strip()):
            return value.strip()
    return ""


def _own_address(soup: BeautifulSoup) -> str:
    """A saved page's address as the page states it (canonical link, og:url), if absolute http(s)."""
    link = soup.find("link", rel="canonical", href=True)
    candidates = [link.get("href") if isinstance(link, Tag) else "", _meta(soup, "og:url")]
    for candidate in candidates:
        if isinstance(candidate, str) and re.match(r"^https?://[^/\s]+\.[^/\s]+", candidate.strip()):
            return candidate.strip()
    return ""


def page_metadata(soup: BeautifulSoup, url: str = "") -> dict[str, str]:
    """{"headline", "page_published", "author", "site", "url"}, each when the page says it. A saved
    page (no `url`) is known by the address it states for itself."""
    url = url or _own_address(soup)
    article = _ld_article(soup)
    headline = _meta(soup, "og:title", "twitter:title") or (_name(article.get("headline")) if article else "")
    h1 = _text(soup.find("h1"))
    if not headline and h1:
        headline = h1
    if not headline and soup.title is not None:
        headline = _TITLE_SUFFIX.sub("", " ".join(soup.title.get_text(" ").split()))
    published = _meta(soup, "article:published_time", "datePublished", "pubdate", "publishdate", "dc.date.issued", "date")
    if not published and article:
        published = _name(article.get("datePublished", ""))
    if not published:
        published = _time_tag(soup)
    site = _meta(soup, "og:site_name", "application-name")
    if not site and article:
        site = _name(article.get("publisher", ""))
    host = (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
    if host and not (site and known_outlet(site)):
        site = known_outlet(host) or site or host
    author = _meta(soup, "article:author", "author", "dc.creator")
    if article and not author:
        author = _name(article.get("author", ""))
    if author.startswith("http") or (site and known_outlet(author) and known_outlet(author) == known_outlet(site)):
        author = ""  # a profile link, or the site naming itself as author
    hints = {"headline": headline, "page_published": vietnam_time(published) if published else "", "author": author, "site": site, "url": url}
    return {k: v for k, v in hints.items() if v}


def page_descriptions(soup: BeautifulSoup) -> list[str]:
    """The page's own summaries of itself (description tags, the JSON-LD article's), most specific first."""
    article = _ld_article(soup)
    found = [_name(article.get("description", "")) if article else ""]
    found += [_meta(soup, name) for name in ("og:description", "description", "twitter:description")]
    return list(dict.fromkeys(d for d in found if d))


def says_article(soup: BeautifulSoup) -> bool:
    """Whether the page declares itself an article (JSON-LD type, or a publication time)."""
    return _ld_article(soup) is not None or bool(_meta(soup, "article:published_time"))

"""The citation line under an excerpt: article title, source, author, date, paragraph."""

from __future__ import annotations

from desktop.domain.article import ArticleMeta
from desktop.export.excerpt import Excerpt
from desktop.export.vietnamese_dates import short_date


def byline(meta: ArticleMeta) -> str:
    """Source, author and date joined by " · ", only the parts that are known."""
    parts = [meta.source.strip(), meta.author.strip(), short_date(meta.published)]
    return " · ".join(p for p in parts if p)


def paragraphs_label(first: int, last: int | None = None) -> str:
    """"đoạn 5", or "đoạn 5-7" for a passage over several paragraphs."""
    return f"đoạn {first}" if last is None or last <= first else f"đoạn {first}-{last}"


def citation_line(
    meta: ArticleMeta, paragraph: str, *, with_article: bool = True, prefix: str = "Nguồn: "
) -> str:
    """Nguồn: “Tiêu đề”, Báo X, Tác giả, ngày 09/08/2021, đoạn 5. The article part is left
    out when the group heading already names the article."""
    parts: list[str] = []
    if with_article:
        title = " ".join(meta.title.split())
        if title:
            parts.append(f"“{title}”")
        parts.extend(" ".join(p.split()) for p in (meta.source, meta.author) if p.strip())
        day = short_date(meta.published)
        if day:
            parts.append(f"ngày {day}")
    parts.append(paragraph)
    text = ", ".join(parts)
    return f"{prefix}{text}." if with_article else f"{text[0].upper()}{text[1:]}."


def citation_text(excerpt: Excerpt, *, with_article: bool = True) -> str:
    return citation_line(
        excerpt.article, paragraphs_label(excerpt.paragraph_no), with_article=with_article
    )

"""The citation line under an excerpt: article title, source, author, date, paragraph."""

from __future__ import annotations

from desktop.domain.article import ArticleMeta
from desktop.export.excerpt import Excerpt
from desktop.export.vietnamese_dates import short_date


def byline(meta: ArticleMeta) -> str:
    """Source, author and date joined by " · ", only the parts that are known."""
    parts = [meta.source.strip(), meta.author.strip(), short_date(meta.published)]
    return " · ".join(p for p in parts if p)


def citation_text(excerpt: Excerpt, *, with_article: bool = True) -> str:
    """Nguồn: “Tiêu đề”, Báo X, Tác giả, ngày 09/08/2021, đoạn 5. The article part is left
    out when the group heading already names the article."""
    meta = excerpt.article
    parts: list[str] = []
    if with_article:
        if meta.title.strip():
            parts.append(f"“{meta.title.strip()}”")
        parts.extend(p.strip() for p in (meta.source, meta.author) if p.strip())
        day = short_date(meta.published)
        if day:
            parts.append(f"ngày {day}")
    parts.append(f"đoạn {excerpt.paragraph_no}")
    text = ", ".join(parts)
    return f"Nguồn: {text}." if with_article else f"{text[0].upper()}{text[1:]}."

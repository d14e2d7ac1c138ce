"""Plain domain objects shared by every layer."""

from __future__ import annotations

from desktop.domain.annotation import (
    Annotation,
    TextPositionSelector,
    TextQuoteSelector,
)
from desktop.domain.article import Article, ArticleMeta, ArticleText, RemovedLine
from desktop.domain.colors import HIGHLIGHT_COLORS, HighlightColor, color_by_key
from desktop.domain.errors import UserError
from desktop.domain.tag import Tag

__all__ = [
    "HIGHLIGHT_COLORS",
    "Annotation",
    "Article",
    "ArticleMeta",
    "ArticleText",
    "HighlightColor",
    "RemovedLine",
    "Tag",
    "TextPositionSelector",
    "TextQuoteSelector",
    "UserError",
    "color_by_key",
]

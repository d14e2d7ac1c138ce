"""A brief ready to write: options, the grouped outline, the excerpts and the appendix texts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from desktop.domain.annotation import Annotation
from desktop.domain.article import ArticleMeta
from desktop.domain.colors import HIGHLIGHT_COLORS, color_by_key
from desktop.export.excerpt import Excerpt, article_sort_key, name_sort_key
from desktop.export.excerpt_grouping import UNTAGGED_TITLE, ExcerptGroup
from desktop.export.export_options import BriefOptions, GroupBy
from desktop.export.outline_numbering import numbered_groups


@dataclass(frozen=True)
class AppendixArticle:
    meta: ArticleMeta
    clean_text: str
    annotations: tuple[Annotation, ...]  # the exported ones, highlighted in the appendix


@dataclass
class Brief:
    options: BriefOptions
    groups: list[ExcerptGroup]
    excerpts: list[Excerpt]  # each exported annotation once, in reading order
    appendix: list[AppendixArticle] = field(default_factory=list)
    color_meanings: dict[str, str] = field(default_factory=dict)  # the user's legend, if renamed

    def color_meaning(self, key: str) -> str:
        return self.color_meanings.get(key) or color_by_key(key).default_meaning

    @property
    def cites_article_in_heading(self) -> bool:
        return self.options.group_by is GroupBy.ARTICLE

    def used_colors(self) -> list[str]:
        """Colour keys the excerpts use, in the palette's order: the brief's legend."""
        used = {e.color for e in self.excerpts}
        return [c.key for c in HIGHLIGHT_COLORS if c.key in used]

    def tag_counts(self) -> list[tuple[str, int]]:
        """Excerpts per tag (full "cha/con" name); untagged excerpts last."""
        counts: Counter[str] = Counter()
        untagged = 0
        for excerpt in self.excerpts:
            counts.update(excerpt.tag_names)
            untagged += not excerpt.tag_names
        rows = sorted(counts.items(), key=lambda item: name_sort_key(item[0]))
        return rows + ([(UNTAGGED_TITLE, untagged)] if untagged else [])

    def article_counts(self) -> list[tuple[ArticleMeta, int]]:
        counts: Counter[str] = Counter(e.article.id for e in self.excerpts)
        metas = {e.article.id: e.article for e in self.excerpts}
        return [
            (metas[i], counts[i])
            for i in sorted(metas, key=lambda i: (*article_sort_key(metas[i]), i))
        ]

    def outline(self) -> list[tuple[int, str, int]]:
        """(level, numbered heading, excerpt count) for each group, as the brief prints them."""
        return [(g.level, text, g.count()) for g, text in numbered_groups(self.groups)]

    def article_count(self) -> int:
        return len({e.article.id for e in self.excerpts})

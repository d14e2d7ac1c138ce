"""A brief ready to write: options, numbered sections, the excerpts and the appendix texts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from desktop.domain.annotation import Annotation
from desktop.domain.article import ArticleMeta
from desktop.domain.colors import HIGHLIGHT_COLORS, color_by_key
from desktop.export.excerpt import Excerpt, article_sort_key, name_sort_key
from desktop.export.excerpt_grouping import UNTAGGED_TITLE, ExcerptGroup
from desktop.export.export_options import BriefOptions, GroupBy
from desktop.export.outline_numbering import numbered_groups

SUMMARY_TITLE = "Tổng quan"
APPENDIX_TITLE = "Phụ lục: toàn văn bài viết"
CONTENTS_TITLE = "MỤC LỤC"


@dataclass(frozen=True)
class AppendixArticle:
    meta: ArticleMeta
    clean_text: str
    annotations: tuple[Annotation, ...]  # the exported ones, highlighted in the appendix


@dataclass(frozen=True)
class BriefItem:
    """An excerpt as one section lists it. Each excerpt has one number in the whole brief and
    is printed in full once, where it first appears; other sections refer to that number."""

    excerpt: Excerpt
    number: int
    first: bool
    home: str  # heading of the section that prints it in full


@dataclass(frozen=True)
class BriefSection:
    group: ExcerptGroup
    heading: str  # numbered: "I. ĐẠO ĐỨC CÔNG VỤ", "1. Nêu gương"
    items: tuple[BriefItem, ...]

    @property
    def level(self) -> int:
        return min(max(self.group.level, 1), 3)


@dataclass(frozen=True)
class TocEntry:
    level: int
    text: str


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
        used = {color_by_key(e.color).key for e in self.excerpts}
        return [c.key for c in HIGHLIGHT_COLORS if c.key in used]

    # --- numbering -------------------------------------------------------------------
    @cached_property
    def sections(self) -> tuple[BriefSection, ...]:
        """The outline as printed, each excerpt numbered once in order of first appearance."""
        numbers: dict[str, int] = {}
        homes: dict[str, str] = {}
        sections = []
        for group, heading in numbered_groups(self.groups):
            items = []
            for excerpt in group.excerpts:
                key = excerpt.annotation.id
                first = key not in numbers
                if first:
                    numbers[key] = len(numbers) + 1
                    homes[key] = heading
                items.append(BriefItem(excerpt, numbers[key], first, homes[key]))
            sections.append(BriefSection(group, heading, tuple(items)))
        return tuple(sections)

    def numbered_excerpts(self) -> list[tuple[int, Excerpt]]:
        """Every excerpt once, with its number in the brief, in that order (CSV rows)."""
        return [(i.number, i.excerpt) for s in self.sections for i in s.items if i.first]

    def repeated_mentions(self) -> int:
        """How many times an excerpt is listed again (by reference) under another group."""
        return sum(not i.first for s in self.sections for i in s.items)

    # --- counts ----------------------------------------------------------------------
    def tag_counts(self) -> list[tuple[str, int]]:
        """Excerpts per tag (full "cha/con" name); untagged excerpts last."""
        counts: Counter[str] = Counter()
        untagged = 0
        for excerpt in self.excerpts:
            counts.update(excerpt.tag_names)
            untagged += not excerpt.tag_names
        rows = sorted(counts.items(), key=lambda item: name_sort_key(item[0]))
        return rows + ([(UNTAGGED_TITLE, untagged)] if untagged else [])

    def tag_mentions(self) -> int:
        """The sum of the per-tag table: larger than the excerpt count when excerpts carry
        several tags, which the brief says in words."""
        return sum(count for _, count in self.tag_counts())

    def article_counts(self) -> list[tuple[ArticleMeta, int]]:
        counts: Counter[str] = Counter(e.article.id for e in self.excerpts)
        metas = {e.article.id: e.article for e in self.excerpts}
        return [
            (metas[i], counts[i])
            for i in sorted(metas, key=lambda i: (*article_sort_key(metas[i]), i))
        ]

    def outline(self) -> list[tuple[int, str, int]]:
        """(level, numbered heading, excerpts listed) for each section, as the brief prints them."""
        return [(s.group.level, s.heading, s.group.count()) for s in self.sections]

    def article_count(self) -> int:
        return len({e.article.id for e in self.excerpts})

    def count_line(self) -> str:
        """The subtitle: "(Gồm 13 trích dẫn từ 4 bài viết)"."""
        return f"(Gồm {len(self.excerpts)} trích dẫn từ {self.article_count()} bài viết)"

    def mentions_note(self) -> str:
        """Why the per-tag table adds up to more than the excerpts, or "" when it does not."""
        mentions = self.tag_mentions()
        if mentions <= len(self.excerpts):
            return ""
        note = (
            f"Một trích dẫn có thể mang nhiều thẻ: bảng theo thẻ có {mentions} lượt cho "
            f"{len(self.excerpts)} trích dẫn."
        )
        if self.options.group_by is GroupBy.TAG and self.repeated_mentions():
            note += (
                " Mỗi trích dẫn được in đầy đủ một lần với số thứ tự của nó; "
                "ở các mục khác chỉ ghi dẫn chiếu đến số đó."
            )
        return note

    # --- table of contents -----------------------------------------------------------
    def toc_entries(self) -> list[TocEntry]:
        """The headings a table of contents lists, in the order the brief prints them."""
        entries: list[TocEntry] = []
        if self.options.include_summary:
            entries.append(TocEntry(1, SUMMARY_TITLE))
        entries += [TocEntry(s.level, s.heading) for s in self.sections]
        if self.options.include_appendix and self.appendix:
            entries.append(TocEntry(1, APPENDIX_TITLE))
            entries += [
                TocEntry(2, appendix_heading(i, a)) for i, a in enumerate(self.appendix, start=1)
            ]
        return entries


def appendix_heading(number: int, article: AppendixArticle) -> str:
    return f"{number}. {article.meta.title or '(Không có tiêu đề)'}"


REFERENCE_QUOTE_CHARS = 90


def short_quote(text: str, limit: int = REFERENCE_QUOTE_CHARS) -> str:
    """The start of a passage, cut at a word and marked "…" when longer than `limit`."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(" ,;:.") + "…"


def cross_reference(item: BriefItem) -> str:
    """What follows the number where an excerpt appears again: where to read it in full."""
    return f"— đã in đầy đủ ở mục {item.home}."

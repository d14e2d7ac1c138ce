"""Excerpts grouped into an outline: by tag (with "cha/con" children), by article or by date."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.domain.tag import SEPARATOR
from desktop.export.excerpt import Excerpt, article_sort_key, excerpt_sort_key, name_sort_key
from desktop.export.excerpt_selection import tag_matches
from desktop.export.export_options import GroupBy
from desktop.export.vietnamese_dates import short_date

MAX_HEADING_LEVEL = 3
UNTAGGED_TITLE = "Chưa gắn thẻ"
UNDATED_TITLE = "Không rõ ngày đăng"


@dataclass
class ExcerptGroup:
    title: str
    level: int  # 1 = Heading 1
    excerpts: list[Excerpt] = field(default_factory=list)
    children: list[ExcerptGroup] = field(default_factory=list)
    article: str = ""  # the article id when grouped by article (its byline is printed once)

    def count(self) -> int:
        """Excerpts in this group and below (an excerpt under two child tags counts twice)."""
        return len(self.excerpts) + sum(child.count() for child in self.children)

    def walk(self) -> list[ExcerptGroup]:
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found


def group_excerpts(
    excerpts: Sequence[Excerpt], by: GroupBy, *, tag_filter: Sequence[str] = ()
) -> list[ExcerptGroup]:
    if by is GroupBy.ARTICLE:
        return _by_article(excerpts)
    if by is GroupBy.DATE:
        return _by_date(excerpts)
    return _by_tag(excerpts, tag_filter)


def _by_article(excerpts: Sequence[Excerpt]) -> list[ExcerptGroup]:
    groups: dict[str, ExcerptGroup] = {}
    metas = {}
    for excerpt in excerpts:
        meta = excerpt.article
        metas[meta.id] = meta
        group = groups.get(meta.id)
        if group is None:
            group = groups[meta.id] = ExcerptGroup(
                meta.title or "(Không có tiêu đề)", 1, article=meta.id
            )
        group.excerpts.append(excerpt)
    ordered = sorted(groups, key=lambda i: (*article_sort_key(metas[i]), i))
    for group in groups.values():
        group.excerpts.sort(key=excerpt_sort_key)
    return [groups[i] for i in ordered]


def _by_date(excerpts: Sequence[Excerpt]) -> list[ExcerptGroup]:
    groups: dict[str, ExcerptGroup] = {}
    for excerpt in excerpts:
        day = excerpt.date
        group = groups.get(day)
        if group is None:
            title = f"Ngày {short_date(day)}" if day else UNDATED_TITLE
            group = groups[day] = ExcerptGroup(title, 1)
        group.excerpts.append(excerpt)
    for group in groups.values():
        group.excerpts.sort(key=excerpt_sort_key)
    return [groups[d] for d in sorted(groups, key=lambda d: d or "9999")]


def _by_tag(excerpts: Sequence[Excerpt], tag_filter: Sequence[str]) -> list[ExcerptGroup]:
    root = ExcerptGroup("", 0)
    nodes: dict[str, ExcerptGroup] = {}
    untagged = ExcerptGroup(UNTAGGED_TITLE, 1)

    def node_for(name: str) -> ExcerptGroup:
        node = nodes.get(name)
        if node is not None:
            return node
        parent_name, _, leaf = name.rpartition(SEPARATOR)
        parent = node_for(parent_name) if parent_name else root
        node = nodes[name] = ExcerptGroup(leaf, min(parent.level + 1, MAX_HEADING_LEVEL))
        parent.children.append(node)
        return node

    for excerpt in excerpts:
        names = [n for n in excerpt.tag_names if not tag_filter or tag_matches(n, tag_filter)]
        if not names:
            untagged.excerpts.append(excerpt)
        for name in names:
            node_for(name).excerpts.append(excerpt)

    def tidy(group: ExcerptGroup) -> None:
        group.excerpts.sort(key=excerpt_sort_key)
        group.children.sort(key=lambda g: name_sort_key(g.title))
        for child in group.children:
            tidy(child)

    tidy(root)
    # Only ancestors of selected tags would be empty shells: hide them when filtering.
    top = root.children
    if tag_filter:
        top = [nodes[n] for n in sorted(set(tag_filter), key=name_sort_key) if n in nodes]
        top = _drop_nested(top)
        full_names = {id(node): name for name, node in nodes.items()}
        for group in top:
            # A child shown at the top keeps its parents in the title, or "Đầu tư" loses its meaning.
            group.title = full_names[id(group)].replace(SEPARATOR, " / ")
        for group in top:
            _relevel(group, 1)
    if untagged.excerpts:
        top = [*top, untagged]
    return top


def _drop_nested(groups: list[ExcerptGroup]) -> list[ExcerptGroup]:
    """When both "cha" and "cha/con" are selected, "cha/con" already appears under "cha"."""
    inside = {id(g) for top in groups for g in top.walk()[1:]}
    return [g for g in groups if id(g) not in inside]


def _relevel(group: ExcerptGroup, level: int) -> None:
    group.level = min(level, MAX_HEADING_LEVEL)
    for child in group.children:
        _relevel(child, level + 1)

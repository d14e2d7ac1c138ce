"""Library statistics for the overview charts, and the annotation filter each bar stands for."""

from __future__ import annotations

import calendar
import heapq
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from desktop.domain.annotation import Annotation
from desktop.domain.article import ArticleMeta
from desktop.domain.colors import HIGHLIGHT_COLORS
from desktop.domain.errors import UserError
from desktop.domain.message import Message
from desktop.domain.tag import Tag
from desktop.services.annotation_filter import AnnotationFilter
from desktop.text.collation import collation_key
from desktop.text.normalize import nfc

if TYPE_CHECKING:
    from desktop.services.container import Services

TOP_N = 12  # bars per chart: more do not fit a readable label under each
MAX_MONTHS = 24  # the time chart shows the last two years of activity at most
KEYPHRASE_ARTICLES = 300  # articles read for the key-phrase chart (about 25 ms each)

# Chart names: also what `filter_for` dispatches on.
BY_TAG = "by_tag"
BY_ARTICLE = "by_article"
BY_MONTH = "by_month"
BY_COLOR = "by_color"
KEYPHRASES = "keyphrases"
DOCUMENT_REFS = "document_refs"
BY_SOURCE = "by_source"

UNTAGGED_KEY = ""  # the "Chưa gắn thẻ" bar of the per-tag chart
UNKNOWN_SOURCE_LABEL = Message("Không rõ nguồn")
UNTAGGED_LABEL = Message("Chưa gắn thẻ")


@dataclass(frozen=True)
class ChartBar:
    """One bar: `key` identifies what it counts (a tag id, an article id, "2021-08", a colour
    key...), `label` is shown under it, `article_ids` are the articles behind article-level bars."""

    key: str
    label: str
    count: int
    article_ids: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class LibraryOverview:
    article_count: int
    annotation_count: int
    tag_count: int
    by_tag: tuple[ChartBar, ...] = ()
    by_article: tuple[ChartBar, ...] = ()
    by_month: tuple[ChartBar, ...] = ()
    by_color: tuple[ChartBar, ...] = ()
    keyphrases: tuple[ChartBar, ...] = ()
    document_refs: tuple[ChartBar, ...] = ()
    by_source: tuple[ChartBar, ...] = ()

    def chart(self, name: str) -> tuple[ChartBar, ...]:
        return tuple(getattr(self, name))


def month_label(month: str) -> str:
    """"2021-08" -> "08/2021", the way Vietnamese write a month."""
    year, _, mon = month.partition("-")
    return f"{mon}/{year}"


def _month_range(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` ("YYYY-MM"), so quiet months show as zero bars."""
    year, mon = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{mon:02d}" <= last:
        months.append(f"{year:04d}-{mon:02d}")
        year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)
    return months


def _top(counter: Counter[str], n: int = TOP_N, label: dict[str, str] | None = None) -> list[tuple[str, int]]:
    # Ties broken by what the user reads (then the key), so the chart is the same on every run.
    names = label or {}
    return sorted(
        ((k, c) for k, c in counter.items() if c > 0),
        key=lambda kc: (-kc[1], collation_key(names.get(kc[0], kc[0])), kc[0]),
    )[:n]


@dataclass(frozen=True)
class LibrarySnapshot:
    """The library's rows at one instant: immutable, so the charts can be computed from it on a
    worker thread while the user keeps editing."""

    metas: tuple[ArticleMeta, ...]
    annotations: tuple[Annotation, ...]
    tags: tuple[Tag, ...]
    legend: dict[str, str]


class OverviewService:
    def __init__(self, services: Services) -> None:
        self._services = services

    def snapshot(self) -> LibrarySnapshot:
        """Cheap (the services keep these lists in memory): take it on the GUI thread."""
        services = self._services
        return LibrarySnapshot(
            metas=tuple(services.library.list_articles()),
            annotations=tuple(services.annotations.all_annotations()),
            tags=tuple(services.tags.list_tags()),
            legend=dict(services.tags.color_legend()),
        )

    def overview(self, *, top_n: int = TOP_N, with_keyphrases: bool = False) -> LibraryOverview:
        """Every chart of the overview, computed once from the library as it is now. Key phrases
        take seconds on a large library: the GUI asks for them apart, off the GUI thread."""
        view = self.compute(self.snapshot(), top_n=top_n)
        if with_keyphrases:
            view = replace(view, keyphrases=tuple(self.keyphrase_bars(self.keyphrase_sample(), top_n)))
        return view

    @classmethod
    def compute(cls, snap: LibrarySnapshot, *, top_n: int = TOP_N) -> LibraryOverview:
        """The charts of a snapshot (all but key phrases). Pure: safe on any thread."""
        metas, annotations, tags = list(snap.metas), list(snap.annotations), list(snap.tags)
        titles = {m.id: m.title for m in metas}
        return LibraryOverview(
            article_count=len(metas),
            annotation_count=len(annotations),
            tag_count=len(tags),
            by_tag=tuple(cls._by_tag(annotations, tags, top_n)),
            by_article=tuple(cls._by_article(annotations, titles, top_n)),
            by_month=tuple(cls._by_month(annotations)),
            by_color=tuple(cls._by_color(annotations, snap.legend)),
            document_refs=tuple(cls._document_refs(metas, top_n)),
            by_source=tuple(cls._by_source(metas, top_n)),
        )

    # --- annotation charts ------------------------------------------------------------
    @staticmethod
    def _by_tag(annotations: list[Any], tags: list[Any], top_n: int) -> list[ChartBar]:
        # A parent tag counts its children's annotations too: that is what clicking it shows.
        names = {t.id: t.name for t in tags}
        # Each tag with its ancestors ("a/b/c" -> "a/b/c", "a/b", "a"), once per tag, not per annotation.
        by_name = {t.name: t.id for t in tags}
        lineage: dict[str, frozenset[str]] = {}
        for t in tags:
            parts = t.name.split("/")
            lineage[t.id] = frozenset(by_name["/".join(parts[:i])] for i in range(1, len(parts) + 1) if "/".join(parts[:i]) in by_name)
        counts: Counter[str] = Counter()
        untagged = 0
        for a in annotations:
            if not a.tags:
                untagged += 1
                continue
            counted: set[str] = set()
            for tag_id in a.tags:
                counted |= lineage.get(tag_id, frozenset())
            counts.update(counted)
        bars = [ChartBar(tag_id, names[tag_id], n) for tag_id, n in _top(counts, top_n, names)]
        if untagged:
            bars.append(ChartBar(UNTAGGED_KEY, UNTAGGED_LABEL, untagged))
        return bars

    @staticmethod
    def _by_article(annotations: list[Any], titles: dict[str, str], top_n: int) -> list[ChartBar]:
        counts = Counter(a.article_id for a in annotations if a.article_id in titles)
        return [ChartBar(aid, titles[aid], n, frozenset({aid})) for aid, n in _top(counts, top_n, titles)]

    @staticmethod
    def _by_month(annotations: list[Any]) -> list[ChartBar]:
        counts = Counter(a.created[:7] for a in annotations if len(a.created) >= 7)
        if not counts:
            return []
        months = _month_range(min(counts), max(counts))[-MAX_MONTHS:]
        return [ChartBar(m, month_label(m), counts.get(m, 0)) for m in months]

    @staticmethod
    def _by_color(annotations: list[Any], legend: dict[str, str]) -> list[ChartBar]:
        counts = Counter(a.color for a in annotations)
        return [ChartBar(c.key, legend.get(c.key, c.default_meaning), counts[c.key]) for c in HIGHLIGHT_COLORS if counts[c.key]]

    # --- library charts -----------------------------------------------------------------
    def keyphrase_sample(self, limit: int = KEYPHRASE_ARTICLES) -> list[str]:
        """The articles whose key phrases the chart counts: those the user annotated most first,
        then the most recently imported (a whole large library would take minutes)."""
        annotated = self._services.annotations.counts_by_article()
        chosen = sorted(annotated, key=lambda aid: (-annotated[aid], aid))[:limit]
        others = (m for m in self._services.library.list_articles() if m.id not in annotated)
        recent = heapq.nlargest(limit - len(chosen), others, key=lambda m: (m.imported_at, m.id))
        return chosen + [m.id for m in recent]

    def keyphrase_bars(self, article_ids: list[str], top_n: int = TOP_N) -> list[ChartBar]:
        """Glossary terms and salient phrases found in the most of these articles. Reads texts
        and computes afresh (no shared caches touched), so it may run on a worker thread."""
        from desktop.services.keyphrase_service import GLOSSARY, SALIENT

        service = self._services.keyphrases
        store = self._services.store
        articles: dict[str, set[str]] = {}
        spelling: dict[str, Counter[str]] = {}
        for article_id in article_ids:
            try:
                meta, text = store.get_article_meta(article_id), store.get_article_text(article_id)
            except UserError:  # deleted meanwhile: count the others
                continue
            for phrase in service.keyphrases_of_text(text.clean_text, meta.title):
                if phrase.kind not in (GLOSSARY, SALIENT):
                    continue
                key = nfc(phrase.key).casefold()  # "Cán bộ" and "cán bộ" are one phrase; "bán" is not "bạn"
                articles.setdefault(key, set()).add(article_id)
                spelling.setdefault(key, Counter())[phrase.text] += 1
        counts = Counter({key: len(ids) for key, ids in articles.items()})
        labels = {key: forms.most_common(1)[0][0] for key, forms in spelling.items()}
        return [ChartBar(labels[k], labels[k], n, frozenset(articles[k])) for k, n in _top(counts, top_n, labels)]

    @staticmethod
    def _document_refs(metas: list[Any], top_n: int) -> list[ChartBar]:
        # Counted in articles, not mentions: one article citing a decree ten times is one voice.
        articles: dict[str, set[str]] = {}
        for m in metas:
            for ref in set(m.doc_refs):
                articles.setdefault(ref, set()).add(m.id)
        counts = Counter({ref: len(ids) for ref, ids in articles.items()})
        return [ChartBar(ref, ref, n, frozenset(articles[ref])) for ref, n in _top(counts, top_n)]

    @staticmethod
    def _by_source(metas: list[Any], top_n: int) -> list[ChartBar]:
        articles: dict[str, set[str]] = {}
        for m in metas:
            articles.setdefault(m.source.strip(), set()).add(m.id)
        counts = Counter({src: len(ids) for src, ids in articles.items()})
        return [
            ChartBar(src, src or UNKNOWN_SOURCE_LABEL, n, frozenset(articles[src])) for src, n in _top(counts, top_n)
        ]

    # --- from a bar to the annotations behind it ------------------------------------------
    @staticmethod
    def filter_for(chart: str, bar: ChartBar) -> AnnotationFilter:
        """The annotations-browser filter that shows what a clicked bar counts."""
        if chart == BY_TAG:
            if bar.key == UNTAGGED_KEY:
                return AnnotationFilter(untagged_only=True)
            return AnnotationFilter(tag_ids=frozenset({bar.key}))
        if chart == BY_ARTICLE:
            return AnnotationFilter(article_ids=frozenset({bar.key}))
        if chart == BY_MONTH:
            year, mon = int(bar.key[:4]), int(bar.key[5:7])
            last_day = calendar.monthrange(year, mon)[1]
            return AnnotationFilter(date_from=f"{bar.key}-01", date_to=f"{bar.key}-{last_day:02d}")
        if chart == BY_COLOR:
            return AnnotationFilter(colors=frozenset({bar.key}))
        if chart in (KEYPHRASES, DOCUMENT_REFS, BY_SOURCE):
            return AnnotationFilter(article_ids=bar.article_ids)
        raise ValueError(f"unknown chart: {chart}")

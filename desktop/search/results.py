"""What a search returns: ranked articles and annotations, each with a marked snippet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from desktop.search.query import ParsedQuery
from desktop.search.snippets import Snippet


@dataclass(frozen=True)
class ArticleHit:
    article_id: str
    title: str
    source: str
    published: str | None
    score: float  # higher is better: words together as typed, then near, then apart; each by BM25
    snippet: Snippet
    title_marks: tuple[tuple[int, int], ...]  # hits in the title
    # Every hit of a long article costs a scan the result list does not need: found when asked.
    find_spans: Callable[[], list[tuple[int, int]]] = field(default=lambda: [], repr=False, compare=False)

    @cached_property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Every hit in the clean text (code points)."""
        return tuple(self.find_spans())


@dataclass(frozen=True)
class AnnotationHit:
    annotation_id: str
    article_id: str
    article_title: str
    score: float
    quote: Snippet
    note: Snippet
    tags: tuple[str, ...]  # tag names
    start: int  # the annotation's place in the clean text
    end: int


@dataclass(frozen=True)
class SearchResults:
    query: ParsedQuery
    articles: tuple[ArticleHit, ...] = ()
    annotations: tuple[AnnotationHit, ...] = ()
    article_count: int = 0  # all matches, not only those returned
    annotation_count: int = 0
    notices: tuple[str, ...] = field(default=())  # Vietnamese remarks ("no tag named …")

    @property
    def is_empty(self) -> bool:
        return not self.articles and not self.annotations

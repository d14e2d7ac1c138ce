"""An excerpt: one annotation with everything a brief prints about it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.domain.annotation import Annotation
from desktop.domain.article import ArticleMeta
from desktop.export.text_context import ParagraphIndex, sentence_context
from desktop.text.collation import collation_key


@dataclass(frozen=True)
class Excerpt:
    annotation: Annotation
    article: ArticleMeta
    tag_names: tuple[str, ...]  # full "cha/con" names, sorted as a reader expects
    paragraph_no: int
    context_before: str = ""
    context_after: str = ""

    @property
    def quote(self) -> str:
        return self.annotation.quote.exact

    @property
    def note(self) -> str:
        return self.annotation.note

    @property
    def color(self) -> str:
        return self.annotation.color

    @property
    def date(self) -> str:
        """The article's publication day (ISO) or "" if unknown: what "by date" groups on."""
        return (self.article.published or "")[:10]


def name_sort_key(name: str) -> tuple[str, str]:
    """Vietnamese alphabetical order (a ă â … d đ …, tones after letters)."""
    return collation_key(name), name


def article_sort_key(meta: ArticleMeta) -> tuple[str, str, str]:
    # Undated articles last, then by title.
    return (meta.published or "9999", *name_sort_key(meta.title))


def excerpt_sort_key(excerpt: Excerpt) -> tuple[object, ...]:
    return (
        *article_sort_key(excerpt.article),
        excerpt.article.id,
        excerpt.annotation.start,
        excerpt.annotation.end,
    )


def build_excerpts(
    annotations: Iterable[Annotation],
    metas: Mapping[str, ArticleMeta],
    texts: Mapping[str, str],
    tag_names: Mapping[str, str],
) -> list[Excerpt]:
    """Excerpts in reading order (article by date, then position). Annotations whose
    article is unknown are left out; unknown tag ids are ignored."""
    indexes: dict[str, ParagraphIndex] = {}
    result: list[Excerpt] = []
    for annotation in annotations:
        meta = metas.get(annotation.article_id)
        if meta is None:
            continue
        index = indexes.get(meta.id)
        if index is None:
            index = indexes[meta.id] = ParagraphIndex(texts.get(meta.id, ""))
        names = sorted((tag_names[t] for t in annotation.tags if t in tag_names), key=name_sort_key)
        start, end = annotation.start, annotation.end
        if index.text[start:end] == annotation.quote.exact:
            before, after = sentence_context(index, start, end)
        else:  # stale position (needs review): no context rather than a wrong one
            before, after = "", ""
        result.append(
            Excerpt(
                annotation=annotation,
                article=meta,
                tag_names=tuple(names),
                paragraph_no=index.number_at(start),
                context_before=before,
                context_after=after,
            )
        )
    result.sort(key=excerpt_sort_key)
    return result

"""Which annotations an ExcerptSelection keeps: articles, tags with their children, dates."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop.domain.annotation import Annotation
from desktop.domain.article import ArticleMeta
from desktop.domain.tag import SEPARATOR, normalize_tag_name
from desktop.export.export_options import ExcerptSelection


def tag_matches(name: str, wanted: Iterable[str]) -> bool:
    """`name` is one of the wanted tags or a descendant ("cha" selects "cha/con")."""
    return any(name == w or name.startswith(w + SEPARATOR) for w in wanted)


def select_annotations(
    annotations: Iterable[Annotation],
    metas: Mapping[str, ArticleMeta],
    tag_names: Mapping[str, str],
    selection: ExcerptSelection,
) -> list[Annotation]:
    articles = set(selection.article_ids)
    wanted_tags = [normalize_tag_name(t) for t in selection.tag_names if normalize_tag_name(t)]
    ids = None if selection.annotation_ids is None else set(selection.annotation_ids)
    kept: list[Annotation] = []
    for annotation in annotations:
        meta = metas.get(annotation.article_id)
        if meta is None:
            continue
        if articles and annotation.article_id not in articles:
            continue
        if ids is not None and annotation.id not in ids:
            continue
        if annotation.needs_review and not selection.include_needs_review:
            continue
        if wanted_tags and not any(
            tag_matches(tag_names.get(t, ""), wanted_tags) for t in annotation.tags
        ):
            continue
        day = (meta.published or "")[:10]
        if selection.date_from and (not day or day < selection.date_from):
            continue
        if selection.date_to and (not day or day > selection.date_to):
            continue
        kept.append(annotation)
    return kept

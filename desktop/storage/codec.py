"""Domain objects to and from the JSON documents stored in TinyDB."""

from __future__ import annotations

from typing import Any

from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector
from desktop.domain.article import ArticleMeta, ArticleText, RemovedLine
from desktop.domain.tag import Tag


def meta_to_doc(meta: ArticleMeta) -> dict[str, Any]:
    return {
        "id": meta.id,
        "title": meta.title,
        "source": meta.source,
        "author": meta.author,
        "published": meta.published,
        "imported_at": meta.imported_at,
        "origin": meta.origin,
        "doc_refs": list(meta.doc_refs),
        "content_key": meta.content_key,
        "encoding": meta.encoding,
        "source_url": meta.source_url,
        "doc_number": meta.doc_number,
    }


def meta_from_doc(doc: dict[str, Any]) -> ArticleMeta:
    return ArticleMeta(
        id=str(doc["id"]),
        title=str(doc.get("title", "")),
        source=str(doc.get("source", "")),
        author=str(doc.get("author", "")),
        published=doc.get("published") or None,
        imported_at=str(doc.get("imported_at", "")),
        origin=str(doc.get("origin", "")),
        doc_refs=tuple(doc.get("doc_refs", ())),
        content_key=str(doc.get("content_key", "")),
        encoding=str(doc.get("encoding", "")),
        source_url=str(doc.get("source_url", "")),
        doc_number=str(doc.get("doc_number", "")),
    )


def text_to_doc(text: ArticleText) -> dict[str, Any]:
    return {
        "raw_text": text.raw_text,
        "clean_text": text.clean_text,
        "removed_lines": [[r.line_no, r.text, r.reason] for r in text.removed_lines],
    }


def text_from_doc(doc: dict[str, Any]) -> ArticleText:
    return ArticleText(
        raw_text=str(doc.get("raw_text", "")),
        clean_text=str(doc.get("clean_text", "")),
        removed_lines=tuple(RemovedLine(int(n), str(t), str(r)) for n, t, r in doc.get("removed_lines", ())),
    )


def annotation_to_doc(a: Annotation) -> dict[str, Any]:
    return {
        "id": a.id,
        "article_id": a.article_id,
        "start": a.position.start,
        "end": a.position.end,
        "exact": a.quote.exact,
        "prefix": a.quote.prefix,
        "suffix": a.quote.suffix,
        "tags": list(a.tags),
        "color": a.color,
        "note": a.note,
        "created": a.created,
        "modified": a.modified,
        "needs_review": a.needs_review,
        "anchor_score": a.anchor_score,
    }


def annotation_from_doc(doc: dict[str, Any]) -> Annotation:
    return Annotation(
        id=str(doc["id"]),
        article_id=str(doc["article_id"]),
        position=TextPositionSelector(int(doc["start"]), int(doc["end"])),
        quote=TextQuoteSelector(str(doc["exact"]), str(doc.get("prefix", "")), str(doc.get("suffix", ""))),
        tags=tuple(doc.get("tags", ())),
        color=str(doc.get("color", "yellow")),
        note=str(doc.get("note", "")),
        created=str(doc.get("created", "")),
        modified=str(doc.get("modified", "")),
        needs_review=bool(doc.get("needs_review", False)),
        anchor_score=float(doc.get("anchor_score", 1.0)),
    )


def tag_to_doc(tag: Tag) -> dict[str, Any]:
    return {"id": tag.id, "name": tag.name, "color": tag.color}


def tag_from_doc(doc: dict[str, Any]) -> Tag:
    return Tag(id=str(doc["id"]), name=str(doc["name"]), color=str(doc.get("color", "")))

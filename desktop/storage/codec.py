"""Domain objects to and from the JSON documents stored in TinyDB.

Decoding is strict about shape: a value of the wrong kind (a list where a text belongs, a
word where a number belongs) raises ValueError, which the store treats as a damaged file
(moved aside, the newest good backup put back, the user told), never as a traceback.
A number where a text belongs is read as that text: nothing is lost by it.
"""

from __future__ import annotations

import math
from typing import Any

from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector
from desktop.domain.article import ArticleMeta, ArticleText, RemovedLine
from desktop.domain.tag import Tag

Tables = dict[str, dict[str, Any]]


def _text(doc: dict[str, Any], key: str, default: str = "") -> str:
    value = doc.get(key, default)
    if value is None:
        return default
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"{key}: expected text, found {type(value).__name__}")


def _required_text(doc: dict[str, Any], key: str) -> str:
    if key not in doc:
        raise ValueError(f"{key}: missing")
    value = _text(doc, key)
    if not value:
        raise ValueError(f"{key}: empty")
    return value


def _int(doc: dict[str, Any], key: str) -> int:
    value = doc.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{key}: expected a whole number, found {type(value).__name__}")
    if not -(2**53) <= value <= 2**53:
        raise ValueError(f"{key}: out of range")
    return value


def _float(doc: dict[str, Any], key: str, default: float) -> float:
    value = doc.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{key}: expected a number")
    return float(value)


def _bool(doc: dict[str, Any], key: str) -> bool:
    value = doc.get(key, False)
    if not isinstance(value, bool | int) or value not in (0, 1):
        raise ValueError(f"{key}: expected true or false")
    return bool(value)


def _texts(doc: dict[str, Any], key: str) -> tuple[str, ...]:
    value = doc.get(key, ())
    if value is None:
        return ()
    if not isinstance(value, list | tuple):
        raise ValueError(f"{key}: expected a list")
    return tuple(_text({"v": v}, "v") for v in value)


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
        id=_required_text(doc, "id"),
        title=_text(doc, "title"),
        source=_text(doc, "source"),
        author=_text(doc, "author"),
        published=_text(doc, "published") or None,
        imported_at=_text(doc, "imported_at"),
        origin=_text(doc, "origin"),
        doc_refs=_texts(doc, "doc_refs"),
        content_key=_text(doc, "content_key"),
        encoding=_text(doc, "encoding"),
        source_url=_text(doc, "source_url"),
        doc_number=_text(doc, "doc_number"),
    )


def text_to_doc(text: ArticleText) -> dict[str, Any]:
    return {
        "raw_text": text.raw_text,
        "clean_text": text.clean_text,
        "removed_lines": [[r.line_no, r.text, r.reason] for r in text.removed_lines],
    }


def _removed_line(item: Any) -> RemovedLine:
    if not isinstance(item, list | tuple) or len(item) != 3:
        raise ValueError("removed_lines: expected [line, text, reason]")
    values = {"n": item[0], "t": item[1], "r": item[2]}
    return RemovedLine(_int(values, "n"), _text(values, "t"), _text(values, "r"))


def text_from_doc(doc: dict[str, Any]) -> ArticleText:
    removed = doc.get("removed_lines", ())
    if not isinstance(removed, list | tuple):
        raise ValueError("removed_lines: expected a list")
    return ArticleText(
        raw_text=_text(doc, "raw_text"),
        clean_text=_text(doc, "clean_text"),
        removed_lines=tuple(_removed_line(r) for r in removed),
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
    if "exact" not in doc:
        raise ValueError("exact: missing")
    return Annotation(
        id=_required_text(doc, "id"),
        article_id=_required_text(doc, "article_id"),
        position=TextPositionSelector(_int(doc, "start"), _int(doc, "end")),
        quote=TextQuoteSelector(_text(doc, "exact"), _text(doc, "prefix"), _text(doc, "suffix")),
        tags=_texts(doc, "tags"),
        color=_text(doc, "color", "yellow") or "yellow",
        note=_text(doc, "note"),
        created=_text(doc, "created"),
        modified=_text(doc, "modified"),
        needs_review=_bool(doc, "needs_review"),
        anchor_score=_float(doc, "anchor_score", 1.0),
    )


def tag_to_doc(tag: Tag) -> dict[str, Any]:
    return {"id": tag.id, "name": tag.name, "color": tag.color}


def tag_from_doc(doc: dict[str, Any]) -> Tag:
    return Tag(id=_required_text(doc, "id"), name=_required_text(doc, "name"), color=_text(doc, "color"))


# --- whole files, checked when read: a bad value makes the file "damaged" ---------------------
def _docs(tables: Tables, name: str) -> list[dict[str, Any]]:
    table = tables.get(name, {})
    docs = list(table.values())
    if not all(isinstance(d, dict) for d in docs):
        raise ValueError(f"{name}: a document is not an object")
    return docs


def check_library(tables: Tables) -> None:
    for doc in _docs(tables, "tags"):
        tag_from_doc(doc)
    for doc in _docs(tables, "meta"):
        if doc.get("id") == "schema":
            _int(doc, "version")
        elif doc.get("id") == "annotated":
            _texts(doc, "ids")
    for doc in _docs(tables, "settings"):
        _required_text(doc, "id")


def check_articles(tables: Tables) -> None:
    for doc in _docs(tables, "articles"):
        meta_from_doc(doc)


def check_text(tables: Tables) -> None:
    for doc in _docs(tables, "text"):
        text_from_doc(doc)


def check_annotations(tables: Tables) -> None:
    for doc in _docs(tables, "annotations"):
        annotation_from_doc(doc)

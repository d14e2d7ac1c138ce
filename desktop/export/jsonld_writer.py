"""W3C Web Annotation JSON-LD: an AnnotationCollection of the exported excerpts."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from desktop.domain.colors import HIGHLIGHT_COLORS, color_by_key
from desktop.export.brief import Brief
from desktop.export.excerpt import Excerpt
from desktop.export.jsonld_vocabulary import (
    ANNO_CONTEXT,
    ANNOTATION_IRI,
    ARTICLE_IRI,
    CONTEXT,
    GENERATOR,
    STYLE_CLASS_PREFIX,
)

_STYLESHEET = " ".join(
    f".{STYLE_CLASS_PREFIX}{c.key} {{ background-color: {c.screen_hex}; }}"
    for c in HIGHLIGHT_COLORS
)


def annotation_json(excerpt: Excerpt) -> dict[str, Any]:
    a, meta = excerpt.annotation, excerpt.article
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": name} for name in excerpt.tag_names
    ]
    if a.note:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": a.note,
                "format": "text/plain",
                "language": "vi",
            }
        )
    source: dict[str, Any] = {
        "id": f"{ARTICLE_IRI}{meta.id}",
        "type": "Text",
        "format": "text/plain",
        "language": "vi",
        "title": meta.title,
        "td:contentKey": meta.content_key,
    }
    for key, value in (
        ("td:source", meta.source),
        ("creator", meta.author),
        ("td:published", meta.published),
    ):
        if value:
            source[key] = value
    item: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": f"{ANNOTATION_IRI}{a.id}",
        "type": "Annotation",
        "motivation": "commenting"
        if a.note
        else ("tagging" if excerpt.tag_names else "highlighting"),
        "stylesheet": {"type": "CssStylesheet", "value": _STYLESHEET},
        "target": {
            "type": "SpecificResource",
            "source": source,
            "styleClass": f"{STYLE_CLASS_PREFIX}{color_by_key(a.color).key}",
            "selector": [
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
                {
                    "type": "TextQuoteSelector",
                    "exact": a.quote.exact,
                    "prefix": a.quote.prefix,
                    "suffix": a.quote.suffix,
                },
            ],
        },
    }
    if body:
        item["body"] = body
    if a.created:
        item["created"] = a.created
    if a.modified:
        item["modified"] = a.modified
    return item


def collection_json(brief: Brief) -> dict[str, Any]:
    items = [annotation_json(e) for e in brief.excerpts]
    collection_id = f"urn:uuid:{uuid.uuid4()}"
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": brief.options.title.strip() or "Tổng hợp trích dẫn",
        "generator": GENERATOR,
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "total": len(items),
        "first": {
            "id": f"{collection_id}#page-1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def write_jsonld(brief: Brief) -> bytes:
    return json.dumps(collection_json(brief), ensure_ascii=False, indent=2).encode("utf-8")

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


def xsd_utc(stamp: str) -> str:
    """An ISO 8601 time as the model wants it: xsd:dateTime in UTC written with "Z"
    ("2026-11-22T09:00:00+07:00" -> "2026-11-22T02:00:00Z"); "" when it cannot be read."""
    try:
        moment = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except ValueError:
        return ""
    if moment.tzinfo is None:  # our stamps are UTC; a stamp without zone is taken as such
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


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
    for key, value in (("td:source", meta.source), ("td:published", meta.published)):
        if value:
            source[key] = value
    if meta.author:
        # The model's creator is an Agent, not a bare string (that would be read as an IRI);
        # a byline may be a person or a newsroom, so no type is claimed.
        source["creator"] = {"name": meta.author}
    item: dict[str, Any] = {
        "@context": CONTEXT,
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
    item["generator"] = GENERATOR
    for key, stamp in (("created", a.created), ("modified", a.modified or a.created)):
        value = xsd_utc(stamp)
        if value:
            item[key] = value
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
        "generated": xsd_utc(datetime.now(UTC).isoformat(timespec="seconds")),
        "total": len(items),
        "first": {
            "id": f"{collection_id}#page-1",
            "type": "AnnotationPage",
            "partOf": collection_id,
            "startIndex": 0,
            "items": items,
        },
    }


def write_jsonld(brief: Brief) -> bytes:
    return json.dumps(collection_json(brief), ensure_ascii=False, indent=2).encode("utf-8")

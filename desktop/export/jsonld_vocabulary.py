"""Names shared by the JSON-LD writer and reader: contexts, IRIs of articles and annotations."""

from __future__ import annotations

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
TD_PREFIX = "td"
TD_NAMESPACE = "urn:trichdan:terms:"  # our extra keys (content key, source, publication date)
CONTEXT: list[object] = [ANNO_CONTEXT, {TD_PREFIX: TD_NAMESPACE}]
ARTICLE_IRI = "urn:trichdan:article:"
ANNOTATION_IRI = "urn:trichdan:annotation:"
STYLE_CLASS_PREFIX = "td-"  # target.styleClass "td-yellow" carries the highlight colour
GENERATOR = {"id": "urn:trichdan:app", "type": "Software", "name": "Trích Dẫn"}

"""Names shared by the JSON-LD writer and reader: contexts, IRIs of articles and annotations."""

from __future__ import annotations

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
TD_PREFIX = "td"
TD_NAMESPACE = "urn:trichdan:terms:"  # our extra keys (content key, source, publication date)
# Every key we add beyond the model, defined here; this context travels with each annotation
# (an annotation copied out of a collection alone keeps its meaning), after the model's own.
TD_CONTEXT: dict[str, object] = {
    TD_PREFIX: TD_NAMESPACE,
    f"{TD_PREFIX}:contentKey": {"@id": f"{TD_PREFIX}:contentKey"},
    f"{TD_PREFIX}:source": {"@id": f"{TD_PREFIX}:source"},
    f"{TD_PREFIX}:published": {"@id": f"{TD_PREFIX}:published"},
    # The model's context has no "title": without this, an article's title would be dropped.
    "title": {"@id": "http://purl.org/dc/terms/title"},
}
CONTEXT: list[object] = [ANNO_CONTEXT, TD_CONTEXT]
ARTICLE_IRI = "urn:trichdan:article:"
ANNOTATION_IRI = "urn:trichdan:annotation:"
STYLE_CLASS_PREFIX = "td-"  # target.styleClass "td-yellow" carries the highlight colour
GENERATOR = {"id": "urn:trichdan:app", "type": "Software", "name": "Trích Dẫn"}

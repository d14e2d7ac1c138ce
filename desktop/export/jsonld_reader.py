"""Read W3C Web Annotation JSON-LD from any tool defensively: every problem named, nothing trusted.

Accepted: a single Annotation, a list, an AnnotationPage, an AnnotationCollection with its
pages embedded, "@graph"; targets as bare addresses, External Web Resources or Specific
Resources, alone or in a list (Hypothesis writes a list of one); selectors alone or in lists,
TextQuoteSelectors found inside "refinedBy" and RangeSelectors too; bodies as TextualBody,
"bodyValue", Choice (first item), tags by purpose "tagging". An item that is not an annotation
on a passage of text is set aside with its reason; the others still import.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from desktop.domain.colors import HIGHLIGHT_COLORS
from desktop.domain.message import Message, message_of
from desktop.domain.tag import normalize_tag_name
from desktop.export.jsonld_parsed import (
    AnnotationFile,
    AnnotationFileError,
    ArticleRef,
    ParsedAnnotation,
    RejectedAnnotation,
)
from desktop.export.jsonld_vocabulary import ANNOTATION_IRI, ARTICLE_IRI, STYLE_CLASS_PREFIX
from desktop.text.normalize import nfc

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ANNOTATIONS = 100_000
MAX_DEPTH = 32  # a real file nests 6 levels; deeper is an attack on the parser
MAX_QUOTE_CHARS = 100_000
MAX_NOTE_CHARS = 100_000
MAX_AFFIX_CHARS = 2_000
MAX_TAG_CHARS = 200
MAX_TAGS = 100
MAX_FIELD_CHARS = 2_000  # titles, ids, dates
_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_COLOR_KEYS = {c.key for c in HIGHLIGHT_COLORS}
ITEMS_NOT_LIST = Message("Trường “items” của AnnotationPage phải là một danh sách.", code="items_not_list")
TOO_DEEP = Message("Tệp lồng nhau quá sâu: không nhận vì có thể là tệp độc hại.", code="too_deep")


def too_large_message() -> Message:
    return Message("Tệp quá lớn (trên {megabytes} MB) để nhập ghi chú.", code="file_too_large", megabytes=MAX_FILE_BYTES // (1024 * 1024))


class _Invalid(Exception):
    pass


class _NotAPassage(Exception):
    """Valid, but not an annotation on a passage of text (a whole page, an image region)."""


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("type", node.get("@type"))
    if isinstance(value, str):
        return {value}
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return set(value)
    return set()


def _string(node: dict[str, Any], key: str, limit: int, *, required: bool = False) -> str:
    value = node.get(key)
    if value is None:
        if required:
            raise _Invalid(Message("thiếu trường “{key}”", code="missing_field", key=key))
        return ""
    if not isinstance(value, str):
        raise _Invalid(Message("trường “{key}” phải là chuỗi ký tự", code="not_a_string", key=key))
    if len(value) > limit:
        raise _Invalid(
            Message("trường “{key}” quá dài ({length:n} ký tự, tối đa {limit:n})", code="field_too_long", key=key, length=len(value), limit=limit)
        )
    return nfc(value)


def _integer(node: dict[str, Any], key: str) -> int:
    value = node.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(Message("“{key}” của TextPositionSelector phải là số nguyên", code="position_not_integer", key=key))
    if value < 0 or value > 10**9:
        raise _Invalid(Message("“{key}” của TextPositionSelector nằm ngoài khoảng cho phép", code="position_out_of_range", key=key))
    return value


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _depth(value: Any) -> int:
    """Nesting depth, iteratively: a hostile file must not exhaust our stack either."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            return depth
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return deepest


def _internal_id(iri: str) -> str:
    local = iri[len(ANNOTATION_IRI) :] if iri.startswith(ANNOTATION_IRI) else ""
    if _SAFE_ID.match(local):
        return local
    # A foreign id maps to a stable id of ours: importing the same file twice adds nothing.
    return "x" + hashlib.sha256(iri.encode("utf-8")).hexdigest()[:24]


def _id_of(node: dict[str, Any]) -> Any:
    return node.get("id", node.get("@id"))


def _article_ref(target: dict[str, Any]) -> ArticleRef:
    source = target.get("source")
    if source is None and "selector" not in target:
        source = _id_of(target)  # an External Web Resource as the target itself
    if isinstance(source, str):
        source = {"id": source}
    if not isinstance(source, dict):
        raise _Invalid(Message("“target.source” phải là địa chỉ hoặc đối tượng mô tả bài viết", code="bad_source"))
    iri = _string({"id": _id_of(source)}, "id", MAX_FIELD_CHARS, required=True)
    local = iri[len(ARTICLE_IRI) :] if iri.startswith(ARTICLE_IRI) else ""
    address = iri if iri.lower().startswith(("http://", "https://")) else ""
    our_source = _string(source, "td:source", MAX_FIELD_CHARS)
    return ArticleRef(
        iri=iri,
        article_id=local if _SAFE_ID.match(local) else "",
        content_key=_string(source, "td:contentKey", 128),
        title=_string(source, "title", MAX_FIELD_CHARS),
        address=address or (our_source if our_source.lower().startswith(("http://", "https://")) else ""),
    )


def _walk_selectors(value: Any, top: bool) -> list[tuple[dict[str, Any], bool]]:
    """Every selector object with whether it applies to the whole text (not refining a part
    of it: a TextPositionSelector inside an XPath element counts from that element)."""
    found: list[tuple[dict[str, Any], bool]] = []
    for selector in _as_list(value) if value is not None else []:
        if isinstance(selector, str):
            continue  # a selector given by address only: nothing we can read
        if not isinstance(selector, dict):
            raise _Invalid(Message("mỗi “selector” phải là một đối tượng", code="bad_selector"))
        found.append((selector, top))
        kinds = _types(selector)
        if "RangeSelector" in kinds:
            for key in ("startSelector", "endSelector"):
                found += _walk_selectors(selector.get(key), False)
        if selector.get("refinedBy") is not None:
            # A quote refining a fragment is still text of the page; a position is not.
            found += _walk_selectors(selector["refinedBy"], False)
    return found


def _pick_target(node: dict[str, Any]) -> dict[str, Any]:
    """The target holding a text quote, among one or several (Hypothesis: a list of one)."""
    targets = node.get("target")
    if targets is None:
        raise _Invalid(Message("thiếu trường “target”", code="missing_target"))
    listed = _as_list(targets)
    if not listed:
        raise _Invalid(Message("“target” không được để trống", code="empty_target"))
    for target in listed:
        if isinstance(target, dict) and any(
            "TextQuoteSelector" in _types(sel)
            for sel, _ in _walk_selectors(target.get("selector"), True)
        ):
            return target
    first = listed[0]
    if isinstance(first, str):
        raise _NotAPassage(Message("ghi chú cho cả tài liệu “{target}”, không cho một đoạn văn", code="whole_document", target=first[:80]))
    if not isinstance(first, dict):
        raise _Invalid(Message("“target” phải là một đối tượng có “source” và “selector”", code="bad_target"))
    return first


def _parse_annotation(node: Any) -> ParsedAnnotation:
    if not isinstance(node, dict):
        raise _Invalid(Message("mỗi ghi chú phải là một đối tượng JSON", code="not_an_object"))
    if "Annotation" not in _types(node):
        raise _Invalid(Message("“type” phải là “Annotation”", code="not_an_annotation"))
    iri = _string({"id": _id_of(node)}, "id", MAX_FIELD_CHARS, required=True)
    if not iri.strip():
        raise _Invalid(Message("“id” không được để trống", code="empty_id"))
    target = _pick_target(node)
    article = _article_ref(target)
    position = quote = None
    for selector, top in _walk_selectors(target.get("selector"), True):
        kinds = _types(selector)
        if "TextPositionSelector" in kinds and top:
            position = (_integer(selector, "start"), _integer(selector, "end"))
        elif "TextQuoteSelector" in kinds and quote is None:
            quote = (
                _string(selector, "exact", MAX_QUOTE_CHARS, required=True),
                _string(selector, "prefix", MAX_AFFIX_CHARS),
                _string(selector, "suffix", MAX_AFFIX_CHARS),
            )
    if quote is None and target.get("selector") is None:
        raise _NotAPassage(
            Message("ghi chú cho cả tài liệu “{target}”, không cho một đoạn văn", code="whole_document", target=article.iri[:80])
        )
    if quote is None or not quote[0]:
        raise _NotAPassage(
            Message("thiếu TextQuoteSelector có “exact” (đoạn văn được đánh dấu): không biết đoạn nào", code="no_quote")
        )
    has_position = position is not None
    if position is None:
        position = (0, len(quote[0]))  # a quote alone is enough: it is found in the text on merge
    if position[1] < position[0]:
        raise _Invalid(Message("“end” nhỏ hơn “start” trong TextPositionSelector", code="end_before_start"))
    tags: list[str] = []
    notes: list[str] = []
    if isinstance(node.get("bodyValue"), str):
        notes.append(_string(node, "bodyValue", MAX_NOTE_CHARS))
    bodies = list(_as_list(node.get("body", [])))
    for body in list(bodies):
        if isinstance(body, dict) and "Choice" in _types(body):
            choices = body.get("items")
            bodies.remove(body)
            if isinstance(choices, list) and choices:
                bodies.append(choices[0])  # a choice of languages: the first is the default
    for body in bodies:
        if isinstance(body, str):
            continue  # a bare IRI body carries nothing we can show
        if not isinstance(body, dict):
            raise _Invalid(Message("mỗi “body” phải là một đối tượng", code="bad_body"))
        purpose = body.get("purpose", "commenting")
        purposes = set(_as_list(purpose)) if purpose is not None else set()
        value = body.get("value", "")
        if "tagging" in purposes:
            name = normalize_tag_name(_string(body, "value", MAX_TAG_CHARS, required=True))
            if name and name not in tags:
                tags.append(name)
        elif value and ("TextualBody" in _types(body) or not _types(body)):
            note = _string(body, "value", MAX_NOTE_CHARS)
            if body.get("format") == "text/html":
                note = _plain(note)
            notes.append(note)
    if len(tags) > MAX_TAGS:
        raise _Invalid(Message("quá nhiều thẻ ({count}, tối đa {limit})", code="too_many_tags", count=len(tags), limit=MAX_TAGS))
    note = "\n\n".join(notes)
    if len(note) > MAX_NOTE_CHARS:
        raise _Invalid(Message("ghi chú quá dài", code="note_too_long"))
    style = target.get("styleClass")
    color = "yellow"
    if (
        isinstance(style, str)
        and style.startswith(STYLE_CLASS_PREFIX)
        and style[len(STYLE_CLASS_PREFIX) :] in _COLOR_KEYS
    ):
        color = style[len(STYLE_CLASS_PREFIX) :]
    return ParsedAnnotation(
        id=_internal_id(iri),
        article=article,
        start=position[0],
        end=position[1],
        exact=quote[0],
        prefix=quote[1],
        suffix=quote[2],
        tag_names=tuple(tags),
        note=note,
        color=color,
        created=_string(node, "created", 64),
        modified=_string(node, "modified", 64),
        has_position=has_position,
    )


def _plain(html: str) -> str:
    """The text of an HTML note (shown as plain text, never interpreted)."""
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser").get_text(" ").strip()


def _items(document: Any) -> list[Any]:
    """Annotations from a collection (first page, or embedded pages), a page, a list or one item."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict) and isinstance(document.get("@graph"), list):
        return _items(document["@graph"]) if len(document["@graph"]) == 1 else document["@graph"]
    if not isinstance(document, dict):
        raise AnnotationFileError(Message("Tệp không chứa ghi chú theo chuẩn W3C Web Annotation.", code="not_annotations"))
    kinds = _types(document)
    if "Annotation" in kinds:
        return [document]
    if "AnnotationPage" in kinds:
        items = document.get("items", [])
        if not isinstance(items, list):
            raise AnnotationFileError(ITEMS_NOT_LIST)
        return items
    if "AnnotationCollection" in kinds:
        found: list[Any] = []
        page = document.get("first")
        if isinstance(page, str):
            raise AnnotationFileError(
                Message(
                    "Tệp chỉ có địa chỉ các trang ghi chú, không có chính các ghi chú: hãy xuất lại "
                    "với các trang nằm trong tệp.",
                    code="pages_not_embedded",
                )
            )
        while isinstance(page, dict):
            items = page.get("items", [])
            if not isinstance(items, list):
                raise AnnotationFileError(ITEMS_NOT_LIST)
            found.extend(items)
            page = page.get("next")
            if len(found) > MAX_ANNOTATIONS:
                break
        return found
    raise AnnotationFileError(
        Message(
            "Tệp không phải AnnotationCollection, AnnotationPage hay Annotation theo chuẩn W3C Web Annotation.",
            code="not_w3c",
        )
    )


def parse_annotation_file(data: bytes) -> AnnotationFile:
    """The annotations of the file, and the items that cannot be annotations here with the
    reason for each; AnnotationFileError when the file as a whole is not W3C annotations."""
    if len(data) > MAX_FILE_BYTES:
        raise AnnotationFileError(too_large_message())
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnnotationFileError(Message("Tệp không phải văn bản UTF-8: không đọc được ghi chú.", code="not_utf8")) from exc
    try:
        document = json.loads(text)
    except RecursionError as exc:
        raise AnnotationFileError(TOO_DEEP) from exc
    except json.JSONDecodeError as exc:
        raise AnnotationFileError(
            Message("Tệp không phải JSON hợp lệ (dòng {line}, cột {column}).", code="not_json", line=exc.lineno, column=exc.colno)
        ) from exc
    except ValueError as exc:  # a number of thousands of digits: Python refuses to read it
        raise AnnotationFileError(
            Message("Tệp có một con số dài bất thường: không nhận vì có thể là tệp độc hại.", code="number_too_long")
        ) from exc
    if _depth(document) > MAX_DEPTH:
        raise AnnotationFileError(TOO_DEEP)
    items = _items(document)
    if len(items) > MAX_ANNOTATIONS:
        raise AnnotationFileError(
            Message("Tệp có quá nhiều ghi chú (trên {limit:n}).", code="too_many_annotations", limit=MAX_ANNOTATIONS)
        )
    parsed: list[ParsedAnnotation] = []
    rejected: list[RejectedAnnotation] = []
    for number, item in enumerate(items, start=1):
        try:
            parsed.append(_parse_annotation(item))
        except (_Invalid, _NotAPassage) as exc:
            rejected.append(RejectedAnnotation(number, _quote_of(item), message_of(exc)))
    return AnnotationFile(parsed, rejected, len(items))


def _quote_of(item: Any) -> str:
    """The quote of an item that was refused, if one can be read, for the report."""
    try:
        target = _pick_target(item) if isinstance(item, dict) else None
        selectors = _walk_selectors(target.get("selector"), True) if isinstance(target, dict) else []
    except (_Invalid, _NotAPassage):
        return ""
    for selector, _ in selectors:
        exact = selector.get("exact")
        if "TextQuoteSelector" in _types(selector) and isinstance(exact, str):
            return nfc(exact[:200])
    return ""

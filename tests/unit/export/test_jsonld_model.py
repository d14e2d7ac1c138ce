"""Our JSON-LD against every MUST of the W3C Web Annotation Data Model (Recommendation of
23 February 2017) that applies to what we write, and against its context document (an
annotation copied out alone keeps the meaning of every key)."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from desktop.export.export_options import ExcerptSelection, ExportFormat, ExportRequest
from desktop.export.jsonld_vocabulary import ANNO_CONTEXT, TD_CONTEXT
from desktop.export.jsonld_writer import xsd_utc
from tests.unit.export.export_library import ExportLibrary

DATA = Path(__file__).resolve().parents[2] / "data" / "jsonld"
# xsd:dateTime; the "Z" form the model requires of modified and generated (3.3.1).
XSD_DATETIME = re.compile(r"^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")
UTC_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


@pytest.fixture
def document(export_library: ExportLibrary, empty_services: object, tmp_path: Path) -> dict:
    path = tmp_path / "ours.jsonld"
    request = ExportRequest(ExcerptSelection(), format=ExportFormat.JSONLD)
    empty_services.export.export(request, path)  # type: ignore[attr-defined]
    return json.loads(path.read_text(encoding="utf-8"))


def _context_ok(context: Any) -> None:
    # 3.1: 1 or more @context values, anno.jsonld one of them; a single one as a string.
    if isinstance(context, list):
        assert ANNO_CONTEXT in context and len(context) > 1
    else:
        assert context == ANNO_CONTEXT


def _one_type(node: dict, wanted: str) -> None:
    kinds = node["type"] if isinstance(node["type"], list) else [node["type"]]
    assert wanted in kinds


def test_collection_and_page_musts(document: dict) -> None:
    # 5.1 AnnotationCollection: context, exactly 1 IRI, AnnotationCollection among its types,
    # total a non-negative integer, exactly 1 first page when it holds annotations.
    _context_ok(document["@context"])
    assert isinstance(document["id"], str) and IRI.match(document["id"])
    _one_type(document, "AnnotationCollection")
    assert isinstance(document["total"], int) and document["total"] >= 0
    assert UTC_Z.match(document["generated"])  # 3.3.1 generated: xsd:dateTime in UTC, "Z"
    page = document["first"]
    assert isinstance(page, dict)
    # 5.2 AnnotationPage: exactly 1 IRI, AnnotationPage type, exactly 1 items list,
    # startIndex a non-negative integer, partOf the collection.
    assert IRI.match(page["id"])
    _one_type(page, "AnnotationPage")
    assert isinstance(page["items"], list) and len(page["items"]) == document["total"]
    assert isinstance(page["startIndex"], int) and page["startIndex"] >= 0
    assert page.get("partOf") in (None, document["id"])
    assert "next" not in page  # one page holds all: no next page may be claimed


def test_annotation_musts(document: dict) -> None:
    for item in document["first"]["items"]:
        _context_ok(item["@context"])  # travels with each annotation
        assert isinstance(item["id"], str) and IRI.match(item["id"])  # exactly 1 IRI
        _one_type(item, "Annotation")
        targets = item["target"] if isinstance(item["target"], list) else [item["target"]]
        assert targets  # 1 or more targets
        for body in item.get("body", []):
            # 3.2.4 TextualBody: exactly 1 value, a string; language a BCP47 tag.
            assert body["type"] == "TextualBody" and isinstance(body["value"], str)
            assert body.get("language", "vi") == "vi"
            assert body.get("format", "text/plain") == "text/plain"
        # 3.3.1: created xsd:dateTime; modified MUST be UTC with "Z".
        assert XSD_DATETIME.match(item["created"])
        assert UTC_Z.match(item["created"]) and UTC_Z.match(item["modified"])
        for target in targets:
            # 4 Specific Resource: exactly 1 source.
            assert target["type"] == "SpecificResource"
            assert isinstance(target["source"], dict) and IRI.match(target["source"]["id"])
            creator = target["source"].get("creator")
            if creator is not None:  # 3.3.2: an Agent, never a bare name (read as an IRI)
                assert isinstance(creator, dict) and isinstance(creator["name"], str)
            for selector in target["selector"]:
                if selector["type"] == "TextQuoteSelector":
                    # 4.2.4: exactly 1 exact; at most 1 prefix and suffix, strings.
                    assert isinstance(selector["exact"], str) and selector["exact"]
                    assert all(isinstance(selector.get(k, ""), str) for k in ("prefix", "suffix"))
                else:
                    # 4.2.5: exactly 1 start and end, non-negative integers (code points).
                    assert selector["type"] == "TextPositionSelector"
                    assert isinstance(selector["start"], int) and selector["start"] >= 0
                    assert isinstance(selector["end"], int) and selector["end"] >= selector["start"]
        if "stylesheet" in item:  # 4.4: an embedded stylesheet is a CssStylesheet with a value
            assert item["stylesheet"]["type"] == "CssStylesheet"
            assert isinstance(item["stylesheet"]["value"], str)


def test_positions_count_code_points_of_the_text(
    export_library: ExportLibrary, document: dict, empty_services: object
) -> None:
    store = empty_services.store  # type: ignore[attr-defined]
    for item in document["first"]["items"]:
        article_id = item["target"]["source"]["id"].rsplit(":", 1)[1]
        text = store.get_article_text(article_id).clean_text
        selectors = {s["type"]: s for s in item["target"]["selector"]}
        position = selectors["TextPositionSelector"]
        assert text[position["start"] : position["end"]] == selectors["TextQuoteSelector"]["exact"]


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2026-11-22T02:00:00+00:00", "2026-11-22T02:00:00Z"),
        ("2026-11-22T09:00:00+07:00", "2026-11-22T02:00:00Z"),
        ("2024-03-05T08:12:44.123456+00:00", "2024-03-05T08:12:44Z"),
        ("2026-11-22T02:00:00", "2026-11-22T02:00:00Z"),
        ("hôm qua", ""),
    ],
)
def test_times_are_written_in_utc_with_z(stamp: str, expected: str) -> None:
    assert xsd_utc(stamp) == expected


def _loader(url: str, options: dict | None = None) -> dict:
    if url.rstrip("/") != ANNO_CONTEXT:
        raise AssertionError(f"no network in tests: {url}")
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": json.loads((DATA / "anno.jsonld").read_text(encoding="utf-8")),
    }


def _keys(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key != "@context":
                found.add(key)
                found |= _keys(value)
    elif isinstance(node, list):
        for value in node:
            found |= _keys(value)
    return found


def test_an_annotation_alone_keeps_every_key(document: dict) -> None:
    """Expanded on its own (the collection's context gone), no key of ours is dropped, and our
    context redefines no key of the model's (Vocabulary 4: extensions MUST NOT)."""
    from pyld import jsonld

    anno = json.loads((DATA / "anno.jsonld").read_text(encoding="utf-8"))["@context"]
    assert not set(TD_CONTEXT) & set(anno)
    options = {"documentLoader": _loader}
    for item in document["first"]["items"]:
        alone = copy.deepcopy(item)
        expanded = jsonld.expand(alone, options)
        back = jsonld.compact(expanded, {"@context": alone["@context"]}, options)
        assert _keys(back) == _keys(alone), item["id"]
        iris = json.dumps(expanded)
        assert "urn:trichdan:terms:contentKey" in iris

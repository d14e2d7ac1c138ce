"""W3C Web Annotation JSON-LD: the model's required keys, round trip, merge with conflicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.export.export_options import ExcerptSelection, ExportFormat, ExportRequest
from desktop.export.jsonld_vocabulary import ANNO_CONTEXT
from desktop.services import Services
from tests.unit.export.export_library import ExportLibrary, build_library


def _export(services: object, path: Path, selection: ExcerptSelection | None = None) -> dict:
    request = ExportRequest(selection or ExcerptSelection(), format=ExportFormat.JSONLD)
    services.export.export(request, path)  # type: ignore[attr-defined]
    return json.loads(path.read_text(encoding="utf-8"))


def _comparable(document: dict) -> list[dict]:
    """The annotations without what legitimately differs between libraries (article IRIs)."""
    items = []
    for item in document["first"]["items"]:
        item = json.loads(json.dumps(item))
        item["target"]["source"].pop("id")
        items.append(item)
    return sorted(items, key=lambda i: i["id"])


@pytest.fixture
def fresh(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A second library with the same articles (a colleague's) but no annotations."""
    services = Services.open(tmp_path / "colleague", seed=False)
    build_library(services)
    store = services.store
    for article_id in ("a000", "a001", "a003", "a004"):
        store.replace_annotations(article_id, [])
    yield services
    services.close()


def test_collection_has_the_model_required_keys(
    export_library: ExportLibrary, empty_services: object, tmp_path: Path
) -> None:
    document = _export(empty_services, tmp_path / "a.jsonld")
    assert document["@context"][0] == ANNO_CONTEXT
    assert document["type"] == "AnnotationCollection" and document["id"]
    assert document["total"] == len(document["first"]["items"]) == 5
    for item in document["first"]["items"]:
        assert {"@context", "id", "type", "target"} <= item.keys()
        assert item["type"] == "Annotation"
        selectors = {s["type"]: s for s in item["target"]["selector"]}
        assert set(selectors) == {"TextPositionSelector", "TextQuoteSelector"}
        assert item["target"]["source"]["id"].startswith("urn:trichdan:article:")
    n2 = next(i for i in document["first"]["items"] if i["id"].endswith(":n2"))
    assert [b["value"] for b in n2["body"] if b["purpose"] == "tagging"] == [
        "Cải cách hành chính",
        "Đạo đức công vụ",
    ]
    n1 = next(i for i in document["first"]["items"] if i["id"].endswith(":n1"))
    assert {
        "type": "TextualBody",
        "purpose": "commenting",
        "value": "Ý chính để mở đầu báo cáo.",
        "format": "text/plain",
        "language": "vi",
    } in n1["body"]
    assert n1["target"]["styleClass"] == "td-yellow"


def test_round_trip_into_a_fresh_library_gives_the_same_annotations(
    export_library: ExportLibrary, empty_services: object, fresh: Services, tmp_path: Path
) -> None:
    first = _export(empty_services, tmp_path / "mine.jsonld")
    report = fresh.export.import_annotations(tmp_path / "mine.jsonld")
    assert len(report.added) == 5 and not report.skipped and not report.updated
    again = _export(fresh, tmp_path / "again.jsonld")
    assert _comparable(again) == _comparable(first)
    # Importing the same file twice adds nothing.
    report = fresh.export.import_annotations(tmp_path / "mine.jsonld")
    assert (len(report.added), len(report.updated), len(report.skipped)) == (0, 0, 5)


def test_import_creates_missing_tags_and_announces_changes(
    export_library: ExportLibrary, empty_services: object, tmp_path: Path
) -> None:
    _export(empty_services, tmp_path / "mine.jsonld")
    with Services.open(tmp_path / "bare", seed=False) as bare:
        build_library(bare)
        store = bare.store
        for tag in store.list_tags():
            store.delete_tag(tag.id)
        for article_id in ("a000", "a001", "a003", "a004"):
            store.replace_annotations(article_id, [])
        seen: list[str] = []
        bare.events.subscribe("annotations_changed", lambda article_id: seen.append(article_id))
        report = bare.export.import_annotations(tmp_path / "mine.jsonld")
        assert sorted(report.created_tags) == [
            "Cải cách hành chính",
            "Đạo đức công vụ",
            "Đạo đức công vụ/Nêu gương",
        ]
        assert sorted(seen) == ["a000", "a001", "a003", "a004"]
        names = {t.id: t.name for t in store.list_tags()}
        (n2,) = [a for a in store.list_annotations("a000") if a.id == "n2"]
        assert sorted(names[t] for t in n2.tags) == ["Cải cách hành chính", "Đạo đức công vụ"]


def test_merge_newer_modified_wins_and_same_target_body_is_a_duplicate(
    export_library: ExportLibrary, empty_services: object, tmp_path: Path
) -> None:
    path = tmp_path / "theirs.jsonld"
    document = _export(empty_services, path)
    items = {i["id"].rsplit(":", 1)[1]: i for i in document["first"]["items"]}
    items["n1"]["modified"] = "2030-01-01T00:00:00+00:00"  # theirs is newer: it wins
    items["n1"]["body"] = [
        {"type": "TextualBody", "purpose": "commenting", "value": "Ghi chú của đồng nghiệp."}
    ]
    items["n3"]["modified"] = "2000-01-01T00:00:00Z"  # theirs is older: ours stays
    items["n3"]["body"] = [{"type": "TextualBody", "purpose": "commenting", "value": "Cũ hơn."}]
    copy = json.loads(json.dumps(items["n4"]))
    copy["id"] = "https://example.org/anno/77"  # another id, same target and body: a duplicate
    other = json.loads(json.dumps(items["n4"]))
    other["id"] = "https://example.org/anno/78"
    other["body"] = [
        {"type": "TextualBody", "purpose": "commenting", "value": "Ý mới trên cùng đoạn."}
    ]
    document["first"]["items"] += [copy, other]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    report = empty_services.export.import_annotations(path)  # type: ignore[attr-defined]
    assert len(report.updated) == 1 and report.updated[0].quote.startswith("đạo đức công vụ")
    assert len(report.added) == 1 and report.added[0].article_title.startswith("Tân An")
    reasons = [e.reason for e in report.skipped]
    assert reasons.count("bản trong thư viện mới hơn hoặc giống hệt") == 4  # n2, n3, n4, n5
    assert reasons.count("đã có ghi chú giống hệt (cùng đoạn, cùng nội dung)") == 1
    store = empty_services.store  # type: ignore[attr-defined]
    (n1,) = [a for a in store.list_annotations("a000") if a.id == "n1"]
    assert n1.note == "Ghi chú của đồng nghiệp." and n1.tags == ()
    (n3,) = store.list_annotations("a001")
    assert n3.note == "Khẩu hiệu của Sở Nội vụ."
    assert len(store.list_annotations("a003")) == 2


def test_unknown_articles_and_vanished_quotes_are_skipped_with_reasons(
    export_library: ExportLibrary, empty_services: object, tmp_path: Path
) -> None:
    path = tmp_path / "theirs.jsonld"
    document = _export(empty_services, path, ExcerptSelection(annotation_ids=("n1",)))
    unknown = json.loads(json.dumps(document["first"]["items"][0]))
    unknown["id"] = "urn:x:1"
    unknown["target"]["source"] = {"id": "https://example.org/bai-khac", "title": "Bài không có"}
    # An unknown page whose quote is nowhere in the library (one whose quote is, lands on it:
    # see test_jsonld_other_tools).
    unknown["target"]["selector"][1]["exact"] = "một câu không bài nào có"
    vanished = json.loads(json.dumps(document["first"]["items"][0]))
    vanished["id"] = "urn:x:2"
    vanished["target"]["selector"][1]["exact"] = "câu này không có trong bài"
    moved = json.loads(json.dumps(document["first"]["items"][0]))
    moved["id"] = "urn:x:3"
    moved["target"]["selector"][0].update(start=5, end=10)  # stale position: found by its quote
    moved["body"] = [{"type": "TextualBody", "value": "vị trí cũ"}]
    document["first"]["items"] = [unknown, vanished, moved]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    report = empty_services.export.import_annotations(path)  # type: ignore[attr-defined]
    reasons = [e.reason for e in report.skipped]
    assert len(reasons) == 2
    assert reasons[0].startswith("bài viết không có trong thư viện")
    assert reasons[1].startswith("đoạn trích không còn tìm thấy chắc chắn trong bài viết")
    assert len(report.added) == 1
    n1 = export_library.annotations["n1"]
    added = [a for a in empty_services.store.list_annotations("a000") if a.note == "vị trí cũ"]  # type: ignore[attr-defined]
    assert [(a.start, a.end) for a in added] == [(n1.start, n1.end)]


def test_import_can_be_undone_and_redone_exactly(
    export_library: ExportLibrary, empty_services: object, fresh: Services, tmp_path: Path
) -> None:
    _export(empty_services, tmp_path / "mine.jsonld")
    store = fresh.store
    tag_ids = {t.id for t in store.list_tags()}
    report = fresh.export.import_annotations(tmp_path / "mine.jsonld")
    assert report.applied is not None
    after = sorted((a.id, a.note) for a in store.iter_all_annotations())
    fresh.export.revert_import(report.applied)
    assert list(store.iter_all_annotations()) == []
    assert {t.id for t in store.list_tags()} == tag_ids
    fresh.export.reapply_import(report.applied)
    assert sorted((a.id, a.note) for a in store.iter_all_annotations()) == after

"""Malformed or hostile JSON-LD: a clear report and nothing half-merged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain.errors import UserError
from desktop.export import jsonld_reader
from desktop.export.export_options import ExcerptSelection, ExportFormat, ExportRequest
from desktop.export.jsonld_reader import AnnotationFileError, parse_annotation_file
from tests.unit.export.export_library import ExportLibrary


def _snapshot(services: object) -> tuple[object, ...]:
    store = services.store  # type: ignore[attr-defined]
    return tuple(sorted((a.id, a.note, a.modified) for a in store.iter_all_annotations())), tuple(
        store.list_tags()
    )


def _good_items(services: object, tmp_path: Path) -> dict:
    path = tmp_path / "good.jsonld"
    services.export.export(ExportRequest(ExcerptSelection(), format=ExportFormat.JSONLD), path)  # type: ignore[attr-defined]
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (b"{not json", "không phải JSON hợp lệ"),
        (b"\xff\xfe\x00garbage", "không phải văn bản UTF-8"),
        (b"42", "không chứa ghi chú"),
        (b'{"type": "Person"}', "không phải AnnotationCollection"),
        (b"[" * 100_000 + b"]" * 100_000, "lồng nhau quá sâu"),
        (
            json.dumps(
                {
                    "type": "Annotation",
                    "id": "x",
                    "body": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],
                }
            ).encode(),
            "lồng nhau quá sâu",
        ),
    ],
)
def test_malformed_files_are_refused_with_a_clear_message(payload: bytes, expected: str) -> None:
    with pytest.raises(AnnotationFileError) as caught:
        parse_annotation_file(payload)
    assert expected in caught.value.message


def _item(**target: object) -> dict:
    base_target = {
        "source": "urn:trichdan:article:a000",
        "selector": [{"type": "TextQuoteSelector", "exact": "Chỉ thị"}],
    }
    base_target.update(target)
    return {"type": "Annotation", "id": "urn:x", "target": base_target}


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"type": "Annotation", "target": _item()["target"]}, "thiếu trường “id”"),
        ({**_item(), "type": "Comment"}, "“type” phải là “Annotation”"),
        ({**_item(), "id": 7}, "“id” phải là chuỗi ký tự"),
        (
            _item(
                selector=[
                    {"type": "TextPositionSelector", "start": "0", "end": 3},
                    {"type": "TextQuoteSelector", "exact": "x"},
                ]
            ),
            "phải là số nguyên",
        ),
        (
            _item(
                selector=[
                    {"type": "TextPositionSelector", "start": 9, "end": 3},
                    {"type": "TextQuoteSelector", "exact": "x"},
                ]
            ),
            "“end” nhỏ hơn “start”",
        ),
        (
            _item(
                selector=[
                    {
                        "type": "TextQuoteSelector",
                        "exact": "x" * (jsonld_reader.MAX_QUOTE_CHARS + 1),
                    }
                ]
            ),
            "quá dài",
        ),
        (_item(selector=[]), "thiếu TextQuoteSelector"),
        (_item(source=["a", "b"]), "“target.source”"),
        ({**_item(), "body": [{"purpose": "tagging", "value": {"$ne": 1}}]}, "phải là chuỗi ký tự"),
    ],
)
def test_bad_annotations_name_the_problem(item: dict, expected: str) -> None:
    """A bad item is set aside with its reason; the good one beside it is still read."""
    payload = json.dumps({"type": "AnnotationPage", "items": [_item(), item]}).encode()
    parsed = parse_annotation_file(payload)
    assert len(parsed.items) == 1 and parsed.total == 2
    (rejected,) = parsed.rejected
    assert rejected.number == 2 and expected in rejected.reason


def test_one_bad_item_among_good_ones_is_listed_and_the_rest_merge(
    export_library: ExportLibrary, empty_services: object, tmp_path: Path
) -> None:
    document = _good_items(empty_services, tmp_path)
    for item in document["first"]["items"]:
        item["modified"] = "2099-01-01T00:00:00Z"  # all would update...
        item["body"] = [{"type": "TextualBody", "value": "đè lên"}]
    document["first"]["items"].append(
        {"type": "Annotation", "id": "bad", "target": 5}
    )  # ...but one is broken
    path = tmp_path / "mixed.jsonld"
    path.write_text(json.dumps(document), encoding="utf-8")
    good = len(document["first"]["items"]) - 1
    report = empty_services.export.import_annotations(path)  # type: ignore[attr-defined]
    assert len(report.updated) == good
    (skipped,) = report.skipped
    assert "“target” phải là một đối tượng" in skipped.reason and "thứ" in skipped.quote
    notes = {a.note for a in empty_services.store.iter_all_annotations()}  # type: ignore[attr-defined]
    assert "đè lên" in notes


def test_a_write_failure_midway_is_rolled_back(
    export_library: ExportLibrary,
    empty_services: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = _good_items(empty_services, tmp_path)
    for item in document["first"]["items"]:
        item["modified"] = "2099-01-01T00:00:00Z"
        item["body"] = [{"type": "TextualBody", "purpose": "tagging", "value": "Thẻ mới"}]
    path = tmp_path / "newer.jsonld"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = _snapshot(empty_services)
    store = empty_services.store  # type: ignore[attr-defined]
    real = store.replace_annotations
    calls = {"n": 0}

    def failing(article_id: str, annotations: list) -> None:
        calls["n"] += 1
        if calls["n"] == 3:  # the third article's write hits a full disk
            raise OSError(28, "No space left on device")
        real(article_id, annotations)

    monkeypatch.setattr(store, "replace_annotations", failing)
    with pytest.raises(UserError) as caught:
        empty_services.export.import_annotations(path)  # type: ignore[attr-defined]
    assert "thư viện giữ nguyên" in caught.value.message
    assert _snapshot(empty_services) == before


def test_huge_file_is_refused_before_reading(
    empty_services: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.services.annotation_import.MAX_FILE_BYTES", 10)
    path = tmp_path / "big.jsonld"
    path.write_text('{"type": "AnnotationPage", "items": []}', encoding="utf-8")
    with pytest.raises(AnnotationFileError, match="quá lớn"):
        empty_services.export.import_annotations(path)  # type: ignore[attr-defined]


def test_missing_file_is_a_clear_error(empty_services: object, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Không tìm thấy tệp"):
        empty_services.export.import_annotations(tmp_path / "khong-co.jsonld")  # type: ignore[attr-defined]

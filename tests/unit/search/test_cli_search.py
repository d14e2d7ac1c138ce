"""`search QUERY [--limit N] [--json]` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.ingest.document import ImportedDocument
from desktop.services import Services


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    texts = {
        "Đạo đức công vụ": "Nâng cao đạo đức công vụ của cán bộ, công chức.",
        "Dạo phố": "Đi dạo đức tin, cong vu hằng ngày.",
        "Thời tiết": "Trời nắng.",
    }
    with Services.open(folder, seed=False) as services:
        services.library.add_documents(
            [ImportedDocument(t + "\n" + x, x, (), t, source="VnExpress", origin=t) for t, x in texts.items()]
        )
    return folder


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_unmarked_and_marked_queries_differ_as_the_rules_say(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unmarked = _json(capsys, "search", "dao duc cong vu", "--data-dir", str(library))
    marked = _json(capsys, "search", "đạo đức công vụ", "--data-dir", str(library))
    assert {a["title"] for a in unmarked["articles"]} == {"Đạo đức công vụ", "Dạo phố"}
    assert [a["title"] for a in marked["articles"]] == ["Đạo đức công vụ"]
    hit = marked["articles"][0]
    assert set(hit) >= {"id", "title", "score", "snippet", "spans"}
    assert hit["snippet"]["text"][slice(*hit["snippet"]["marks"][0])].lower() == "đạo đức công vụ"
    assert hit["title_marks"] == [[0, 15]]


def test_limit_and_counts(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "search", "dao", "--limit", "1", "--data-dir", str(library))
    assert len(data["articles"]) == 1 and data["article_count"] == 2


def test_human_output_marks_hits(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", '"đạo đức"', "--data-dir", str(library)]) == 0
    out = capsys.readouterr().out
    assert "[đạo đức]" in out and "Bài viết: 1 kết quả" in out


def test_errors_are_vietnamese_and_exit_1(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "ngày:abc", "--data-dir", str(library)]) == 1
    assert "Không hiểu ngày" in capsys.readouterr().err
    assert main(["search", "--data-dir", str(library)]) == 1
    assert "Hãy nhập nội dung cần tìm" in capsys.readouterr().err


def test_rebuild(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _json(capsys, "search", "--rebuild", "--data-dir", str(library)) == {"indexed": 3}

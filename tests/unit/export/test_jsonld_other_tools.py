"""Annotations from other software (tests/data/jsonld, see its README) land on the right passage
of the seed articles, or are listed with the reason they cannot."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.main import main as cli_main
from desktop.export.jsonld_reader import parse_annotation_file

DATA = Path(__file__).resolve().parents[2] / "data" / "jsonld"
PAGE = "https://kinhtedothi.vn/ha-noi-hoc-va-lam-theo-bac-bat-dau-tu-nang-cao-dao-duc-cong-vu.html"


def _article(services: object, title_start: str) -> str:
    library = services.library  # type: ignore[attr-defined]
    (meta,) = [m for m in library.list_articles() if m.title.startswith(title_start)]
    return meta.id


def _added(services: object, article_id: str) -> list[tuple[str, str]]:
    store = services.store  # type: ignore[attr-defined]
    text = store.get_article_text(article_id).clean_text
    return [(text[a.start : a.end], a.note) for a in store.list_annotations(article_id)]


@pytest.fixture
def ha_noi(services: object) -> str:
    """The seed "Hà Nội: Học và làm theo Bác…", given the address it was read at."""
    article_id = _article(services, "Hà Nội: Học và làm theo Bác")
    services.library.update_meta(article_id, source=PAGE)  # type: ignore[attr-defined]
    return article_id


def test_hypothesis_annotation_lands_by_page_address(services: object, ha_noi: str) -> None:
    report = services.export.import_annotations(DATA / "hypothesis_single.jsonld")  # type: ignore[attr-defined]
    assert len(report.added) == 1 and not report.skipped
    ((quote, note),) = _added(services, ha_noi)
    assert quote == "luôn mỉm cười, luôn nhẹ nhàng, luôn lắng nghe, luôn giúp đỡ"
    assert note == "Khẩu hiệu nên đưa vào **bản tin** tháng này."
    assert report.created_tags == ["Văn hóa công vụ"]


def test_hypothesis_list_same_page_written_differently_and_an_unknown_one(
    services: object, ha_noi: str
) -> None:
    report = services.export.import_annotations(DATA / "hypothesis_list.jsonld")  # type: ignore[attr-defined]
    assert [q for q, _ in _added(services, ha_noi)] == ["Đổi mới cơ chế đánh giá cán bộ, công chức"]
    (skipped,) = report.skipped
    assert skipped.reason.startswith("bài viết không có trong thư viện")


def test_quote_in_refined_by_found_across_the_library(services: object) -> None:
    report = services.export.import_annotations(DATA / "w3c_anno29_refinedby_seed.json")  # type: ignore[attr-defined]
    assert len(report.added) == 1
    article_id = _article(services, "Hà Nội: Học và làm theo Bác")
    assert [q for q, _ in _added(services, article_id)] == ["Nói đi đôi với làm, làm nhiều hơn nói"]


def test_collection_with_two_pages_context_picks_the_occurrence(services: object) -> None:
    report = services.export.import_annotations(DATA / "w3c_collection_pages_seed.json")  # type: ignore[attr-defined]
    assert len(report.added) == 1 and len(report.skipped) == 2
    article_id = _article(services, "Tân An")
    store = services.store  # type: ignore[attr-defined]
    text = store.get_article_text(article_id).clean_text
    (a,) = store.list_annotations(article_id)
    assert text[a.end : a.end + 24] == " là một quá trình lâu dà"
    assert a.note == "Câu nói của Bác về đạo đức."
    reasons = " ".join(e.reason for e in report.skipped)
    assert "cả tài liệu" in reasons and "TextQuoteSelector" in reasons


def test_the_recommendation_examples_are_read_and_each_refusal_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parsed = parse_annotation_file((DATA / "w3c_collection1.json").read_bytes())
    assert parsed.total == 43
    # Only Example 23 and 29 hold a text quote; neither is text of our library.
    assert sorted(p.exact for p in parsed.items) == ["Selected Text", "anotation"]
    assert all(r.reason for r in parsed.rejected) and len(parsed.rejected) == 41
    library = str(tmp_path / "lib")
    code = cli_main(["import-annotations", "--data-dir", library, str(DATA / "w3c_collection1.json")])
    err = capsys.readouterr().err
    assert code == 1 and "không nhập gì cả" in err and "cả tài liệu" in err
    assert cli_main(["annotations", "--data-dir", library, "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"

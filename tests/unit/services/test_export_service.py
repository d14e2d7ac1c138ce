"""ExportService: selection to file, failures that leave nothing behind and the library untouched."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from desktop.domain.errors import UserError
from desktop.export.export_options import (
    BriefOptions,
    ExcerptSelection,
    ExportFormat,
    ExportRequest,
    GroupBy,
)
from desktop.export.safe_output import ExportWriteError
from tests.unit.export.export_library import build_library


@pytest.fixture
def services(empty_services: object) -> object:
    build_library(empty_services)
    return empty_services


def _library_files(services: object) -> dict[str, bytes]:
    folder = services.data_dir  # type: ignore[attr-defined]
    # The store of record only: index/ holds derived caches the services may (re)build.
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*.json"))
        if p.relative_to(folder).parts[0] != "index"
    }


def test_a_tag_exported_to_docx(services: object, tmp_path: Path) -> None:
    request = ExportRequest(
        ExcerptSelection(tag_names=("Cải cách hành chính",)), BriefOptions(title="Cải cách")
    )
    result = services.export.export(request, tmp_path / "cai-cach.docx")  # type: ignore[attr-defined]
    assert (result.excerpts, result.articles) == (2, 2)
    assert "Đã xuất 2 trích dẫn từ 2 bài viết" in result.summary()
    document = docx.Document(io.BytesIO((tmp_path / "cai-cach.docx").read_bytes()))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [
        "Tổng quan",
        "I. CẢI CÁCH HÀNH CHÍNH",
    ]


def test_outline_for_the_preview(services: object) -> None:
    request = ExportRequest(options=BriefOptions(group_by=GroupBy.DATE))
    outline = services.export.outline(request)  # type: ignore[attr-defined]
    assert outline[0] == (1, "I. NGÀY 20/05/2019", 1)
    assert sum(count for _, _, count in outline) == 5
    empty = ExportRequest(ExcerptSelection(tag_names=("Không có thẻ này",)))
    assert services.export.outline(empty) == []  # type: ignore[attr-defined]
    html = services.export.preview_html(request, max_excerpts=1)  # type: ignore[attr-defined]
    assert (
        "I. NGÀY 20/05/2019" in html
        and "Làm nhiều hơn nói" in html
        and "NGÀY 09/08/2021" not in html
    )


def test_nothing_selected_is_a_clear_error_and_writes_nothing(
    services: object, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    request = ExportRequest(ExcerptSelection(date_from="2030-01-01"))
    with pytest.raises(UserError, match="Không có trích dẫn nào phù hợp"):
        services.export.export(request, out / "x.docx")  # type: ignore[attr-defined]
    assert list(out.iterdir()) == []


def test_failed_export_leaves_the_library_untouched(services: object, tmp_path: Path) -> None:
    before = _library_files(services)
    with pytest.raises(ExportWriteError):
        services.export.export(ExportRequest(), tmp_path / "a|b.docx")  # type: ignore[attr-defined]
    for fmt in ExportFormat:
        if fmt is not ExportFormat.PDF:
            services.export.export(ExportRequest(format=fmt), tmp_path / f"ok{fmt.suffix}")  # type: ignore[attr-defined]
    assert _library_files(services) == before


def test_pdf_goes_through_the_renderer_given(services: object, tmp_path: Path) -> None:
    seen: list[object] = []

    def renderer(brief: object) -> bytes:
        seen.append(brief)
        return b"%PDF-1.4 fake"

    request = ExportRequest(format=ExportFormat.PDF)
    services.export.export(request, tmp_path / "a.pdf", pdf_renderer=renderer)  # type: ignore[attr-defined]
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF-1.4 fake"
    assert len(seen[0].excerpts) == 5  # type: ignore[attr-defined]
    with pytest.raises(UserError, match="PDF"):
        services.export.render(request)  # type: ignore[attr-defined]


def test_progress_is_reported_for_docx(services: object) -> None:
    calls: list[tuple[int, int]] = []
    services.export.render(
        ExportRequest(), progress=lambda done, total: calls.append((done, total))
    )  # type: ignore[attr-defined]
    # Progress counts excerpts, each written once (n2, under two tags, is referred to the
    # second time): 5 of 5, as the brief numbers them.
    assert calls[-1] == (5, 5)


def test_preview_speaks_the_chosen_format(services: object) -> None:
    csv_preview = services.export.preview(ExportRequest(format=ExportFormat.CSV))  # type: ignore[attr-defined]
    assert csv_preview.kind == "table" and csv_preview.rows[0][:2] == ("TT", "Trích dẫn")
    assert len(csv_preview.rows) == 6 and not csv_preview.html
    md = services.export.preview(ExportRequest(format=ExportFormat.MARKDOWN))  # type: ignore[attr-defined]
    assert md.kind == "text" and md.text.startswith("*Hà Nội, ngày")
    page = services.export.preview(ExportRequest(format=ExportFormat.DOCX))  # type: ignore[attr-defined]
    assert page.kind == "page" and "TỔNG HỢP TRÍCH DẪN" in page.html


def test_word_contents_need_libreoffice_and_say_so(
    services: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.export import libreoffice

    monkeypatch.setattr(libreoffice, "find_soffice", lambda: None)
    export = services.export  # type: ignore[attr-defined]
    assert "LibreOffice" in export.toc_requirement(ExportFormat.DOCX)
    assert export.toc_requirement(ExportFormat.PDF) == ""
    assert export.toc_requirement(ExportFormat.MARKDOWN) == ""
    request = ExportRequest(options=BriefOptions(include_toc=True))
    with pytest.raises(UserError, match="cần LibreOffice"):
        export.render(request)
    # Data formats have no layout: the option is ignored there, not an error.
    assert export.render(ExportRequest(options=BriefOptions(include_toc=True), format=ExportFormat.CSV))


def test_suggested_file_name_is_safe() -> None:
    from desktop.services.export_service import ExportService

    request = ExportRequest(
        options=BriefOptions(title="Báo cáo: quý 1/2024?"), format=ExportFormat.CSV
    )
    assert ExportService.suggested_file_name(request) == "Báo cáo quý 1 2024.csv"

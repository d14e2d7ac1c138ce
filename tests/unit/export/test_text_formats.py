"""Markdown and CSV: what a colleague opens in a text editor or Excel."""

from __future__ import annotations

import csv
import io
import time

import pytest

from desktop.export.csv_excerpt_writer import HEADER, excel_safe
from desktop.export.export_options import (
    BriefOptions,
    ExcerptSelection,
    ExportFormat,
    ExportRequest,
)
from desktop.export.markdown_brief_writer import md_escape
from tests.unit.export.export_library import ExportLibrary


def _render(services: object, fmt: ExportFormat, **options: object) -> bytes:
    request = ExportRequest(ExcerptSelection(), BriefOptions(**options), fmt)  # type: ignore[arg-type]
    return services.export.render(request)  # type: ignore[attr-defined]


def test_csv_is_utf8_with_bom_one_row_per_excerpt(
    export_library: ExportLibrary, empty_services: object
) -> None:
    data = _render(empty_services, ExportFormat.CSV)
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data  # Excel's line ends
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == HEADER
    assert len(rows) == 1 + len(export_library.annotations)  # n2 has two tags but is one row
    by_id = {row[HEADER.index("Mã ghi chú")]: row for row in rows[1:]}
    n2 = by_id["n2"]
    assert n2[HEADER.index("Trích dẫn")] == "Chỉ thị số 05-CT/TW"
    assert n2[HEADER.index("Thẻ")] == "Cải cách hành chính; Đạo đức công vụ"
    assert n2[HEADER.index("Ngày đăng")] == "09/08/2021"
    assert by_id["n1"][HEADER.index("Đoạn")] == "9"


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is POSIX only")
def test_csv_speaks_to_people_meanings_local_times_brief_numbers(
    export_library: ExportLibrary, empty_services: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    try:
        data = _render(empty_services, ExportFormat.CSV)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    by_id = {row[HEADER.index("Mã ghi chú")]: row for row in rows[1:]}
    n3 = by_id["n3"]
    assert n3[HEADER.index("Màu")] == "Số liệu"  # the meaning, not the key "green"
    assert "green" not in data.decode("utf-8-sig")
    # Stored 2024-01-03T08:00:00+00:00, read in Hà Nội's time (UTC+7).
    assert n3[HEADER.index("Sửa lúc")] == "03/01/2024 15:00"
    # Numbered as the brief numbers them (by tag: n2 first, under "Cải cách hành chính").
    assert [row[0] for row in rows[1:]] == ["1", "2", "3", "4", "5"]
    assert rows[1][HEADER.index("Mã ghi chú")] == "n2"


def test_csv_shows_control_characters_and_keeps_word_breaks(
    export_library: ExportLibrary, empty_services: object
) -> None:
    store = empty_services.store  # type: ignore[attr-defined]
    store.put_annotation(export_library.annotations["n1"].with_changes(note="a\x0bb\x00c"))
    rows = list(csv.reader(io.StringIO(_render(empty_services, ExportFormat.CSV).decode("utf-8-sig"))))
    by_id = {row[HEADER.index("Mã ghi chú")]: row for row in rows[1:]}
    assert by_id["n1"][HEADER.index("Ghi chú")] == "a\nb\ufffdc"


def test_csv_cells_never_run_as_formulas() -> None:
    assert excel_safe('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert excel_safe("- Tăng cường kỷ luật") == "'- Tăng cường kỷ luật"
    assert excel_safe("Bình thường") == "Bình thường"


def test_markdown_brief_has_headings_quotes_and_citations(
    export_library: ExportLibrary, empty_services: object
) -> None:
    text = _render(empty_services, ExportFormat.MARKDOWN, title="Báo cáo nhanh").decode("utf-8")
    lines = text.splitlines()
    assert "# BÁO CÁO NHANH" in lines
    assert "## II. ĐẠO ĐỨC CÔNG VỤ" in lines and "### 1. Nêu gương" in lines
    n3 = export_library.annotations["n3"]
    quote_line = next(line for line in lines if "Làm nhiều hơn nói" in line)
    assert quote_line.startswith("> **") and md_escape(n3.quote.exact) in quote_line
    assert "- **Ghi chú:** Khẩu hiệu của Sở Nội vụ." in lines
    assert lines.index("## II. ĐẠO ĐỨC CÔNG VỤ") < lines.index("### 1. Nêu gương")


def test_markdown_escapes_markup_in_user_text() -> None:
    assert md_escape("# không phải tiêu đề") == "\\# không phải tiêu đề"
    assert md_escape("a*b*_c_ [x](y)") == "a\\*b\\*\\_c\\_ \\[x\\](y)"
    assert md_escape("1. mục") == "1\\. mục"


def test_markdown_numbers_once_refers_after_and_lists_contents(
    export_library: ExportLibrary, empty_services: object
) -> None:
    text = _render(empty_services, ExportFormat.MARKDOWN, include_toc=True).decode("utf-8")
    lines = text.splitlines()
    assert "## Mục lục" in lines
    assert "- [I. CẢI CÁCH HÀNH CHÍNH](#muc-2)" in lines and "  - [1. Nêu gương](#muc-4)" in lines
    assert '<a id="muc-2"></a>' in lines
    n2 = export_library.annotations["n2"]
    assert f"> **1.** “{md_escape(n2.quote.exact)}”" in lines
    assert any(
        line.startswith("> **1.** “") and "(#trich-dan-1)" in line and "đã in đầy đủ" in line
        for line in lines
    )
    numbers = [line.split("**")[1] for line in lines if line.startswith("> **")]
    assert numbers == ["1.", "2.", "1.", "3.", "4.", "5."]


def test_markdown_appendix_marks_highlights(
    export_library: ExportLibrary, empty_services: object
) -> None:
    text = _render(empty_services, ExportFormat.MARKDOWN, include_appendix=True).decode("utf-8")
    appendix = text[text.index("## Phụ lục") :]
    n3 = export_library.annotations["n3"]
    assert f"<mark>{n3.quote.exact}</mark>" in appendix
    assert "**[9]** Như các nhà nghiên cứu đã chỉ ra" in appendix

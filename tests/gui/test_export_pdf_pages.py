"""The app's own PDF of real material: keep rules, rows never split, contents, page numbers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector
from desktop.domain.article import ArticleMeta, ArticleText
from desktop.export.export_options import BriefOptions, ExportFormat, ExportRequest, LayoutStyle
from desktop.export.html_brief_writer import TABLE_ROW
from desktop.gui.export.pdf_renderer import lay_out, new_writer, render_pdf
from tests.unit.export.pdf_pages import layout_problems, read_pages
from tests.unit.export.real_library import build_real_library

PDFTOTEXT = shutil.which("pdftotext")


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
@pytest.mark.parametrize("style", list(LayoutStyle))
def test_real_brief_prints_cleanly(services, tmp_path: Path, style: LayoutStyle) -> None:  # type: ignore[no-untyped-def]
    build_real_library(services)
    options = BriefOptions(style=style, agency="Đảng bộ phường\nChi bộ 3", include_toc=True, include_appendix=True)
    request = ExportRequest(options=options, format=ExportFormat.PDF)
    target = tmp_path / "b.pdf"
    services.export.export(request, target, pdf_renderer=render_pdf)
    headings = [e.text for e in services.export.build_brief(request).toc_entries()]
    pages = read_pages(target)
    assert layout_problems(pages, headings) == []
    # The contents (page 1) give each heading the page it is printed on.
    where = {line.text: page.number for page in pages[1:] for line in page.lines if line.text in headings}
    rows: dict[int, list[str]] = {}  # the contents are a table: title and number, same height
    for line in pages[0].lines:
        rows.setdefault(round(line.top), []).append(line.text)
    listed = {
        title: int(number)
        for texts in rows.values()
        for title in texts
        if title in headings
        for number in texts
        if number.isdigit()
    }
    assert len(listed) >= 8
    for heading, number in listed.items():
        assert where[heading] == number, heading


def _many_articles(services, count: int) -> None:  # type: ignore[no-untyped-def]
    """Enough articles for the summary table to cross a page, each with one excerpt."""
    items, annotations = [], []
    for i in range(count):
        text = f"Bài số {i}: cán bộ, đảng viên nêu gương, nói đi đôi với làm trong thực hiện Chỉ thị 05."
        meta = ArticleMeta(f"m{i:03d}", f"Bài viết số {i} về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Báo Nhân Dân", "", f"2020-01-{1 + i % 28:02d}")
        items.append((meta, ArticleText(text, text)))
        start = text.index("nói đi đôi")
        annotations.append((meta.id, Annotation(f"x{i}", meta.id, TextPositionSelector(start, start + 18), TextQuoteSelector(text[start : start + 18]))))
    services.store.add_articles(items)
    for article_id, annotation in annotations:
        services.store.replace_annotations(article_id, [annotation])


def test_no_table_row_splits_across_pages(services) -> None:  # type: ignore[no-untyped-def]
    _many_articles(services, 60)
    brief = services.export.build_brief(ExportRequest(options=BriefOptions()))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    document, paginator, _ = lay_out(brief, new_writer(buffer, brief))
    rows = [u for u in paginator.units() if u.table is not None and u.flags & TABLE_ROW]
    assert len(rows) == 63  # the tag table (header, "Chưa gắn thẻ") and the article table (1 + 60)
    pages = set()
    for row in rows:
        top, bottom = paginator.span(row)
        assert paginator.page(top) == paginator.page(bottom - 3), "a row split across pages"
        pages.add(paginator.page(top))
    assert len(pages) >= 2  # the table did cross a page


def test_party_page_numbers_centred_at_the_top_from_page_two(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import re
    import subprocess

    if PDFTOTEXT is None:
        pytest.skip("pdftotext is not installed")
    build_real_library(services)
    request = ExportRequest(options=BriefOptions(style=LayoutStyle.HD36), format=ExportFormat.PDF)
    services.export.export(request, tmp_path / "p.pdf", pdf_renderer=render_pdf)
    count = len(read_pages(tmp_path / "p.pdf"))
    centre = (30 * 72 / 25.4 + 595.3 - 15 * 72 / 25.4) / 2  # between the 30 mm and 15 mm margins
    for page in range(1, count + 1):
        html = subprocess.run(
            [PDFTOTEXT, "-bbox", "-f", str(page), "-l", str(page), str(tmp_path / "p.pdf"), "-"],
            check=True, capture_output=True, timeout=60,
        ).stdout.decode()  # fmt: skip
        words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<', html)
        header = [((float(x0) + float(x1)) / 2, w) for x0, y0, x1, w in words if float(y0) < 45]  # the 10 mm header band
        if page == 1:
            assert header == []
        else:
            (middle, word), = header
            assert word == str(page) and abs(middle - centre) < 3

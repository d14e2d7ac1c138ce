"""The brief as an office suite prints it: LibreOffice lays out real material in both layouts,
and the pages are read back line by line (poppler) as a reader would check them."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.export.docx_brief_writer import KEEP_QUOTE_WHOLE_CHARS
from desktop.export.export_options import BriefOptions, ExportFormat, ExportRequest, LayoutStyle
from tests.unit.export.pdf_pages import (
    PDFTOTEXT,
    SOFFICE,
    convert_with_libreoffice,
    layout_problems,
    read_pages,
)
from tests.unit.export.real_library import PASSAGES, build_real_library

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
    pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed"),
]
AGENCY = {
    LayoutStyle.ND30: ("UBND phường Tân Định\nVăn phòng", "15/BC-VP"),
    LayoutStyle.HD36: ("Đảng bộ phường Tân Định\nChi bộ khu phố 3", "15-BC/CB"),
}


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[LayoutStyle, tuple[Path, list[str]]]:
    """Each layout exported once (the state one with its LibreOffice-numbered contents) and
    printed by LibreOffice: (PDF, the brief's headings)."""
    from desktop.services import Services

    folder = tmp_path_factory.mktemp("lo")
    out: dict[LayoutStyle, tuple[Path, list[str]]] = {}
    with Services.open(folder / "lib", seed=False) as services:
        build_real_library(services)
        for style in LayoutStyle:
            agency, number = AGENCY[style]
            options = BriefOptions(
                title="Tổng hợp trích dẫn thực hiện Chỉ thị 05", agency=agency, number=number,
                place="TP Hồ Chí Minh", author="Nguyễn Thị Lan", style=style,
                include_toc=style is LayoutStyle.ND30, include_appendix=True,
            )  # fmt: skip
            request = ExportRequest(options=options, format=ExportFormat.DOCX)
            paginator = None
            if options.include_toc:
                from desktop.gui.export.docx_pagination import paginate_docx

                paginator = paginate_docx
            target = folder / f"brief-{style.value}.docx"
            services.export.export(request, target, docx_paginator=paginator)
            brief = services.export.build_brief(request)
            headings = [e.text for e in brief.toc_entries()]
            out[style] = (convert_with_libreoffice(target, folder), headings)
    return out


@pytest.mark.parametrize("style", list(LayoutStyle))
def test_pages_without_holes_stranded_headings_or_doubled_marks(
    printed: dict[LayoutStyle, tuple[Path, list[str]]], style: LayoutStyle
) -> None:
    pdf, headings = printed[style]
    pages = read_pages(pdf)
    assert len(pages) > 10
    assert layout_problems(pages, headings) == []


@pytest.mark.parametrize("style", list(LayoutStyle))
def test_every_excerpt_once_and_each_short_quote_on_its_citations_page(
    printed: dict[LayoutStyle, tuple[Path, list[str]]], style: LayoutStyle
) -> None:
    pages = read_pages(printed[style][0])
    lines = [(page.number, line.text) for page in pages for line in page.lines]
    for i, (number, text) in enumerate(lines):
        if not text.startswith("Nguồn:"):
            continue
        start = i - 1
        while start > 0 and not re.match(r"\d+\. ", lines[start][1]):
            start -= 1
        quote = " ".join(t for _, t in lines[start:i])
        if len(quote) <= KEEP_QUOTE_WHOLE_CHARS:  # a long quote may break, and part from it
            assert lines[i - 1][0] == number, f"citation alone at the top of page {number}: {text}"
    flat = " ".join(text for _, text in lines)
    for passage in (p[2] for p in PASSAGES if not p[2].startswith("@")):
        assert " ".join(passage.split()) in flat
    assert "\ufffd còn ký tự lạ" in flat  # the NUL of the note, shown


def test_the_long_note_runs_on_over_pages(printed: dict[LayoutStyle, tuple[Path, list[str]]]) -> None:
    """The 20,000-character note starts under its excerpt and runs on; it is not pushed whole
    to a page of its own."""
    pages = read_pages(printed[LayoutStyle.ND30][0])
    found = [
        (page, i)
        for page in pages
        for i, line in enumerate(page.lines)
        if line.text.startswith("Ghi chú: “Nghiêm cấm”")
    ]
    ((page, i),) = found
    assert i > 0 and page.lines[i - 1].text.startswith("Thẻ:")  # right under its excerpt
    following = pages[page.number]  # the next page goes on with the note
    assert not re.match(r"\d+\. |[IVX]+\. ", following.lines[0].text)


def test_contents_page_numbers_match_the_printed_pages(
    printed: dict[LayoutStyle, tuple[Path, list[str]]],
) -> None:
    pdf, headings = printed[LayoutStyle.ND30]
    pages = read_pages(pdf)
    toc = {}
    for line in pages[0].lines:
        for heading in headings:
            if line.text.startswith(heading) and line.text.rstrip(".").rstrip(" .").split(".")[-1].strip().isdigit():
                toc[heading] = int(line.text.split(".")[-1].strip())
    where = {}
    for page in pages[1:]:
        for line in page.lines:
            if line.text in headings and line.text not in where:
                where[line.text] = page.number
    assert len(toc) >= len(headings) - 2  # long headings wrap: their number is on the next line
    for heading, number in toc.items():
        assert where.get(heading) == number, heading


def test_one_font_family_throughout(printed: dict[LayoutStyle, tuple[Path, list[str]]]) -> None:
    pdffonts = shutil.which("pdffonts")
    if pdffonts is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    for style in LayoutStyle:
        listing = subprocess.run(
            [pdffonts, str(printed[style][0])], check=True, capture_output=True, timeout=60
        ).stdout.decode()
        names = [line.split()[0] for line in listing.splitlines()[2:] if line.strip()]
        families = {name.split("+")[-1].split("-")[0].split(",")[0] for name in names}
        # Times New Roman or its metric twin; the "�" of the note may come from a fallback face.
        assert len(families - {"DejaVuSans", "DejaVuSerif"}) == 1, families

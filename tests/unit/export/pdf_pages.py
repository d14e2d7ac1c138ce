"""Read a PDF's lines page by page (poppler's pdftotext -bbox-layout) and check print rules."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PDFTOTEXT = shutil.which("pdftotext")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
_NS = "{http://www.w3.org/1999/xhtml}"
MM = 72 / 25.4
DOUBLED = re.compile(r"^\d+\.\s+[“”\"„«»‘’']\s?[“”\"„«»‘’']")


@dataclass(frozen=True)
class Line:
    text: str
    top: float
    bottom: float


@dataclass(frozen=True)
class Page:
    number: int
    lines: tuple[Line, ...]  # body lines only: the page number in the margin is left out
    body_top: float
    body_bottom: float

    def fullness(self) -> float:
        if not self.lines:
            return 0.0
        return (self.lines[-1].bottom - self.body_top) / (self.body_bottom - self.body_top)


def read_pages(pdf: Path, *, top_mm: float = 20, bottom_mm: float = 20) -> list[Page]:
    xhtml = subprocess.run(
        [str(PDFTOTEXT), "-bbox-layout", str(pdf), "-"], check=True, capture_output=True, timeout=60
    ).stdout
    root = ET.fromstring(xhtml)
    pages = []
    for number, page in enumerate(root.iter(f"{_NS}page"), start=1):
        height = float(page.get("height", "842"))
        body_top, body_bottom = top_mm * MM, height - bottom_mm * MM
        lines = []
        for line in page.iter(f"{_NS}line"):
            top, bottom = float(line.get("yMin", "0")), float(line.get("yMax", "0"))
            if bottom <= body_top + 1 or top >= body_bottom - 1:
                continue  # a page number in the margin
            words = [w.text or "" for w in line.iter(f"{_NS}word")]
            lines.append(Line(" ".join(words), top, bottom))
        lines.sort(key=lambda item: (item.top, item.text))
        pages.append(Page(number, tuple(lines), body_top, body_bottom))
    return pages


def _starts_heading(text: str, headings: list[str]) -> bool:
    """The line is a heading, or the first line of one that wraps (a table of contents line,
    heading text and page number, is not)."""
    flat = " ".join(text.split())
    return len(flat) > 3 and any(h.startswith(flat) for h in headings)


def layout_problems(pages: list[Page], headings: list[str]) -> list[str]:
    """What a reader would mark in red: a page under half full before the end (unless the next
    page starts a new group), a page ending with a heading, a quote opening with two marks."""
    flat_headings = [" ".join(h.split()) for h in headings]
    problems = []
    for i, page in enumerate(pages):
        last = page.lines[-1].text if page.lines else ""
        if page.lines and _starts_heading(last, flat_headings):
            problems.append(f"page {page.number} ends with the heading “{last}”")
        if i < len(pages) - 1 and page.fullness() < 0.5:
            following = pages[i + 1].lines[0].text if pages[i + 1].lines else ""
            if not _starts_heading(following, flat_headings):
                problems.append(
                    f"page {page.number} is {page.fullness():.0%} full and page {page.number + 1} "
                    f"starts with “{following}”, not a new group"
                )
        problems += [
            f"page {page.number}: doubled marks in “{line.text}”"
            for line in page.lines
            if DOUBLED.search(line.text)
        ]
    return problems


def convert_with_libreoffice(docx: Path, outdir: Path) -> Path:
    profile = (outdir / "lo-profile").as_uri()  # a private profile: parallel runs do not collide
    subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), str(docx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = outdir / (docx.stem + ".pdf")
    assert pdf.exists(), "LibreOffice did not produce a PDF"
    return pdf

"""Lines laid out on pages (a PDF) -> paragraphs: layout breaks joined, running heads dropped.

Each page gives its lines top to bottom with their left and right edges. A line is joined to
the one before unless something says a paragraph ends: a larger gap, an indented first line,
a short line before it, a centred heading, or a structure marker ("Điều 5.", "a)", "-").
Lines that repeat at the top or foot of most pages and page numbers are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median


@dataclass
class Line:
    text: str
    x0: float  # left edge, points
    x1: float  # right edge
    top: float  # distance from the top of the page
    bottom: float
    cells: list[str] = field(default_factory=list)  # pieces split by wide gaps (a table row)

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass
class Page:
    width: float
    height: float
    lines: list[Line]


_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:trang\s+|page\s+)?\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?(?:\s*[-–—])?\s*$", re.IGNORECASE
)
_MARKER = re.compile(
    r"^\s*(?:Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+|Phần\s+(?:thứ\s+)?[IVXLC\d]+|Phụ\s+lục|"
    r"[IVXLC]+\.\s|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|[-–+•*▪➢]\s|\(\d+\)\s)",
    re.IGNORECASE,
)
_OPEN_END = re.compile(r"(,|\b(?:VÀ|CỦA|VỀ|CHO|TRONG|VỚI|CÁC|NHỮNG))\s*$")
_SENTENCE_END = re.compile(r"[.:;!?…”\"')]\s*$")
HEAD_FOOT_SHARE = 0.13  # top/bottom band of a page where running heads and page numbers sit


def _shape(text: str) -> str:
    """A running head with its page number taken out: "Công báo số 12 - trang 3" repeats."""
    return re.sub(r"\d+", "#", " ".join(text.split())).casefold()


def drop_running_heads(pages: list[Page]) -> list[Page]:
    """Remove page numbers and lines repeated in the top or bottom band of most pages."""
    counts: Counter[str] = Counter()
    for page in pages:
        seen = {_shape(line.text) for line in _bands(page)}
        counts.update(seen)
    repeated_at = max(2, (len(pages) + 1) // 2)
    out: list[Page] = []
    for page in pages:
        band = {id(line) for line in _bands(page)}
        kept = [
            line
            for line in page.lines
            if id(line) not in band
            or not (_PAGE_NUMBER.match(line.text) or (len(pages) >= 2 and counts[_shape(line.text)] >= repeated_at))
        ]
        out.append(Page(page.width, page.height, kept))
    return out


def _bands(page: Page) -> list[Line]:
    """At most the two highest and two lowest lines on the page, and only inside the top and
    bottom bands (by position: a PDF often writes its running head last)."""
    limit_top = page.height * HEAD_FOOT_SHARE
    limit_bottom = page.height * (1 - HEAD_FOOT_SHARE)
    ordered = sorted(page.lines, key=lambda line: line.top)
    head = [line for line in ordered[:2] if line.bottom <= limit_top]
    foot = [line for line in ordered[-2:] if line.top >= limit_bottom]
    return head + foot


@dataclass
class _Geometry:
    left: float
    right: float
    spacing: float
    size: float


def _geometry(pages: list[Page]) -> _Geometry:
    lines = [line for page in pages for line in page.lines if len(line.text) > 20]
    if not lines:
        lines = [line for page in pages for line in page.lines] or [Line("", 0, 1, 0, 1)]
    # The text's left edge: the leftmost of the common line starts (first-line indents are
    # common too, in short texts as common as the edge itself).
    starts = Counter(round(line.x0) for line in lines)
    top_count = max(starts.values())
    left = min(x for x, count in starts.items() if count * 2 >= top_count)
    rights = sorted(line.x1 for line in lines)
    right = rights[int(len(rights) * 0.9)] if rights else left + 1
    gaps = [
        b.top - a.top
        for page in pages
        for a, b in zip(page.lines, page.lines[1:], strict=False)
        if 0 < b.top - a.top < 3 * a.height
    ]
    size = median(line.height for line in lines)
    return _Geometry(left, right, median(gaps) if gaps else size * 1.2, size)


def _centred(line: Line, geo: _Geometry) -> bool:
    margin_left = line.x0 - geo.left
    margin_right = geo.right - line.x1
    return margin_left > 3 * geo.size and margin_right > 3 * geo.size and abs(margin_left - margin_right) < 2 * geo.size


def _starts_paragraph(prev: Line | None, line: Line, geo: _Geometry, gap: float | None) -> bool:
    if prev is None:
        return True
    if prev.cells or line.cells:
        return True
    if gap is not None and gap > geo.spacing * 1.45:
        return True
    if prev.x1 < geo.right - max(2.5 * geo.size, (geo.right - geo.left) * 0.1):
        return True  # the line before stopped short: it ended its paragraph
    if line.x0 > geo.left + geo.size * 0.8:
        return True  # first-line indent, or a centred heading
    if _centred(prev, geo):
        # A centred heading broken over two lines: "QUYỀN CON NGƯỜI," / "QUYỀN VÀ NGHĨA VỤ …".
        return not (_centred(line, geo) and prev.text.isupper() and line.text.isupper() and _OPEN_END.search(prev.text))
    if _MARKER.match(line.text) and _SENTENCE_END.search(prev.text):
        return True
    return bool(line.text.isupper() != prev.text.isupper() and len(line.text) > 3)


def _join(paragraph: str, line: str) -> str:
    if paragraph.endswith("-") and len(paragraph) > 1 and paragraph[-2].isalpha() and line[:1].islower():
        return paragraph[:-1] + line  # a word hyphenated across lines
    return f"{paragraph} {line}"


def rebuild_paragraphs(pages: list[Page]) -> list[str]:
    """Paragraph texts in reading order (a table row is one paragraph of tab-joined cells)."""
    pages = drop_running_heads(pages)
    geo = _geometry(pages)
    paragraphs: list[str] = []
    prev: Line | None = None
    for page in pages:
        page_prev: Line | None = None
        for line in page.lines:
            text = " ".join(line.text.split())
            if not text:
                continue
            gap = line.top - page_prev.top if page_prev is not None else None
            if line.cells:
                paragraphs.extend(_cell_lines(line.cells, line, page))
            elif _starts_paragraph(prev, line, geo, gap) or not paragraphs:
                paragraphs.append(text)
            else:
                paragraphs[-1] = _join(paragraphs[-1], text)
            prev = page_prev = line
    return paragraphs


def _cell_lines(cells: list[str], line: Line, page: Page) -> list[str]:
    """A line split by wide gaps: at the top of a page an official header (issuing body |
    national motto) reads cell by cell; elsewhere a table row reads "a<tab>b<tab>c"."""
    from desktop.ingest.office_text import CELL_SEPARATOR, is_layout_table

    if line.top < page.height * 0.3 and is_layout_table([[[c] for c in cells]]):
        return cells
    return [CELL_SEPARATOR.join(cells)]

"""Lines laid out on pages (a PDF) -> paragraphs: layout breaks joined, running heads dropped.

Each page gives its lines top to bottom with their left and right edges. A line is joined to
the one before unless something says a paragraph ends: a larger gap, an indented first line,
a short line before it, a centred heading, or a structure marker ("Điều 5.", "a)", "-").
Lines that repeat at the top or foot of most pages and page numbers are dropped. Footnotes
(lines flagged by the reader) leave the flow of the body and follow it as "[n] text", one a line.
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
    note: bool = False  # part of a footnote at the foot of the page
    label: int | None = None  # the footnote this line opens ("[3] …")

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass
class Page:
    width: float
    height: float
    lines: list[Line]


PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:trang\s+|page\s+)?\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?(?:\s*[-–—])?\s*$", re.IGNORECASE
)
_MARKER = re.compile(
    r"^\s*(?:Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+|Phần\s+(?:thứ\s+)?[IVXLC\d]+|Phụ\s+lục|"
    r"[IVXLC]+\.\s|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|[-–+•*▪➢]\s|\(\d+\)\s)",
    re.IGNORECASE,
)
_OPEN_END = re.compile(r"(,|\b(?:VÀ|CỦA|VỀ|CHO|TRONG|VỚI|CÁC|NHỮNG))\s*$")
_SENTENCE_END = re.compile(r"[.:;!?…”\"')]\s*$")
_LIST_ITEM = re.compile(r"^\s*[-–+•]\s")
HEAD_FOOT_SHARE = 0.13  # top/bottom band of a page where running heads and page numbers sit


def _shape(text: str) -> str:
    """A running head with its page number taken out: "Công báo số 12 - trang 3" repeats, and
    "64 CÔNG BÁO/Số 1093 + 1094" on a left page is "CÔNG BÁO/Số 1093 + 1094 65" on a right one."""
    shape = re.sub(r"\d+", "#", " ".join(text.split())).casefold()
    return re.sub(r"^(?:#\s+)+|(?:\s+#)+$", "", shape)


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
            or not (PAGE_NUMBER.match(line.text) or (len(pages) >= 2 and counts[_shape(line.text)] >= repeated_at))
        ]
        out.append(Page(page.width, page.height, kept))
    return out


def _bands(page: Page) -> list[Line]:
    """At most the two highest and two lowest lines on the page, and only inside the top and
    bottom bands (by position: a PDF often writes its running head last)."""
    limit_top = page.height * HEAD_FOOT_SHARE
    limit_bottom = page.height * (1 - HEAD_FOOT_SHARE)
    ordered = sorted((line for line in page.lines if not line.note), key=lambda line: line.top)
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


def _starts_paragraph(prev: Line | None, line: Line, geo: _Geometry, gap: float | None, context: _Context) -> bool:
    if prev is None:
        return True
    if prev.cells or line.cells:
        return True
    if gap is not None and gap > geo.spacing * 1.45:
        return True
    right = context.right.get(id(prev), geo.right)
    if (
        _MARKER.match(line.text)
        and _LIST_ITEM.match(context.first)
        and _LIST_ITEM.match(line.text)
        and prev.text.endswith((",", ";"))
    ):
        return True  # the items of a list such as "Nơi nhận": "- Các bộ, …," / "- Lưu: VT."
    if _heading_goes_on(prev, line, geo):
        return False
    if prev.x1 < right - max(2.5 * geo.size, (right - geo.left) * 0.1):
        return True  # the line before stopped short: it ended its paragraph
    if line.x0 > context.left.get(id(line), geo.left) + geo.size * 0.8:
        return True  # first-line indent, or a centred heading
    if _centred(prev, geo):
        # A centred heading broken over two lines: "QUYỀN CON NGƯỜI," / "QUYỀN VÀ NGHĨA VỤ …".
        return not (_centred(line, geo) and prev.text.isupper() and line.text.isupper() and _OPEN_END.search(prev.text))
    if _MARKER.match(line.text) and _SENTENCE_END.search(prev.text):
        return True
    return bool(line.text.isupper() != prev.text.isupper() and len(line.text) > 3)


def _heading_goes_on(prev: Line, line: Line, geo: _Geometry) -> bool:
    """A heading in capitals filling the width, carried on by a centred line in capitals:
    "BÁO CÁO VỀ TÌNH HÌNH … NGÀNH CÔNG" / "NGHIỆP THÁNG 02 VÀ 2 THÁNG ĐẦU NĂM 2007"."""
    return (
        prev.text.isupper()
        and line.text.isupper()
        and len(prev.text) > 20
        and prev.x1 > geo.right - 2 * geo.size
        and prev.x0 < geo.left + 2 * geo.size
        and _centred(line, geo)
        and not _SENTENCE_END.search(prev.text)
        and not _MARKER.match(line.text)
    )


@dataclass
class _Context:
    """Per line: the right and left edges of the small-print block it belongs to ("Nơi nhận"
    beside the signature), and the first line of the paragraph being built."""

    right: dict[int, float] = field(default_factory=dict)
    left: dict[int, float] = field(default_factory=dict)
    first: str = ""


def _small_print_edges(pages: list[Page], geo: _Geometry, context: _Context) -> None:
    """A block of lines set smaller than the body has its own edges: its short lines are short
    against its own right edge, not the page's."""
    for page in pages:
        block: list[Line] = []
        for line in [*page.lines, None]:
            small = line is not None and line.height < 0.8 * geo.size and not line.cells
            if (
                small
                and line is not None
                and (not block or abs(line.x0 - block[0].x0) < 2 * geo.size)
            ):
                block.append(line)
                continue
            if len(block) >= 2:
                right, left = max(b.x1 for b in block), min(b.x0 for b in block)
                for member in block:
                    context.right[id(member)], context.left[id(member)] = right, left
            block = [line] if small and line is not None else []


def _join(paragraph: str, line: str) -> str:
    if paragraph.endswith("-") and len(paragraph) > 1 and paragraph[-2].isalpha() and line[:1].islower():
        return paragraph[:-1] + line  # a word hyphenated across lines
    return f"{paragraph} {line}"


def rebuild_paragraphs(pages: list[Page]) -> list[str]:
    """Paragraph texts in reading order (a table row is one paragraph of tab-joined cells),
    then, after a blank line, the footnotes one a line."""
    pages = drop_running_heads(pages)
    geo = _geometry([Page(p.width, p.height, [line for line in p.lines if not line.note]) for p in pages])
    context = _Context()
    _small_print_edges(pages, geo, context)
    paragraphs: list[str] = []
    notes: list[str] = []
    prev: Line | None = None
    for page in pages:
        page_prev: Line | None = None
        for line in page.lines:
            text = " ".join(line.text.split())
            if not text:
                continue
            if line.note:
                if line.label is not None or not notes:
                    notes.append(text)
                else:
                    notes[-1] = _join(notes[-1], text)
                continue
            gap = line.top - page_prev.top if page_prev is not None else None
            if line.cells:
                paragraphs.extend(_cell_lines(line.cells, line, page))
            elif _starts_paragraph(prev, line, geo, gap, context) or not paragraphs:
                paragraphs.append(text)
                context.first = text
            else:
                paragraphs[-1] = _join(paragraphs[-1], text)
            prev = page_prev = line
    return [*paragraphs, "", *notes] if notes else paragraphs


def _cell_lines(cells: list[str], line: Line, page: Page) -> list[str]:
    """A line split by wide gaps: at the top of a page an official header (issuing body |
    national motto) reads cell by cell; elsewhere a table row reads "a<tab>b<tab>c"."""
    from desktop.ingest.office_text import CELL_SEPARATOR, is_layout_table

    if line.top < page.height * 0.3 and is_layout_table([[[c] for c in cells]]):
        return cells
    return [CELL_SEPARATOR.join(cells)]

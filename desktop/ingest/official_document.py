"""Vietnamese official documents understood: issuing body, number, place and date, type, summary.

The header is laid out in two columns (Nghị định 30/2020/NĐ-CP, Phụ lục I; Hướng dẫn
36-HD/VPTW for the Party): the issuing body and "Số: …" on the left; the national motto or
"ĐẢNG CỘNG SẢN VIỆT NAM" and "Hà Nội, ngày … tháng … năm …" on the right; then the type
("NGHỊ ĐỊNH") and the summary (trích yếu). Text extraction linearises the two columns in any
order: cell by cell (.docx tables), both columns on one line (PDF), cells split by "|" (legal
portals); lines may even break inside the date. So the header is read as cells, not lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.ingest.official_casing import sentence_case
from desktop.ingest.official_issuer import (
    complete_issuer,
    issuer_of,
    passed_on,
    place_of,
)
from desktop.ingest.official_summary import (
    body_begins,
    page_title_summary,
    rule_lines,
    summary_cells,
    tidy_summary,
)
from desktop.ingest.official_words import (
    KINDS,
    LAW_KINDS,
    is_motto,
    is_upper,
    kind_of_number,
    kind_prefix,
    normalize_number,
    symbol_of,
)
from desktop.text.normalize import fold

__all__ = ["KINDS", "OfficialHeader", "is_motto", "normalize_number", "parse_official_header"]

# Where to look: the header follows at most a page's worth of portal furniture.
_HEAD_LINES = 60
_HEAD_CHARS = 5000
# Cell separators inside a line: table bars, tabs, rules of dashes, underscores or asterisks, wide gaps.
_CELL_SPLIT = re.compile(r"\s*\|\s*|\s*\t\s*|\s*[-_–—=*]{3,}\s*|\s{3,}|\s+\*\s+|^\*$")
_NUMBER_BODY = (
    r"(\d{1,5}\s*/\s*(?:(?:19|20)\d\d\s*/\s*)?[A-ZĐa-zđ][A-ZĐa-zđ0-9&]*(?:\s*[-/]\s*[A-ZĐa-zđ][A-ZĐa-zđ0-9&]*)*"
    r"|\d{1,5}\s*-\s*[A-ZĐa-zđ]{1,6}\s*/\s*[A-ZĐa-zđ0-9]+(?:\s*[-/]\s*[A-ZĐa-zđ0-9]+)*)"
)
# "Số: 30/2020/NĐ-CP", "Số 06-CT/TW", "Luật số: 22/2008/QH12", "Nghị quyết số: 11-NQ/TW", "Số hiệu: …"
_NUMBER = re.compile(r"(?<!\w)(?:(?P<kind>[^\W\d_][\w ]{0,20}?)\s+)?số(?:\s+hiệu)?\s*:?\s*" + _NUMBER_BODY + r"(?![\w/])", re.I)
# "Số : 62/2002/" and nothing after: the symbol was lost from this copy.
_NUMBER_CUT = re.compile(r"(?i)^số\s*:?\s*(\d{1,5})\s*/\s*((?:19|20)\d\d)\s*/?$")
_DATE = re.compile(
    r"(?P<place>[^\W\d_][^,:;|\n]{0,30}?)\s*,\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s*(?P<m>\d{1,2})\s+năm\s*(?P<y>(?:19|20)\d\d)",
    re.I,
)
_ISSUED_ON = re.compile(r"ngày ban hành\s*:?\s*\|?\s*(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)", re.I)
_ISSUED_BY = re.compile(r"(?:nơi|cơ quan) ban hành\s*:?\s*\|?\s*([^|\n]{2,80}?)\s*(?:\||người ký|$)", re.I | re.M)
_KIND_LINE = re.compile(r"loại văn bản\s*:?\s*\|?\s*([^|\n]{2,30}?)\s*(?:\||nơi ban hành|$)", re.I | re.M)
# A document that lost its type line still names itself: "Điều 3. Nghị định này có hiệu lực …".
_SELF_NAMED = re.compile(r"(?m)^(?:Điều\s+\d+\s*[.:]\s*)?(" + "|".join(sorted(KINDS.values(), key=len, reverse=True)) + r") này có hiệu lực")


@dataclass(frozen=True)
class OfficialHeader:
    kind: str  # "Nghị định", "Luật", "Chỉ thị"…
    number: str  # "30/2020/NĐ-CP", "05-CT/TW"; "" for a constitution
    issuer: str  # "Chính phủ", "Ủy ban nhân dân tỉnh Vĩnh Long", "Ban Tổ chức Trung ương"
    place: str
    date: str | None  # ISO "2020-03-05"
    summary: str  # the trích yếu, in sentence case ("về công tác văn thư"); a law's name
    title: str
    header_start: int  # line number where the header begins (lines before it are portal furniture)


@dataclass
class _Cell:
    text: str
    line: int


_MOTTO_SPACED = re.compile(
    r"C[ỘO]NG\s+H[ÒOÓ]A\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM|Đ[ỘO]C\s+L[ẬA]P\s*-\s*T[ỰU]\s+DO\s*-\s*H[ẠA]NH\s+PH[ÚU]C",
    re.I,
)


def _cells(lines: list[str]) -> list[_Cell]:
    cells: list[_Cell] = []
    for number, line in enumerate(lines):
        line = _MOTTO_SPACED.sub(lambda m: " ".join(m.group(0).split()), line.replace("\xa0", " "))
        # "Số:      40   /2000/TT/BTC": a typist's gap inside the number is no gap between cells
        line = re.sub(r"(?i)(số\s*:?\s*\d{1,5})\s+/\s*", r"\1/", line)
        parts = [" ".join(p.split()).strip(" |") for p in _CELL_SPLIT.split(line)]
        parts = [p for p in parts if p and p != "*"]
        # "QUỐC   HỘI" spaced out by a PDF is one cell, not two.
        merged: list[str] = []
        for part in parts:
            if merged and is_upper(part) and is_upper(merged[-1]) and (" " not in merged[-1] or " " not in part):
                merged[-1] += " " + part
            else:
                merged.append(part)
        cells.extend(_Cell(part, number) for part in merged)
    return cells


@dataclass
class _Header:
    number: str = ""
    number_cell: int = -1
    number_kind: str = ""
    date: str | None = None
    place: str = ""
    date_cell: int = -1
    motto_cells: list[int] | None = None


def _find_number_and_date(cells: list[_Cell], limit: int) -> _Header:
    """The header's number and date, looked for before cell `limit` (where the body begins: a
    date in the preamble, "ngày 02 tháng 9 năm 1945", is not the document's)."""
    found = _Header(motto_cells=[])
    joined_at: list[int] = []
    texts: list[str] = []
    for index, cell in enumerate(cells[:limit]):
        joined_at.append(sum(len(t) + 1 for t in texts))
        texts.append(cell.text)
        # The motto of the header, not of an appendix printed further on.
        if is_motto(cell.text) and (not found.motto_cells or index - found.motto_cells[-1] <= 6):
            found.motto_cells.append(index)  # type: ignore[union-attr]
    if not texts:
        return found
    joined = " ".join(texts)

    def cell_at(offset: int) -> int:
        return max(i for i, start in enumerate(joined_at) if start <= offset)

    # The date line may break anywhere inside ("…tháng 3 năm" / "2020"): search the joined cells.
    for match in _DATE.finditer(joined):
        y, m, d = int(match.group("y")), int(match.group("m")), int(match.group("d"))
        if not (1 <= m <= 12 and 1 <= d <= 31):
            continue
        found.date, found.place = f"{y:04d}-{m:02d}-{d:02d}", place_of(match.group("place"))
        found.date_cell = cell_at(match.end("y") - 1)
        break
    # The number nearest the date and motto: a portal's table or a blog's title may cite it earlier.
    anchor = found.date_cell if found.date_cell >= 0 else (found.motto_cells[0] if found.motto_cells else 0)
    best: tuple[int, int, re.Match[str], str] | None = None
    for match in _NUMBER.finditer(joined):
        number = normalize_number(match.group(2))
        if not re.search(r"[A-ZĐ]", number):
            continue
        at = cell_at(match.start(2))
        if cell_at(match.end(2) - 1) != at:
            continue  # "Số : 62/2002/" then the filing code "P.300": no number was printed whole
        # "Số: …" opening its cell is the header's; "số …" inside a sentence cites another document.
        so_at = match.start() + match.group(0).lower().rfind("số", 0, match.start(2) - match.start())
        opens = _opens_with_number(cells[at].text) or _opens_with_number(cells[cell_at(so_at)].text)
        if not opens:
            continue  # "… theo Nghị định số 59/2003/NĐ-CP": a citation, never the document's number
        penalty = 2 * bool(re.search(r"hiệu", match.group(0), re.I))
        if best is None or (penalty, abs(at - anchor)) < (best[0], best[1]):
            best = (penalty, abs(at - anchor), match, number)
    if best is not None:
        chosen, number = best[2], best[3]
        found.number, found.number_cell = number, cell_at(chosen.start(2))
        kind_before = re.match(r"(?i)^(.{1,25}?)\s+số\b", cells[found.number_cell].text)
        found.number_kind = KINDS.get(fold(kind_before.group(1)).lower(), "") if kind_before else ""
    return found


def _opens_with_number(cell: str) -> bool:
    """"Số: …", "Số hiệu: …", "Luật số: …": the cell begins with the document's own number."""
    match = re.match(r"(?i)^(?:(.{1,25}?)\s+)?số\b", cell)
    if match is None:
        return False
    return match.group(1) is None or fold(match.group(1)).lower() in KINDS


def _type_cell(cells: list[_Cell], limit: int) -> int:
    """The type line ("NGHỊ ĐỊNH", "LUẬT", "HƯỚNG DẪN", "ÁN LỆ SỐ …") in the header, after the motto."""
    start = next((i for i, c in enumerate(cells[:limit]) if is_motto(c.text)), 0)
    for index in range(start, min(limit, start + 12)):
        text = cells[index].text
        kind, rest = kind_prefix(text)
        if kind and is_upper(text) and not is_motto(text) and (not rest or len(rest) < 120):
            return index
    return -1


def _metadata(text: str, pattern: re.Pattern[str]) -> str:
    match = pattern.search(text)
    return " ".join(match.group(1).split()).strip(" |") if match else ""


def parse_official_header(text: str) -> OfficialHeader | None:
    """The header of an official document at the start of `text`, or None if it has none."""
    lines = text[:_HEAD_CHARS].split("\n")[:_HEAD_LINES]
    cells = _cells(lines)
    if not cells:
        return None
    limit = next((i for i, c in enumerate(cells) if body_begins(c.text)), len(cells))
    head = _find_number_and_date(cells, limit)
    motto = head.motto_cells or []
    type_cell = _type_cell(cells, limit)
    if type_cell >= 0 and head.number_cell > type_cell:
        # A number printed after the type line is cited in the preamble ("Luật … số 80/2015/QH13
        # ngày …, được sửa đổi, bổ sung bởi: Luật số 63/2020/QH14"), not the document's own.
        head.number, head.number_cell, head.number_kind = "", -1, ""
    evidence = bool(head.number) + bool(head.date) + bool(motto) + (type_cell >= 0)
    if evidence < 2 or not (head.number or motto):
        from desktop.ingest.official_heading import parse_heading_first

        return parse_heading_first(text)
    anchors = [i for i in (head.number_cell, head.date_cell, *motto) if i >= 0]
    first, last = min(anchors), max(anchors)
    # The header block: the issuer's cells start at most a few cells above the first anchor.
    block_start = first
    while block_start > 0 and first - block_start < 4 and is_upper(cells[block_start - 1].text):
        block_start -= 1
    issuer_stop = _issuer_stop(cells, head, last, limit)
    issuer = issuer_of(cells, max(issuer_stop, block_start + 1), motto, head.number_cell) if block_start <= issuer_stop else ""
    type_kind, summary_raw, after = summary_cells(cells, max(last + 1, type_cell), rule_lines(lines))
    authority = ""
    if re.match(r"(?i)^của\s", summary_raw):
        # "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ" / "Về việc …": the words in capitals name the
        # issuer, the summary follows.
        words = summary_raw.split()[1:]
        upper = 0
        while upper < len(words) and (words[upper].isupper() or not any(c.isalpha() for c in words[upper])):
            upper += 1
        if not upper:  # "quyết định của bộ trưởng bộ tài chính về việc …", typed in lower case
            about = next((i for i, w in enumerate(words) if w.lower() in ("về", "v/v")), 0)
            upper = about if about <= 8 else 0
        if upper:
            authority = " ".join(words[:upper])
            summary_raw = " ".join(words[upper:])
    kind = type_kind or head.number_kind or kind_of_number(head.number) or _metadata(text[:_HEAD_CHARS], _KIND_LINE)
    kind = KINDS.get(fold(kind).lower(), kind) or _self_named(text)
    portal_issuer = _metadata(text[:_HEAD_CHARS], _ISSUED_BY)
    issuer = complete_issuer(issuer, authority, portal_issuer, [c.text for c in cells[after : after + 3]], text)
    number = head.number or _completed_number(cells[:limit], kind, issuer)
    date = head.date
    if date is None:
        issued = _ISSUED_ON.search(text[:_HEAD_CHARS])
        if issued:
            date = f"{int(issued.group(3)):04d}-{int(issued.group(2)):02d}-{int(issued.group(1)):02d}"
    if date is None and kind in (*LAW_KINDS, "Hiến pháp", "Án lệ"):
        date = passed_on(text)
    header_line = cells[block_start].line
    if not summary_raw:
        summary_raw = page_title_summary(lines, header_line + 1, head.number) if head.number else ""
    # The words' own case is read from the running text after the header, never from the header.
    after_line = cells[min(after, len(cells) - 1)].line
    body_lines = text.split("\n")[after_line + 1 :]
    running = "\n".join(body_lines)[:8000]
    if date is None or not issuer:
        from desktop.ingest.official_heading import enclosed_by

        # "(Ban hành kèm theo Quyết định số … ngày 25 tháng 01 năm 2006 của UBND tỉnh Cà Mau)"
        enclosing = enclosed_by("\n".join(text.split("\n")[after_line : after_line + 4]))
        if enclosing is not None:
            date, issuer = date or enclosing.date, issuer or enclosing.issuer
    summary = sentence_case(summary_raw, running, first_upper=kind in LAW_KINDS) if summary_raw else ""
    summary = tidy_summary(summary, running)
    title = _title(kind, number, summary)
    return OfficialHeader(kind, number, issuer, head.place, date, summary, title, header_line)


def _issuer_stop(cells: list[_Cell], head: _Header, last: int, limit: int) -> int:
    """Where the issuer's cells end: at the number or date, else at a blank "Số : /QĐ-…" or the type line."""
    found = [i for i in (head.number_cell, head.date_cell) if i >= 0]
    if found:
        return min(found)
    blank_number = next((i for i, c in enumerate(cells[:limit]) if re.match(r"(?i)^số\s*:?", c.text)), -1)
    return blank_number if blank_number > last else last


def _self_named(text: str) -> str:
    """The type a document gives itself in its closing article ("Nghị định này có hiệu lực …")."""
    found = _SELF_NAMED.findall(text)
    return found[-1] if found else ""


def _completed_number(cells: list[_Cell], kind: str, issuer: str) -> str:
    """"62/2002/NĐ-CP" where a copy prints "Số : 62/2002/" and the type and issuer fix the symbol."""
    symbol = symbol_of(kind, issuer)
    for cell in cells:
        cut = _NUMBER_CUT.match(cell.text)
        if cut and symbol:
            return f"{cut.group(1)}/{cut.group(2)}/{symbol}"
    return ""


def _title(kind: str, number: str, summary: str) -> str:
    if kind == "Hiến pháp":
        return f"Hiến pháp {summary}".strip()
    if kind in LAW_KINDS and summary:
        return f"{kind} {summary}" + (f" số {number}" if number else "")
    return " ".join(part for part in (kind, number, summary) if part)

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

from desktop.ingest.official_casing import body_name, sentence_case
from desktop.ingest.official_issuer import issuer_of, passed_by, passed_on, place_of
from desktop.text.normalize import fold

# Where to look: the header follows at most a page's worth of portal furniture.
_HEAD_LINES = 60
_HEAD_CHARS = 5000
# Cell separators inside a line: table bars, tabs, rules of dashes, underscores or asterisks, wide gaps.
_CELL_SPLIT = re.compile(r"\s*\|\s*|\s*\t\s*|\s*[-_–—=*]{3,}\s*|\s{3,}|\s+\*\s+|^\*$")
_MOTTO = re.compile(r"^(cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc|dang cong san viet nam)")
_MOTTO_ANY = re.compile(r"cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc|dang cong san viet nam")
_NUMBER_BODY = (
    r"(\d{1,5}\s*/\s*(?:(?:19|20)\d\d\s*/\s*)?[A-ZĐa-zđ][A-ZĐa-zđ0-9&]*(?:\s*[-/]\s*[A-ZĐa-zđ][A-ZĐa-zđ0-9&]*)*"
    r"|\d{1,5}\s*-\s*[A-ZĐa-zđ]{1,6}\s*/\s*[A-ZĐa-zđ0-9]+(?:\s*[-/]\s*[A-ZĐa-zđ0-9]+)*)"
)
# "Số: 30/2020/NĐ-CP", "Số 06-CT/TW", "Luật số: 22/2008/QH12", "Nghị quyết số: 11-NQ/TW", "Số hiệu: …"
_NUMBER = re.compile(r"(?<!\w)(?:(?P<kind>[^\W\d_][\w ]{0,20}?)\s+)?số(?:\s+hiệu)?\s*:?\s*" + _NUMBER_BODY + r"(?![\w/])", re.I)
_DATE = re.compile(
    r"(?P<place>[^\W\d_][^,:;|\n]{0,30}?)\s*,\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s*(?P<m>\d{1,2})\s+năm\s*(?P<y>(?:19|20)\d\d)",
    re.I,
)
_ISSUED_ON = re.compile(r"ngày ban hành\s*:?\s*\|?\s*(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)", re.I)
_ISSUED_BY = re.compile(r"(?:nơi|cơ quan) ban hành\s*:?\s*\|?\s*([^|\n]{2,80}?)\s*(?:\||người ký|$)", re.I | re.M)
_KIND_LINE = re.compile(r"loại văn bản\s*:?\s*\|?\s*([^|\n]{2,30}?)\s*(?:\||nơi ban hành|$)", re.I | re.M)

# Document types, folded capitals -> as written; the longest first.
KINDS = {
    "nghi quyet lien tich": "Nghị quyết liên tịch",
    "thong tu lien tich": "Thông tư liên tịch",
    "hien phap": "Hiến pháp",
    "bo luat": "Bộ luật",
    "luat": "Luật",
    "phap lenh": "Pháp lệnh",
    "lenh": "Lệnh",
    "nghi dinh": "Nghị định",
    "nghi quyet": "Nghị quyết",
    "thong tu": "Thông tư",
    "quyet dinh": "Quyết định",
    "chi thi": "Chỉ thị",
    "huong dan": "Hướng dẫn",
    "ket luan": "Kết luận",
    "quy dinh": "Quy định",
    "quy che": "Quy chế",
    "ke hoach": "Kế hoạch",
    "thong bao": "Thông báo",
    "thong tri": "Thông tri",
    "bao cao": "Báo cáo",
    "to trinh": "Tờ trình",
    "cong dien": "Công điện",
    "chuong trinh": "Chương trình",
    "de an": "Đề án",
    "phuong an": "Phương án",
    "bien ban": "Biên bản",
    "an le": "Án lệ",
}
# Code letters in a number -> type ("30/2020/NĐ-CP" is a Nghị định; "22/2008/QH12" a law).
_KIND_OF_CODE = {
    "nđ": "Nghị định", "nd": "Nghị định", "tt": "Thông tư", "ttlt": "Thông tư liên tịch", "qđ": "Quyết định",
    "qd": "Quyết định", "ct": "Chỉ thị", "nq": "Nghị quyết", "nqlt": "Nghị quyết liên tịch", "hd": "Hướng dẫn",
    "kl": "Kết luận", "kh": "Kế hoạch", "tb": "Thông báo", "bc": "Báo cáo", "ttr": "Tờ trình", "cđ": "Công điện",
    "qđi": "Quy định", "qh": "Luật", "l": "Luật", "pl": "Pháp lệnh", "ubtvqh": "Pháp lệnh",
}
_LAW_KINDS = {"Luật", "Bộ luật", "Pháp lệnh"}
# Lines that end the summary: the body or the enacting formula begins.
_BODY_START = re.compile(
    r"^(?:[-–+•]\s*)?(căn cứ|can cứ|thi hành|theo đề nghị|xét đề nghị|xét tờ trình|chương\s+[ivxlc\d]|phần\s+[ivxlc\d]|mục\s+\d|"
    r"điều\s+\d|[ivx]+\s*[-.)]\s|\d+\s*[-.)]\s|lời nói đầu|kính gửi|quyết định\s*:|quyết nghị\s*:|chỉ thị\s*:|"
    r"được .{3,80} thông qua)",
    re.I,
)
_STRUCTURE = re.compile(r"(?i)^(chương|phần|mục|điều)\b")
# The authority line before the enacting formula ("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN", "BỘ TRƯỞNG BỘ NỘI VỤ").
_AUTHORITY = re.compile(r"^(chủ tịch|bộ trưởng|thủ tướng|ủy ban|uỷ ban|hội đồng|ban thường vụ|quốc hội|chính phủ)\b", re.I)


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
_MOTTO_TEXT = "cong hoa xa hoi chu nghia viet nam doc lap - tu do - hanh phuc dang cong san viet nam"


def _cells(lines: list[str]) -> list[_Cell]:
    cells: list[_Cell] = []
    for number, line in enumerate(lines):
        line = _MOTTO_SPACED.sub(lambda m: " ".join(m.group(0).split()), line.replace("\xa0", " "))
        parts = [" ".join(p.split()).strip(" |") for p in _CELL_SPLIT.split(line)]
        parts = [p for p in parts if p and p != "*"]
        # "QUỐC   HỘI" spaced out by a PDF is one cell, not two.
        merged: list[str] = []
        for part in parts:
            if merged and _is_upper(part) and _is_upper(merged[-1]) and (" " not in merged[-1] or " " not in part):
                merged[-1] += " " + part
            else:
                merged.append(part)
        cells.extend(_Cell(part, number) for part in merged)
    return cells


def is_motto(text: str) -> bool:
    """The national motto or the Party's title, whole or a piece of it broken off a line."""
    folded = " ".join(fold(text).lower().replace("–", "-").replace("—", "-").split())  # "Độc lập – Tự do"
    return bool(_MOTTO.match(folded)) or (len(folded) >= 8 and folded in _MOTTO_TEXT)


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) / len(letters) > 0.85


def normalize_number(raw: str) -> str:
    """"30/ 2020/NĐ - CP" -> "30/2020/NĐ-CP"; "06-ct/tw" -> "06-CT/TW"."""
    number = re.sub(r"\s+", "", raw).upper().replace("QDI", "QĐi").replace("TTG", "TTg")
    number = re.sub(r"(?<=[/-])ND(?=[-/]|$)", "NĐ", number)
    number = re.sub(r"(?<=[/-])QD(?=[-/]|$)", "QĐ", number)
    return number


def kind_of_number(number: str) -> str:
    codes = re.split(r"[/-]", number)
    for code in codes[1:]:
        letters = re.sub(r"\d+$", "", code).lower()
        if letters in _KIND_OF_CODE:
            return _KIND_OF_CODE[letters]
    return ""


def _kind_prefix(text: str) -> tuple[str, str]:
    """("Nghị định", rest) if `text` starts with a document type written in capitals or as a title."""
    folded = fold(text).lower()
    for key in sorted(KINDS, key=len, reverse=True):
        if folded == key or folded.startswith(key + " ") or folded.startswith(key + ","):
            return KINDS[key], text[len(key) :].strip(" ,:-")
    return "", text


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


def _body_begins(text: str) -> bool:
    """The preamble or the body starts here ("Căn cứ …", "LỜI NÓI ĐẦU", "Chương I"); a summary in
    capitals that reads like an enacting formula ("THI HÀNH ĐIỀU LỆ ĐẢNG") does not."""
    return bool(_BODY_START.match(text)) and not (_is_upper(text) and re.match(r"(?i)^thi hành", text))


def _type_cell(cells: list[_Cell], limit: int) -> int:
    """The type line ("NGHỊ ĐỊNH", "LUẬT", "HƯỚNG DẪN", "ÁN LỆ SỐ …") in the header, after the motto."""
    start = next((i for i, c in enumerate(cells[:limit]) if is_motto(c.text)), 0)
    for index in range(start, min(limit, start + 12)):
        text = cells[index].text
        kind, rest = _kind_prefix(text)
        if kind and _is_upper(text) and not is_motto(text) and (not rest or len(rest) < 120):
            return index
    return -1


def _summary(cells: list[_Cell], start: int) -> tuple[str, str, int]:
    """(kind from the type line, summary in capitals or as printed, index after it)."""
    parts: list[str] = []
    found_kind = ""
    index = start
    while index < len(cells) and index < start + 8:
        text = cells[index].text
        summary_in_capitals = found_kind and not parts and _is_upper(text) and not _STRUCTURE.match(text)
        if not summary_in_capitals and (_BODY_START.match(text) or (_AUTHORITY.match(text) and _is_upper(text))):
            break  # "THI HÀNH ĐIỀU LỆ ĐẢNG" under "QUY ĐỊNH" is a summary, not the enacting formula
        if is_motto(text) or re.fullmatch(r"[\d/ ]+", text):
            if parts:
                break
            index += 1
            continue
        if not found_kind and not parts:
            line_kind, rest = _kind_prefix(text)
            typed_upper = all(w.isupper() for w in text.split()[: len(line_kind.split())])
            if line_kind and (_is_upper(text) or not rest or re.match(r"(?i)^của\s", rest) or (typed_upper and rest[:1].isupper())):
                found_kind = line_kind
                if rest:
                    parts.append(rest)
                index += 1
                continue
        if parts and len(" ".join(parts)) > 350:
            break
        lower_case = any(c.isalpha() for c in text) and not _is_upper(text)
        only_issuer = re.match(r"(?i)^của\s", " ".join(parts))  # "NGHỊ ĐỊNH CỦA CHÍNH PHỦ" / "Quy định …"
        if parts and not only_issuer and _is_upper(" ".join(parts)) and lower_case and not re.match(r"(?i)^(về|v/v)\b", text):
            break  # a summary in capitals does not go on in lower case (the preamble does)
        parts.append(text)
        index += 1
    return found_kind, " ".join(parts), index


def _page_title_summary(lines: list[str], upto: int, number: str) -> str:
    """A portal's or blog's own title line holding the number ("Nghị định 110/2004/NĐ-CP công tác
    văn thư", "HƯỚNG DẪN …, SỐ 09-HD/BTCTW"): the words that are not type or number."""
    key = re.sub(r"\s+", "", number).lower()
    for line in lines[:upto]:
        compact = re.sub(r"\s+", "", line).lower()
        if key and key in compact and len(line) < 300:
            text = re.sub(r"(?i),?\s*(số|so)\s*:?\s*" + re.escape(number).replace(r"\-", r"\s*-\s*"), "", line)
            text = re.sub(re.escape(number), "", text, flags=re.I)
            _kind, rest = _kind_prefix(text.strip())
            rest = re.sub(r"\s+do\s+[^,]{3,80}\s+ban hành\s*$", "", rest, flags=re.I)
            return rest.strip(" ,.-:")
    return ""


def _metadata(text: str, pattern: re.Pattern[str]) -> str:
    match = pattern.search(text)
    return " ".join(match.group(1).split()).strip(" |") if match else ""


def parse_official_header(text: str) -> OfficialHeader | None:
    """The header of an official document at the start of `text`, or None if it has none."""
    lines = text[:_HEAD_CHARS].split("\n")[:_HEAD_LINES]
    cells = _cells(lines)
    if not cells:
        return None
    limit = next((i for i, c in enumerate(cells) if _body_begins(c.text)), len(cells))
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
    while block_start > 0 and first - block_start < 4 and _is_upper(cells[block_start - 1].text):
        block_start -= 1
    issuer_stop = min(i for i in (head.number_cell, head.date_cell) if i >= 0) if head.date_cell >= 0 or head.number_cell >= 0 else last
    issuer = issuer_of(cells, max(issuer_stop, block_start + 1), motto, head.number_cell) if block_start <= issuer_stop else ""
    type_kind, summary_raw, after = _summary(cells, max(last + 1, type_cell))
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
            issuer = issuer or body_name(" ".join(words[:upper]))
            summary_raw = " ".join(words[upper:])
    kind = type_kind or head.number_kind or kind_of_number(head.number) or _metadata(text[:_HEAD_CHARS], _KIND_LINE)
    kind = KINDS.get(fold(kind).lower(), kind)
    # Issuer found only in a portal's metadata table, or completed from the authority line.
    portal_issuer = _metadata(text[:_HEAD_CHARS], _ISSUED_BY)
    if not issuer and portal_issuer:
        issuer = body_name(portal_issuer)
    if not issuer and passed_by(text):
        issuer = passed_by(text)  # an án lệ: "Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua"
    if fold(issuer).lower() in ("uy ban nhan dan", "hoi dong nhan dan"):
        authority = next(
            (c.text for c in cells[after : after + 3] if _is_upper(c.text) and fold(issuer).lower() in fold(c.text).lower()), ""
        )
        place = re.search(r"(tỉnh|thành phố|huyện|quận|thị xã)\s+\S.*$", authority, re.I)
        if place:
            issuer = body_name(issuer + " " + place.group(0))
        elif portal_issuer and fold(portal_issuer).lower().startswith(("tinh ", "thanh pho ", "huyen ")):
            issuer = body_name(issuer + " " + portal_issuer)
    date = head.date
    if date is None:
        issued = _ISSUED_ON.search(text[:_HEAD_CHARS])
        if issued:
            date = f"{int(issued.group(3)):04d}-{int(issued.group(2)):02d}-{int(issued.group(1)):02d}"
    if date is None and kind in (*_LAW_KINDS, "Hiến pháp", "Án lệ"):
        date = passed_on(text)
    header_line = cells[block_start].line
    if not summary_raw:
        summary_raw = _page_title_summary(lines, header_line + 1, head.number) if head.number else ""
    law = kind in _LAW_KINDS
    # The words' own case is read from the running text after the header, never from the header.
    body_lines = text.split("\n")[cells[min(after, len(cells) - 1)].line + 1 :]
    running = "\n".join(body_lines)[:8000]
    summary = sentence_case(summary_raw, running, first_upper=law) if summary_raw else ""
    summary = re.sub(r"[\s(\[{.;:,_*=-]+$", "", summary)  # "… lĩnh vực thuế ((": a rule's remains
    if fold(issuer).lower().startswith("van ban hop nhat - "):
        issuer = issuer.split(" - ", 1)[1]  # the gazette's section "VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI"
        issuer = body_name(issuer)
    title = _title(kind, head.number, summary)
    return OfficialHeader(kind, head.number, issuer, head.place, date, summary, title, header_line)


def _title(kind: str, number: str, summary: str) -> str:
    if kind == "Hiến pháp":
        return f"Hiến pháp {summary}".strip()
    if kind in _LAW_KINDS and summary:
        return f"{kind} {summary}" + (f" số {number}" if number else "")
    return " ".join(part for part in (kind, number, summary) if part)

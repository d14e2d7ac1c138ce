"""Official documents that open with their type, or with an annex's heading, instead of a header.

Legal databases and gazettes of the 1990s-2000s print a one-block heading: "QUYẾT ĐỊNH / CỦA
THỦ TƯỚNG CHÍNH PHỦ SỐ 115/2004/QĐ-TTG NGÀY 25 THÁNG 6 NĂM 2004 VỀ VIỆC …", "THÔNG TƯ / LIÊN
TỊCH CỦA BỘ TÀI CHÍNH - … SỐ 176/1998/TTLT-BTC-BCN-TCHQ NGÀY …"; a constitution opens with
"HIẾN PHÁP" and the name of the state and is dated by the day the assembly passed it; a copy
that lost its header keeps "THÔNG TƯ LIÊN TỊCH" and the summary; an annex printed alone opens
"PHỤ LỤC / Ban hành kèm theo Quyết định số … ngày … của …".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.ingest.official_casing import sentence_case, state_name
from desktop.ingest.official_issuer import complete_issuer, issuing_body, passed_on
from desktop.ingest.official_summary import (
    AUTHORITY,
    ENCLOSING_LINE,
    body_begins,
    ends_sentence,
    tidy_summary,
)
from desktop.ingest.official_words import is_upper, kind_prefix, normalize_number

if TYPE_CHECKING:
    from desktop.ingest.official_document import OfficialHeader

# "CỦA CHÍNH PHỦ SỐ  94 /1998/NĐ-CP NGÀY 17 THÁNG 11 NĂM 1998 QUY ĐỊNH …", "LIÊN TỊCH BỘ TÀI CHÍNH - … SỐ
# 120/2000/TTLT-BTC-BCN-TCHQ NGÀY …", "của Chính phủ số 114/2003/NĐ-CP ngày 10/10/2003 về …".
_GAZETTE = re.compile(
    r"^(?P<joint>liên\s+tịch\s+)?(?P<of>của\s+)?(?P<issuer>(?:(?!\bsố\s*:?\s*\d).)+?)\s+số\s*:?\s*"
    r"(?P<number>\d[\w.-]*(?:\s*/\s*[\w.-]+)+)\s*ngày\s+(?P<d>\d{1,2})(?:\s+tháng\s*|\s*/\s*)(?P<m>\d{1,2})"
    r"(?:\s+năm\s*|\s*/\s*)(?P<y>(?:19|20)\d\d)\s*(?P<summary>.*)$",
    re.I | re.S,
)
_HEAD_LINES = 12
# "Án lệ số 07/2016/AL về …": a Word copy types its type, number and symbol as a sentence, the
# summary (if any) on the same line. Only a whole number with its year and symbol opens a document so.
_NUMBER_LEAD = re.compile(
    r"^số\s*:?\s*(?P<number>\d{1,5}\s*/\s*(?:19|20)\d\d\s*/\s*[A-ZĐ][A-ZĐa-zđ0-9]*(?:\s*-\s*[A-ZĐ][A-ZĐa-zđ0-9]*)*)"
    r"(?:\s+(?P<summary>(?:về|v/v|quy định|hướng dẫn|ban hành|sửa đổi)\b.*))?$",
    re.I,
)


def _gazette(text: str) -> re.Match[str] | None:
    """A gazette's heading; without "của" only when it names its issuer in capitals ("LIÊN TỊCH BỘ
    TÀI CHÍNH - …"), never a summary that cites "Nghị định số … ngày …"."""
    match = _GAZETTE.match(text)
    if match is None or not (match.group("of") or is_upper(match.group("issuer"))):
        return None
    return match
# "(Ban hành kèm theo Quyết định số …05…./2006/ QĐ-UBND, ngày …25..tháng 01 năm 2006 của UBND tỉnh
# Cà Mau)": the document a regulation or an annex belongs to. Dots and ellipses fill a form's blanks.
_FILL = r"[\s.…]*"
_ENCLOSED = re.compile(
    r"(?P<clause>(?:ban\s+hành\s+(?:kèm\s+)?|kèm\s+)theo\s+(?P<kind>Quyết định|Nghị định|Thông tư(?: liên tịch)?|Nghị quyết|Chỉ thị)"
    r"\s+số" + _FILL + r"(?P<number>\d[^,\n]*?)\s*,?\s*ngày" + _FILL + r"(?P<d>\d{1,2})" + _FILL
    + r"tháng" + _FILL + r"(?P<m>\d{1,2})" + _FILL + r"năm" + _FILL + r"(?P<y>(?:19|20)\d\d)"
    r"(?:\s+của\s+(?P<by>[^()\n]+?))?)\s*(?:\)|\s+về\s|\s+v/v\b|[.;]?\s*$)",
    re.I | re.M,
)
# Headings of a part printed after, or without, the document it belongs to.
_ENCLOSURE_HEADINGS = re.compile(r"(?i)^(phụ lục|danh mục|biểu mẫu|mẫu số)\b")


@dataclass(frozen=True)
class Enclosing:
    clause: str  # "ban hành kèm theo Quyết định số 1445/2002/QĐ-UB ngày 12 tháng 6 năm 2002 của UBND tỉnh An Giang"
    date: str  # ISO
    issuer: str  # "Ủy ban nhân dân tỉnh An Giang"


def enclosed_by(text: str) -> Enclosing | None:
    """The decision a regulation or annex is issued with, from its "(Ban hành kèm theo …)" line."""
    match = _ENCLOSED.search(" ".join(text.split("\n")))
    if match is None:
        return None
    y, m, d = int(match.group("y")), int(match.group("m")), int(match.group("d"))
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    by = (match.group("by") or "").strip(" ,.")
    issuer = issuing_body(_spelled_out(by)) if by else ""
    clause = " ".join(match.group("clause").split())
    if by:  # the body written out in full, as in a library's title: "… của Ủy ban nhân dân tỉnh An Giang"
        clause = clause[: clause.rfind(" của ")] + " của " + issuer
    return Enclosing(clause[:1].lower() + clause[1:], f"{y:04d}-{m:02d}-{d:02d}", issuer)


def _spelled_out(body: str) -> str:
    """"UBND tỉnh An Giang" -> "Ủy ban nhân dân tỉnh An Giang" (the issuer is written out in full)."""
    return re.sub(r"^(UBND|HĐND)\b", lambda m: "Ủy ban nhân dân" if m.group(1) == "UBND" else "Hội đồng nhân dân", body)


def parse_heading_first(text: str) -> OfficialHeader | None:
    """The heading of a document whose first line is its type or an annex's heading, or None."""
    from desktop.ingest.official_document import OfficialHeader, _title

    lines = [" ".join(line.split()) for line in text[:4000].split("\n")]
    numbered = [(i, line) for i, line in enumerate(lines) if line][:_HEAD_LINES]
    if not numbered:
        return None
    if len(numbered) > 1 and AUTHORITY.match(numbered[0][1]) and len(numbered[0][1].split()) <= 6 and kind_prefix(numbered[1][1])[0]:
        numbered = numbered[1:]  # "Chính phủ" above "Nghị định của Chính phủ số 114/2003/NĐ-CP"
    first_line, first = numbered[0]
    if _ENCLOSURE_HEADINGS.match(first) and is_upper(first):
        return _enclosure(lines, numbered)
    kind, rest = kind_prefix(first)
    # The type in capitals, or a gazette's heading typed as a sentence ("Nghị định của Chính phủ số …").
    gazette_lead = bool(rest) and bool(_gazette(" ".join([rest] + [line for _at, line in numbered[1:3]])))
    number_lead = _NUMBER_LEAD.match(rest) if rest and len(first) < 300 else None
    typed = is_upper(first) or (gazette_lead and bool(re.match(r"(?i)^của\s", rest))) or number_lead is not None
    if not kind or not typed or (rest and not (kind == "Hiến pháp" or gazette_lead or number_lead)):
        return None
    parts = [rest] if rest else []
    end, body_found = first_line, False
    for at, line in numbered[1:]:
        # The preamble, the authority's line ("CHÍNH PHỦ", or "Chính phủ" typed as a sentence), or
        # the full stop that ends a gazette's heading.
        authority = parts and AUTHORITY.match(line) and (is_upper(line) or len(line.split()) <= 4)
        if body_begins(line) or authority or (parts and ends_sentence(parts[-1])):
            body_found = True
            break
        if parts and ENCLOSING_LINE.match(line):
            break
        parts.append(line)
        end = at
        if len(" ".join(parts)) > 500:
            break
    heading = " ".join(parts)
    running = "\n".join(lines[end + 1 :])[:8000]
    gazette = _gazette(heading)
    number, date, issuer = "", None, ""
    if gazette is not None:
        y, m, d = int(gazette.group("y")), int(gazette.group("m")), int(gazette.group("d"))
        if not (1 <= m <= 12 and 1 <= d <= 31):
            return None
        if gazette.group("joint") and not kind.endswith("liên tịch"):
            kind += " liên tịch"
        number = normalize_number(gazette.group("number"))
        summary = sentence_case(gazette.group("summary"), running)
        issuer = issuing_body(gazette.group("issuer"))
        date = f"{y:04d}-{m:02d}-{d:02d}"
    elif number_lead is not None:
        # Only when the preamble follows ("Được Hội đồng Thẩm phán … thông qua", "Căn cứ …"): a
        # sentence of a report may open with a decree's number too.
        following = next((line for at, line in numbered if at > end), "")
        if not body_begins(following):
            return None
        number = normalize_number(number_lead.group("number"))
        lead_summary = " ".join([number_lead.group("summary") or ""] + parts[1:]).strip()
        summary = sentence_case(lead_summary, running) if lead_summary else ""
        date = passed_on(text) if kind in ("Luật", "Bộ luật", "Pháp lệnh", "Án lệ") else None
        issuer = complete_issuer("", "", "", [], text)
    elif kind == "Hiến pháp" and heading:
        issuer, date = "Quốc hội", passed_on(text)
        summary = state_name(sentence_case(heading, running))
    elif heading and body_found and len(parts) <= 3:
        # "THÔNG TƯ LIÊN TỊCH" / "Hướng dẫn việc …" / "Căn cứ …": a copy without its header.
        summary = sentence_case(heading, running)
        issuer = complete_issuer("", "", "", [], text)
    else:
        return None
    summary = tidy_summary(summary, running)
    return OfficialHeader(kind, number, issuer, "", date, summary, _title(kind, number, summary), first_line)


def _enclosure(lines: list[str], numbered: list[tuple[int, str]]) -> OfficialHeader | None:
    """"PHỤ LỤC" / "Ban hành kèm theo Quyết định số … ngày … của UBND tỉnh An Giang về việc …": an
    annex printed alone, named after the decision it belongs to (whose summary is not the annex's)."""
    from desktop.ingest.official_document import OfficialHeader

    first_line, first = numbered[0]
    following = "\n".join(line for _at, line in numbered[1:3])
    enclosing = enclosed_by(following)
    if enclosing is None or not following.lstrip("( ").lower().startswith(("ban hành", "kèm theo", "theo")):
        return None
    heading = first[:1] + first[1:].lower()
    title = f"{heading} {enclosing.clause}"
    return OfficialHeader(heading, "", enclosing.issuer, "", enclosing.date, enclosing.clause, title, first_line)

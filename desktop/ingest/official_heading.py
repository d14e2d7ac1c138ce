"""Official documents that open with their type instead of a two-column header.

Legal databases and gazettes of the 1990s-2000s print a one-block heading: "QUYẾT ĐỊNH / CỦA
THỦ TƯỚNG CHÍNH PHỦ SỐ 115/2004/QĐ-TTG NGÀY 25 THÁNG 6 NĂM 2004 VỀ VIỆC …", "THÔNG TƯ / LIÊN
TỊCH CỦA BỘ TÀI CHÍNH - … SỐ 176/1998/TTLT-BTC-BCN-TCHQ NGÀY …"; a constitution opens with
"HIẾN PHÁP" and the name of the state and is dated by the day the assembly passed it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ingest.official_document import OfficialHeader

_GAZETTE = re.compile(
    r"^(?P<joint>liên\s+tịch\s+)?của\s+(?P<issuer>.+?)\s+số\s*:?\s*(?P<number>\S+?)\s*ngày\s+(?P<d>\d{1,2})\s+"
    r"tháng\s*(?P<m>\d{1,2})\s+năm\s*(?P<y>(?:19|20)\d\d)\s*(?P<summary>.*)$",
    re.I | re.S,
)
_HEAD_LINES = 12


def parse_heading_first(text: str) -> OfficialHeader | None:
    """The heading of a document whose first line is its type, or None."""
    from desktop.ingest.official_casing import body_name, sentence_case
    from desktop.ingest.official_document import (
        _AUTHORITY,
        _BODY_START,
        OfficialHeader,
        _is_upper,
        _kind_prefix,
        _title,
        normalize_number,
        passed_on,
    )

    lines = [" ".join(line.split()) for line in text[:4000].split("\n")]
    numbered = [(i, line) for i, line in enumerate(lines) if line][:_HEAD_LINES]
    if not numbered:
        return None
    first_line, first = numbered[0]
    kind, rest = _kind_prefix(first)
    if not kind or not _is_upper(first) or (rest and not (kind == "Hiến pháp" or _GAZETTE.match(rest))):
        return None
    parts = [rest] if rest else []
    end = first_line
    for at, line in numbered[1:]:
        if _BODY_START.match(line) or (parts and _AUTHORITY.match(line) and _is_upper(line)):
            break
        parts.append(line)
        end = at
        if len(" ".join(parts)) > 500:
            break
    heading = " ".join(parts)
    running = "\n".join(lines[end + 1 :])[:8000]
    gazette = _GAZETTE.match(heading)
    if gazette is not None:
        y, m, d = int(gazette.group("y")), int(gazette.group("m")), int(gazette.group("d"))
        if not (1 <= m <= 12 and 1 <= d <= 31):
            return None
        if gazette.group("joint") and not kind.endswith("liên tịch"):
            kind += " liên tịch"
        number = normalize_number(gazette.group("number"))
        summary = sentence_case(gazette.group("summary"), running).rstrip(" .;:")
        issuer = body_name(gazette.group("issuer"))
        date: str | None = f"{y:04d}-{m:02d}-{d:02d}"
    elif kind == "Hiến pháp" and heading:
        number, issuer, date = "", "Quốc hội", passed_on(text)
        summary = sentence_case(heading, running).rstrip(" .;:")
    else:
        return None
    return OfficialHeader(kind, number, issuer, "", date, summary, _title(kind, number, summary), first_line)

"""Who issued an official document, where, and when an assembly passed it: the issuer's cells
in the header's left column, a place out of the date line, "… thông qua ngày …"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.ingest.official_casing import body_name, party_body
from desktop.text.normalize import fold

if TYPE_CHECKING:
    from desktop.ingest.official_document import _Cell

_HEAD_CHARS = 5000
# Bodies a header of 2003 may print in lower case ("chính phủ", "bộ tài chính").
_LOWER_BODY = re.compile(r"^(chinh phu|quoc hoi|thu tuong chinh phu|bo [a-z ,-]{3,40}|uy ban nhan dan[a-z ]*|ngan hang nha nuoc[a-z ]*)$")
_BODY_WORD = re.compile(r"\b(ban|bo|so|cuc|vu|uy ban|ubnd|bql|hoi dong|tong cuc|phong|truong|cong ty|vien|toa an|chinh phu|quoc hoi|dang uy|thanh uy|tinh uy|huyen uy)\b")
_PASSED = re.compile(
    r"(?:được\s+(?P<by>[^.\n]{3,120}?)\s+)?(?:nhất trí\s+)?thông qua(?:\s+trong phiên họp)?\s+(?:vào\s+)?(?:các\s+)?ngày\s+"
    r"(?P<d>\d{1,2})\s+tháng\s*(?P<m>\d{1,2})\s+năm\s*(?P<y>(?:19|20)\d\d)",
    re.I,
)


def place_of(raw: str) -> str:
    """"Hà Nội" out of whatever the cell joined before it ("… Hạnh phúc Hà Nội", "VIỆT NAM Hà Nội")."""
    words = raw.strip(" ,.-|_").split()
    kept: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or (word.isupper() and len(word) > 1 and kept and not kept[-1].isupper()):
            break
        kept.insert(0, word)
        if len(kept) == 4:
            break
    return " ".join(kept)


def passed_on(text: str) -> str | None:
    """A law's date: the day the assembly passed it ("… thông qua ngày 28 tháng 11 năm 2013")."""
    found = None
    for match in _PASSED.finditer(text):
        found = match
    if found is None:
        return None
    y, m, d = int(found.group("y")), int(found.group("m")), int(found.group("d"))
    return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= m <= 12 and 1 <= d <= 31 else None


def passed_by(text: str) -> str:
    """"Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày …" -> the body."""
    match = _PASSED.search(text[:_HEAD_CHARS])
    return " ".join(match.group("by").split()) if match and match.group("by") else ""


def _issuer_cell(text: str) -> bool:
    from desktop.ingest.official_document import _is_upper

    return _is_upper(text) or bool(_LOWER_BODY.match(fold(text).lower().strip(" .,")))


def issuer_of(cells: list[_Cell], stop: int, motto: list[int], number_cell: int) -> str:
    """The issuing body: the capital cells of the left column before the number (or the type)."""
    from desktop.ingest.official_document import _kind_prefix

    names: list[str] = []
    for index in range(stop):
        text = cells[index].text
        if len(re.sub(r"\W", "", text)) <= 3 or "/" in text:
            continue  # a typist's code beside the rule ("TV.", "D."), a blank number's symbol ("- HD/BTCTU")
        if index in motto or index == number_cell or not _issuer_cell(text):
            if names and index > number_cell >= 0:
                break
            continue
        folded = fold(text).lower()
        if _kind_prefix(text)[0] and fold(_kind_prefix(text)[1]) == "":
            break  # the type line: the issuer is above it
        if re.search(r"\d", text) or len(text) > 80:
            continue
        names.append(text)
        if folded.startswith("so ") or ":" in text:
            names.pop()
    if not names:
        return ""
    # Keep the block just above the number: portal titles in capitals may come earlier.
    names = names[-2:]
    if re.match(r"(tinh|huyen|thanh|quan|thi|dang) uy |chi bo ", fold(names[-1]).lower()):
        return body_name(names[-1])  # "ĐẢNG BỘ TỈNH NGHỆ AN" above "HUYỆN ỦY NAM ĐÀN": the committee issues
    first = fold(names[0]).lower()
    if len(names) == 2 and first in ("ban chap hanh trung uong",) or (
        len(names) == 2 and (first.endswith(("tinh uy", "thanh uy", "huyen uy", "dang uy")) or first.startswith(("tinh uy ", "thanh uy ")))
    ):
        return party_body(names[0], names[1])  # "THÀNH ỦY HÀ NỘI" / "BAN TỔ CHỨC"
    if len(names) == 2 and _BODY_WORD.search(first) and not _BODY_WORD.search(fold(names[1]).lower()):
        return body_name(names[0] + " " + names[1])  # "BQL CÁC KHU CÔNG NGHIỆP" / "BÀ RỊA – VŨNG TÀU"
    if len(names) == 2 and fold(names[1]).lower().startswith(("tinh ", "thanh pho ", "huyen ", "quan ", "xa ", "phuong ")):
        return body_name(names[0] + " " + names[1])
    return body_name(names[-1])

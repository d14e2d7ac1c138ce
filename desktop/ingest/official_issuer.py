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
    from desktop.ingest.official_words import is_upper

    return is_upper(text) or bool(_LOWER_BODY.match(fold(text).lower().strip(" .,")))


def issuer_of(cells: list[_Cell], stop: int, motto: list[int], number_cell: int) -> str:
    """The issuing body: the capital cells of the left column before the number (or the type)."""
    from desktop.ingest.official_words import kind_prefix

    names: list[str] = []
    at: list[int] = []
    for index in range(stop):
        text = cells[index].text
        if len(re.sub(r"\W", "", text)) <= 3 or "/" in text:
            continue  # a typist's code beside the rule ("TV.", "D."), a blank number's symbol ("- HD/BTCTU")
        if index in motto or index == number_cell or not _issuer_cell(text):
            if names and index > number_cell >= 0:
                break
            continue
        folded = fold(text).lower()
        if kind_prefix(text)[0] and fold(kind_prefix(text)[1]) == "":
            break  # the type line: the issuer is above it
        if re.search(r"\d", text) or len(text) > 80:
            continue
        names.append(text)
        at.append(index)
        if folded.startswith("so ") or ":" in text:
            names.pop()
            at.pop()
    if not names:
        return ""
    following = cells[at[-1] + 1].text if at[-1] + 1 < len(cells) else ""
    if fold(following).lower().strip() == "viet nam" and fold(names[-1]).lower().startswith("ngan hang nha nuoc"):
        names[-1] += " " + following  # "NGÂN HÀNG NHÀ NƯỚC" / "VIỆT NAM", which reads like a piece of the motto
    # Keep the block just above the number: portal titles in capitals may come earlier.
    names = names[-2:]
    if re.match(r"(tinh|huyen|thanh|quan|thi|dang) uy |chi bo ", fold(names[-1]).lower()):
        return body_name(names[-1])  # "ĐẢNG BỘ TỈNH NGHỆ AN" above "HUYỆN ỦY NAM ĐÀN": the committee issues
    first = fold(names[0]).lower()
    if len(names) == 2 and first in ("ban chap hanh trung uong",) or (
        len(names) == 2 and (first.endswith(("tinh uy", "thanh uy", "huyen uy", "dang uy")) or first.startswith(("tinh uy ", "thanh uy ")))
    ):
        return party_body(names[0], names[1])  # "THÀNH ỦY HÀ NỘI" / "BAN TỔ CHỨC"
    second = fold(names[-1]).lower()
    if len(names) == 2 and second.startswith(("tinh ", "thanh pho ", "huyen ", "quan ", "xa ", "phuong ")):
        return body_name(names[0] + " " + names[1])  # "ỦY BAN NHÂN DÂN" / "TỈNH BÌNH PHƯỚC"
    if len(names) == 2 and _BODY_WORD.search(first) and not _BODY_WORD.search(second):
        # "BQL CÁC KHU CÔNG NGHIỆP" / "BÀ RỊA – VŨNG TÀU": the place is a name, each word capitalised
        return body_name(names[0]) + " " + " ".join(w[:1] + w[1:].lower() for w in names[1].split())
    return body_name(names[-1])


# An office names the body it heads: "BỘ TRƯỞNG BỘ TÀI CHÍNH" issues for the Ministry; the
# Prime Minister and the President are issuers in their own name.
_OFFICE = re.compile(
    r"^(?:kt\.?\s*/?\s*|tm\.?\s*/?\s*)?(bo truong|chu tich|thong doc|tong cuc truong|cuc truong|giam doc|vien truong|chanh an|truong)\s+"
    r"(?=(?:bo|uy ban|ngan hang|tong cuc|cuc|so|vien|toa an|ban|hoi dong)\b)"
)
# Party documents under the Central Committee's header that the Politburo or the Secretariat issue.
_CENTRAL_ACTOR = re.compile(r"(?m)^(?:t/m\s+)?(Ban Bí thư|Bộ Chính trị|BAN BÍ THƯ|BỘ CHÍNH TRỊ)\s+(?:hướng dẫn|quyết định|quy định|chỉ thị|yêu cầu|kết luận)\b")
# "Liên Bộ Tài chính - Công nghiệp - Tổng cục Hải quan thống nhất hướng dẫn …"
_JOINT = re.compile(r"(?m)^Liên\s+[Bb]ộ\s+(.{5,160}?)\s+(?:thống nhất\s+)?(?:hướng dẫn|quy định|ban hành)\b")


def issuing_body(name: str) -> str:
    """"Bộ trưởng Bộ Tài chính" -> "Bộ Tài chính"; "Thủ tướng Chính phủ" stays as it is."""
    office = _OFFICE.match(fold(name).lower())
    return body_name(name[office.end() :]) if office else body_name(name)


def complete_issuer(issuer: str, authority: str, portal_issuer: str, authority_cells: list[str], text: str) -> str:
    """The issuer read in the header's left column, completed: from the authority the type line
    names ("QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ"), a portal's metadata table, an án lệ's "Được …
    thông qua", the place in the authority's line ("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN"), the
    Politburo or Secretariat acting under the Central Committee's header, a joint document's
    "Liên Bộ …"."""
    from desktop.ingest.official_words import is_upper

    if authority:
        named = issuing_body(authority)
        if not issuer or fold(named).lower() == "thu tuong chinh phu":
            issuer = named
    if not issuer and portal_issuer:
        issuer = body_name(portal_issuer)
    if not issuer and passed_by(text):
        issuer = passed_by(text)  # an án lệ: "Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua"
    if fold(issuer).lower() in ("uy ban nhan dan", "hoi dong nhan dan"):
        line = next((c for c in authority_cells if is_upper(c) and fold(issuer).lower() in fold(c).lower()), "")
        place = re.search(r"(tỉnh|thành phố|huyện|quận|thị xã)\s+\S.*$", line, re.I)
        if place:
            issuer = body_name(issuer + " " + place.group(0))
        elif portal_issuer and fold(portal_issuer).lower().startswith(("tinh ", "thanh pho ", "huyen ")):
            issuer = body_name(issuer + " " + portal_issuer)
    if fold(issuer).lower().startswith("van ban hop nhat - "):
        issuer = body_name(issuer.split(" - ", 1)[1])  # the gazette's section "VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI"
    if issuer == "Ban Chấp hành Trung ương":
        actor = _CENTRAL_ACTOR.search(text[:_HEAD_CHARS])
        if actor:
            issuer = body_name(actor.group(1))
    if not issuer:
        joint = _JOINT.search(text[:_HEAD_CHARS])
        if joint:
            issuer = body_name("Bộ " + joint.group(1))
    return issuer

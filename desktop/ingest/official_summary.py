"""The summary (trích yếu) of an official document: where it starts, where it ends, how it reads.

It follows the type line ("QUYẾT ĐỊNH", "THÔNG TƯ") and ends where the preamble begins
("Căn cứ …", "Để triển khai …", "Thực hiện …", "Xét …"), at the signing authority's line
("BỘ TRƯỞNG BỘ TÀI CHÍNH", "TRƯỞNG BAN …", even typed in lower case), at the enacting formula
("QUYẾT ĐỊNH:"), at a chapter, at a rule drawn under it, after a full stop, or where a summary in
lower case meets a line in capitals (and the reverse).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.ingest.official_words import is_motto, is_upper, kind_prefix
from desktop.text.normalize import fold

if TYPE_CHECKING:
    from desktop.ingest.official_document import _Cell

# Lines that end the summary: the body or the enacting formula begins.
BODY_START = re.compile(
    r"^(?:[-–+•]\s*)?(căn cứ|can cứ|thi hành|theo đề nghị|xét đề nghị|xét tờ trình|chương\s+[ivxlc\d]|phần\s+[ivxlc\d]|mục\s+\d|"
    r"(?:phần|chương)\s+thứ\s|"
    r"điều\s+\d|[ivx]+\s*[-.)]\s|\d+\s*[-.)]\s|lời nói đầu|kính gửi|quyết định\s*:|quyết nghị\s*:|chỉ thị\s*:|"
    r"được .{3,80} thông qua)",
    re.I,
)
# A preamble sentence opens with a capital ("Để triển khai …", "Thực hiện Chỉ thị …"); the same
# words in lower case may continue a summary ("… liên ngành" / "để giải quyết hồ sơ").
_OPENER = re.compile(r"^(?:[-–+•]\s*)?(Để|Thực hiện|Xét|Nhằm|Sau khi|Trên cơ sở|Theo đề nghị)\s")
STRUCTURE = re.compile(r"(?i)^(chương|phần|mục|điều)\b")
# The signing authority's line before the enacting formula ("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN",
# "BỘ TRƯỞNG BỘ NỘI VỤ", "TRƯỞNG BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP …").
AUTHORITY = re.compile(
    r"^(chủ tịch|bộ trưởng|thủ tướng|ủy ban|uỷ ban|hội đồng|ban thường vụ|quốc hội|chính phủ|trưởng ban|giám đốc|"
    r"thống đốc|tổng cục trưởng|cục trưởng|viện trưởng|chánh án|tổng kiểm toán|ban chấp hành|bộ chính trị|ban bí thư)\b",
    re.I,
)
_ENACTING = re.compile(r"(?i)^(quyết định|nghị định|quyết nghị|chỉ thị|ban hành)\s*:?\s*$")
# "(Ban hành kèm theo Quyết định số …)" under a regulation's summary names the decision, not the subject.
ENCLOSING_LINE = re.compile(r"(?i)^\(\s*(ban hành|kèm theo)\b")
_RULE_LINE = re.compile(r"^[\s\-_–—=*~.]{3,}$|^\s*-\s*0\s*-\s*$")
_LONG_SUMMARY = 350


def body_begins(text: str) -> bool:
    """The preamble or the body starts here ("Căn cứ …", "LỜI NÓI ĐẦU", "Chương I", "Để triển
    khai …"); a summary in capitals that reads like an enacting formula ("THI HÀNH ĐIỀU LỆ ĐẢNG")
    does not."""
    if _OPENER.match(text) and not is_upper(text):
        return True
    return bool(BODY_START.match(text)) and not (is_upper(text) and re.match(r"(?i)^thi hành", text))


def rule_lines(lines: list[str]) -> set[int]:
    """Lines that are only a rule ("------", "******", "-0-"): a summary ends at the one under it."""
    return {n for n, line in enumerate(lines) if _RULE_LINE.match(line)}


def ends_sentence(text: str) -> bool:
    """A full stop ends the summary ("… Ngân hàng chính sách xã hội."), not an abbreviation's ("TP.")."""
    match = re.search(r"(\w+)\.$", text.strip())
    if match is None:
        return False
    return not (len(match.group(1)) <= 3 and match.group(1)[:1].isupper())


def _authority_of(parts: list[str]) -> str:
    """"bộ trưởng bộ tài chính" out of "của bộ trưởng bộ tài chính" (the type line's issuer)."""
    if not parts:
        return ""
    match = re.match(r"(?i)^của\s+(.+)$", parts[0])
    return fold(match.group(1)).lower().strip(" .") if match else ""


def summary_cells(cells: list[_Cell], start: int, rules: set[int] | frozenset[int] = frozenset()) -> tuple[str, str, int]:
    """(kind from the type line, summary in capitals or as printed, index after it)."""
    parts: list[str] = []
    found_kind = ""
    index = start
    while index < len(cells) and index < start + 8:
        text = cells[index].text
        summary_in_capitals = found_kind and not parts and is_upper(text) and not STRUCTURE.match(text)
        authority = _authority_of(parts)
        only_issuer = bool(authority) and len(parts) == 1  # "NGHỊ ĐỊNH CỦA CHÍNH PHỦ" / "Quy định …"
        summary = " ".join(parts[1:] if authority else parts)
        if parts and not only_issuer:
            last_line = cells[index - 1].line
            if any(last_line < n < cells[index].line for n in rules) or ends_sentence(parts[-1]):
                break  # a rule drawn under the summary, or its full stop
        if not summary_in_capitals and (body_begins(text) or (AUTHORITY.match(text) and is_upper(text))):
            break  # "THI HÀNH ĐIỀU LỆ ĐẢNG" under "QUY ĐỊNH" is a summary, not the enacting formula
        if parts and (_ENACTING.match(text) or ENCLOSING_LINE.match(text) or (authority and fold(text).lower().strip(" .") == authority)):
            break  # "quyết định:", or the authority named by the type line, typed in lower case
        if is_motto(text) or re.fullmatch(r"[\d/ ]+", text):
            if parts:
                break
            index += 1
            continue
        if not found_kind and not parts:
            line_kind, rest = kind_prefix(text)
            typed_upper = all(w.isupper() for w in text.split()[: len(line_kind.split())])
            if line_kind and (is_upper(text) or not rest or re.match(r"(?i)^của\s", rest) or (typed_upper and rest[:1].isupper())):
                found_kind = line_kind
                if rest:
                    parts.append(rest)
                index += 1
                continue
        if parts and len(" ".join(parts)) > _LONG_SUMMARY:
            break
        lower_case = any(c.isalpha() for c in text) and not is_upper(text)
        if summary and is_upper(summary) and lower_case and not re.match(r"(?i)^(về|v/v)\b", text):
            break  # a summary in capitals does not go on in lower case (the preamble does)
        if summary and not is_upper(summary) and is_upper(text) and len(text.split()) >= 3:
            break  # nor one in lower case in capitals (the authority's line, a heading)
        parts.append(text)
        index += 1
    return found_kind, " ".join(parts), index


def page_title_summary(lines: list[str], upto: int, number: str) -> str:
    """A portal's or blog's own title line holding the number ("Nghị định 110/2004/NĐ-CP công tác
    văn thư", "HƯỚNG DẪN …, SỐ 09-HD/BTCTW"): the words that are not type or number (nor the
    year a portal adds after a number without one: "612/QĐ-UBND năm 2020 về …")."""
    key = re.sub(r"\s+", "", number).lower()
    for line in lines[:upto]:
        compact = re.sub(r"\s+", "", line).lower()
        if key and key in compact and len(line) < 300:
            text = re.sub(r"(?i),?\s*(số|so)\s*:?\s*" + re.escape(number).replace(r"\-", r"\s*-\s*"), "", line)
            text = re.sub(re.escape(number) + r"(\s+năm\s+(?:19|20)\d\d\b)?", "", text, flags=re.I)
            _kind, rest = kind_prefix(text.strip())
            rest = re.sub(r"\s+do\s+[^,]{3,80}\s+ban hành\s*$", "", rest, flags=re.I)
            return rest.strip(" ,.-:")
    return ""


def tidy_summary(summary: str, running: str) -> str:
    """"V/v : Ban hành …" -> "về việc ban hành …"; "40/2000 /TT-BTC" -> "40/2000/TT-BTC"; no
    trailing full stop or a rule's remains."""
    about = re.match(r"(?i)^v\s*/\s*v\s*[:.]?\s*", summary)
    if about:
        rest = summary[about.end() :]
        word = re.match(r"\w+", rest)
        # "Ban hành" after "V/v" is the verb, written in lower case where the text writes it so.
        if word and word.group(0)[:1].isupper() and re.search(rf"(?<![.:;\n]\s)\b{re.escape(word.group(0).lower())}\b", running):
            rest = rest[:1].lower() + rest[1:]
        summary = "về việc " + rest
    summary = re.sub(
        r"(?<![\d/])(\d{1,5})\s*/\s*((?:19|20)\d\d)\s*/\s*([A-ZĐ][\wĐđ]*(?:\s*-\s*[A-ZĐ][\wĐđ]*)*)",
        lambda m: f"{m.group(1)}/{m.group(2)}/" + re.sub(r"\s+", "", m.group(3)),
        summary,
    )
    return re.sub(r"[\s(\[{.;:,_*=-]+$", "", summary)  # "… lĩnh vực thuế ((": a rule's remains

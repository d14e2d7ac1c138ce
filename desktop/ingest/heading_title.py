"""The title of a text without an official header, as a reader writes it: a heading printed in
capitals in sentence case (a form's two-line name joined), never a byline."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.ingest import line_rules
from desktop.ingest.official_casing import body_name, sentence_case
from desktop.ingest.official_summary import STRUCTURE, body_begins
from desktop.ingest.official_words import is_motto, is_upper
from desktop.ingest.page_cleaning import REASON_AUTHOR, PageCleaning
from desktop.text.normalize import fold

# Degrees and titles that open a byline ("TS - Nguyễn Đại Lai", "PGS.TS. Trần Văn A").
_DEGREE = re.compile(r"^(?:(?:GS|PGS|TS|ThS|TSKH|KS|BS|LS|NCS|CN|Ths)\b\.?\s*[-–,.]?\s*)+")
_INDENTED = 10  # a byline set flush right in a Word file, by spaces
# Kinds of body a credit line in capitals names ("Nguồn: VỤ KINH TẾ CÔNG NGHIỆP").
_BODY_CREDIT = re.compile(r"^(vu|bo|so|cuc|tong cuc|ban|uy ban|vien|phong|van phong|trung tam|ngan hang)\s")
_HEADING_LINES = 2  # a third line in capitals is another heading (the paper under its forum's name)


def _next_line(cleaning: PageCleaning, after: int) -> int | None:
    return next((i for i in range(after + 1, len(cleaning.lines)) if cleaning.lines[i].strip()), None)


def byline_first(cleaning: PageCleaning) -> PageCleaning:
    """A byline above the first paragraph ("TS - Nguyễn Đại Lai", flush right) is the author,
    not the title: the text has no heading of its own."""
    at = cleaning.title_line
    if at is None or cleaning.head_author:
        return cleaning
    raw = cleaning.lines[at]
    name = line_rules.person_name(raw)
    degree = _DEGREE.match(raw.strip())
    if not name or not (degree or len(raw) - len(raw.lstrip()) >= _INDENTED):
        return cleaning
    following = _next_line(cleaning, at)
    if following is None or not line_rules.is_paragraph(cleaning.lines[following]):
        return cleaning
    author = _DEGREE.sub("", raw.strip()).strip(" -–,.")
    removed = {**cleaning.removed, at: REASON_AUTHOR}
    return replace(cleaning, removed=removed, title="", title_line=None, head_author=author)


def heading_in_capitals(cleaning: PageCleaning, *, document_file: bool) -> PageCleaning:
    """"BÁO CÁO VỀ TÌNH HÌNH …" -> "Báo cáo về tình hình …", the words' case taken from the running
    text. In a document file the heading may run on a second line in capitals ("BẢN KHAI CỦA THÂN
    NHÂN" / "NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG"), and stays in the text as printed: the title is read
    from it, not cut out of the document."""
    at = cleaning.title_line
    if at is None or not is_upper(cleaning.title) or len(cleaning.title.split()) < 2:
        return cleaning
    parts = [cleaning.title]
    if document_file:
        line = at
        # A line that ends on "VÀ", "CỦA", "VỀ" … goes on in the next one, whatever the count.
        while len(parts) < _HEADING_LINES or re.search(r"(?i)\b(và|của|về|cho|với|trong|tại|đối|các|những|theo)$", parts[-1]):
            following = _next_line(cleaning, line)
            text = cleaning.lines[following].strip() if following is not None else ""
            if not text or not is_upper(text) or is_motto(text) or body_begins(text) or STRUCTURE.match(text):
                break
            if len(text.split()) > 12 or re.match(r"^[\W\d]", text) or len(parts) >= 4:
                break
            parts.append(text)
            line = following  # type: ignore[assignment]
    removed = dict(cleaning.removed)
    if document_file:
        removed.pop(at, None)
    running = "\n".join(line for n, line in enumerate(cleaning.lines) if n not in removed and n != at)[:8000]
    title = sentence_case(" ".join(" ".join(parts).split()), running, first_upper=True)
    return replace(cleaning, removed=removed, title=title)


def source_case(source: str) -> str:
    """A body credited in capitals ("Nguồn: VỤ KINH TẾ CÔNG NGHIỆP") as a library writes it."""
    if is_upper(source) and len(source.split()) >= 2 and _BODY_CREDIT.match(fold(source).lower()):
        return body_name(source)
    return source

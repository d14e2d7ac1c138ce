"""Title, byline, date, outlet and cited documents of an article, from its cleaned page."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.ingest import line_rules
from desktop.ingest.outlets import known_outlet, outlet_name
from desktop.ingest.page_cleaning import PageCleaning

# "Kinhtedothi - Từ đánh giá…", "HNP - “Sau…", "(Chinhphu.vn) - …": the outlet signs its lead.
_LEAD_SIGNATURE = re.compile(r"^\s*(\(([^()\n]{2,40})\)|([A-ZĐ][\w.&+]{1,30}))\s*[-–—]\s*\S")
# Datelines look like signatures but name a place ("TP.HCM - Sáng nay…").
_PLACES = {"tp.hcm", "tphcm", "tp hcm", "hn", "tp", "sg"}
_END_SIGNATURE_LINES = 4  # byline and credit lines sit within the last few lines


@dataclass(frozen=True)
class ArticleMetadata:
    title: str
    author: str
    source: str
    published: str | None


def _lead_outlet(line: str) -> str:
    match = _LEAD_SIGNATURE.match(line)
    if match is None:
        return ""
    name = (match.group(2) or match.group(3)).strip()
    if name.lower() in _PLACES:
        return ""
    known = known_outlet(name)
    if known:
        return known
    # Unknown words in brackets are an outlet ("(Dân trí) -"); a bare word only when it is one
    # token without spaces that is not a place ("HNP -", "Kinhtedothi-").
    return name if match.group(2) or " " not in name else ""


def _end_signature(cleaning: PageCleaning) -> tuple[str, str]:
    """(author, credited source) from the byline lines that close the article."""
    end = cleaning.tail_start if cleaning.tail_start is not None else len(cleaning.lines)
    kept = [i for i in range(end) if i not in cleaning.removed and cleaning.lines[i].strip()]
    author, source = "", ""
    for i in reversed(kept[-_END_SIGNATURE_LINES:]):
        line = cleaning.lines[i]
        if line_rules.is_paragraph(line):
            break
        credit = line_rules.credited_source(line)
        if credit and not source:
            source = credit
            continue
        name = line_rules.person_name(line)
        if name and not author:
            author = name
            continue
        break
    return author, source


def _first_paragraph(cleaning: PageCleaning) -> str:
    for i, line in enumerate(cleaning.lines):
        if i not in cleaning.removed and line_rules.is_paragraph(line):
            return line
    return ""


def extract_metadata(cleaning: PageCleaning, *, fallback_title: str = "") -> ArticleMetadata:
    end_author, credit = _end_signature(cleaning)
    author = cleaning.head_author or end_author
    # A credit line ("Theo …") names where the article comes from; it wins over the lead's signature.
    source = outlet_name(credit) if credit else _lead_outlet(_first_paragraph(cleaning))
    title = cleaning.title or fallback_title or _words(cleaning.clean_text, 12)
    return ArticleMetadata(title=title, author=author, source=source, published=cleaning.published)


def _words(text: str, n: int) -> str:
    words = text.split()
    if not words:
        return "(Không có tiêu đề)"
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


def find_doc_refs(text: str) -> tuple[str, ...]:
    """Canonical keys of the legal and Party documents the text cites, first mention first."""
    from desktop.text.document_refs import find_document_refs

    seen: dict[str, None] = {}
    for ref in find_document_refs(text):
        seen.setdefault(ref.canonical, None)
    return tuple(seen)

"""Reading text out of a copied web page: keep the article's lines, set aside the site's.

The clean text is always a subsequence of the raw lines (blank runs collapsed), so every
removed line is recorded with its line number and a reason, and can be put back.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from desktop.domain.article import RemovedLine
from desktop.domain.message import Message
from desktop.ingest import line_rules
from desktop.ingest.dates import find_date, is_date_line

# Why a line left the reading text: stored with the line (as its Vietnamese text), shown in
# the original-text view, where the GUI and the CLI translate it (message.known_text).
REASON_TITLE = Message("Tiêu đề")
REASON_DATE = Message("Ngày đăng")
REASON_AUTHOR = Message("Tác giả")
REASON_HEADER = Message("Đầu trang")
REASON_MENU = Message("Menu trang")
REASON_FURNITURE = Message("Nút và biểu mẫu")
REASON_REPEAT = Message("Dòng lặp lại")
REASON_RELATED = Message("Tin liên quan")

# Only so many lines before the first paragraph can be the page header and the headline.
_HEAD_LIMIT = 12


@dataclass(frozen=True)
class PageCleaning:
    lines: tuple[str, ...]
    removed: dict[int, str]  # line number -> reason
    title: str
    title_line: int | None
    published: str | None  # from the headline or a date line above the article
    head_author: str  # a byline between the headline and the first paragraph
    body_start: int | None
    tail_start: int | None

    @property
    def clean_text(self) -> str:
        return join_kept_lines(self.lines, self.removed)

    @property
    def removed_lines(self) -> tuple[RemovedLine, ...]:
        return tuple(RemovedLine(n, self.lines[n], r) for n, r in sorted(self.removed.items()))


def join_kept_lines(lines: tuple[str, ...] | list[str], removed: Collection[int]) -> str:
    """The reading text: kept lines in order, one blank line at most between them, no blank
    lines at either end. Re-cleaning and restoring a line both go through here."""
    out: list[str] = []
    blank_pending = False
    for number, line in enumerate(lines):
        if number in removed:
            continue
        if not line.strip():
            blank_pending = bool(out)
            continue
        if blank_pending:
            out.append("")
            blank_pending = False
        out.append(line)
    return "\n".join(out)


def kept_line_offsets(lines: tuple[str, ...] | list[str], removed: Collection[int]) -> dict[int, int]:
    """Line number -> offset of that line in `join_kept_lines(lines, removed)`, for kept lines."""
    offsets: dict[int, int] = {}
    position = 0
    started = False
    blank_pending = False
    for number, line in enumerate(lines):
        if number in removed:
            continue
        if not line.strip():
            blank_pending = started
            continue
        if started:
            position += 2 if blank_pending else 1  # "\n" or "\n\n" before the line
        blank_pending = False
        offsets[number] = position
        position += len(line)
        started = True
    return offsets


def _clutterish(lines: tuple[str, ...], i: int, previous: int | None) -> bool:
    line = lines[i]
    return bool(
        line_rules.section_marker(line)
        or line_rules.is_menu_line(line)
        or line_rules.is_furniture(line)
        or is_date_line(line)
        or (previous is not None and lines[previous].strip() == line.strip())
    )


def _find_body_start(lines: tuple[str, ...], nonblank: list[int]) -> int | None:
    for k, i in enumerate(nonblank):
        line = lines[i]
        if not line_rules.is_paragraph(line) or line_rules.is_menu_line(line):
            continue
        # A first line is the headline unless it plainly is running text: a long paragraph, or a
        # full sentence of twenty words and more (a hard-wrapped text starts with its lead).
        running = len(line) > 300 or (len(line.split()) >= 20 and line.rstrip().endswith((".", "!", "?", "…")))
        if k == 0 and len(nonblank) > 1 and not (running and line_rules.ends_sentence(line)):
            continue
        return i
    return None


def _find_tail_start(lines: tuple[str, ...], nonblank: list[int], first: int) -> int | None:
    """The first section marker after which the page holds no more article paragraphs
    before the next piece of clutter: from there on it is other articles and comments."""
    previous = {b: a for a, b in zip(nonblank, nonblank[1:], strict=False)}
    for k, i in enumerate(nonblank):
        if i < first or not line_rules.section_marker(lines[i]):
            continue
        is_tail = True
        for j in nonblank[k + 1 :]:
            if _clutterish(lines, j, previous.get(j)):
                break
            if line_rules.is_paragraph(lines[j]):
                is_tail = False
                break
        if is_tail:
            return i
    return None


def _extend_tail_back(lines: tuple[str, ...], nonblank: list[int], tail: int, floor: int) -> int:
    """Related-article cards copied just above the tail (each title twice: picture and link)."""
    before = [i for i in nonblank if floor < i < tail]
    while len(before) >= 2 and lines[before[-1]].strip() == lines[before[-2]].strip():
        if line_rules.is_paragraph(lines[before[-1]]) or line_rules.ends_sentence(lines[before[-1]].rstrip(".")):
            break
        tail = before[-2]
        before = before[:-2]
    return tail


def _title_text(line: str) -> tuple[str, str | None]:
    """The headline without the publication date a page prints beside it: "Tiêu đề (20:05
    19/05/2017)", "06/05/2022 - Tiêu đề". A date inside the words ("… ngày 6/2/2017") stays."""
    found = find_date(line)
    if found is None:
        return line.strip(), None
    before, after = line[: found.start], line[found.end :]
    bracketed = re.search(r"[(\[]\s*$", before) and re.match(r"^\s*[)\]]\s*$", after)
    trailing = re.search(r"\s[-–|]\s*$", before) and not after.strip()
    leading = not before.strip() and re.match(r"^\s*[-–|]\s", after)
    if not (bracketed or trailing or leading):
        return line.strip(), None
    title = re.sub(r"[(\[]\s*$", "", before).strip(" -–|") + " " + re.sub(r"^\s*[)\]]", "", after).strip(" -–|")
    title = title.strip()
    return (title or line.strip()), found.iso


def clean_page(raw_text: str, *, web: bool = True) -> PageCleaning:
    """`web=False`: a document file (Word, PDF, …) has no site menus, bylines or related-article
    boxes; only its title line leaves the body (the national motto is never the title)."""
    lines = tuple(raw_text.split("\n"))
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if not web:
        return _clean_document(lines, nonblank)
    removed: dict[int, str] = {}
    body_start = _find_body_start(lines, nonblank)

    # --- the head: site header, then the headline, its date and byline ----------------
    head = [i for i in nonblank if body_start is None or i < body_start][:_HEAD_LIMIT]
    site_lines = [
        i
        for i in head
        if line_rules.is_menu_line(lines[i]) or line_rules.is_furniture(lines[i]) or line_rules.section_marker(lines[i])
    ]
    header_end = site_lines[-1] if site_lines else -1
    title, title_line, published, head_author = "", None, None, ""
    for i in head:
        line = lines[i]
        if i <= header_end:
            if is_date_line(line):
                removed[i] = REASON_DATE
                published = published or (found.iso if (found := find_date(line)) else None)
            else:
                removed[i] = REASON_MENU if i in site_lines and line_rules.is_menu_line(line) else REASON_HEADER
            continue
        if is_date_line(line):
            found = find_date(line)
            if found is not None:
                published = published or found.iso
                removed[i] = REASON_DATE
            continue
        name = line_rules.person_name(line)
        # A byline above the first paragraph; without a paragraph, a short line may be the text.
        if name and title_line is not None and not head_author and body_start is not None:
            head_author = name
            removed[i] = REASON_AUTHOR
            continue
        if title_line is None and not line_rules.is_caption(line) and not line_rules.credited_source(line):
            title, title_published = _title_text(line)
            title_line = i
            published = title_published or published
            removed[i] = REASON_TITLE

    # --- the tail: related articles, reader comments, share buttons ------------------
    first_body = body_start if body_start is not None else (title_line or 0)
    tail_start = _find_tail_start(lines, nonblank, first_body)
    if tail_start is not None:
        tail_start = _extend_tail_back(lines, nonblank, tail_start, title_line if title_line is not None else -1)
        reason: str = REASON_RELATED
        for i in nonblank:
            if i < tail_start:
                continue
            reason = line_rules.section_marker(lines[i]) or reason
            removed[i] = reason

    # --- the middle: stray furniture, inline "Tin liên quan" boxes, repeated lines ---
    previous: int | None = None  # the previous kept line: a headline repeated as the lead stays
    for i in nonblank:
        if i in removed:
            continue
        line = lines[i]
        marker = line_rules.section_marker(line)
        if marker:
            removed[i] = marker
        elif line_rules.is_menu_line(line):
            removed[i] = REASON_MENU
        elif line_rules.is_furniture(line):
            removed[i] = REASON_FURNITURE
        elif previous is not None and lines[previous].strip() == line.strip() and not line_rules.is_paragraph(line):
            removed[i] = REASON_REPEAT  # a caption or title printed twice; a paragraph is never dropped
        previous = i
    return PageCleaning(lines, removed, title, title_line, published, head_author, body_start, tail_start)


def _clean_document(lines: tuple[str, ...], nonblank: list[int]) -> PageCleaning:
    from desktop.ingest.official_document import is_motto

    removed: dict[int, str] = {}
    title, title_line, published = "", None, None
    for i in nonblank[:_HEAD_LIMIT]:
        line = lines[i]
        if is_date_line(line):
            published = published or (found.iso if (found := find_date(line)) else None)
            continue
        if is_motto(line) or not any(ch.isalpha() for ch in line):
            continue
        title, title_published = _title_text(line)
        title_line = i
        published = title_published or published
        removed[i] = REASON_TITLE
        break
    return PageCleaning(lines, removed, title, title_line, published, "", None, None)

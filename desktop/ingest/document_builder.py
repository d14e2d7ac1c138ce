"""Text from any reader -> an ImportedDocument: clean it, find its metadata and cited documents."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.domain.article import RemovedLine
from desktop.domain.errors import ImportFailure
from desktop.domain.message import Message
from desktop.ingest.dates import find_date
from desktop.ingest.document import ImportedDocument
from desktop.ingest.hard_wrap import rejoin_hard_wrapped
from desktop.ingest.heading_title import byline_first, heading_in_capitals, source_case
from desktop.ingest.metadata import extract_metadata, find_doc_refs
from desktop.ingest.official_document import parse_official_header
from desktop.ingest.outlets import outlet_name
from desktop.ingest.page_cleaning import PageCleaning, clean_page, join_kept_lines
from desktop.ingest.text_decoding import finish

# File names that say nothing about the article ("21395276", "scan_0001", "Document1").
_MEANINGLESS_NAME = re.compile(r"^[\W\d_]*$|^(document|doc|tai lieu|untitled|new|scan|img)[\W\d_]*$", re.I)


def title_from_file_name(stem: str) -> str:
    name = " ".join(stem.replace("_", " ").split())
    return "" if _MEANINGLESS_NAME.match(name) else name


def _published_hint(value: str) -> str | None:
    """"2021-08-09T06:38:00+07:00" (a web page's meta tag) -> "2021-08-09T06:38"."""
    match = re.match(r"^((?:19|20)\d{2}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", value.strip())
    if match:
        return match.group(1) + (f"T{match.group(2)}" if match.group(2) else "")
    found = find_date(value)
    return found.iso if found else None


def _keep_document(cleaning: PageCleaning, header_start: int) -> PageCleaning:
    """An official document is kept whole from its header on: only portal furniture before the
    header may go ("Đăng nhập", "Đang tải văn bản…"). Its "Chương I" is structure, not a byline."""
    removed = {n: r for n, r in cleaning.removed.items() if n < header_start}
    return replace(cleaning, removed=removed, head_author="")


def _opens_with_motto(raw: str) -> bool:
    from desktop.ingest.official_document import is_motto

    head = [line for line in raw.split("\n") if line.strip()][:8]
    return any(is_motto(cell) for line in head for cell in re.split(r"\t|\s{3,}", line))


def build_document(
    text: str,
    *,
    origin: str,
    encoding: str,
    hints: dict[str, str] | None = None,
    fallback_title: str = "",
    encoding_sure: bool = True,
    finished: bool = False,
    web: bool = True,
) -> ImportedDocument:
    """Raises ImportFailure when nothing readable is left. `finished`: the text already went
    through text_decoding.finish (decoded files), so it is not normalised twice. `web=False`: a
    document file, which has no site furniture for page cleaning to take out.

    `hints` fill what the text does not say ("title", "author", "published", "source", from a
    file's properties or a page's tags); a web page's own headline, date and site name win over
    the text ("headline", "page_published", "site"); "url" is kept as the source link. An
    official document's header (number, issuer, date, type and summary) wins over both."""
    raw = text if finished else finish(text)
    if not raw.strip():
        raise ImportFailure(Message("không có chữ nào để đọc (tệp trống)", code="no_text"))
    hints = hints or {}
    if not hints.get("headline"):
        raw = rejoin_hard_wrapped(raw)
    # A Word file or PDF of a pasted news article still has its site's furniture; one that opens
    # with the national motto is a document (a form, a report) whose lines are all its own.
    document = not web and _opens_with_motto(raw)
    cleaning = clean_page(raw, web=not document)
    if document:
        hints = {k: v for k, v in hints.items() if k != "published"}  # the file's date is not the document's
    official = parse_official_header(raw)
    if official is not None:
        cleaning = _keep_document(cleaning, official.header_start)
    elif not hints.get("headline"):
        cleaning = heading_in_capitals(byline_first(cleaning), document_file=not web)
    clean_text = cleaning.clean_text
    meta = extract_metadata(cleaning, fallback_title=hints.get("title", "") or fallback_title)
    removed: tuple[RemovedLine, ...]
    if not clean_text.strip():
        # Everything looked like page furniture: keep it all rather than import an empty article.
        clean_text = join_kept_lines(cleaning.lines, ())
        removed = ()
    else:
        removed = cleaning.removed_lines
    title = hints.get("headline") or meta.title
    # The page's own tags fill what the text did not say; its publication tag wins over the text.
    published = meta.published or (_published_hint(hints["published"]) if hints.get("published") else None)
    if hints.get("page_published"):
        published = _published_hint(hints["page_published"]) or published
    source = meta.source or (outlet_name(hints["source"]) if hints.get("source") else "")
    if hints.get("site"):
        source = outlet_name(hints["site"])
    source = source_case(source)
    author = meta.author or hints.get("author", "")
    number = ""
    if official is not None:
        title = official.title or title
        published = official.date or published
        source = official.issuer or source
        number = official.number
        author = ""
    return ImportedDocument(
        raw_text=raw,
        clean_text=clean_text,
        removed_lines=removed,
        title=title,
        author=author,
        source=source,
        published=published,
        doc_refs=find_doc_refs(clean_text),
        origin=origin,
        encoding=encoding,
        encoding_sure=encoding_sure,
        source_url=hints.get("url", ""),
        doc_number=number,
    )

"""Text from any reader -> an ImportedDocument: clean it, find its metadata and cited documents."""

from __future__ import annotations

import re

from desktop.domain.article import RemovedLine
from desktop.domain.errors import ImportFailure
from desktop.ingest.dates import find_date
from desktop.ingest.document import ImportedDocument
from desktop.ingest.metadata import extract_metadata, find_doc_refs
from desktop.ingest.outlets import outlet_name
from desktop.ingest.page_cleaning import clean_page, join_kept_lines
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


def build_document(
    text: str,
    *,
    origin: str,
    encoding: str,
    hints: dict[str, str] | None = None,
    fallback_title: str = "",
    encoding_sure: bool = True,
    finished: bool = False,
) -> ImportedDocument:
    """Raises ImportFailure when nothing readable is left. `finished`: the text already went
    through text_decoding.finish (decoded files), so it is not normalised twice."""
    raw = text if finished else finish(text)
    if not raw.strip():
        raise ImportFailure("không có chữ nào để đọc (tệp trống)")
    cleaning = clean_page(raw)
    clean_text = cleaning.clean_text
    hints = hints or {}
    meta = extract_metadata(cleaning, fallback_title=hints.get("title", "") or fallback_title)
    removed: tuple[RemovedLine, ...]
    if not clean_text.strip():
        # Everything looked like page furniture: keep it all rather than import an empty article.
        clean_text = join_kept_lines(cleaning.lines, ())
        removed = ()
    else:
        removed = cleaning.removed_lines
    # The page's own tags fill what the text did not say.
    published = meta.published or (_published_hint(hints["published"]) if hints.get("published") else None)
    return ImportedDocument(
        raw_text=raw,
        clean_text=clean_text,
        removed_lines=removed,
        title=meta.title,
        author=meta.author or hints.get("author", ""),
        source=meta.source or (outlet_name(hints["source"]) if hints.get("source") else ""),
        published=published,
        doc_refs=find_doc_refs(clean_text),
        origin=origin,
        encoding=encoding,
        encoding_sure=encoding_sure,
    )

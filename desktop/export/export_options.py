"""What to export (a selection of excerpts) and how (grouping, parts to include, format)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum


class GroupBy(StrEnum):
    TAG = "tag"
    ARTICLE = "article"
    DATE = "date"


class ExportFormat(StrEnum):
    DOCX = "docx"
    MARKDOWN = "md"
    CSV = "csv"
    PDF = "pdf"
    JSONLD = "jsonld"

    @property
    def suffix(self) -> str:
        return ".jsonld" if self is ExportFormat.JSONLD else f".{self.value}"


@dataclass(frozen=True)
class ExcerptSelection:
    """Which annotations become excerpts. Empty criteria do not restrict.

    Tags include their children ("Kinh tế" selects "Kinh tế/Đầu tư"); the date range is
    inclusive and applies to the article's publication date (ISO "YYYY-MM-DD")."""

    article_ids: tuple[str, ...] = ()
    tag_names: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    annotation_ids: tuple[str, ...] | None = None  # None: any; () selects nothing (an empty filter)
    include_needs_review: bool = True


@dataclass(frozen=True)
class BriefOptions:
    title: str = "TỔNG HỢP TRÍCH DẪN"
    agency: str = ""  # one or two lines: parent agency, then the unit (bold)
    place: str = "Hà Nội"
    date: str = ""  # ISO date of the brief; "" means today
    group_by: GroupBy = GroupBy.TAG
    include_notes: bool = True
    include_tags: bool = True
    include_citations: bool = True
    include_context: bool = False  # the rest of the sentence around the quote
    include_summary: bool = True  # tables of counts per tag and per article
    include_toc: bool = False
    include_appendix: bool = False  # whole articles with their highlights
    font_size_pt: float = 14.0  # Nghị định 30: 13-14 pt

    def with_changes(self, **changes: object) -> BriefOptions:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ExportRequest:
    selection: ExcerptSelection = field(default_factory=ExcerptSelection)
    options: BriefOptions = field(default_factory=BriefOptions)
    format: ExportFormat = ExportFormat.DOCX

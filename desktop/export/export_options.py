"""What to export (a selection of excerpts) and how (grouping, layout, parts to include, format)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path


class GroupBy(StrEnum):
    TAG = "tag"
    ARTICLE = "article"
    DATE = "date"


class LayoutStyle(StrEnum):
    """The page and title block: the state's (Nghị định 30/2020/NĐ-CP) or the Party's
    (Hướng dẫn 36-HD/VPTW, 2018) for Chỉ thị 05 and chi bộ work."""

    ND30 = "nd30"
    HD36 = "hd36"

    @property
    def font_sizes(self) -> tuple[float, float]:
        # Body text: Nghị định 30 Phụ lục I sets 13-14 pt; Hướng dẫn 36 Phụ lục 3 sets 14-15 pt.
        return (13.0, 14.0) if self is LayoutStyle.ND30 else (14.0, 15.0)

    def fit_font_size(self, size: float) -> float:
        low, high = self.font_sizes
        return min(max(size, low), high)


class ExportFormat(StrEnum):
    DOCX = "docx"
    MARKDOWN = "md"
    CSV = "csv"
    PDF = "pdf"
    JSONLD = "jsonld"

    @property
    def suffix(self) -> str:
        return ".jsonld" if self is ExportFormat.JSONLD else f".{self.value}"

    @property
    def has_layout(self) -> bool:
        """A printed page with a title block (not a table or data for programs)."""
        return self in (ExportFormat.DOCX, ExportFormat.PDF, ExportFormat.MARKDOWN)


# Every suffix a user may type, and the format it means.
FORMAT_BY_SUFFIX: dict[str, ExportFormat] = {f.suffix: f for f in ExportFormat} | {
    ".json": ExportFormat.JSONLD,
    ".markdown": ExportFormat.MARKDOWN,
}


def format_for_suffix(suffix: str) -> ExportFormat | None:
    return FORMAT_BY_SUFFIX.get(suffix.lower())


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
    agency: str = ""  # one or two lines: parent agency (or Party body), then the issuing unit
    number: str = ""  # "15/BC-UBND" (state) or "15-BC/ĐU" (Party); "" prints no number line
    place: str = "Hà Nội"
    date: str = ""  # ISO date of the brief; "" means today
    author: str = ""  # the user's name: the document's author property
    style: LayoutStyle = LayoutStyle.ND30
    group_by: GroupBy = GroupBy.TAG
    include_notes: bool = True
    include_tags: bool = True
    include_citations: bool = True
    include_context: bool = False  # the rest of the sentence around the quote
    include_summary: bool = True  # tables of counts per tag and per article
    include_toc: bool = False  # Word needs LibreOffice to number its pages (see docx_toc_pages)
    include_appendix: bool = False  # whole articles with their highlights
    font_size_pt: float = 14.0

    def with_changes(self, **changes: object) -> BriefOptions:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def body_size(self) -> float:
        """The font size, kept inside what the layout style allows."""
        return self.style.fit_font_size(self.font_size_pt)


@dataclass(frozen=True)
class ExportRequest:
    selection: ExcerptSelection = field(default_factory=ExcerptSelection)
    options: BriefOptions = field(default_factory=BriefOptions)
    format: ExportFormat = ExportFormat.DOCX


def target_for(path: Path, chosen: ExportFormat) -> tuple[Path, ExportFormat]:
    """The file and format for a name the user typed: a known suffix decides the format
    ("brief.md" is Markdown whatever was chosen, never "brief.md.jsonld"); any other name gets
    the chosen format's suffix ("brief" or "brief.v2" become "brief.docx", "brief.v2.docx")."""
    typed = format_for_suffix(path.suffix)
    if typed is not None:
        return path, typed
    return path.with_name(path.name + chosen.suffix), chosen

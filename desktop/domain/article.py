"""Articles: metadata kept apart from the (larger) texts, as they are stored."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class RemovedLine:
    """A line of the raw text that page cleaning left out of the reading text."""

    line_no: int  # 0-based index into raw_text.split("\n")
    text: str
    reason: str  # short Vietnamese label, e.g. "Menu trang", "Tin liên quan"


@dataclass(frozen=True)
class ArticleMeta:
    id: str
    title: str
    source: str = ""
    author: str = ""
    published: str | None = None  # ISO 8601: "2021-08-09T06:38" or "2021-08-09"; None if unknown
    imported_at: str = ""  # ISO 8601 UTC
    origin: str = ""  # file name or "clipboard"
    doc_refs: tuple[str, ...] = ()
    content_key: str = ""  # hash of the clean text, for duplicate detection
    encoding: str = ""
    source_url: str = ""  # the web address the article was imported from
    doc_number: str = ""  # number and symbol of an official document: "30/2020/NĐ-CP", "05-CT/TW"

    def with_changes(self, **changes: object) -> ArticleMeta:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ArticleText:
    raw_text: str  # NFC; what was imported, never changed
    clean_text: str  # NFC; what the reader shows and annotations anchor to
    removed_lines: tuple[RemovedLine, ...] = field(default=())


@dataclass(frozen=True)
class Article:
    meta: ArticleMeta
    text: ArticleText

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def title(self) -> str:
        return self.meta.title

    @property
    def clean_text(self) -> str:
        return self.text.clean_text

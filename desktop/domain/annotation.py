"""Annotations with W3C Web Annotation selectors (TextPosition + TextQuote)."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class TextPositionSelector:
    start: int  # code points of the article's NFC clean text
    end: int


@dataclass(frozen=True)
class TextQuoteSelector:
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Annotation:
    id: str
    article_id: str
    position: TextPositionSelector
    quote: TextQuoteSelector
    tags: tuple[str, ...] = ()  # tag ids
    color: str = "yellow"  # a key of domain.colors.HIGHLIGHT_COLORS
    note: str = ""
    created: str = ""  # ISO 8601 UTC
    modified: str = ""
    needs_review: bool = False  # could not be re-anchored with confidence: never guessed
    anchor_score: float = 1.0

    @property
    def start(self) -> int:
        return self.position.start

    @property
    def end(self) -> int:
        return self.position.end

    def with_changes(self, **changes: object) -> Annotation:
        return replace(self, **changes)  # type: ignore[arg-type]

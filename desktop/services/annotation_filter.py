"""What the annotations browser (and export) selects: tags with their children, colours,
articles, a creation-date range and text in the quote or the note."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from desktop.domain.annotation import Annotation
from desktop.domain.tag import Tag
from desktop.text.normalize import fold, nfc
from desktop.text.spelling import spelling_key


def expand_tag_ids(tag_ids: Iterable[str], tags: Iterable[Tag]) -> frozenset[str]:
    """The tags themselves and every tag below them ("cha" brings "cha/con")."""
    tags = list(tags)
    names = [t.name for t in tags if t.id in set(tag_ids)]
    return frozenset(t.id for t in tags if any(t.is_self_or_descendant_of(n) for n in names))


def _spelling_words(text: str) -> str:
    # One key per word, so old and new tone placement ("hoà"/"hòa") read as the same word.
    return " " + " ".join(spelling_key(w) for w in text.split()) + " "


def _text_predicate(query: str) -> Callable[[str], bool]:
    """ "Smart" like search: typed without marks matches every spelling; with marks, that
    spelling only (in either tone placement)."""
    query = " ".join(nfc(query).split())
    folded = fold(query)
    if folded == query.lower():
        return lambda haystack: folded in fold(haystack)
    lowered = query.lower()
    words = _spelling_words(query)

    def matches(haystack: str) -> bool:
        return lowered in haystack.lower() or words in _spelling_words(haystack)

    return matches


@dataclass(frozen=True)
class AnnotationFilter:
    """Every field narrows the result; an empty field does not filter. Dates are ISO
    "YYYY-MM-DD", inclusive, compared with the annotation's creation date."""

    tag_ids: frozenset[str] = field(default_factory=frozenset)  # any of them (children included)
    colors: frozenset[str] = field(default_factory=frozenset)
    article_ids: frozenset[str] = field(default_factory=frozenset)
    date_from: str = ""
    date_to: str = ""
    text: str = ""  # in the quote or the note
    needs_review: bool | None = None  # None: both; True: only those waiting for review
    untagged_only: bool = False

    @property
    def is_empty(self) -> bool:
        return self == AnnotationFilter()

    def predicate(self, tags: Iterable[Tag]) -> Callable[[Annotation], bool]:
        """A fast test for one annotation; `tags` is the library's tag list (for children)."""
        wanted_tags = expand_tag_ids(self.tag_ids, tags) if self.tag_ids else None
        text_matches = _text_predicate(self.text) if self.text.strip() else None
        colors, articles = self.colors, self.article_ids
        date_from, date_to = self.date_from[:10], self.date_to[:10]
        needs_review, untagged_only = self.needs_review, self.untagged_only

        def matches(a: Annotation) -> bool:
            if articles and a.article_id not in articles:
                return False
            if colors and a.color not in colors:
                return False
            if wanted_tags is not None and not wanted_tags.intersection(a.tags):
                return False
            if untagged_only and a.tags:
                return False
            if needs_review is not None and a.needs_review != needs_review:
                return False
            day = a.created[:10]
            if date_from and day < date_from:
                return False
            if date_to and day > date_to:
                return False
            return text_matches is None or text_matches(a.quote.exact) or text_matches(a.note)

        return matches

    def apply(self, annotations: Iterable[Annotation], tags: Iterable[Tag]) -> list[Annotation]:
        matches = self.predicate(tags)
        return [a for a in annotations if matches(a)]

"""Parse what the user typed: words, "phrases", -exclusions, prefix*, tag:, nguồn:, ngày:, số:."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.search.dates import DateRange, parse_date_range
from desktop.search.tokens import WORD_RE
from desktop.search.tokens import token_key as token_key_of
from desktop.text.normalize import fold, nfc
from desktop.text.spelling import has_marks, spelling_key

# Filter names, compared folded so "nguồn:", "nguon:" and "NGUỒN:" are one filter.
_FILTER_KINDS = {
    "tag": "tag",
    "the": "tag",  # thẻ
    "nhan": "tag",  # nhãn
    "nguon": "source",
    "source": "source",
    "ngay": "date",  # ngày
    "date": "date",
    "so": "number",  # số: an official document's number and symbol ("số:30/2020/NĐ-CP", "số:CT/TW")
    "number": "number",
}
_OPEN_QUOTES = "\"“”„«"
_CLOSE_QUOTES = {'"': '"', "“": "”", "”": "”", "„": "“", "«": "»"}
_FILTER_RE = re.compile(r"([^\W\d_]+):", re.UNICODE)


@dataclass(frozen=True)
class QueryWord:
    text: str  # as typed, NFC
    folded: str
    key: str | None  # spelling key when typed with marks: then only that spelling matches
    prefix: bool = False  # typed with a trailing "*": any word starting like this

    @property
    def marked(self) -> bool:
        return self.key is not None

    def matches_token(self, token: str) -> bool:
        """Whether a word of the text is this query word (its fold already matched)."""
        if self.key is None:
            return True
        token_key = token_key_of(token)
        if not self.prefix:
            return token_key == self.key
        letters, _, tones = self.key.partition("\u00b7")
        token_letters, _, token_tones = token_key.partition("\u00b7")
        return token_letters.startswith(letters) and token_tones.startswith(tones)


@dataclass(frozen=True)
class Term:
    """One word, or a phrase: words that must follow each other."""

    words: tuple[QueryWord, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text + ("*" if w.prefix else "") for w in self.words)


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    terms: tuple[Term, ...] = ()
    excluded: tuple[Term, ...] = ()
    tags: tuple[str, ...] = ()
    excluded_tags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    excluded_sources: tuple[str, ...] = ()
    dates: tuple[DateRange, ...] = ()
    excluded_dates: tuple[DateRange, ...] = ()
    numbers: tuple[str, ...] = ()
    excluded_numbers: tuple[str, ...] = ()

    @property
    def has_filters(self) -> bool:
        return bool(
            self.tags or self.excluded_tags or self.sources or self.excluded_sources or self.dates or self.excluded_dates
            or self.numbers or self.excluded_numbers
        )

    @property
    def is_empty(self) -> bool:
        return not (self.terms or self.excluded or self.has_filters)

    @property
    def longest_word(self) -> int:
        return max((len(w.folded) for t in self.terms for w in t.words), default=0)


@dataclass
class _Builder:
    terms: list[Term] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    filters: dict[tuple[str, bool], list[object]] = field(default_factory=dict)

    def add_text(self, text: str, negated: bool, *, prefix: bool = False) -> None:
        found = WORD_RE.findall(text)
        if not found:
            return  # punctuation alone means nothing to search for
        words = [
            QueryWord(w, fold(w), spelling_key(w) if has_marks(w) else None, prefix and i == len(found) - 1)
            for i, w in enumerate(found)
        ]
        (self.excluded if negated else self.terms).append(Term(tuple(words)))

    def add_filter(self, kind: str, value: str, negated: bool) -> None:
        value = value.strip()
        if not value:
            return  # "tag:" typed, value still coming: not an error while typing
        parsed: object = parse_date_range(value) if kind == "date" else value
        self.filters.setdefault((kind, negated), []).append(parsed)

    def get(self, kind: str, negated: bool) -> tuple:
        return tuple(self.filters.get((kind, negated), ()))


def _read_quoted(text: str, i: int) -> tuple[str, int]:
    """The text inside quotes starting at text[i]; an unclosed quote runs to the end."""
    close = _CLOSE_QUOTES.get(text[i], '"')
    end = i + 1
    while end < len(text) and text[end] not in (close, '"'):
        end += 1
    return text[i + 1 : end], min(end + 1, len(text))


def _read_bare(text: str, i: int) -> tuple[str, int]:
    end = i
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[i:end], end


def parse_query(text: str) -> ParsedQuery:
    """Words must all match; "…" is a phrase; -x excludes; x* is a prefix;
    tag:/thẻ:, nguồn:/source:, ngày:/date: filter (values may be quoted)."""
    text = nfc(text)
    b = _Builder()
    i = 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        negated = text[i] == "-" and i + 1 < len(text) and not text[i + 1].isspace()
        if negated:
            i += 1
        filter_match = _FILTER_RE.match(text, i)
        kind = _FILTER_KINDS.get(fold(filter_match[1])) if filter_match else None
        if kind is not None and filter_match is not None:
            i = filter_match.end()
            if i < len(text) and text[i] in _OPEN_QUOTES:
                value, i = _read_quoted(text, i)
            else:
                value, i = _read_bare(text, i)
            b.add_filter(kind, value, negated)
        elif text[i] in _OPEN_QUOTES:
            value, i = _read_quoted(text, i)
            b.add_text(value, negated, prefix=value.rstrip().endswith("*"))
        else:
            value, i = _read_bare(text, i)
            b.add_text(value, negated, prefix=value.endswith("*"))
    return ParsedQuery(
        text=text,
        terms=tuple(b.terms),
        excluded=tuple(b.excluded),
        tags=b.get("tag", False),
        excluded_tags=b.get("tag", True),
        sources=b.get("source", False),
        excluded_sources=b.get("source", True),
        dates=b.get("date", False),
        excluded_dates=b.get("date", True),
        numbers=b.get("number", False),
        excluded_numbers=b.get("number", True),
    )

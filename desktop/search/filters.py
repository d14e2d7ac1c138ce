"""Resolve `tag:`, `nguồn:` and `số:` values to tag ids, source names and articles, with the accent rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop.domain.tag import SEPARATOR
from desktop.search.matcher import TermMatcher
from desktop.search.query import QueryWord, Term, parse_query
from desktop.search.tokens import WORD_RE
from desktop.text.normalize import fold
from desktop.text.spelling import spelling_key


def _value_words(value: str) -> tuple[QueryWord, ...]:
    # A filter value follows the same rules as a quoted phrase ("nêu-gương" = "nêu gương").
    parsed = parse_query('"' + value.replace('"', " ") + '"')
    return parsed.terms[0].words if parsed.terms else ()


def _same_words(query: tuple[QueryWord, ...], words: list[str]) -> bool:
    if len(query) != len(words):
        return False
    for q, w in zip(query, words, strict=True):
        if q.key is None:
            if q.folded != fold(w).lower():
                return False
        elif q.key != spelling_key(w):
            return False
    return True


def tag_matches(value: str, tag_name: str) -> bool:
    """`tag:x` names a tag by its full path, by a path's start (then its children match
    too: tag:cha finds "cha/con"), or by one level's name; "-" and spaces are alike."""
    query = _value_words(value)
    if not query:
        return False
    levels = [lvl for lvl in tag_name.split(SEPARATOR) if lvl.strip()]
    path_words: list[str] = []
    for level in levels:
        level_words = WORD_RE.findall(level)
        path_words = path_words + level_words
        if _same_words(query, path_words) or _same_words(query, level_words):
            return True
    return False


def resolve_tags(values: Iterable[str], tags: Mapping[str, str]) -> tuple[list[set[str]], list[str]]:
    """For each value, the ids of the tags it names (one value may name several tags),
    and the values that named no tag at all, so the user can be told."""
    groups: list[set[str]] = []
    unknown = []
    for value in values:
        found = {tag_id for tag_id, name in tags.items() if tag_matches(value, name)}
        if not found:
            unknown.append(value)
        groups.append(found)
    return groups, unknown


def matching_sources(values: Iterable[str], sources: Iterable[str]) -> set[str]:
    """Sources containing any of the values as words (`nguồn:"tuổi trẻ"`, `nguồn:vnexpress`)."""
    matchers = []
    for value in values:
        words = _value_words(value)
        if words:
            matchers.append(TermMatcher(Term(words)))
    return {s for s in sources if any(m.found_in(s) for m in matchers)}


def _number_key(text: str) -> str:
    return fold("".join(text.split())).lower()


def number_matches(value: str, number: str) -> bool:
    """`số:30/2020/NĐ-CP` names a document; `số:CT/TW` or `số:2020/NĐ` every number holding it
    (marks, case and spaces aside: "nđ-cp", "ND-CP" and "NĐ - CP" are one symbol)."""
    key = _number_key(value)
    return bool(key) and key in _number_key(number)


def matching_numbers(values: Iterable[str], numbers: Mapping[str, str]) -> set[str]:
    """Ids of the articles (id -> number) whose number any of the values names."""
    values = list(values)
    return {article_id for article_id, number in numbers.items() if number and any(number_matches(v, number) for v in values)}


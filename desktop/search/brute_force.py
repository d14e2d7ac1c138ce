"""Brute-force search with no index: the reference the index is held to in tests and benchmarks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop.search.filters import resolve_tags
from desktop.search.index import TAG_JOINER, IndexedArticle, IndexedNote
from desktop.search.query import ParsedQuery, QueryWord, Term, parse_query
from desktop.search.tokens import WORD_RE
from desktop.text.normalize import fold
from desktop.text.spelling import spelling_key

# Written independently of the FTS5 plan and of the matcher's regular expressions, so that
# agreeing with it means something.


@lru_cache(maxsize=100_000)
def _tokens(text: str) -> tuple[tuple[str, ...], tuple[str, ...], dict[str, list[int]]]:
    """The words of a text, their folds, and where each fold occurs (cached: the same
    texts are searched again and again)."""
    tokens = tuple(WORD_RE.findall(text))
    folded = tuple(fold(t) for t in tokens)
    where: dict[str, list[int]] = {}
    for i, f in enumerate(folded):
        where.setdefault(f, []).append(i)
    return tokens, folded, where


def _word_matches(q: QueryWord, token: str, folded: str) -> bool:
    if not (folded.startswith(q.folded) if q.prefix else folded == q.folded):
        return False
    if q.key is None:
        return True
    letters, _, tones = q.key.partition("\u00b7")
    t_letters, _, t_tones = spelling_key(token).partition("\u00b7")
    if q.prefix:
        return t_letters.startswith(letters) and t_tones.startswith(tones)
    return (t_letters, t_tones) == (letters, tones)


def term_in(term: Term, text: str) -> bool:
    """Whether the term's words occur one after the other among the text's words."""
    tokens, folded, where = _tokens(text)
    first, n = term.words[0], len(term.words)
    if first.prefix:
        starts = sorted(i for f, places in where.items() if f.startswith(first.folded) for i in places)
    else:
        starts = where.get(first.folded, [])
    return any(
        i + n <= len(tokens) and all(_word_matches(term.words[j], tokens[i + j], folded[i + j]) for j in range(n))
        for i in starts
    )


def _source_ok(query: ParsedQuery, source: str) -> bool:
    def named(values: Sequence[str]) -> bool:
        terms = [t for v in values for t in parse_query('"' + v.replace('"', " ") + '"').terms]
        return any(term_in(t, source) for t in terms)

    if query.sources and not named(query.sources):
        return False
    return not (query.excluded_sources and named(query.excluded_sources))


def _dates_ok(query: ParsedQuery, published: str | None) -> bool:
    if not all(r.contains(published) for r in query.dates):
        return False
    return not any(r.contains(published) for r in query.excluded_dates)


def _texts_ok(query: ParsedQuery, texts: Sequence[str]) -> bool:
    if not all(any(term_in(t, x) for x in texts) for t in query.terms):
        return False
    return not any(any(term_in(t, x) for x in texts) for t in query.excluded)


@dataclass
class BruteForceLibrary:
    articles: Sequence[IndexedArticle]
    notes: Sequence[IndexedNote] = ()
    tags: Mapping[str, str] | None = None  # id -> name

    def _tag_groups(self, query: ParsedQuery) -> tuple[list[set[str]], list[set[str]]]:
        tags = dict(self.tags or {})
        return resolve_tags(query.tags, tags)[0], resolve_tags(query.excluded_tags, tags)[0]

    def _tags_ok(self, query: ParsedQuery, tag_sets: Iterable[set[str]], groups: tuple[list[set[str]], list[set[str]]]) -> bool:
        """`tag_sets`: the tag ids of each annotation concerned (one for an annotation,
        all of an article's for an article)."""
        sets = list(tag_sets)
        wanted, unwanted = groups
        if not all(any(s & g for s in sets) for g in wanted):
            return False
        return not any(any(s & g for s in sets) for g in unwanted)

    def search_articles(self, query: ParsedQuery) -> set[str]:
        if query.is_empty:
            return set()
        groups = self._tag_groups(query)
        by_article: dict[str, list[set[str]]] = {}
        for n in self.notes:
            by_article.setdefault(n.article_id, []).append(set(n.tag_ids))
        return {
            a.id
            for a in self.articles
            if _texts_ok(query, (a.title, a.text))
            and _source_ok(query, a.source)
            and _dates_ok(query, a.published)
            and self._tags_ok(query, by_article.get(a.id, []), groups)
        }

    def search_notes(self, query: ParsedQuery) -> set[str]:
        if query.is_empty:
            return set()
        groups = self._tag_groups(query)
        names = dict(self.tags or {})
        articles = {a.id: a for a in self.articles}
        out = set()
        for n in self.notes:
            article = articles.get(n.article_id)
            if article is None:
                continue
            tags_text = TAG_JOINER.join(names[t] for t in n.tag_ids if t in names)
            if (
                _texts_ok(query, (n.quote, n.note, tags_text))
                and _source_ok(query, article.source)
                and _dates_ok(query, article.published)
                and self._tags_ok(query, [set(n.tag_ids)], groups)
            ):
                out.add(n.id)
        return out

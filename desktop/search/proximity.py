"""Words together first: the query's words as typed (adjacent, in order), then near each other."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.search.query import ParsedQuery, QueryWord, Term
from desktop.search.tokens import WORD_RE

# "dao duc cong vu" means the phrase "đạo đức công vụ" far more often than four words found
# anywhere in an article. Results, highlights and the find bar therefore look at three tiers:
# the words together as typed, then all of them within NEAR_WORDS words of each other, then
# anywhere. The index ranks by the same tiers (FTS5 phrase and NEAR), so what ranks a result
# first is what its snippet and the reader show.

TOGETHER, NEAR, SCATTERED = 0, 1, 2
NEAR_WORDS = 10  # at most this many words between the first and the last term (FTS5 NEAR)
MAX_GAP_CHARS = NEAR_WORDS * 24  # longer gaps cannot hold so few words: no need to count them


def together_term(query: ParsedQuery) -> Term | None:
    """The query's words as one phrase, when it has several terms and none is a prefix (a
    prefix phrase would merge the places of every word it starts: too dear to rank by)."""
    if len(query.terms) < 2 or any(w.prefix for t in query.terms for w in t.words):
        return None
    return Term(tuple(w for t in query.terms for w in t.words))


def _quote(words: Sequence[str]) -> str:
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


@dataclass(frozen=True)
class TierExpressions:
    """FTS5 expressions of the first two tiers. When `exact`, each says all the query says
    (every word typed without marks, or every word with marks, and nothing excluded): a row
    matching it matches the query. Otherwise they are folded approximations, to be AND-ed
    with the query's own expression: they only order rows the query selected."""

    together: str
    near: str
    exact: bool


def tier_expressions(query: ParsedQuery) -> TierExpressions | None:
    if together_term(query) is None:
        return None
    words = [w for t in query.terms for w in t.words]
    marked = all(w.marked for w in words)
    exact = not query.excluded and (marked or not any(w.marked for w in words))

    def token(w: QueryWord) -> str:
        # Spelling keys when every word has marks ("đạo" only), folded words otherwise.
        return (w.key or w.folded) if marked else w.folded

    phrases = [_quote([token(w) for w in t.words]) for t in query.terms]
    return TierExpressions(_quote([token(w) for w in words]), f"NEAR({' '.join(phrases)}, {NEAR_WORDS})", exact)


@dataclass(frozen=True, order=True)
class _Hit:
    start: int
    end: int
    term: int


def near_spans(text: str, per_term: Sequence[Sequence[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Hits that belong to a group holding every term with at most NEAR_WORDS words between
    the first and the last; each span once, in text order."""
    hits = sorted(_Hit(s, e, i) for i, spans in enumerate(per_term) for s, e in spans)
    wanted = len(per_term)
    if wanted == 0 or any(not spans for spans in per_term):
        return []
    counts = [0] * wanted
    present = 0
    chosen: set[int] = set()
    left = 0
    for right, hit in enumerate(hits):
        counts[hit.term] += 1
        present += counts[hit.term] == 1
        while present == wanted:
            first = hits[left]
            # Smallest window ending here: check its distance, then slide the left edge on.
            if first.end > hit.start or (
                hit.start - first.end <= MAX_GAP_CHARS
                and len(WORD_RE.findall(text, first.end, hit.start)) <= NEAR_WORDS
            ):
                chosen.update(range(left, right + 1))
            counts[first.term] -= 1
            present -= counts[first.term] == 0
            left += 1
    return sorted({(hits[i].start, hits[i].end) for i in chosen})

"""Turn a parsed query into an FTS5 MATCH expression over folded words and spelling keys."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass

from desktop.search.query import ParsedQuery, Term

# Words typed without marks search the folded columns; phrases typed fully with marks search
# the spelling-key columns. A phrase mixing both becomes, when the index's vocabulary allows,
# an OR of exact key phrases (every spelling the unmarked words have in the library). What
# FTS5 cannot say exactly (marked prefixes, too many spellings) searches the folded form,
# narrowed by the marked words' keys, and is confirmed in Python by the matcher, the one
# place the rules are written in full.

MAX_SPELLING_COMBINATIONS = 64  # beyond this a mixed phrase is confirmed in Python instead
# A phrase ending in a prefix ("doanh nghi*") is matched as the phrases of the words that
# complete it, when there are few: FTS5 would merge the places of every such word in the
# library first, which costs several times more.
MAX_COMPLETIONS = 64
NO_SUCH_WORD = "\u00b7"  # a token no text can have: keys always have letters before "·"

Expand = Callable[[str], list[str]]  # folded word -> spelling keys seen in the library
Complete = Callable[[str, int], "list[str] | None"]  # folded prefix, most -> folded words, or None if more


@dataclass(frozen=True)
class MatchPlan:
    match: str | None  # positive terms AND-ed, exact exclusions NOT-ed; None: no positive term
    excluded_match: str | None  # exact exclusions alone (used when there is no positive term)
    checked: tuple[Term, ...]  # positive terms the matcher must confirm
    checked_excluded: tuple[tuple[Term, str], ...]  # (term, expression that may contain it)
    # Positive terms dear to match (a prefix merges every word it starts; alternatives of
    # phrases each compare positions): then matching twice, to rank and to count, costs more
    # than keeping the ranked matches once. Plain words and single phrases are cheap.
    dear: bool = False

    @property
    def needs_checks(self) -> bool:
        return bool(self.checked or self.checked_excluded)


def _quote(tokens: list[str] | tuple[str, ...]) -> str:
    return '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'


def term_expression(term: Term, expand: Expand | None = None, complete: Complete | None = None) -> tuple[str, bool]:
    """The term's expression, and whether it is exact (no check needed).

    No column is named: folded words and spelling keys never look alike (keys contain
    "·"), so each finds only its own columns, and FTS5 is spared filtering positions."""
    words = term.words
    prefix = any(w.prefix for w in words)
    star = " *" if words[-1].prefix else ""
    if not any(w.marked for w in words):
        if star and len(words) > 1 and complete is not None:
            endings = complete(words[-1].folded, MAX_COMPLETIONS)
            if endings is not None:
                head = [w.folded for w in words[:-1]]
                phrases = " OR ".join(_quote([*head, e]) for e in endings) or _quote([NO_SUCH_WORD])
                return f"({phrases})", True
        return f"{_quote([w.folded for w in words])}{star}", True
    if not prefix:
        if all(w.marked for w in words):
            return f"{_quote([w.key or '' for w in words])}", True
        if expand is not None:
            options = [[w.key] if w.key else expand(w.folded) for w in words]
            count = math.prod(len(o) for o in options)
            if count == 0:  # an unmarked word no text has: the phrase cannot occur
                return f"{_quote([NO_SUCH_WORD])}", True
            if count <= MAX_SPELLING_COMBINATIONS:
                phrases = " OR ".join(_quote(combo) for combo in itertools.product(*options))
                return f"({phrases})", True
    expr = f"{_quote([w.folded for w in words])}{star}"
    narrowing = [f"{_quote([w.key])}" for w in words if w.key and not w.prefix]
    return (" AND ".join([expr, *narrowing]) if narrowing else expr), False


def plan_match(query: ParsedQuery, expand: Expand | None = None, complete: Complete | None = None) -> MatchPlan:
    positive, checked = [], []
    for t in query.terms:
        expr, exact = term_expression(t, expand, complete)
        positive.append(f"({expr})")
        if not exact:
            checked.append(t)
    exact_excluded, checked_excluded = [], []
    for t in query.excluded:
        expr, exact = term_expression(t, expand, complete)
        if exact:
            exact_excluded.append(f"({expr})")
        else:
            checked_excluded.append((t, expr))
    excluded_match = " OR ".join(exact_excluded) if exact_excluded else None
    match = None
    if positive:
        match = " AND ".join(positive)
        if excluded_match:
            match = f"({match}) NOT ({excluded_match})"
    dear = any("*" in e or '" OR "' in e for e in positive)
    return MatchPlan(match, excluded_match, tuple(checked), tuple(checked_excluded), dear)

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
NO_SUCH_WORD = "\u00b7"  # a token no text can have: keys always have letters before "·"

Expand = Callable[[str], list[str]]  # folded word -> spelling keys seen in the library


@dataclass(frozen=True)
class MatchPlan:
    match: str | None  # positive terms AND-ed, exact exclusions NOT-ed; None: no positive term
    excluded_match: str | None  # exact exclusions alone (used when there is no positive term)
    checked: tuple[Term, ...]  # positive terms the matcher must confirm
    checked_excluded: tuple[tuple[Term, str], ...]  # (term, expression that may contain it)

    @property
    def needs_checks(self) -> bool:
        return bool(self.checked or self.checked_excluded)


def _quote(tokens: list[str] | tuple[str, ...]) -> str:
    return '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'


def term_expression(term: Term, expand: Expand | None = None) -> tuple[str, bool]:
    """The term's expression, and whether it is exact (no check needed).

    No column is named: folded words and spelling keys never look alike (keys contain
    "·"), so each finds only its own columns, and FTS5 is spared filtering positions."""
    words = term.words
    prefix = any(w.prefix for w in words)
    star = " *" if words[-1].prefix else ""
    if not any(w.marked for w in words):
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


def plan_match(query: ParsedQuery, expand: Expand | None = None) -> MatchPlan:
    positive, checked = [], []
    for t in query.terms:
        expr, exact = term_expression(t, expand)
        positive.append(f"({expr})")
        if not exact:
            checked.append(t)
    exact_excluded, checked_excluded = [], []
    for t in query.excluded:
        expr, exact = term_expression(t, expand)
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
    return MatchPlan(match, excluded_match, tuple(checked), tuple(checked_excluded))

"""Salient phrases of one article: whole noun phrases far more frequent here than in ordinary news."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

from desktop.text.keyphrases.background import BackgroundStats, background_stats
from desktop.text.keyphrases.phrase_shape import PHRASE_END, Shape
from desktop.text.syllables import Tokens, phrase_key, tokenize

# A phrase in the headline is what the article is about.
_TITLE_BONUS = 1.5
# Occurrences inside a longer candidate count for the longer one only (as in C-value), so
# "tinh thần" written only within "tinh thần trách nhiệm" is not listed on its own.

# Repetition in the article: a core term said ten times must outrank a phrase said once
# however rare ("công chức" ×10 over "phát huy hơn nữa vai trò" ×1).
TF_POWER = 1.0


def _tf(count: int) -> float:
    return (1 + math.log(count)) ** TF_POWER


@dataclass(frozen=True)
class SalientPhrase:
    text: str  # the most frequent way the article writes it
    key: str  # syllables.phrase_key: same for every spelling
    score: float
    spans: tuple[tuple[int, int], ...]  # code-point ranges of every occurrence, in text order
    count: int = 0  # occurrences not inside a longer candidate (what the score counts)


def salient_phrases(
    text: str,
    *,
    title: str = "",
    limit: int = 15,
    stats: BackgroundStats | None = None,
    exclude: Iterable[tuple[int, int]] = (),
    tokens: Tokens | None = None,
) -> list[SalientPhrase]:
    """The article's most characteristic whole noun phrases, best first (at most `limit`).
    No occurrence overlaps a range of `exclude` (document references, names: theirs to show)."""
    stats = stats or background_stats()
    tokens = tokens or tokenize(text)
    blocked = _blocked_syllables(tokens, exclude)
    candidates = _candidate_occurrences(tokens, stats, blocked)
    occurrences = candidates.starts
    if not occurrences:
        return []
    own = _own_counts(candidates)
    title_keys = _title_keys(title, stats) if title else set()
    weights, shapes = stats.weights, stats.shapes
    scores: list[tuple[float, int, str]] = []
    for key, count in own.items():
        score = (
            _tf(count)
            * weights[key]
            * _shape_factor(shapes.get(key))
            * stats.topicality(key, count)
        )
        if key in title_keys:
            score *= _TITLE_BONUS
        scores.append((-round(score, 4), occurrences[key][0], key))
    scores.sort()
    best = []
    starts, ends = tokens.starts, tokens.ends
    for negative_score, _first, key in scores[:limit]:
        last = key.count(" ")  # the phrase is syllables i..i + last
        char_spans = tuple((starts[i], ends[i + last]) for i in occurrences[key])
        best.append(
            SalientPhrase(_surface(text, char_spans), key, -negative_score, char_spans, own[key])
        )
    return best


def _shape_factor(shape: Shape | None) -> float:
    """Between 0.5 and 1: how often the phrase ends where its noun phrase ends ("chất lượng đội
    ngũ" mostly goes on with "cán bộ")."""
    return 1.0 if shape is None else 0.5 + shape[PHRASE_END] / 200


@dataclass(frozen=True)
class _Candidates:
    starts: dict[str, list[int]]  # phrase key -> where it starts (a syllable index), in order
    spans: list[tuple[int, int, str]]  # every (start, end, key), in order of the end
    furthest: list[int]  # furthest[i]: the furthest end of a candidate starting at syllable i


def _blocked_syllables(tokens: Tokens, exclude: Iterable[tuple[int, int]]) -> list[bool]:
    """blocked[i]: syllable i overlaps a range of `exclude`."""
    blocked = [False] * len(tokens.words)
    ranges = sorted(exclude)
    if not ranges:
        return blocked
    k = 0
    for i, (start, end) in enumerate(zip(tokens.starts, tokens.ends, strict=True)):
        while k < len(ranges) and ranges[k][1] <= start:
            k += 1
        if k < len(ranges) and ranges[k][0] < end:
            blocked[i] = True
    return blocked


def _candidate_occurrences(
    tokens: Tokens, stats: BackgroundStats, blocked: list[bool] | None = None
) -> _Candidates:
    """Where each known whole noun phrase occurs, never across a break or a number, never on a
    blocked syllable, never cutting a proper name ("Đồng chí Lê" of "Đồng chí Lê Thị Thu Hằng":
    statistics cannot see names, capitals can), never cutting a commoner pair ("cách giao tiếp"
    of "phong cách giao tiếp": "phong cách" is commoner than "cách giao")."""
    words, joined = tokens.words, tokens.joined
    size = len(words)
    if size < 2:
        return _Candidates({}, [], [])
    spelled = stats.syllable_string(words, joined)
    digits = stats.digits
    matches = [(last // digits, found) for last, found in stats.phrase_finder.iter(spelled)]
    # pair_df[i]: how common syllables i and i+1 are as a phrase (0: no phrase, or a break)
    pair_df = [0] * (size + 1)
    for j, (_key, syllables, df) in matches:
        if syllables == 2:
            pair_df[j - 1] = df
    noun_phrases = stats.noun_phrases
    found: dict[str, list[int]] = {}
    spans: list[tuple[int, int, str]] = []
    furthest = [0] * (size + 1)
    for j, (key, syllables, _df) in matches:  # the phrase is syllables i..j
        i = j - syllables + 1
        if (
            i > 0
            and joined[i]
            and (
                pair_df[i - 1] > pair_df[i] or (words[i][0].isupper() and words[i - 1][0].isupper())
            )
        ):
            continue  # starts inside a commoner pair, or inside a name ("U23 Việt Nam")
        if (
            j + 1 < size
            and joined[j + 1]
            and (
                pair_df[j] > pair_df[j - 1] or (words[j][0].isupper() and words[j + 1][0].isupper())
            )
        ):
            continue  # ends inside a commoner pair, or inside a name
        if blocked is not None and any(blocked[i : j + 1]):
            continue
        if key not in noun_phrases:
            continue
        found.setdefault(key, []).append(i)
        spans.append((i, j + 1, key))
        furthest[i] = max(furthest[i], j + 1)
    return _Candidates(found, spans, furthest)


def _own_counts(candidates: _Candidates) -> Counter[str]:
    """How often each candidate occurs not inside an occurrence of a longer one."""
    furthest = candidates.furthest
    before = [0, *accumulate(furthest, max)]  # the furthest end of a candidate starting before i
    return Counter(
        [key for i, end, key in candidates.spans if furthest[i] <= end and before[i] < end]
    )


def _title_keys(title: str, stats: BackgroundStats) -> set[str]:
    return set(_candidate_occurrences(tokenize(title), stats).starts)


def _surface(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The spelling the article uses most; lower-case wins a tie with a sentence-initial capital."""
    forms = Counter(text[s:e] for s, e in spans)
    return max(forms, key=lambda f: (forms[f], f == f.lower()))


def phrase_key_of(text: str) -> str:
    """The key of any phrase as a user typed it (for the glossary and the side list)."""
    return phrase_key(tokenize(text).words)

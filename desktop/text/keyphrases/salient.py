"""Salient phrases of one article: whole phrases far more frequent here than in ordinary news."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from desktop.text.keyphrases.background import (
    MAX_PHRASE_SYLLABLES,
    BackgroundStats,
    background_stats,
)
from desktop.text.syllables import Tokens, phrase_key, syllable_key, tokenize

# Why these weights: a longer phrase names a concept more precisely than its parts ("tinh thần
# trách nhiệm" over "trách nhiệm"), and a phrase in the headline is what the article is about.
_LENGTH_BONUS = 0.35  # per syllable beyond two
_TITLE_BONUS = 1.5
# Occurrences inside a longer candidate count for the longer one only (as in C-value), so
# "tinh thần" written only within "tinh thần trách nhiệm" is not listed on its own.


@dataclass(frozen=True)
class SalientPhrase:
    text: str  # the most frequent way the article writes it
    key: str  # syllables.phrase_key: same for every spelling
    score: float
    spans: tuple[tuple[int, int], ...]  # code-point ranges of every occurrence, in text order


def salient_phrases(
    text: str, *, title: str = "", limit: int = 15, stats: BackgroundStats | None = None
) -> list[SalientPhrase]:
    """The article's most characteristic whole phrases, best first (at most `limit`)."""
    stats = stats or background_stats()
    tokens = tokenize(text)
    occurrences = _candidate_occurrences(tokens, stats)
    if not occurrences:
        return []
    own = _own_occurrences(occurrences)
    title_keys = _title_keys(title, stats) if title else set()
    frequency, documents = stats.document_frequency, stats.documents
    scores: list[tuple[float, int, str]] = []
    for key, spans in own.items():
        if not spans:
            continue
        syllables = key.count(" ") + 1
        idf = math.log(documents / frequency[key])
        score = (1 + math.log(len(spans))) * idf * (1 + _LENGTH_BONUS * (syllables - 2))
        if key in title_keys:
            score *= _TITLE_BONUS
        scores.append((-round(score, 3), occurrences[key][0][0], key))
    scores.sort()
    best = []
    for negative_score, _first, key in scores[:limit]:
        char_spans = tuple((tokens.starts[i], tokens.ends[j - 1]) for i, j in occurrences[key])
        best.append(SalientPhrase(_surface(text, char_spans), key, -negative_score, char_spans))
    return best


def _candidate_occurrences(
    tokens: Tokens, stats: BackgroundStats
) -> dict[str, list[tuple[int, int]]]:
    """Every occurrence (token range) of a known whole phrase, never across a break or a number,
    never cutting a proper name ("Đồng chí Lê" of "Đồng chí Lê Thị Thu Hằng": statistics cannot
    see names, capitals can), never cutting a commoner pair ("cách giao tiếp" of "phong cách
    giao tiếp": "phong cách" is commoner than "cách giao")."""
    frequency, prefixes = stats.document_frequency, stats.prefixes
    words, joined = tokens.words, tokens.joined
    size = len(words)
    if size < 2:
        return {}
    # per distinct word (an article repeats its words), then spread with plain look-ups
    distinct = set(words)
    key_of = {w: syllable_key(w) if w.isalpha() else "" for w in distinct}
    cap_of = {w: w[0].isupper() for w in distinct}
    keys = [key_of[w] for w in words]
    caps = [cap_of[w] for w in words]
    # pairs[i] is syllables i and i+1 ("" across a break or a number); pair_df its frequency as a
    # phrase. Built once with comprehensions, they make the scan below mostly integer tests.
    pairs = [
        pair if joined_next and a and b else ""
        for pair, joined_next, a, b in zip(
            map("{} {}".format, keys, keys[1:]), joined[1:], keys, keys[1:], strict=False
        )
    ]
    pair_df = [frequency.get(p, 0) for p in pairs]
    starts = stats.two_syllable_starts
    found: dict[str, list[tuple[int, int]]] = {}
    for i in [i for i, pair in enumerate(pairs) if pair in starts]:
        if i > 0 and ((caps[i] and caps[i - 1] and joined[i]) or pair_df[i - 1] > pair_df[i]):
            continue  # starts inside a name, or inside a commoner pair
        key = pairs[i]
        j = i + 1  # the phrase is syllables i..j
        while True:
            if key in frequency and (
                j + 1 >= size
                or not joined[j + 1]
                or (not (caps[j] and caps[j + 1]) and pair_df[j] <= pair_df[j - 1])
            ):
                found.setdefault(key, []).append((i, j + 1))
            if (
                key not in prefixes
                or j + 1 - i >= MAX_PHRASE_SYLLABLES
                or j + 1 >= size
                or not pairs[j]
            ):
                break
            j += 1
            key = f"{key} {keys[j]}"
    return found


def _own_occurrences(
    occurrences: dict[str, list[tuple[int, int]]],
) -> dict[str, list[tuple[int, int]]]:
    """Occurrences not inside an occurrence of a longer candidate."""
    last = max(j for spans in occurrences.values() for _i, j in spans)
    furthest = [-1] * (last + 1)  # furthest[i]: the furthest end of a candidate starting at token i
    for spans in occurrences.values():
        for i, j in spans:
            if j > furthest[i]:
                furthest[i] = j
    # reach[i]: the furthest end of a candidate starting in the few tokens before i
    starts = {i for spans in occurrences.values() for i, _j in spans}
    reach = {i: max(furthest[max(0, i - MAX_PHRASE_SYLLABLES) : i], default=-1) for i in starts}
    return {
        key: [(i, j) for i, j in spans if furthest[i] <= j and reach[i] < j]
        for key, spans in occurrences.items()
    }


def _title_keys(title: str, stats: BackgroundStats) -> set[str]:
    return set(_candidate_occurrences(tokenize(title), stats))


def _surface(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The spelling the article uses most; lower-case wins a tie with a sentence-initial capital."""
    forms = Counter(text[s:e] for s, e in spans)
    return max(forms, key=lambda f: (forms[f], f == f.lower()))


def phrase_key_of(text: str) -> str:
    """The key of any phrase as a user typed it (for the glossary and the side list)."""
    return phrase_key(tokenize(text).words)

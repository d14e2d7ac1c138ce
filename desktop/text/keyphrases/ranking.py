"""One ranked list of an article's key phrases: glossary terms, document references, names and salient phrases."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.text.document_refs import DocumentRef
from desktop.text.keyphrases.background import BackgroundStats, specificity
from desktop.text.keyphrases.glossary import term_key
from desktop.text.keyphrases.glossary_matcher import GlossaryMatch
from desktop.text.keyphrases.names import (
    ABBREVIATION,
    BODY,
    PERSON,
    PLACE,
    Name,
    credits_of,
    find_names,
    name_words,
)
from desktop.text.keyphrases.salient import _tf, salient_phrases
from desktop.text.syllables import Tokens, phrase_key, tokenize

GLOSSARY = "glossary"
DOCUMENT_REF = "document_ref"
SALIENT = "salient"
KINDS = (GLOSSARY, DOCUMENT_REF, SALIENT)
NAME_GROUPS = (PERSON, BODY, PLACE, ABBREVIATION)

# How much a kind says by itself, before counting and rarity. A cited document is what staff
# look for first; a glossary term was chosen by people for this work; a person counts when a
# title says who they are (else a byline, a photo credit); an abbreviation used once is noise.
_PRIOR = {DOCUMENT_REF: 1.8, GLOSSARY: 1.2, SALIENT: 1.0}
_NAME_PRIOR = {PERSON: 1.5, BODY: 1.0, PLACE: 0.8, ABBREVIATION: 0.85}
_UNTITLED_PERSON = 0.35
_SINGLE_ABBREVIATION = 0.5
# Specificity of what the statistics do not know: a document, a user's term, a person.
_UNKNOWN_SPECIFICITY = {DOCUMENT_REF: 1.0, GLOSSARY: 0.6, SALIENT: 0.9}
_TITLE_BONUS = 1.3
_EARLY_BONUS = 1.15  # first written in the first fifth of the text (the lead)
_EARLY_SHARE = 0.2
_ROMAN_RE = re.compile(r"[IVXLC]+")
_REDUNDANT = 0.5  # the score left to a phrase that repeats a better one
_DIVERSE_HEAD = 40  # how far down the list repeats are looked for
SALIENT_POOL = 40  # salient phrases considered before the merge
# Document kinds written without a number ("các Chỉ thị, Nghị quyết") are no key phrase.
_KIND_KEYS = frozenset(
    phrase_key(k.split())
    for k in (
        "chỉ thị",
        "nghị quyết",
        "nghị định",
        "quyết định",
        "thông tư",
        "kết luận",
        "công văn",
        "quy định",
        "hướng dẫn",
        "kế hoạch",
        "thông báo",
        "luật",
        "đề án",
    )
)


@dataclass(frozen=True)
class RankedPhrase:
    kind: str  # GLOSSARY | DOCUMENT_REF | SALIENT
    text: str  # the term, the document's canonical name, or the phrase as written
    key: str  # glossary term, canonical document key, or phrase key
    score: float
    spans: tuple[tuple[int, int], ...]  # code points of the text, in text order
    group: str = ""  # glossary group, document kind, or for names PERSON, BODY, PLACE, ABBREVIATION

    @property
    def count(self) -> int:
        return len(self.spans)


def rank_keyphrases(
    text: str,
    *,
    title: str = "",
    refs: Iterable[DocumentRef] = (),
    terms: Iterable[GlossaryMatch] = (),
    stats: BackgroundStats | None = None,
    tokens: Tokens | None = None,
) -> list[RankedPhrase]:
    """Every key phrase of the article, best first. With `stats` None, only references and terms."""
    tokens = tokens or tokenize(text)
    size = max(len(text), 1)
    title_keys = {phrase_key(tokenize(title).words)} if title else set()
    title_folded = " " + " ".join(phrase_key(tokenize(title).words).split()) + " " if title else ""
    ranked: list[RankedPhrase] = []
    ref_spans: dict[str, list[tuple[int, int]]] = {}
    ref_kind: dict[str, str] = {}
    for ref in refs:
        ref_spans.setdefault(ref.canonical, []).append((ref.start, ref.end))
        ref_kind[ref.canonical] = ref.kind
    taken = _Cover(len(text), (span for spans in ref_spans.values() for span in spans))
    for canonical, spans in ref_spans.items():
        score = _score(len(spans), 1.0, _PRIOR[DOCUMENT_REF], spans[0][0] / size, False)
        ranked.append(
            RankedPhrase(
                DOCUMENT_REF, canonical, canonical, score, tuple(spans), ref_kind[canonical]
            )
        )

    names = (
        find_names(
            text,
            tokens,
            stats.knows,
            taken.overlaps,
            stats.ends_whole,
            stats.is_word,
            stats.in_lower_case,
        )
        if stats is not None
        else []
    )
    name_spans = sorted(span for name in names for span in name.spans)
    in_names = _Cover(len(text), name_spans)
    term_spans: dict[str, list[tuple[int, int]]] = {}
    term_group: dict[str, str] = {}
    for match in terms:
        # a term inside a longer name is the name's ("Ban Thường vụ" of "Ban Thường vụ Tỉnh ủy")
        if not taken.overlaps(match.start, match.end) and not (
            in_names.covers(match.start, match.end)
            and not any(s == match.start and e == match.end for s, e in name_spans)
        ):
            term_spans.setdefault(match.term.text, []).append((match.start, match.end))
            term_group[match.term.text] = match.term.group
    term_keys = {term_key(t) for t in term_spans}
    for term, spans in term_spans.items():
        key = phrase_key(term.replace(",", " ").split())
        spec = _specificity(stats, key, GLOSSARY)
        if stats is not None and key in stats.document_frequency:
            spec *= stats.topicality(key, len(spans))
        in_title = f" {key} " in title_folded
        score = _score(len(spans), spec, _PRIOR[GLOSSARY], spans[0][0] / size, in_title)
        ranked.append(RankedPhrase(GLOSSARY, term, term, score, tuple(spans), term_group[term]))
    if stats is None:
        return _sorted(ranked)

    for name in names:
        if term_key(name.text) in term_keys:
            continue
        ranked.append(_ranked_name(name, stats, size, title_keys, title_folded))
    not_phrases = name_words().titles | _KIND_KEYS
    in_terms = _Cover(len(text), (span for spans in term_spans.values() for span in spans))
    for phrase in salient_phrases(
        text,
        title=title,
        limit=SALIENT_POOL,
        stats=stats,
        exclude=[*taken.spans, *name_spans, *credits_of(text, tokens)],  # "VGP/Quang Hiếu"
        tokens=tokens,
    ):
        if term_key(phrase.text) in term_keys or phrase.key in not_phrases:
            continue
        if any(phrase.key.startswith(k + " ") for k in _KIND_KEYS):
            continue  # "Nghị quyết của Trung ương": a document named without its number
        if _ROMAN_RE.fullmatch(phrase.text.rsplit(" ", 1)[-1]):
            continue  # "khóa XII", "Đại hội XIII": what is left of a citation or a name
        kept = tuple(s for s in phrase.spans if not in_terms.covers(*s))
        if not kept:
            continue
        # occurrences inside a term are the term's: count only the others
        score = phrase.score * _tf(len(kept)) / _tf(max(phrase.count, 1))
        ranked.append(RankedPhrase(SALIENT, phrase.text, phrase.key, score, kept))
    return _sorted(_merge_same_key(ranked))


def _merge_same_key(ranked: list[RankedPhrase]) -> list[RankedPhrase]:
    """A name also found as a salient phrase where it stands in lower case or at a sentence's
    start ("Ban Chỉ đạo") is one key phrase: the better entry with every occurrence."""
    best: dict[str, RankedPhrase] = {}
    merged: list[RankedPhrase] = []
    for phrase in sorted(ranked, key=lambda p: -p.score):
        if phrase.kind != SALIENT:
            merged.append(phrase)
            continue
        first = best.get(phrase.key)
        if first is None:
            best[phrase.key] = phrase
            continue
        spans = tuple(sorted(set(first.spans) | set(phrase.spans)))
        score = first.score * _tf(len(spans)) / _tf(len(first.spans))
        best[phrase.key] = RankedPhrase(SALIENT, first.text, first.key, score, spans, first.group)
    return merged + list(best.values())
    return _sorted(ranked)


def _ranked_name(
    name: Name, stats: BackgroundStats, size: int, title_keys: set[str], title_folded: str
) -> RankedPhrase:
    prior = _NAME_PRIOR[name.group]
    if name.group == PERSON and not name.with_title:
        prior *= _UNTITLED_PERSON
    if name.group == ABBREVIATION and len(name.spans) == 1:
        prior *= _SINGLE_ABBREVIATION
    spec = _specificity(stats, name.key, SALIENT)
    in_title = name.key in title_keys or f" {name.key} " in title_folded
    score = _score(len(name.spans), spec, prior, name.spans[0][0] / size, in_title)
    return RankedPhrase(SALIENT, name.text, name.key, score, name.spans, name.group)


def _specificity(stats: BackgroundStats | None, key: str, kind: str) -> float:
    df = stats.document_frequency.get(key) if stats is not None else None
    if df is None or stats is None:
        return _UNKNOWN_SPECIFICITY[kind]
    return specificity(stats.documents, df)


def _score(count: int, spec: float, prior: float, first: float, in_title: bool) -> float:
    score = _tf(count) * spec * prior * _position(first)
    return score * _TITLE_BONUS if in_title else score


def _position(first: float) -> float:
    return _EARLY_BONUS if first < _EARLY_SHARE else 1.0


def _sorted(ranked: list[RankedPhrase]) -> list[RankedPhrase]:
    """Best first; a phrase that only repeats a better one, inside it or around it ("cơ sở dữ
    liệu" after "cơ sở dữ liệu quốc gia"), gives way: the first ten say ten things."""
    ranked = sorted(ranked, key=lambda p: (-p.score, p.spans[0][0]))
    head = ranked[:_DIVERSE_HEAD]
    keys = [f" {phrase_key(tokenize(p.text).words)} " for p in head]
    result = []
    for i, p in enumerate(ranked):
        score = p.score
        if i < len(head) and any(_repeats(keys[i], keys[j]) for j in range(i)):
            score *= _REDUNDANT
        result.append(RankedPhrase(p.kind, p.text, p.key, round(score, 3), p.spans, p.group))
    return sorted(result, key=lambda p: (-p.score, p.spans[0][0]))


def _repeats(key: str, better: str) -> bool:
    """Whether a phrase (" a b c ", spaces around) only repeats a better one: inside it, around
    it, or the same name with words left out ("Cục Thuế Hà Nội" after "Cục Thuế Thành phố Hà
    Nội": same first and last word, the rest in order)."""
    if key in better or better in key:
        return True
    short, long = sorted((key.split(), better.split()), key=len)
    if len(short) < 3 or short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long[1:-1])
    return all(word in rest for word in short[1:-1])


class _Cover:
    """Which characters some spans cover: overlap and containment tests in time of the span's
    length, however many spans (a long article has hundreds)."""

    def __init__(self, size: int, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self._mask = bytearray(size)
        for start, end in self.spans:
            self._mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) != -1

    def covers(self, start: int, end: int) -> bool:
        return self._mask.find(0, start, end) == -1

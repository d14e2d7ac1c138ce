"""Re-anchoring cases with the truth known by construction: annotations on a real article, an
edit of a known kind, and where each passage is (or that it is gone) in the edited text."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from desktop.anchoring import build_selectors
from desktop.domain.annotation import TextPositionSelector, TextQuoteSelector
from desktop.text.normalize import fold, nfc

WORD = re.compile(r"[^\W_]+")
SKIP = "skip"  # the edit made the truth a matter of opinion (a passage cut in two): not counted

Truth = tuple[int, int] | None | str


@dataclass
class Case:
    scenario: str
    old: str
    new: str
    position: TextPositionSelector
    quote: TextQuoteSelector
    truth: Truth  # (start, end) in `new`, None when the passage is gone


@dataclass(frozen=True)
class Edit:
    at: int
    removed: int
    inserted: str


def apply(text: str, edits: list[Edit]) -> str:
    out, last = [], 0
    for e in sorted(edits, key=lambda e: e.at):
        out.append(text[last : e.at])
        out.append(e.inserted)
        last = e.at + e.removed
    out.append(text[last:])
    return "".join(out)


def map_range(edits: list[Edit], start: int, end: int, *, inside_ok: bool) -> Truth:
    """The range after the edits; an edit inside makes it the edited passage (if `inside_ok`),
    an edit across an edge makes it SKIP, one swallowing it whole makes it None."""
    new_start, new_end = start, end
    for e in edits:
        lo, hi = e.at, e.at + e.removed
        delta = len(e.inserted) - e.removed
        if e.removed == 0:  # an insertion at an edge lies outside the passage
            if lo <= start:
                new_start, new_end = new_start + delta, new_end + delta
            elif lo < end:
                if not inside_ok:
                    return SKIP
                new_end += delta
            continue
        if hi <= start:
            new_start, new_end = new_start + delta, new_end + delta
        elif lo >= end:
            continue
        elif lo <= start and hi >= end:
            return None
        elif lo >= start and hi <= end:
            if not inside_ok:
                return SKIP
            new_end += delta
        else:
            return SKIP
    return new_start, new_end


# --- annotations ----------------------------------------------------------------------------
def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _words_in(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start() + lo, m.end() + lo) for m in WORD.finditer(text[lo:hi])]


def make_annotations(text: str, count: int, rng: random.Random) -> list[tuple[int, int]]:
    """Whole-word passages as people mark them: words, phrases, sentences, paragraphs."""
    paras = [p for p in paragraphs(text) if len(_words_in(text, *p)) >= 3]
    ranges: list[tuple[int, int]] = []
    for _ in range(count * 5):
        if len(ranges) >= count or not paras:
            break
        lo, hi = rng.choice(paras)
        ws = _words_in(text, lo, hi)
        kind = rng.random()
        if kind < 0.1:
            start, end = lo, hi
        elif kind < 0.3:
            dots = [m.end() for m in re.finditer(r"[.!?…](\s|$)", text[lo:hi])]
            bounds = [lo] + [lo + d for d in dots] + [hi]
            k = rng.randrange(len(bounds) - 1)
            sw = _words_in(text, bounds[k], bounds[k + 1])
            if not sw:
                continue
            start, end = sw[0][0], text[: bounds[k + 1]].rstrip().__len__()
        else:
            n = rng.randint(1, 2) if kind < 0.6 else rng.randint(3, 10)
            i = rng.randrange(max(1, len(ws) - n + 1))
            chosen = ws[i : i + n]
            start, end = chosen[0][0], chosen[-1][1]
        if start < end and text[start:end].strip():
            ranges.append((start, end))
    return ranges


# --- edits --------------------------------------------------------------------------------------
LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạéèẻẽẹóòỏõọúùủũụíìỉĩị"


def typo_edits(text: str, rng: random.Random, count: int) -> list[Edit]:
    words = [m for m in WORD.finditer(text) if len(m.group()) >= 3]
    edits: dict[int, Edit] = {}
    for m in rng.sample(words, min(count, len(words))):
        kind = rng.random()
        if kind < 0.5:
            at = rng.randrange(m.start(), m.end())
            edits[at] = Edit(at, 1, rng.choice([c for c in LETTERS if c != text[at]]))
        elif kind < 0.75:
            at = rng.randrange(m.start() + 1, m.end())
            edits[at] = Edit(at, 0, rng.choice(LETTERS))
        else:
            at = rng.randrange(m.start() + 1, m.end() - 1)
            edits[at] = Edit(at, 1, "")
    return sorted(edits.values(), key=lambda e: e.at)


def renormalise(text: str, rng: random.Random) -> tuple[str, Callable[[int, int], Truth]]:
    """NFD, doubled spaces and curly quotes: every character mapped, so truth is exact.
    Offsets are those of the NFC form the app stores (it normalises every text it is given)."""
    out: list[str] = []
    where = [0] * (len(text) + 1)
    pos = 0
    open_quote = True
    for i, ch in enumerate(text):
        where[i] = pos
        if ch == " " and rng.random() < 0.3:
            piece = "  "
        elif ch == '"':
            piece = "“" if open_quote else "”"
            open_quote = not open_quote
        elif ch in "“”":
            piece = '"'
        elif ch == "'":
            piece = "’"
        else:
            piece = unicodedata.normalize("NFD", ch)
        out.append(piece)
        pos += len(nfc(piece))  # offsets in the text as the app stores it (NFC again)
    where[len(text)] = pos
    new = "".join(out)
    return new, lambda s, e: (where[s], where[e])


def other_words(pool: list[str], rng: random.Random, n: int, avoid: set[str]) -> list[str]:
    """Words of another article, none of them the passage's own or a typo away from one:
    a rewrite, not a correction."""
    from rapidfuzz.distance import Levenshtein

    folded_avoid = {fold(w) for w in avoid}
    chosen: list[str] = []
    while len(chosen) < n:
        w = rng.choice(pool)
        f = fold(w.lower())
        if all(Levenshtein.distance(f, a) >= 2 for a in folded_avoid):
            chosen.append(w)
    return chosen


# --- scenarios ------------------------------------------------------------------------------------
SCENARIOS = (
    "typos",
    "paragraph_inserted",
    "paragraph_deleted",
    "paragraphs_swapped",
    "renormalised",
    "word_changed_inside",
    "half_rewritten",
    "twice_edit_elsewhere",
)


def _selectors(text: str, s: int, e: int) -> tuple[TextPositionSelector, TextQuoteSelector]:
    return build_selectors(text, s, e)


def cases_for_article(
    text: str, donor: str, rng: random.Random, per_article: int
) -> Iterator[Case]:
    """Every scenario on one article; `donor` (another article) supplies foreign words."""
    text = nfc(text)
    ranges = make_annotations(text, per_article, rng)
    pool = WORD.findall(donor) or ["mới"]
    paras = paragraphs(text)

    def batch(name: str, new: str, truth_of: Callable[[int, int], Truth]) -> Iterator[Case]:
        for s, e in ranges:
            pos, quote = _selectors(text, s, e)
            yield Case(name, text, new, pos, quote, truth_of(s, e))

    edits = typo_edits(text, rng, max(3, len(text) // 1500))
    yield from batch("typos", apply(text, edits), lambda s, e: map_range(edits, s, e, inside_ok=True))

    donor_paras = [donor[a:b] for a, b in paragraphs(donor)] or ["Đoạn văn mới được thêm vào."]
    at = rng.choice([a for a, _ in paras])
    ins = [Edit(at, 0, rng.choice(donor_paras) + "\n")]
    yield from batch(
        "paragraph_inserted", apply(text, ins), lambda s, e: map_range(ins, s, e, inside_ok=False)
    )

    if len(paras) >= 3:
        # Delete a paragraph holding annotations when there is one: the case that matters.
        marked = [p for p in paras if any(p[0] <= s and e <= p[1] for s, e in ranges)]
        a, b = rng.choice(marked or paras)
        dele = [Edit(a, b + 1 - a, "")] if b < len(text) else [Edit(a - 1, b - a + 1, "")]
        yield from batch(
            "paragraph_deleted",
            apply(text, dele),
            lambda s, e: map_range(dele, s, e, inside_ok=False),
        )

        i, j = sorted(rng.sample(range(len(paras)), 2))
        (a1, b1), (a2, b2) = paras[i], paras[j]
        swapped = text[:a1] + text[a2:b2] + text[b1:a2] + text[a1:b1] + text[b2:]

        def swap_truth(s: int, e: int) -> Truth:
            if a1 <= s and e <= b1:
                shift = (b2 - a2) - (b1 - a1) + (a2 - a1)
                return s + shift, e + shift
            if a2 <= s and e <= b2:
                return s - a2 + a1, e - a2 + a1
            if e <= a1 or s >= b2:
                return s, e
            if b1 <= s and e <= a2:
                d = (b2 - a2) - (b1 - a1)
                return s + d, e + d
            return SKIP

        yield from batch("paragraphs_swapped", swapped, swap_truth)

    renormalised, where = renormalise(text, rng)
    yield from batch("renormalised", renormalised, where)

    for s, e in ranges:
        ws = _words_in(text, s, e)
        pos, quote = _selectors(text, s, e)
        avoid = {text[a:b].lower() for a, b in ws}
        if len(ws) >= 3:
            a, b = rng.choice(ws)
            (word,) = other_words(pool, rng, 1, avoid)
            edit = [Edit(a, b - a, word)]
            yield Case(
                "word_changed_inside", text, apply(text, edit), pos, quote,
                map_range(edit, s, e, inside_ok=True),
            )
        if len(ws) >= 2:
            k = len(ws) // 2  # the last ceil(n/2) words rewritten
            a = ws[k][0]
            new_words = " ".join(other_words(pool, rng, len(ws) - k, avoid))
            edit = [Edit(a, e - a, new_words)]
            yield Case("half_rewritten", text, apply(text, edit), pos, quote, None)

    for s, e in ranges:
        home = next(((a, b) for a, b in paras if a <= s and e <= b), None)
        others = [p for p in paras if p != home]
        if home is None or not others:
            continue
        # The paragraph copied elsewhere: the passage occurs twice, contexts and all.
        a, b = home
        at = rng.choice([p[0] for p in others])
        twice = text[:at] + text[a:b] + "\n" + text[at:]
        shift = b - a + 1
        copy = (at - a + s, at - a + e)
        own = (s + shift, e + shift) if at <= a else (s, e)
        target = own if rng.random() < 0.5 else copy
        pos, quote = _selectors(twice, *target)
        # A typo right before it (its prefix) half the time, elsewhere the rest of the time.
        if rng.random() < 0.5 and target[0] > 20:
            words_before = [m for m in WORD.finditer(twice, target[0] - 30, target[0] - 2) if len(m.group()) >= 3]
        else:
            words_before = []
        if words_before:
            m = rng.choice(words_before)
            at_typo = rng.randrange(m.start(), m.end())
            edit = [Edit(at_typo, 1, rng.choice([c for c in LETTERS if c != twice[at_typo]]))]
        else:
            edit = typo_edits(twice, rng, 1)
            if any(target[0] - 1 <= x.at <= target[1] for x in edit):
                continue
        yield Case(
            "twice_edit_elsewhere", twice, apply(twice, edit), pos, quote,
            map_range(edit, *target, inside_ok=True),
        )

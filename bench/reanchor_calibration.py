"""Choose the selector thresholds from measurements: candidates of every training case are
computed once, then each setting of the thresholds is judged on them (bench_reanchor --calibrate)."""

from __future__ import annotations

import itertools
import random
import sys
import time
from dataclasses import replace

from bench.reanchor_cases import SKIP, cases_for_article
from desktop.anchoring import AnchorText
from desktop.anchoring import candidates as candidates_module
from desktop.anchoring.candidates import candidates
from desktop.anchoring.place_search import framed_places
from desktop.anchoring.reanchor import Thresholds, decide
from desktop.text.normalize import nfc

MAX_MIS_ATTACHED = 0.0005  # half the goal (0.1 %): the test articles are other articles


def _outcome(truth, found) -> str:
    if truth is None:
        return "ok" if found is None else "mis"
    if found is None:
        return "refused"
    ts, te = truth
    fs, fe = found
    overlap = max(0, min(te, fe) - max(ts, fs))
    union = max(te, fe) - min(ts, fs)
    close = union and overlap / union >= 0.8 and abs(fs - ts) <= 12 and abs(fe - te) <= 12
    return "ok" if found == truth or close else "mis"


def calibrate(articles: list[tuple[str, str]], per_article: int, seed: int) -> None:
    rng = random.Random(seed)
    cases = []
    started = time.perf_counter()
    for k, (_, body) in enumerate(articles[:-1]):
        donor = nfc(articles[k + 1][1])
        targets: dict[int, AnchorText] = {}
        for c in cases_for_article(body, donor, rng, per_article):
            if c.truth == SKIP:
                continue
            target = targets.setdefault(id(c.new), AnchorText(nfc(c.new)))
            quote = c.quote
            text = target.text
            s, e = c.position.start, c.position.end
            unchanged = (
                text[s:e] == quote.exact
                and text[max(0, s - len(quote.prefix)) : s] == quote.prefix
                and text[e : e + len(quote.suffix)] == quote.suffix
            )
            # Every candidate scored exactly (no pruning: the thresholds vary below), every
            # place sharing a word with the quote looked at (see words_kept below).
            found = [] if unchanged else candidates(quote, target, s, min_shared=0.0)
            framed = set() if unchanged else set(framed_places(quote, target, len(quote.exact)))
            cases.append((c.scenario, c.truth, unchanged, (s, e), found, framed))
    print(f"{len(cases)} cases in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    words_kept(cases)
    results = []
    for weight in (0.5,):
        candidates_module.QUOTE_WEIGHT = weight  # read by Candidate.score
        for words, score, margin, gap, distinctive in itertools.product(
            (0.2, 0.25), (0.75, 0.8, 0.85), (0.05, 0.1, 0.15), (0.02, 0.04), (6, 8, 12, 1000)
        ):
            limits = Thresholds(words, score, margin, gap, 4, distinctive)
            tally = {"ok": 0, "mis": 0, "refused": 0}
            for _, truth, unchanged, old, found, _ in cases:
                if unchanged:
                    got = old
                else:
                    d = decide(found, limits)
                    got = (d.best.start, d.best.end) if d.accepted and d.best else None
                tally[_outcome(truth, got)] += 1
            results.append((tally["mis"], tally["refused"], weight, limits))
    n = len(cases)
    allowed = [r for r in results if r[0] <= MAX_MIS_ATTACHED * n]
    allowed.sort(key=lambda r: (r[1], r[0]))
    print(f"best settings with at most {MAX_MIS_ATTACHED:.2%} mis-attached ({n} cases):")
    for mis, refused, weight, limits in allowed[:15]:
        print(f"  mis {mis} ({mis / n:.3%}) refused {refused} ({refused / n:.2%}) quote weight {weight} {limits}")
    print("every setting (mis-attached, wrongly refused):")
    for mis, refused, _, limits in sorted(results, key=lambda r: (r[0], r[1])):
        print(f"  {mis:4d} {refused:5d}  {limits}")
    print("fewest mis-attachments overall:")
    for mis, refused, weight, limits in sorted(results, key=lambda r: (r[0], r[1]))[:5]:
        print(f"  mis {mis} ({mis / n:.3%}) refused {refused} ({refused / n:.2%}) quote weight {weight} {limits}")


def words_kept(cases: list) -> None:
    """How many of its quote's words a place must keep to be worth looking for
    (quote_regions.MIN_SHARED_WORDS): the decisions with the places keeping fewer dropped
    (those framed by both contexts stay, as rivals: found by their contexts alone)."""
    print("share of the quote's words a place keeps to be looked for (decisions that change):")
    for share in (0.25, 0.34, 0.5, 0.6, 0.67, 0.75):
        changed = 0
        tally = {"ok": 0, "mis": 0, "refused": 0}
        for _, truth, unchanged, old, found, framed in cases:
            if unchanged:
                tally[_outcome(truth, old)] += 1
                continue
            kept = [
                c if c.words >= share - 1e-9 or c.framed else replace(c, framed=True)
                for c in found
                if c.words >= share - 1e-9 or c.framed or (c.start, c.end) in framed
            ]
            every, fewer = decide(found), decide(kept)
            got = (fewer.best.start, fewer.best.end) if fewer.accepted and fewer.best else None
            base = (every.best.start, every.best.end) if every.accepted and every.best else None
            changed += got != base
            tally[_outcome(truth, got)] += 1
        print(f"  {share:.2f}: {changed} decisions change; mis {tally['mis']} refused {tally['refused']}")

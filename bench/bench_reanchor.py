"""Re-anchoring benchmark on real corpus articles, the truth known by construction.

Eight kinds of edit (bench/reanchor_cases.py) on annotated articles; each passage re-anchored
three ways in the same run (four with --before):
  - ours, old text known (desktop.anchoring.diff_anchor: the diff first, selectors last);
  - ours, selectors only (desktop.anchoring.reanchor: a colleague's file, a damaged store);
  - with --before DIR, selectors only as another version of this repository does it (DIR: a
    copy of it, e.g. `git archive main | tar -x -C DIR`), in a child process
    (bench/reanchor_before.py), on the same cases;
  - Hypothesis: the position if it still holds the quote, else its `matchQuote` (over the npm
    package approx-string-match), run through node from a snapshot of hypothesis/client that
    is not part of this repository (--hypothesis-client, or $HYPOTHESIS_CLIENT: the snapshot
    folder or its src/annotator/anchoring/match-quote.ts) with approx-string-match and
    typescript installed by npm in a cache folder (--npm-dir or $ANCHOR_NPM_DIR). Without
    them the baseline is left out, and the output says so.
Counts per scenario: exact, close (same passage, edges off by spaces or punctuation or a
word), mis-attached, wrongly refused, rightly refused, and time per annotation. Then the time
to re-anchor 300 annotations after an edit of the longest corpus article (37,107 characters).

The corpus keeps each article body on one line; paragraphs are rebuilt by cutting it after
every 2 to 6 sentences (the words stay the article's own). Articles are split by name into a training half (`--split train`, used by --calibrate to
choose the thresholds) and a test half (the default, used for the figures).

Usage: python bench/bench_reanchor.py [--articles 200] [--per-article 30] [--quick]
       [--split test|train] [--calibrate] [--hypothesis-client DIR] [--npm-dir DIR]
       [--before DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import emit, iter_corpus  # noqa: E402
from bench.reanchor_baselines import (  # noqa: E402
    BeforeBaseline,
    Found,
    HypothesisBaseline,
    before_baseline,
    hypothesis_baseline,
)
from bench.reanchor_cases import SCENARIOS, SKIP, Case, Truth, cases_for_article, paragraphs  # noqa: E402
from desktop.anchoring import AnchorText, build_selectors  # noqa: E402
from desktop.anchoring.diff_anchor import reanchor_after_edit  # noqa: E402
from desktop.anchoring.reanchor import reanchor  # noqa: E402
from desktop.text.normalize import nfc  # noqa: E402

OUTCOMES = ("exact", "close", "mis_attached", "wrongly_refused", "rightly_refused")
TIMED_OUT: Counter[str] = Counter()  # refusals of ours (selectors only) for want of time


# --- articles -------------------------------------------------------------------------------
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ“\"])")


def with_paragraphs(body: str, rng: random.Random) -> str:
    """The corpus keeps each body on one line: cut it back into paragraphs of 2 to 6 sentences
    (the words are the article's own; only the line breaks are ours)."""
    out: list[str] = []
    for line in body.split("\n"):
        sentences = _SENTENCE_END.split(line.strip())
        para: list[str] = []
        for sentence in sentences:
            para.append(sentence)
            if len(para) >= rng.randint(2, 6):
                out.append(" ".join(para))
                para = []
        if para:
            out.append(" ".join(para))
    return "\n".join(p for p in out if p)


def pick_articles(count: int, split: str) -> list[tuple[str, str]]:
    """Articles long enough to edit (1,500+ characters, 4+ paragraphs), half of the corpus by
    name for each split, in a fixed pseudo-random order."""
    chosen = []
    for name, raw in iter_corpus():
        digest = hashlib.sha256(name.encode()).digest()
        if (digest[0] % 2 == 0) != (split == "train"):
            continue
        if len(raw) < 1600:
            continue
        body = nfc(raw.split("\n", 1)[1] if "\n" in raw else raw).strip()
        body = with_paragraphs(body, random.Random(name))
        if len(body) >= 1500 and len(paragraphs(body)) >= 4:
            chosen.append((digest.hex(), name, body))
    chosen.sort()
    return [(name, body) for _, name, body in chosen[:count]]


def classify(truth: Truth, found: Found, text: str) -> str:
    if truth is None:
        return "rightly_refused" if found is None else "mis_attached"
    assert isinstance(truth, tuple)
    if found is None:
        return "wrongly_refused"
    if found == truth:
        return "exact"
    ts, te = truth
    fs, fe = found
    overlap = max(0, min(te, fe) - max(ts, fs))
    union = max(te, fe) - min(ts, fs)
    # Same passage with its edges off by white space, punctuation or a short word.
    if union and overlap / union >= 0.8 and abs(fs - ts) <= 12 and abs(fe - te) <= 12:
        return "close"
    return "mis_attached"


# --- running ------------------------------------------------------------------------------------
def groups(cases: Iterable[Case]) -> Iterable[list[Case]]:
    """Cases sharing an old and a new text, in order (one diff, one prepared text per group)."""
    current: list[Case] = []
    for c in cases:
        if current and (c.old is not current[0].old or c.new is not current[0].new):
            yield current
            current = []
        current.append(c)
    if current:
        yield current


def run_group(
    group: list[Case],
    hyp: HypothesisBaseline | None,
    tally: dict,
    times: dict,
    before: BeforeBaseline | None = None,
) -> None:
    new = nfc(group[0].new)  # what the app stores
    scenario = group[0].scenario
    selectors = [(c.position, c.quote) for c in group]
    t0 = time.perf_counter()
    diffed = reanchor_after_edit(group[0].old, new, selectors)
    times[("diff", scenario)].append((time.perf_counter() - t0) * 1000 / len(group))
    target = AnchorText(new)
    alone = []
    for c in group:
        t0 = time.perf_counter()
        alone.append(reanchor(c.position, c.quote, target))
        times[("selectors", scenario)].append((time.perf_counter() - t0) * 1000)
    hyp_found: list[Found] = [None] * len(group)
    if hyp is not None:
        hyp_found, ms = hyp.run(new, group)
        times[("hypothesis", scenario)].extend(ms)
    before_found: list[Found] = [None] * len(group)
    if before is not None:
        before_found, ms = before.run(new, group)
        times[("before", scenario)].extend(ms)
    for c, a, b, h, o in zip(group, diffed, alone, hyp_found, before_found, strict=True):
        if c.truth == SKIP:
            continue
        tally[("diff", scenario)][classify(c.truth, (a.start, a.end) if a.found else None, new)] += 1
        tally[("selectors", scenario)][classify(c.truth, (b.start, b.end) if b.found else None, new)] += 1
        if b.timed_out:
            TIMED_OUT[scenario] += 1
        if hyp is not None:
            tally[("hypothesis", scenario)][classify(c.truth, h, new)] += 1
        if before is not None:
            tally[("before", scenario)][classify(c.truth, o, new)] += 1


def perf_case(hyp: HypothesisBaseline | None, before: BeforeBaseline | None = None) -> dict[str, Any]:
    """300 annotations on the longest article; a typo fixed and a paragraph inserted on top.
    Selectors only: each sample prepares the text afresh (its word index counted)."""
    _, raw = max(iter_corpus(), key=lambda item: len(item[1]))
    text = nfc(raw)
    rng = random.Random(7)
    from bench.reanchor_cases import make_annotations

    ranges = make_annotations(text, 300, rng)
    while len(ranges) < 300:
        ranges += make_annotations(text, 300 - len(ranges), rng)
    selectors = [build_selectors(text, s, e) for s, e in ranges[:300]]
    at = len(text) // 2
    new = "Ghi chú của người biên tập: bài viết được cập nhật.\n" + text[:at] + "x" + text[at:]
    samples = []
    for _ in range(7):
        t0 = time.perf_counter()
        diffed = reanchor_after_edit(text, new, selectors)
        samples.append((time.perf_counter() - t0) * 1000)
    alone_samples, slowest = [], 0.0
    for _ in range(5):
        target = AnchorText(new)
        t0 = time.perf_counter()
        alone = []
        for p, q in selectors:
            t1 = time.perf_counter()
            alone.append(reanchor(p, q, target))
            slowest = max(slowest, time.perf_counter() - t1)
        alone_samples.append((time.perf_counter() - t0) * 1000)
    alone_ms = statistics.median(alone_samples)
    same = sum(
        (a.start, a.end, a.found) == (d.start, d.end, d.found) or (not a.found and not d.found)
        for a, d in zip(alone, diffed, strict=True)
    )
    out: dict[str, Any] = {
        "article_chars": len(text),
        "annotations": len(selectors),
        "old_text_known_ms_p50": round(statistics.median(samples), 1),
        "old_text_known_ms_min": round(min(samples), 1),
        "goal_ms": 100,
        "selectors_only_ms": round(alone_ms, 1),
        "selectors_only_ms_min": round(min(alone_samples), 1),
        "selectors_only_slowest_annotation_ms": round(slowest * 1000, 1),
        "selectors_only_found": sum(a.found for a in alone),
        "selectors_only_timed_out": sum(a.timed_out for a in alone),
        "selectors_only_same_as_old_text_known": same,
        "selectors_only_goal_ms": 1000,
    }
    cases = [Case("perf", text, new, p, q, None) for p, q in selectors]
    if before is not None:
        found, ms = before.run(new, cases)
        out["before_selectors_only_ms"] = round(sum(ms), 1)
        out["before_same_answers"] = sum(
            (f is None and not a.found) or (a.found and f == (a.start, a.end)) for f, a in zip(found, alone, strict=True)
        )
        out["ratio_before_to_selectors"] = round(sum(ms) / max(alone_ms, 0.01), 1)
    if hyp is not None:
        _, ms = hyp.run(new, cases)
        out["hypothesis_ms"] = round(sum(ms), 1)
        out["ratio_selectors_to_hypothesis"] = round(alone_ms / max(sum(ms), 0.01), 2)
    out["ratio_selectors_to_diff"] = round(alone_ms / max(out["old_text_known_ms_p50"], 0.01), 1)
    return out


def table(tally: dict, times: dict, methods: list[str]) -> str:
    head = "| scenario | method | n | exact | close | mis-attached | wrongly refused | rightly refused | ms/annotation |"
    lines = [head, "|" + "---|" * 9]
    names = {
        "diff": "ours, old text known",
        "selectors": "ours, selectors only",
        "before": "ours before, selectors only",
        "hypothesis": "Hypothesis",
    }
    for scenario in (*SCENARIOS, "all"):
        for method in methods:
            if scenario == "all":
                counts: dict[str, int] = defaultdict(int)
                for s in SCENARIOS:
                    for k, v in tally[(method, s)].items():
                        counts[k] += v
                ms = [x for s in SCENARIOS for x in times[(method, s)]]
            else:
                counts = tally[(method, scenario)]
                ms = times[(method, scenario)]
            n = sum(counts.values())
            if not n:
                continue
            cells = [str(counts.get(o, 0)) for o in OUTCOMES]
            mean = statistics.fmean(ms) if ms else 0.0
            lines.append(f"| {scenario} | {names[method]} | {n} | " + " | ".join(cells) + f" | {mean:.2f} |")
    return "\n".join(lines)


def rates(counts: dict[str, int]) -> dict[str, float]:
    n = sum(counts.values()) or 1
    return {
        "mis_attached_pct": round(100 * counts.get("mis_attached", 0) / n, 3),
        "wrongly_refused_pct": round(100 * counts.get("wrongly_refused", 0) / n, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--per-article", type=int, default=30)
    parser.add_argument("--split", choices=("test", "train"), default="test")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--quick", action="store_true", help="20 articles")
    parser.add_argument("--calibrate", action="store_true", help="print the threshold search (train split)")
    parser.add_argument("--hypothesis-client", default="")
    parser.add_argument("--npm-dir", default="")
    parser.add_argument("--before", default="", help="a copy of this repository at the version to compare with")
    parser.add_argument("--no-perf", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.articles = 20
    if args.calibrate:
        from bench.reanchor_calibration import calibrate

        calibrate(pick_articles(args.articles, "train"), args.per_article, args.seed)
        return
    hyp, hyp_note = hypothesis_baseline(args)
    print(hyp_note, file=sys.stderr)
    before, before_note = before_baseline(args)
    articles = pick_articles(args.articles + 1, args.split)
    rng = random.Random(args.seed)
    tally: dict = defaultdict(lambda: defaultdict(int))
    times: dict = defaultdict(list)
    started = time.perf_counter()
    for k, (_, body) in enumerate(articles[:-1]):
        donor = nfc(articles[k + 1][1])
        for group in groups(cases_for_article(body, donor, rng, args.per_article)):
            run_group(group, hyp, tally, times, before)
    methods = ["diff", "selectors"] + (["before"] if before is not None else []) + (["hypothesis"] if hyp is not None else [])
    result: dict[str, Any] = {
        "articles": len(articles) - 1,
        "per_article": args.per_article,
        "split": args.split,
        "baseline": hyp_note,
        "before": before_note,
        "seconds": round(time.perf_counter() - started, 1),
        "scenarios": {},
    }
    for scenario in SCENARIOS:
        result["scenarios"][scenario] = {
            m: {**dict(tally[(m, scenario)]), **rates(tally[(m, scenario)]),
                "ms_per_annotation": round(statistics.fmean(times[(m, scenario)]), 3) if times[(m, scenario)] else None}
            for m in methods
        }
    all_counts: Counter[str] = Counter()
    all_ms: list[float] = []
    for scenario in SCENARIOS:
        all_counts.update(tally[("selectors", scenario)])
        all_ms += times[("selectors", scenario)]
    result["selectors_only_all"] = {
        **rates(all_counts),
        "ms_per_annotation": round(statistics.fmean(all_ms), 3) if all_ms else None,
        "timed_out": sum(TIMED_OUT.values()),
    }
    if not args.no_perf:
        result["perf_37k_300_annotations"] = perf_case(hyp, before)
    if hyp is not None:
        hyp.close()
    if before is not None:
        before.close()
    result["table"] = table(tally, times, methods)
    emit(result)
    print(result["table"], file=sys.stderr)


if __name__ == "__main__":
    main()

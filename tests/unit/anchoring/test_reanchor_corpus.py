"""The re-anchoring benchmark in small (bench/bench_reanchor.py runs it on 200 articles):
real corpus articles, eight kinds of edit, the truth known by construction."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from bench.bench_reanchor import classify, groups, with_paragraphs
from bench.reanchor_cases import SKIP, cases_for_article, paragraphs
from desktop.anchoring import AnchorText
from desktop.anchoring.diff_anchor import reanchor_after_edit
from desktop.anchoring.reanchor import reanchor
from desktop.text.normalize import nfc
from tests.conftest import corpus_sample

ARTICLES = 4
PER_ARTICLE = 12


@pytest.fixture(scope="module")
def tallies() -> tuple[Counter, Counter]:
    texts = []
    for name, raw in corpus_sample(600):
        body = with_paragraphs(nfc(raw.split("\n", 1)[-1]).strip(), random.Random(name))
        if len(body) >= 1500 and len(paragraphs(body)) >= 4:
            texts.append(body)
        if len(texts) > ARTICLES:
            break
    if len(texts) <= ARTICLES:
        pytest.skip("not enough long articles in the corpus sample")
    diffed: Counter = Counter()
    alone: Counter = Counter()
    rng = random.Random(14)
    for k in range(ARTICLES):
        for group in groups(cases_for_article(texts[k], texts[k + 1], rng, PER_ARTICLE)):
            new = nfc(group[0].new)
            results = reanchor_after_edit(group[0].old, new, [(c.position, c.quote) for c in group])
            target = AnchorText(new)
            for case, result in zip(group, results, strict=True):
                if case.truth == SKIP:
                    continue
                diffed[classify(case.truth, (result.start, result.end) if result.found else None, new)] += 1
                other = reanchor(case.position, case.quote, target)
                alone[classify(case.truth, (other.start, other.end) if other.found else None, new)] += 1
    return diffed, alone


def test_old_text_known_never_mis_attaches(tallies: tuple[Counter, Counter]) -> None:
    diffed, _ = tallies
    total = sum(diffed.values())
    assert total > 200
    assert diffed["mis_attached"] == 0
    assert diffed["wrongly_refused"] <= 0.005 * total
    assert diffed["rightly_refused"] > 0  # deleted and rewritten passages were there


def test_selectors_alone_are_careful(tallies: tuple[Counter, Counter]) -> None:
    _, alone = tallies
    total = sum(alone.values())
    assert alone["mis_attached"] <= 0.005 * total
    assert alone["wrongly_refused"] <= 0.05 * total

"""The indexed search finds every place that matters, with the edges a letter search of the
whole text gives it; and places left with context bounds never change the decision."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.anchoring import AnchorText, build_selectors
from desktop.anchoring.candidates import MAX_CANDIDATES, _Search, candidates
from desktop.anchoring.place_search import region_spots
from desktop.anchoring.quote_regions import MIN_SHARED_WORDS
from desktop.anchoring.reanchor import decide, pruning
from desktop.anchoring.selectors import trim_range

SYLLABLES = ["cán", "bộ", "công", "chức", "đạo", "đức", "và", "của", "trường", "thường", "Hà", "Nội", "năm"]
PIECES = st.lists(st.sampled_from(SYLLABLES + [",", ".", "\n"]), min_size=4, max_size=50).map(" ".join)


@st.composite
def cases(draw: st.DrawFn) -> tuple[AnchorText, object, object, int]:
    """A passage of a random text and an edited copy of that text (words replaced, added,
    dropped; a stretch copied elsewhere)."""
    text = draw(PIECES)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 60)))
    start, end = trim_range(text, start, end)
    if start >= end:
        start, end = 0, len(text)
    position, quote = build_selectors(text, start, end)
    words = text.split(" ")
    for _ in range(draw(st.integers(0, 4))):
        i = draw(st.integers(0, len(words) - 1))
        kind = draw(st.sampled_from(["replace", "insert", "drop", "copy"]))
        if kind == "replace":
            words[i] = draw(st.sampled_from(SYLLABLES))
        elif kind == "insert":
            words.insert(i, draw(st.sampled_from(SYLLABLES)))
        elif kind == "drop" and len(words) > 2:
            del words[i]
        else:
            j = draw(st.integers(i, min(len(words), i + 8)))
            words[i:i] = words[i:j]
    hint = draw(st.integers(0, len(text)))
    return AnchorText(" ".join(words)), position, quote, hint


@settings(max_examples=150, deadline=None)
@given(cases())
def test_every_place_keeping_enough_words_is_found_with_its_edges(case) -> None:
    target, _, quote, hint = case
    search = _Search(quote, target, hint, None, None)
    n = len(target.folded)
    whole = {
        (p.start, p.end)
        for d, e in region_spots(search.pattern, target.folded, (0, n), (0, n), search.max_edits)
        if (p := search.measure(search.place_of(d, e, None))).start < p.end and p.words >= MIN_SHARED_WORDS
    }
    found = {(c.start, c.end) for c in candidates(quote, target, hint)}
    if len(found) < MAX_CANDIDATES:
        assert whole <= found


@settings(max_examples=150, deadline=None)
@given(cases())
def test_context_bounds_never_change_the_decision(case) -> None:
    target, _, quote, hint = case
    exact = decide(candidates(quote, target, hint))
    pruned = decide(candidates(quote, target, hint, prune=pruning()))
    assert pruned.accepted == exact.accepted
    if exact.best is not None and pruned.best is not None:
        assert (pruned.best.start, pruned.best.end, pruned.best.score) == (
            exact.best.start,
            exact.best.end,
            exact.best.score,
        )


def test_many_exact_copies_keep_the_closest() -> None:
    text = "Mở đầu. " + "Cán bộ và công chức. " * 300
    target = AnchorText(text)
    position, quote = build_selectors(text, text.index("và"), text.index("và") + 2)
    hint = len(text) // 2
    found = candidates(quote, target, hint)
    copies = [c for c in found if c.exact and not c.framed]
    assert len(copies) == MAX_CANDIDATES
    assert max(c.distance for c in copies) < min(
        abs(i - hint) for i in range(len(text)) if text.startswith("và", i) and (i, i + 2) not in {(c.start, c.end) for c in copies}
    )

"""The indexed search finds every place that matters, with the edges a letter search of the
whole text gives it; places left with context bounds never change the decision; and a copy
running into an echo of itself ("thức thực") is one place, the echo a place of its own only
where both its contexts are intact."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.anchoring import AnchorText, build_selectors, reanchor
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


# "thức" and "thực" fold to the same letters: side by side they are one run of close matches.
ECHO = "Cần nâng cao nhận thức thực tiễn cho đội ngũ cán bộ, công chức ở cơ sở."
NOTE = "Ghi chú của người biên tập: bài viết được cập nhật ngày 5/3.\n"  # moves it past TWIN_NEAR


def test_a_copy_running_into_its_echo_is_one_place_not_two() -> None:
    text = "Hội nghị bàn về công tác cán bộ của tỉnh trong năm tới. " + ECHO
    start = text.index("thức")
    _, quote = build_selectors(text, start, start + 4)
    edited = NOTE + text
    found = {(c.start, c.end) for c in candidates(quote, AnchorText(edited), start)}
    thuc = edited.index("thức")
    assert (thuc, thuc + 4) in found
    assert (thuc + 5, thuc + 9) not in found  # "thực", its contexts shifted: not a rival


def test_a_word_followed_by_its_echo_is_found_where_it_moved() -> None:
    text = "Hội nghị bàn về công tác cán bộ của tỉnh trong năm tới. " + ECHO
    start = text.index("thức")
    position, quote = build_selectors(text, start, start + 4)
    edited = NOTE + text
    result = reanchor(position, quote, edited)
    moved = start + len(NOTE)
    assert (result.start, result.end, result.method) == (moved, moved + 4, "quote")


def test_the_echo_itself_with_both_contexts_intact_is_an_answer_not_only_a_rival() -> None:
    """The letter search keeps one end per run ("thức"); "thực", both of its contexts intact,
    is added as a place of its own, found as the passage (its contexts, short at the start of
    a sentence, tell it from "thức" by more than the lead needed)."""
    text = "Cần nâng cao nhận thức thực tiễn cho đội ngũ cán bộ."
    start = text.index("thực")
    position, quote = build_selectors(text, start, start + 4)
    edited = NOTE + text
    moved = start + len(NOTE)
    found = [
        c
        for c in candidates(quote, AnchorText(edited), start)
        if (c.start, c.end) == (moved, moved + 4)
    ]
    assert len(found) == 1 and not found[0].framed
    result = reanchor(position, quote, edited)
    assert (result.start, result.end) == (moved, moved + 4)

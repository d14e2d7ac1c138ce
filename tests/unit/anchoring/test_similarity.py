"""Context bounds from one comparison hold the exact context score between them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.anchoring.similarity import (
    prefix_bounds,
    prefix_similarity,
    suffix_bounds,
    suffix_similarity,
)

LETTERS = st.text(alphabet="abcd ", max_size=40)


@settings(max_examples=300)
@given(st.text(alphabet="abcd ", max_size=12), LETTERS, st.data())
def test_context_bounds_hold_the_exact_score(context: str, text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    low, high = prefix_bounds(context, text, at)
    assert low <= prefix_similarity(context, text, at) <= high
    low, high = suffix_bounds(context, text, at)
    assert low <= suffix_similarity(context, text, at) <= high


def test_bounds_are_exact_when_one_comparison_settles_it() -> None:
    text = "mở đầu cán bộ công chức và viên chức"
    at = text.index("và")
    assert prefix_bounds("công chức ", text, at) == (1.0, 1.0)
    assert prefix_bounds("cong chức ", text, at) == (0.9, 0.9)  # one letter off: no better fit
    assert suffix_bounds("và viên", text, at) == (1.0, 1.0)

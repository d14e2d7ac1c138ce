"""Selectors describe exactly the chosen range and round-trip through re-anchoring."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.anchoring import CONTEXT_CHARS, build_selectors, reanchor, trim_range
from desktop.anchoring.selectors import check_range
from desktop.domain.errors import UserError

TEXT = "Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức."


def test_selectors_hold_quote_and_context() -> None:
    start = TEXT.index("Bộ Chính trị")
    end = start + len("Bộ Chính trị")
    position, quote = build_selectors(TEXT, start, end)
    assert (position.start, position.end) == (start, end)
    assert quote.exact == "Bộ Chính trị"
    assert TEXT[:start].endswith(quote.prefix) and len(quote.prefix) == min(start, CONTEXT_CHARS)
    assert TEXT[end:].startswith(quote.suffix) and len(quote.suffix) == CONTEXT_CHARS


def test_context_is_cut_at_text_edges() -> None:
    _, quote = build_selectors(TEXT, 0, 3)
    assert quote.prefix == "" and quote.exact == "Chỉ"
    _, quote = build_selectors(TEXT, len(TEXT) - 5, len(TEXT))
    assert quote.suffix == ""


@pytest.mark.parametrize("bad", [(-1, 3), (5, 5), (3, 2), (0, len(TEXT) + 1)])
def test_build_refuses_bad_ranges(bad: tuple[int, int]) -> None:
    with pytest.raises(ValueError):
        build_selectors(TEXT, *bad)


def test_trim_and_check_range() -> None:
    text = "a\n  bốn năm  \nb"
    assert trim_range(text, 1, 13) == (4, 11)
    assert check_range(text, 1, 13) == (4, 11)
    with pytest.raises(UserError, match="Chưa chọn"):
        check_range(text, 1, 3)
    with pytest.raises(UserError, match="ngoài"):
        check_range(text, 0, 99)


@given(st.data())
def test_round_trip_on_the_same_text(data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(TEXT) - 1))
    end = data.draw(st.integers(start + 1, len(TEXT)))
    position, quote = build_selectors(TEXT, start, end)
    result = reanchor(position, quote, TEXT)
    assert (result.start, result.end, result.score, result.method) == (start, end, 1.0, "position")

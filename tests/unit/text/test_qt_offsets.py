"""Code-point offsets and Qt's UTF-16 positions convert both ways."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.text.qt_offsets import OffsetMap


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(st.text(alphabet=st.sampled_from("aạ đ😀𝔸\n"), max_size=60))
def test_round_trip_at_every_offset(text: str) -> None:
    offsets = OffsetMap(text)
    for i in range(len(text) + 1):
        u = offsets.to_utf16(i)
        assert u == utf16_len(text[:i])
        assert offsets.to_codepoint(u) == i


def test_bmp_only_text_is_identity() -> None:
    offsets = OffsetMap("đạo đức")
    assert [offsets.to_utf16(i) for i in range(8)] == list(range(8))


def test_position_inside_surrogate_pair_rounds_down() -> None:
    offsets = OffsetMap("a😀b")
    assert offsets.to_codepoint(2) == 1  # between the two halves of 😀
    assert offsets.to_codepoint(3) == 2

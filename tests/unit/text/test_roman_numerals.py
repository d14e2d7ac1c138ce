"""Roman numerals for the parts of a document."""

from __future__ import annotations

import pytest

from desktop.text.roman_numerals import roman


@pytest.mark.parametrize(("number", "expected"), [(1, "I"), (4, "IV"), (9, "IX"), (14, "XIV"), (40, "XL"), (1999, "MCMXCIX"), (0, "")])
def test_roman(number: int, expected: str) -> None:
    assert roman(number) == expected

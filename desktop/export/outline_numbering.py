"""Heading numbers as Vietnamese documents write them: I., II. / 1., 2. / a), b)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from desktop.export.excerpt_grouping import ExcerptGroup
from desktop.text.roman_numerals import roman

_LETTERS = "abcdđeghiklmnopqrstuvxy"  # the Vietnamese alphabet's order, as lists are lettered


def _label(level: int, number: int) -> str:
    if level <= 1:
        return f"{roman(number)}."
    if level == 2:
        return f"{number}."
    letters = _LETTERS
    return f"{letters[(number - 1) % len(letters)]})"


def numbered_groups(groups: Sequence[ExcerptGroup]) -> Iterator[tuple[ExcerptGroup, str]]:
    """Each group (depth first) with its heading text: "I. KINH TẾ", "1. Đầu tư", "a) Công"."""

    def walk(siblings: Sequence[ExcerptGroup]) -> Iterator[tuple[ExcerptGroup, str]]:
        for number, group in enumerate(siblings, start=1):
            title = group.title.upper() if group.level <= 1 else group.title
            yield group, f"{_label(group.level, number)} {title}"
            yield from walk(group.children)

    yield from walk(groups)

"""Date filter values: years, months, days, ranges and open ends."""

from __future__ import annotations

import pytest

from desktop.domain.errors import UserError
from desktop.search.dates import DateRange, parse_date_range


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2021", "2021-01-01", "2022-01-01"),
        ("8/2021", "2021-08-01", "2021-09-01"),
        ("12/2021", "2021-12-01", "2022-01-01"),
        ("2021-08", "2021-08-01", "2021-09-01"),
        ("9/8/2021", "2021-08-09", "2021-08-10"),
        ("09-08-2021", "2021-08-09", "2021-08-10"),
        ("2021-08-09", "2021-08-09", "2021-08-10"),
        ("1/2021..6/2021", "2021-01-01", "2021-07-01"),
        ("2021..", "2021-01-01", None),
        ("..2020", None, "2021-01-01"),
    ],
)
def test_periods_and_ranges(value: str, start: str | None, end: str | None) -> None:
    assert parse_date_range(value) == DateRange(start, end)


@pytest.mark.parametrize("value", ["", "..", "hôm qua", "31/2/2021", "13/2021", "2021-13-01", "2022..2021"])
def test_bad_values_are_user_errors(value: str) -> None:
    with pytest.raises(UserError):
        parse_date_range(value)


def test_contains_compares_with_publication_times() -> None:
    august = parse_date_range("8/2021")
    assert august.contains("2021-08-31T23:59")
    assert august.contains("2021-08-01")
    assert not august.contains("2021-09-01T00:00")
    assert not august.contains(None)

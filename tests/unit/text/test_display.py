"""Dates and numbers shown the Vietnamese way."""

from __future__ import annotations

from desktop.text.display import format_date_vi, format_int_vi


def test_dates() -> None:
    assert format_date_vi("2021-08-09T06:38") == "09/08/2021 06:38"
    assert format_date_vi("2021-08-09T06:38", with_time=False) == "09/08/2021"
    assert format_date_vi("2017-05-19") == "19/05/2017"
    assert format_date_vi(None) == ""
    assert format_date_vi("không rõ") == "không rõ"


def test_numbers_group_thousands_with_dots() -> None:
    assert format_int_vi(35440) == "35.440"
    assert format_int_vi(5) == "5"

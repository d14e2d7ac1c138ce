"""Dates as Nghị định 30/2020/NĐ-CP writes them."""

from __future__ import annotations

from desktop.export.vietnamese_dates import place_and_date, short_date


def test_days_below_ten_and_months_one_and_two_take_a_zero() -> None:
    assert place_and_date("Hà Nội", "2026-02-05") == "Hà Nội, ngày 05 tháng 02 năm 2026"
    assert place_and_date("Hà Nội", "2026-11-22") == "Hà Nội, ngày 22 tháng 11 năm 2026"
    assert place_and_date("Đà Nẵng", "2025-03-09") == "Đà Nẵng, ngày 09 tháng 3 năm 2025"


def test_no_place_starts_with_a_capital() -> None:
    assert place_and_date("", "2025-12-31") == "Ngày 31 tháng 12 năm 2025"


def test_short_date_for_citations() -> None:
    assert short_date("2021-08-09T06:38") == "09/08/2021"
    assert short_date(None) == ""
    assert short_date("tháng trước") == "tháng trước"

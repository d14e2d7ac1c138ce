"""Dates as pages state them, read as the day a Vietnamese reader saw on the page."""

from __future__ import annotations

from bs4 import BeautifulSoup

from desktop.ingest.dates import find_date, vietnam_time
from desktop.ingest.page_metadata import page_metadata


def test_time_stamps_with_a_zone_are_read_in_vietnam_time() -> None:
    assert vietnam_time("2025-10-22T19:25:52+07:00") == "2025-10-22T19:25:52+07:00"  # already Vietnam's
    assert vietnam_time("2023-05-01T20:00:00Z") == "2023-05-02T03:00"  # the next morning in Hà Nội
    assert vietnam_time("2023-05-01T20:00:00.000+0000") == "2023-05-02T03:00"
    assert vietnam_time("2023-05-01 08:15:00-05:00") == "2023-05-01T20:15"


def test_values_without_a_zone_are_left_as_the_page_says_them() -> None:
    for value in ("2023-05-01T20:00:00", "2023-05-01", "Thứ tư, 22/10/2025, 19:25 (GMT+7)", "not a date"):
        assert vietnam_time(value) == value


def test_a_json_ld_date_in_utc_is_the_vietnamese_day() -> None:
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tin",
    "datePublished": "2024-09-07T18:30:00Z"}</script></head><body></body></html>"""
    assert page_metadata(BeautifulSoup(html, "html.parser"))["page_published"] == "2024-09-08T01:30"


def test_printed_dates_with_their_time() -> None:
    found = find_date("Thứ tư, 22/10/2025, 19:25 (GMT+7)")
    assert found is not None and found.iso == "2025-10-22T19:25"

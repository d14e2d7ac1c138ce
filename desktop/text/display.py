"""Showing dates and numbers the Vietnamese way."""

from __future__ import annotations

from datetime import datetime


def format_date_vi(iso: str | None, *, with_time: bool = True) -> str:
    """ "2021-08-09T06:38" -> "09/08/2021 06:38"; unknown or unparsable -> "" or the text as given."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if with_time and "T" in iso:
        return moment.strftime("%d/%m/%Y %H:%M")
    return moment.strftime("%d/%m/%Y")


def format_int_vi(value: int) -> str:
    """Vietnamese groups thousands with a dot: 35440 -> "35.440"."""
    return f"{value:,}".replace(",", ".")

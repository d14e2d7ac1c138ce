"""Dates the way Vietnamese administrative documents write them (Nghị định 30/2020/NĐ-CP)."""

from __future__ import annotations

from datetime import UTC, date, datetime


def parse_day(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def place_and_date(place: str, iso: str = "") -> str:
    """Place and date as Hà Nội, ngày 05 tháng 02 năm 2026: days below 10 and months 1, 2
    take a leading zero."""
    day = parse_day(iso) or date.today()
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    text = f"ngày {day.day:02d} tháng {month} năm {day.year}"
    place = place.strip()
    return f"{place}, {text}" if place else text[0].upper() + text[1:]


def short_date(iso: str | None) -> str:
    """The day as 09/08/2021 for citations and tables (two digits, so columns line up);
    the raw text if it is not a date; "" if none."""
    day = parse_day(iso)
    if day is None:
        return (iso or "").strip()
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def local_date_time(iso: str | None) -> str:
    """A stored UTC moment as people read it: 05/02/2026 14:30 in this computer's time zone;
    the raw text if it is not a moment; "" if none."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso.strip().replace("Z", "+00:00"))
    except ValueError:
        return iso.strip()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # stored times are UTC
    local = moment.astimezone()
    return f"{local.day:02d}/{local.month:02d}/{local.year} {local.hour:02d}:{local.minute:02d}"

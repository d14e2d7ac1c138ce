"""Publication dates and times as Vietnamese pages print them, to ISO 8601."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from desktop.text.normalize import fold

_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)")
_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
_WORDS = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d{2})")
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*(?::|h)\s*([0-5]\d)(?:\s*:\s*[0-5]\d)?(?:\s*([ap])\.?m\.?)?(?![\d])", re.I)
_ENGLISH_MONTH = re.compile(
    r"(?<![a-z])(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?(\s+(?:19|20)\d{2})?",
    re.I,
)
# Words that may sit on a date line without making it anything else ("Thứ hai, 09/08/2021 06:38 (GMT+7)").
_DATE_LINE_WORDS = re.compile(
    r"\b(thu\s*(hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat|cn|gmt\s*[+-]?\s*\d*|utc|cap\s*nhat|dang\s*luc|"
    r"ngay\s*dang|ngay\s*cap\s*nhat|xuat\s*ban|luc|ngay|gio|am|pm)\b"
)
# The window around a date in which its time of day is looked for.
_TIME_WINDOW = 14


@dataclass(frozen=True)
class FoundDate:
    iso: str  # "2021-08-09T06:38" or "2021-08-09"
    start: int
    end: int  # span of the date and its time in the searched text


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _time_near(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    after = _TIME.search(text, end, min(len(text), end + _TIME_WINDOW))
    before_from = max(0, start - _TIME_WINDOW)
    befores = list(_TIME.finditer(text, before_from, start))
    for match in [after, befores[-1] if befores else None]:
        if match is None:
            continue
        hour, minute = int(match.group(1)), int(match.group(2))
        half = (match.group(3) or "").lower()
        if half == "p" and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
        return f"{hour:02d}:{minute:02d}", match.start(), match.end()
    return None


def find_date(text: str) -> FoundDate | None:
    """The first full date (with year) in `text`, with the time of day printed next to it."""
    folded = fold(text)
    candidates: list[tuple[int, int, int, int, int]] = []  # start, end, y, m, d
    for m in _DMY.finditer(folded):
        candidates.append((m.start(), m.end(), int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in _YMD.finditer(folded):
        candidates.append((m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _WORDS.finditer(folded):
        candidates.append((m.start(), m.end(), int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for start, end, y, mo, d in sorted(candidates):
        if not _valid(y, mo, d):
            continue
        iso = f"{y:04d}-{mo:02d}-{d:02d}"
        time = _time_near(folded, start, end)
        if time is None:
            return FoundDate(iso, start, end)
        clock, t_start, t_end = time
        return FoundDate(f"{iso}T{clock}", min(start, t_start), max(end, t_end))
    return None


def is_date_line(line: str) -> bool:
    """A line that says only when (a dateline or timestamp), with or without a year."""
    if len(line) > 80:
        return False
    folded = fold(line).strip()
    if not folded or len(folded) > 60:
        return False
    rest = _DMY.sub(" ", folded)
    rest = _YMD.sub(" ", rest)
    rest = _WORDS.sub(" ", rest)
    had_date = rest != folded
    without_month = _ENGLISH_MONTH.sub(" ", rest)
    had_date = had_date or without_month != rest
    rest = _TIME.sub(" ", without_month)
    had_time = rest != without_month
    if not (had_date or had_time):
        return False
    rest = _DATE_LINE_WORDS.sub(" ", rest)
    return not re.sub(r"[\s,.;:|()\[\]/-]+", "", rest)


# Vietnam's time (UTC+7, no daylight saving): a page's date is the day its readers saw on it.
_VIETNAM = timezone(timedelta(hours=7))
_ISO_WITH_ZONE = re.compile(r"^\s*((?:19|20)\d{2}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})\s*$")


def vietnam_time(value: str) -> str:
    """An ISO time stamp in another zone ("2023-05-01T20:00:00Z", JSON-LD and meta tags) as
    Vietnam's local time, "2023-05-02T03:00"; any other value (Vietnam's own zone included) is
    returned as it is."""
    match = _ISO_WITH_ZONE.match(value)
    if match is None or match.group(3).replace(":", "") == "+0700":
        return value
    zone = match.group(3).replace("Z", "+00:00")
    if ":" not in zone:
        zone = zone[:3] + ":" + zone[3:]
    try:
        moment = datetime.fromisoformat(f"{match.group(1)}T{match.group(2)}{zone}")
    except ValueError:
        return value
    return moment.astimezone(_VIETNAM).strftime("%Y-%m-%dT%H:%M")

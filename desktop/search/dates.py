"""The date part of a query: `ngày:2021`, `ngày:8/2021`, `ngày:9/8/2021..2021-12`, open ends with `..`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.errors import UserError
from desktop.domain.message import Message

RANGE_SEPARATOR = ".."

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")  # 2021, 2021-08, 2021-08-09
_DMY = re.compile(r"^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$")  # 8/2021, 9/8/2021, 09-08-2021


@dataclass(frozen=True)
class DateRange:
    """Half-open [start, end) of ISO dates; None is an open end. Compared as strings with
    ISO publication times ("2021-08-09T06:38"), which sort the same way."""

    start: str | None
    end: str | None

    def contains(self, published: str | None) -> bool:
        if not published:
            return False
        if self.start is not None and published < self.start:
            return False
        return self.end is None or published < self.end


def _bad(value: str) -> UserError:
    return UserError(
        Message(
            "Không hiểu ngày “{value}”. Hãy viết năm (2021), tháng (8/2021), ngày (9/8/2021 "
            "hoặc 2021-08-09), hoặc một khoảng như 1/2021..6/2021.",
            code="bad_date",
            value=value,
        )
    )


def _period(text: str, whole: str) -> tuple[date, date]:
    """First day and the day after the last day of a year, month or day."""
    iso, dmy = _ISO.match(text), _DMY.match(text)
    if iso:
        year, month, day = int(iso[1]), iso[2], iso[3]
    elif dmy:
        year, month, day = int(dmy[3]), dmy[2], dmy[1]
    else:
        raise _bad(whole)
    try:
        if month is None:
            return date(year, 1, 1), date(year + 1, 1, 1)
        m = int(month)
        if day is None:
            first = date(year, m, 1)
            return first, date(year + (m == 12), m % 12 + 1, 1)
        d = date(year, m, int(day))
        return d, d + timedelta(days=1)
    except ValueError as exc:
        raise _bad(whole) from exc


def parse_date_range(value: str) -> DateRange:
    """`2021`, `8/2021`, `9/8/2021`, `2021-08-09`, and ranges `A..B`, `A..`, `..B` (both ends included)."""
    text = value.strip()
    if not text or text == RANGE_SEPARATOR:
        raise _bad(value)
    if RANGE_SEPARATOR in text:
        left, _, right = text.partition(RANGE_SEPARATOR)
        start = _period(left.strip(), value)[0].isoformat() if left.strip() else None
        end = _period(right.strip(), value)[1].isoformat() if right.strip() else None
        if start is not None and end is not None and start >= end:
            raise UserError(
                Message("Khoảng ngày “{value}” có ngày bắt đầu sau ngày kết thúc.", code="date_range_reversed", value=value)
            )
        return DateRange(start, end)
    first, after = _period(text, value)
    return DateRange(first.isoformat(), after.isoformat())

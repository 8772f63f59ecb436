"""Calendar arithmetic for the times layer: FORMAT.md values and direction-aware lookups.

Values are strings at their own granularity: ``YYYY-MM-DD``, ``YYYY-Www`` (ISO week),
``YYYY-MM`` or ``YYYY``. "Direction" is how a year-less or weekday expression is placed
around the anchor date: ``"past"`` (on or before), ``"future"`` (on or after) or ``None``
(nearest either way).
"""
from __future__ import annotations

import datetime as dt

Direction = str | None


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def year_value(year: int) -> str:
    return f"{year:04d}"


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """date(year, month, day), or None when the day does not exist (February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by delta months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def weekday_near(anchor: dt.date, weekday: int, direction: Direction, *, strict: bool = False) -> dt.date:
    """The given weekday (Monday=0) nearest to anchor in direction; strict excludes anchor itself.

    With no direction the past one is taken: news mostly reports what has happened.
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if strict:
        back, ahead = back or 7, ahead or 7
    if direction == "future":
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def month_day_near(anchor: dt.date, month: int, day: int, direction: Direction) -> dt.date | None:
    """The year-less date month/day placed around anchor (past, future or nearest)."""
    options = [d for d in (safe_date(anchor.year + k, month, day) for k in (-1, 0, 1)) if d]
    if not options:
        return None
    if direction == "past":
        before = [d for d in options if d <= anchor]
        return max(before) if before else None
    if direction == "future":
        after = [d for d in options if d >= anchor]
        return min(after) if after else None
    return min(options, key=lambda d: abs((d - anchor).days))


def month_near(anchor: dt.date, month: int, direction: Direction, *, strict: bool = False) -> tuple[int, int]:
    """(year, month) of a year-less month: the latest not after anchor's month, or the next one
    for the future; strict excludes anchor's own month ("last September", "next May")."""
    if direction == "future":
        ahead = (month - anchor.month) % 12
        if strict and ahead == 0:
            ahead = 12
        return shift_month(anchor.year, anchor.month, ahead)
    back = (anchor.month - month) % 12
    if strict and back == 0:
        back = 12
    return shift_month(anchor.year, anchor.month, -back)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    return dt.date(year, month, (h + l - 7 * m + 114) % 31 + 1)


def granularity(value: str | None) -> str | None:
    """"day", "week", "month" or "year" for a FORMAT.md value."""
    if not value:
        return None
    if "W" in value:
        return "week"
    return {10: "day", 7: "month", 4: "year"}.get(len(value))


def shift_value(value: str, unit: str, delta: int) -> str | None:
    """value moved by delta units at the given unit's granularity, or None if value is too coarse."""
    grain = granularity(value)
    order = ("day", "week", "month", "year")
    if grain is None or order.index(grain) > order.index(unit):
        return None
    if grain in ("day", "week"):
        day = _week_monday(value) if grain == "week" else dt.date.fromisoformat(value)
        days = {"day": 1, "week": 7}.get(unit)
        if days:
            moved = day + dt.timedelta(days=delta * days)
            return day_value(moved) if unit == "day" else week_value(moved)
        year, month = int(value[:4]), day.month
    else:
        year, month = int(value[:4]), int(value[5:7]) if grain == "month" else 1
    if unit == "month":
        return month_value(*shift_month(year, month, delta))
    return year_value(year + delta)


def _week_monday(value: str) -> dt.date:
    return dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)

"""Turn pattern hits into TimeExpr items with FORMAT.md values.

A :class:`Resolver` walks one document's hits in text order. It keeps the last resolved
date so that "that day", "the previous day" and "two days later" can refer back to it
(ANNOTATION.md: "that day" when it refers back to a date). Without a publication date,
relative expressions get ``value=None``; absolute dates still resolve.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from ..record import TimeExpr
from . import times_calendar as cal
from .times_context import is_age, is_dateline
from .times_find import HOLIDAYS, Match, count_of, day_number, month_number
from .times_tense import FUTURE, PAST, direction
from .doctext import doc_text

_OFFSETS = {"this past": -1, "last": -1, "previous": -1, "preceding": -1, "this": 0, "the": 0, "that": 0, "same": 0,
            "next": 1, "following": 1, "before": -1, "after": 1, "earlier": -1, "later": 1}
_DEICTIC_DAYS = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# "over the next week" is a stretch of time, "the next week" after a date is a date.
_DURATION_PREPS = {"over", "within", "during", "for", "in", "throughout"}
_NOT_DATE = {"duration": "DURATION", "set": "SET", "time": "TIME", "set_word": "SET"}


class Resolver:
    """Resolves one document's time expressions in text order."""

    def __init__(self, doc: Doc, published: dt.date | None):
        self.doc = doc
        self.text = doc_text(doc)
        self.published = published
        self.last: list[str | None] = []  # values of earlier DATEs, for anaphora

    def resolve(self, match: Match, span: Span) -> TimeExpr | None:
        """The item for one hit, or None when it is not a time expression (an age)."""
        if match.kind in _NOT_DATE:
            if match.kind == "duration" and is_age(match, span):
                return None
            return self._item(match, None, _NOT_DATE[match.kind])
        kind, value = getattr(self, f"_{match.kind}")(match, span)
        if kind == "DATE":
            self.last.append(value)
        return self._item(match, value, kind)

    def _item(self, match: Match, value: str | None, kind: str) -> TimeExpr:
        text = self.text[match.start:match.end]
        return TimeExpr(text=text, start=match.start, end=match.end, value=value, type=kind)

    # ------------------------------------------------------------ absolute dates
    def _iso(self, match: Match, span: Span):
        g = match.groups
        day = cal.safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return "DATE", cal.day_value(day) if day else None

    def _numeric(self, match: Match, span: Span):
        a, b, year = int(match.groups["a"]), int(match.groups["b"]), int(match.groups["y"])
        day, month = (b, a) if b > 12 >= a else (a, b)  # day first unless impossible
        found = cal.safe_date(year, month, day)
        return "DATE", cal.day_value(found) if found else None

    def _mdy(self, match: Match, span: Span):
        g = match.groups
        month, day = month_number(g["mon"]), day_number(g["d"])
        if "y" in g:
            found = cal.safe_date(int(g["y"]), month, day)
            return "DATE", cal.day_value(found) if found else None
        if self.published is None:
            return "DATE", None
        found = _by_weekday(self.published, month, day, g.get("wd"))
        if found is None:
            way = None if is_dateline(self.text, span) else direction(span, self.text)
            found = cal.month_day_near(self.published, month, day, way)
        return "DATE", cal.day_value(found) if found else None

    _dmy = _mdy

    def _my(self, match: Match, span: Span):
        return "DATE", cal.month_value(int(match.groups["y"]), month_number(match.groups["mon"]))

    def _month_rel_year(self, match: Match, span: Span):
        if self.published is None:
            return "DATE", None
        year = self.published.year + _OFFSETS[match.groups["rel"].lower()]
        return "DATE", cal.month_value(year, month_number(match.groups["mon"]))

    def _month(self, match: Match, span: Span):
        if self.published is None:
            return "DATE", None
        month, mod = month_number(match.groups["mon"]), match.groups.get("mod", "").lower()
        if mod == "this":
            return "DATE", cal.month_value(self.published.year, month)
        if mod in ("last", "next"):
            way = PAST if mod == "last" else FUTURE
            return "DATE", cal.month_value(*cal.month_near(self.published, month, way, strict=True))
        return "DATE", cal.month_value(*cal.month_near(self.published, month, direction(span, self.text)))

    def _year(self, match: Match, span: Span):
        return "DATE", cal.year_value(int(match.groups["y"]))

    def _decade(self, match: Match, span: Span):
        return "DATE", None  # FORMAT.md has no decade granularity

    # ------------------------------------------------------------ relative to publication
    def _weekday(self, match: Match, span: Span):
        g = match.groups
        if "pl" in g:
            return "SET", None
        if self.published is None:
            return "DATE", None
        weekday = [w[:3] for w in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")].index(g["wd"][:3].lower())
        mod = " ".join(g.get("mod", "").lower().split())
        if mod in ("last", "this past"):
            found = cal.weekday_near(self.published, weekday, PAST, strict=True)
        elif mod in ("next", "this coming"):
            found = cal.weekday_near(self.published, weekday, FUTURE, strict=True)
        else:
            way = direction(span, self.text) or (FUTURE if mod == "this" else PAST)
            found = cal.weekday_near(self.published, weekday, way)
        return "DATE", cal.day_value(found)

    def _deictic(self, match: Match, span: Span):
        if self.published is None:
            return "DATE", None
        offset = _DEICTIC_DAYS[match.groups["word"].split()[0].lower()]
        return "DATE", cal.day_value(self.published + dt.timedelta(days=offset))

    def _rel_unit(self, match: Match, span: Span):
        g = match.groups
        rel, unit = " ".join(g.get("rel", "this").lower().split()), g["unit"].lower()
        prev = span.doc[span.start - 1].lower_ if span.start else ""
        if rel == "last" and prev in ("the", "past"):
            return "DURATION", None  # "over the last year"
        if self.published is None:
            return "DATE", None
        offset = _OFFSETS[rel]
        if unit == "weekend":
            return "DATE", self._weekend(offset, span)
        base = cal.day_value(self.published) if unit != "month" else cal.month_value(
            self.published.year, self.published.month)
        return "DATE", cal.shift_value(base, unit, offset)

    def _weekend(self, offset: int, span: Span) -> str:
        if offset:
            saturday = cal.weekday_near(self.published, 5, PAST if offset < 0 else FUTURE, strict=True)
        else:
            saturday = cal.weekday_near(self.published, 5, direction(span, self.text) or PAST)
        return cal.week_value(saturday)

    def _ago(self, match: Match, span: Span):
        count = count_of(match.groups["n"])
        if self.published is None or count is None:
            return "DATE", None
        return "DATE", cal.shift_value(cal.day_value(self.published), match.groups["unit"].lower(), -count)

    def _season(self, match: Match, span: Span):
        g = match.groups
        if "y" in g:
            return "DATE", cal.year_value(int(g["y"]))
        if self.published is None:
            return "DATE", None
        rel, start = g["rel"].lower(), _SEASON_START[g["season"].lower()]
        if rel == "this":
            return "DATE", cal.year_value(self.published.year)
        year, _ = cal.month_near(self.published, start, PAST if rel == "last" else FUTURE, strict=True)
        return "DATE", cal.year_value(year)

    def _holiday(self, match: Match, span: Span):
        if self.published is None:
            return "DATE", None
        rule = HOLIDAYS[" ".join(match.groups["h"].lower().replace("’", "'").split())]
        way = direction(span, self.text)
        options = [_holiday_date(rule, self.published.year + k) for k in (-1, 0, 1)]
        found = _pick(options, self.published, way)
        return "DATE", cal.day_value(found) if found else None

    # ------------------------------------------------------------ relative to an earlier date
    def _anaphor(self, match: Match, span: Span):
        g = match.groups
        det = g["det"].lower().split()[-1]
        offset = _OFFSETS[g.get("dir", det).lower()]
        prev = span.doc[span.start - 1].lower_ if span.start else ""
        if offset > 0 and prev in _DURATION_PREPS and "dir" not in g:
            return "DURATION", None
        return "DATE", self._shift_last(g["unit"].lower(), offset)

    def _shift(self, match: Match, span: Span):
        count = count_of(match.groups["n"])
        offset = _OFFSETS[match.groups["dir"].lower()]
        if count is None:
            return "DATE", None
        return "DATE", self._shift_last(match.groups["unit"].lower(), offset * count)

    def _shift_last(self, unit: str, offset: int) -> str | None:
        """The last resolved date fine enough for unit, moved by offset units."""
        unit = {"night": "day", "morning": "day", "afternoon": "day", "evening": "day",
                "weekend": "week"}.get(unit, unit)
        order = ("day", "week", "month", "year")
        for value in reversed(self.last):
            if value is None:
                return None  # the date referred back to could not be resolved: no guess
            grain = cal.granularity(value)
            if order.index(grain) <= order.index(unit):
                return cal.shift_value(value, unit, offset)
        return None


def _by_weekday(anchor: dt.date, month: int, day: int, weekday: str | None) -> dt.date | None:
    """The one year around anchor in which month/day falls on the stated weekday, if exactly one."""
    if not weekday:
        return None
    index = [w[:3] for w in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")].index(weekday[:3].lower())
    fits = [d for d in (cal.safe_date(anchor.year + k, month, day) for k in (-1, 0, 1)) if d and d.weekday() == index]
    return fits[0] if len(fits) == 1 else None


def _holiday_date(rule, year: int) -> dt.date:
    if isinstance(rule, tuple):
        return dt.date(year, *rule)
    return cal.easter(year) + dt.timedelta(days=rule)


def _pick(options: list[dt.date], anchor: dt.date, way: str | None) -> dt.date | None:
    if way == PAST:
        return max((d for d in options if d <= anchor), default=None)
    if way == FUTURE:
        return min((d for d in options if d >= anchor), default=None)
    return min(options, key=lambda d: abs((d - anchor).days))

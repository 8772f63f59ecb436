"""Surface patterns of time expressions, found with regexes compiled once per process.

:func:`find_matches` returns every :class:`Match` over the text, overlapping ones included;
the caller keeps the longest and checks context with the parse. Month, weekday and number
words are small closed classes, so they live here as constants rather than in data files.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import numpy
from spacy.attrs import IDX, LENGTH, LOWER, SHAPE
from spacy.strings import hash_string
from spacy.tokens import Doc

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
               "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# Fixed-date and Easter-based holidays: (month, day) or an offset in days from Easter Sunday.
HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "new year's day": (1, 1), "new year's eve": (12, 31), "boxing day": (12, 26),
            "valentine's day": (2, 14), "halloween": (10, 31),
            "easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}

# --------------------------------------------------------------------- building blocks
_MON_FULL = "|".join(m.capitalize() for m in MONTHS) + "|" + "|".join(m.upper() for m in MONTHS)
_MON_ABBR = "|".join(a.capitalize() for a in _MONTH_ABBR) + "|" + "|".join(a.upper() for a in _MONTH_ABBR)
_MON = rf"(?:{_MON_FULL}|(?:{_MON_ABBR})\.?)"
_WD = "|".join(w.capitalize() for w in WEEKDAYS) + "|" + "|".join(w.upper() for w in WEEKDAYS)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])(?![.,]\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d,]\d)"
_NUM = r"(?:" + "|".join(NUMBER_WORDS) + r"|\d+|a\s+few|several|a\s+couple\s+of)"
_UNIT = r"(?:second|minute|hour|day|night|week|month|year|decade|century)"
_PARTS = r"(?:morning|afternoon|evening|night)"
_DMY = rf"(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<y>{_YEAR}))?\b"
_I = "(?i:{})".format
_PARTS_I = _I(_PARTS)
_WD_MOD = _I(r"last|next|this(?:\s+past|\s+coming)?")


_WINDOW = 60  # characters around a trigger word; the longest pattern spans about 45
_SPACE = re.compile(r"\s")
_UNITS = "second minute hour day night week weekend month year decade morning afternoon evening".split()
# Trigger words by class; a pattern runs only in windows holding a word of one of its classes.
_TRIGGER_CLASS = {
    **{w: "M" for w in (*MONTHS, *_MONTH_ABBR)},
    **{w: "W" for w in (*WEEKDAYS, *(d + "s" for d in WEEKDAYS))},
    **{w: "U" for w in (*_UNITS, *(u + "s" for u in _UNITS), "century", "centuries")},
    **{w: "D" for w in ("today", "tonight", "yesterday", "tomorrow")},
    **{w: "H" for w in ("christmas", "easter", "halloween", "boxing", "valentine")},
    **{w: "S" for w in ("summer", "winter", "spring", "autumn", "fall")},
    **{w: "R" for w in ("daily", "weekly", "monthly", "yearly", "annually", "nightly", "hourly")},
    **{w: "C" for w in ("a.m", "p.m", "am", "pm", "gmt", "utc")},
}


@dataclass(frozen=True)
class Match:
    """One pattern hit: character span, kind and the named groups that matched."""

    start: int
    end: int
    kind: str
    groups: dict = field(default_factory=dict, compare=False, hash=False)


_PATTERNS: tuple[tuple[str, str, str], ...] = (  # kind, trigger classes, regex
    ("iso", "Y", rf"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
    ("numeric", "Y", rf"\b(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<y>{_YEAR})"),
    ("mdy", "M", rf"\b(?P<mon>{_MON})\s+(?P<d>{_DAY})(?:\s*[-–]\s*{_DAY})?(?:,?\s+(?P<y>{_YEAR}))?"),
    ("dmy", "M", rf"\b{_DMY}"),
    ("mdy", "M", rf"\b(?P<wd>{_WD}),?\s+(?P<mon>{_MON})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"),
    ("dmy", "M", rf"\b(?P<wd>{_WD}),?\s+{_DMY}"),
    ("my", "M", rf"\b(?P<mon>{_MON})\s+(?:of\s+)?(?P<y>{_YEAR})"),
    ("month_rel_year", "M", rf"\b(?P<mon>{_MON_FULL})\s+(?P<rel>{_I('last|this|next')})\s+{_I('year')}\b"),
    ("month", "M", rf"\b(?:(?P<mod>{_I('last|next|this|early|mid|late')})(?:\s+|-))?(?P<mon>{_MON_FULL})\b"),
    ("weekday", "W", rf"\b(?:(?P<mod>{_WD_MOD})\s+)?(?P<wd>{_WD})"
                rf"(?:(?P<pl>s\b)|(?P<pos>['’]s\b))?(?:\s+(?P<part>{_PARTS_I}))?\b"),
    ("deictic", "D", _I(rf"\b(?P<word>today|tonight|yesterday|tomorrow)(?:\s+{_PARTS})?\b")),
    ("deictic", "U", _I(rf"\b(?P<word>last\s+night|this\s+{_PARTS})\b")),
    ("rel_unit", "U", _I(r"\b(?:(?P<pre>earlier|later)\s+)?(?P<rel>this\s+past|this|last|next)\s+"
                    r"(?P<unit>week|month|year|weekend)\b")),
    ("rel_unit", "U", _I(r"\b(?:over|at|during|on|through|throughout)\s+(?P<rel>the)\s+(?P<unit>weekend)\b")),
    ("rel_unit", "U", _I(r"\b(?P<pre>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)\b")),
    ("rel_unit", "U", _I(r"\b(?:the\s+)?(?:start|beginning|end|middle|turn)\s+of\s+(?P<rel>the|this|next|last)\s+"
                    r"(?P<unit>week|month|year)\b")),
    ("ago", "U", _I(rf"\b(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+ago\b")),
    ("anaphor", "U", _I(rf"\b(?P<det>that\s+same|that|the\s+same|the\s+previous|the\s+preceding|the\s+next|"
                        rf"the\s+following)\s+(?P<unit>day|{_PARTS}|week|weekend|month|year)\b(?![-‐])")),
    ("anaphor", "U", _I(r"\b(?P<det>the)\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after)\b")),
    ("shift", "U", _I(rf"\b(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier)\b")),
    ("year", "Y", rf"\b(?P<y>{_YEAR})\b(?!\s*%)"),
    ("decade", "Y", rf"\b(?:the\s+)?(?P<y>(?:1[89]|20)\d0)['’]?s\b"),
    ("season", "S", _I(r"\b(?P<rel>last|this|next)\s+(?P<season>summer|winter|spring|autumn|fall)\b")),
    ("season", "S", rf"\b{_I('summer|winter|spring|autumn')}\s+(?:of\s+)?(?P<y>{_YEAR})"),
    ("holiday", "HWU", r"\b(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Boxing\s+Day|"
                r"Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Valentine['’]s\s+Day|Halloween)\b"),
    # not DATE: durations, sets, clock times
    ("duration", "U", _I(rf"\b(?P<n>{_NUM}|\d+(?:\.\d+)?|many|few)[\s-]+(?P<unit>{_UNIT})s?(?:-(?P<old>old|long))?\b")),
    ("duration", "U", _I(rf"\bthe\s+(?:(?:past|last|coming)\s+(?:(?:few|{_NUM})\s+)?{_UNIT}s?|"
                    rf"(?:next|previous|following)\s+(?:few|{_NUM})\s+{_UNIT}s)\b")),
    ("duration", "U", _I(r"\b(?:for|in|over)\s+(?:years|months|weeks|days|decades|hours)\b")),
    ("set", "UW", _I(rf"\b(?:every|each)\s+(?:other\s+)?(?:{_PARTS}|day|week|weekend|month|year|{_WD})\b")),
    ("set", "UW", _I(rf"\b(?:once|twice|{_NUM}\s+times)\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b")),
    ("set_word", "R", _I(r"\b(?:daily|weekly|monthly|yearly|annually|nightly|hourly)\b")),
    ("time", "C", _I(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)")),
    ("time", "C", _I(r"\b(?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC|local\s+time)\b")),
)


@functools.cache
def _compiled() -> tuple[tuple[str, frozenset, re.Pattern], ...]:
    return tuple((kind, frozenset(classes), re.compile(pattern)) for kind, classes, pattern in _PATTERNS)


def find_matches(text: str, doc: Doc) -> list[Match]:
    """Every pattern hit in text (doc's text; overlaps included), in no particular order.

    The patterns run only in windows around trigger words (months, weekdays, units, years)
    and only those whose trigger class is in the window, which is 10-20 times faster than
    running some thirty regexes over the whole text.
    """
    found = []
    for start, end, present in _windows(text, _triggers(doc)):
        for kind, classes, pattern in _compiled():
            if not classes & present:
                continue
            for m in pattern.finditer(text, start, end):
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                found.append(Match(m.start(), m.end(), kind, groups))
    return found


def _triggers(doc: Doc) -> list[tuple[int, int, str]]:
    """(offset, length, class) of doc's trigger tokens, selected with numpy over token
    attributes rather than a Python loop over every token."""
    if not len(doc):
        return []
    table = _trigger_hashes()
    rows = doc.to_array([LOWER, SHAPE, IDX, LENGTH])
    shapes = numpy.unique(rows[:, 1])
    year_shapes = [h for h in shapes if "dddd" in doc.vocab.strings[int(h)]]
    keep = numpy.isin(rows[:, 0], numpy.fromiter(table, dtype=rows.dtype)) | numpy.isin(rows[:, 1], year_shapes)
    return [(int(idx), int(length), table.get(int(lower), "Y"))
            for lower, _, idx, length in rows[numpy.flatnonzero(keep)]]


@functools.cache
def _trigger_hashes() -> dict[int, str]:
    """Trigger class by the spaCy hash of the lower-cased word ("oct" and "oct.")."""
    table = {}
    for word, kind in _TRIGGER_CLASS.items():
        table[hash_string(word)] = kind
        table[hash_string(word + ".")] = kind
    return table


def _windows(text: str, triggers: list[tuple[int, int, str]]) -> list[tuple[int, int, set]]:
    """Merged character windows around trigger words with the trigger classes inside, each
    ending at whitespace (so that a \\b at the window's end is a real word boundary)."""
    spans: list[list] = []
    for offset, length, kind in triggers:
        start, end = max(0, offset - _WINDOW), offset + length + _WINDOW
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
            spans[-1][2].add(kind)
        else:
            spans.append([start, end, {kind}])
    return [(start, _to_space(text, end), kinds) for start, end, kinds in spans]


def _to_space(text: str, end: int) -> int:
    if end >= len(text):
        return len(text)
    space = _SPACE.search(text, end)
    return space.start() if space else len(text)


def month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation ("Sept.", "OCTOBER"), else None."""
    key = word.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS.index(key) + 1
    return _MONTH_ABBR.get(key)


def count_of(word: str) -> int | None:
    """The number a count word or numeral stands for ("two" -> 2, "a few" -> None)."""
    key = " ".join(word.lower().split())
    if key.isdigit():
        return int(key)
    return NUMBER_WORDS.get(key)


def day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group())

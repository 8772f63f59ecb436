"""Publication dates found in the text itself: "Updated: 27-01-2025", "Published on 3 March 2025",
a dated dateline ("KYIV, March 3, 2025 -").

Used when the metadata has no date. Only the head and tail of the text are searched (where
publishers print them), and only full dates with a year count: a dateline without a year is not
turned into a guess.
"""
from __future__ import annotations

import datetime as dt
import re

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTHS.update({name[:3]: n for name, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MON = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_LABEL = r"(?:published|updated|last updated|posted|first published|date)\s*(?:on|at)?\s*:?\s*"
_FORMS = [
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+(?P<y>(?:19|20)\d\d)",
    rf"{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)",
    r"(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})",
    r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>(?:19|20)\d\d)",  # day first, as most of the world writes
]
_LABELLED = [re.compile(_LABEL + form, re.IGNORECASE) for form in _FORMS]
# "KYIV, March 3, 2025 (Reuters) -" / "NAIROBI, 3 March 2025 -": upper-case place, comma, full date.
_DATELINE = [re.compile(r"^[A-Z][A-Z .'-]{2,40},(?:\s*[A-Z][a-z]+,)?\s*" + form, re.MULTILINE | re.IGNORECASE)
             for form in _FORMS[:2]]
_HEAD, _TAIL = 600, 400  # characters searched at each end: where bylines and "Updated:" lines sit


def date_from_text(text: str) -> dt.date | None:
    """The publication date printed in text, or None when it prints none with a year."""
    zones = (text[:_HEAD], text[-_TAIL:])
    for patterns in (_LABELLED, _DATELINE):
        for zone in zones:
            for pattern in patterns:
                match = pattern.search(zone)
                if match and (date := _to_date(match)):
                    return date
    return None


def _to_date(match: re.Match) -> dt.date | None:
    parts = match.groupdict()
    month = _MONTHS.get(parts["mon"].lower()) if parts.get("mon") else int(parts["m"])
    try:
        return dt.date(int(parts["y"]), month, int(parts["d"]))
    except (TypeError, ValueError):
        return None

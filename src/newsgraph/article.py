"""The input side of the contract: one article to read (FORMAT.md, "Input documents")."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .errors import InputError


@dataclass(frozen=True)
class Article:
    """One document: its text exactly as given, plus metadata.

    Record offsets always index ``text``. ``published`` anchors relative dates;
    when it is None relative dates resolve to null, never to a guess.
    """

    doc_id: str
    text: str
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    meta: dict = field(default_factory=dict, compare=False)


def parse_published(value: object, *, where: str = "published") -> dt.date | None:
    """``YYYY-MM-DD`` (a longer ISO timestamp is cut to its date), or None for null/empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InputError(f"{where}={value!r}, expected a date YYYY-MM-DD or null")

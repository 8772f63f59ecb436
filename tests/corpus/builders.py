"""Build Records by hand from short texts, so corpus tests do not depend on extraction quality."""
from __future__ import annotations

import re

from newsgraph.record import Entity, Event, Figure, Place, Record


def spans(text: str, name: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(re.escape(name), text)]


def anchor(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def record(doc_id: str, published: str, source: str, text: str, *, places=(), entities=(), figures=(),
           events=()) -> Record:
    """places: (name, country, feature); entities: (name, type); figures/events: dicts with an 'anchor'."""
    return Record(
        doc_id=doc_id, published=published, source=source, text=text,
        places=[Place(name=n, country=c, feature=f, mentions=spans(text, n)) for n, c, f in places],
        entities=[Entity(name=n, type=t, mentions=spans(text, n)) for n, t in entities],
        figures=[_figure(text, **f) for f in figures],
        events=[_event(text, **e) for e in events],
    )


def _figure(text: str, anchor_text: str, **fields) -> Figure:
    start, end = anchor(text, anchor_text)
    return Figure(text=anchor_text, start=start, end=end, **fields)


def _event(text: str, anchor_text: str, **fields) -> Event:
    start, end = anchor(text, anchor_text)
    return Event(trigger=anchor_text, start=start, end=end, **fields)

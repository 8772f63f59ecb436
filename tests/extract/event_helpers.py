"""Helpers shared by the events tests."""
from __future__ import annotations


def events_of(extract, text, type_=None):
    """The events extracted from text, of one type when type_ is given."""
    return [e for e in extract(text).events if type_ is None or e.type == type_]


def one_event(extract, text, type_):
    """The one event of type_ in text (fails, listing what was found, when there is not exactly one)."""
    found = events_of(extract, text, type_)
    assert len(found) == 1, [(e.type, e.trigger) for e in extract(text).events]
    return found[0]

"""Cross-article analysis over Records: stories, canonical events, figure series, contradictions.

Everything here reads only :class:`~newsgraph.record.Record` objects (with ``text`` set when the
article text is known), so it works the same on records from the store, from JSON Lines, or built
by hand in tests.
"""
from __future__ import annotations

from .contradictions import Contradiction, find_contradictions
from .events import CanonicalEvent, dedup_events
from .series import Series, SeriesPoint, figure_series
from .stories import Story, cluster_stories

__all__ = [
    "CanonicalEvent", "Contradiction", "Series", "SeriesPoint", "Story",
    "cluster_stories", "dedup_events", "figure_series", "find_contradictions",
]

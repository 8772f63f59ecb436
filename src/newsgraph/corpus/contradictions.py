"""Contradiction flags: two sources giving different values for the same quantity at the same time.

Within one figure series, two points contradict when they have the same date, come from different
sources - different articles whose (outlet, claimant) differ, or two named claimants inside one
article ("police put the toll at 6, local media at 9") - and their value intervals do not overlap:
"more than 100" and 120 agree, 100 and 120 do not; "about" allows 10% either way; vague amounts
("hundreds") never contradict anything.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from itertools import combinations

from .series import Series, SeriesPoint

_ABOUT = 0.10  # "about 100" is read as 90-110


@dataclass
class Contradiction:
    series_id: int
    story_id: int | None
    category: str
    subject: str
    place: str | None
    date: str | None
    a: SeriesPoint
    b: SeriesPoint

    @property
    def relative_difference(self) -> float:
        va, vb = _central(self.a), _central(self.b)
        return abs(va - vb) / max(abs(va), abs(vb), 1.0)

    def to_dict(self) -> dict:
        out = {k: getattr(self, k) for k in ("series_id", "story_id", "category", "subject", "place", "date")}
        out["relative_difference"] = round(self.relative_difference, 3)
        return out | {"a": asdict(self.a), "b": asdict(self.b)}


def find_contradictions(series: list[Series]) -> list[Contradiction]:
    """Every contradicting pair of points, largest relative difference first."""
    found = []
    for s in series:
        for a, b in combinations(s.points, 2):
            if _contradict(a, b):
                found.append(Contradiction(s.series_id, s.story_id, s.category, s.subject, s.place, a.date, a, b))
    found.sort(key=lambda c: -c.relative_difference)
    return found


def _contradict(a: SeriesPoint, b: SeriesPoint) -> bool:
    if a.date is None or a.date != b.date or (a.outlet, a.claimant) == (b.outlet, b.claimant):
        return False
    if a.doc_id == b.doc_id and not (a.claimant and b.claimant):
        return False  # one article restating its own figure, or updating it, is not two sources
    ia, ib = interval(a), interval(b)
    return ia is not None and ib is not None and (ia[1] < ib[0] or ib[1] < ia[0])


def interval(point: SeriesPoint) -> tuple[float, float] | None:
    """The values a point allows, or None when it allows too much to contradict anything."""
    v, approx = point.value, point.approx
    if approx == "vague":
        return None
    if approx == "range" or v is None:
        low, high = point.low, point.high
        return (low if low is not None else -math.inf, high if high is not None else math.inf) \
            if low is not None or high is not None else None
    bounds = {"exact": (v, v), "more_than": (v + 1e-9, math.inf), "at_least": (v, math.inf),
              "less_than": (-math.inf, v - 1e-9), "at_most": (-math.inf, v),
              "about": (v * (1 - _ABOUT), v * (1 + _ABOUT))}
    return bounds.get(approx, (v, v))


def _central(point: SeriesPoint) -> float:
    if point.value is not None:
        return point.value
    return point.low if point.low is not None else (point.high or 0.0)

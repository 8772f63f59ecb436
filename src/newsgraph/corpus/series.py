"""Figure series: the same quantity reported over time, per source.

A quantity is (story, category, subject, place, scope):
- story: the story cluster of the article (a toll in one story is not the toll of another);
- subject: the head noun of the figure's subject, singular, with generic heads ("people",
  "persons") folded into one;
- place: the country of the place named in the figure's sentence, else of the article's most
  mentioned place (country level, so "Mandalay" in one report and "Myanmar" in another agree);
- scope: a time window the sentence gives the count - "since <X>" or "24h" (past day, overnight) -
  or "" for the running total ("since the war began" included) or the incident's count.
Each point is dated by the figure's own ``date`` when the figures layer resolved one, else by the
day-precise time expression nearest to it in its sentence ("rose to 2,886 on Tuesday"; not a
"since ..." start), else by the article's publication date. A series is kept when it has
``min_points`` points and says something over time or across sources: two dates or two articles.
Money and aid are left out unless asked for: pledges by different donors are not one quantity.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field

from ..record import Figure, Place, Record
from .stories import Story, cluster_stories, story_index
from .text import name_key, sentence_bounds

_GENERIC_HEADS = {"people", "person", "persons", "individual", "individuals", "victim", "victims", ""}
_SINCE = re.compile(r"\bsince\s+((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)(?=\s*(?:[,.;:]|$|\s+(?:and|but|the|according|said|says)\b))", re.I)
_WAR_BEGAN = re.compile(r"^(?:the )?(?:start|beginning|outbreak) of (?:the )?(\w+)$|^(?:the )?(\w+) (?:began|started|broke out)$")
_SINCE_BEFORE = re.compile(r"\b(?:since|from|until|till)\s*$", re.I)
DEFAULT_CATEGORIES = frozenset({"killed", "injured", "missing", "held", "abducted", "released", "arrested",
                                "displaced", "participants", "personnel", "projectiles", "destroyed"})
_DAY = re.compile(r"\b(?:past|last|previous)\s+(?:24|twenty-four)\s+hours\b|\bovernight\b|\bin (?:the )?past day\b", re.I)


@dataclass
class SeriesPoint:
    """One report of the quantity."""

    date: str | None
    value: float | None
    low: float | None
    high: float | None
    approx: str
    claimant: str | None  # who the article says claims it (figure.source)
    outlet: str | None  # the publishing source (record.source)
    doc_id: str
    figure_idx: int
    published: str | None
    text: str
    dated_by: str  # "figure" (its own date), "sentence" (a date in its sentence) or "published"


@dataclass
class Series:
    """Reports of one quantity, oldest first."""

    series_id: int
    story_id: int | None
    category: str
    subject: str
    place: str | None  # ISO country code, or a place name when no country is known
    scope: str
    unit: str | None = None
    points: list[SeriesPoint] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        return (self.story_id, self.category, self.subject, self.place, self.scope, self.unit)

    def to_dict(self) -> dict:
        return {"series_id": self.series_id, "story_id": self.story_id, "category": self.category,
                "subject": self.subject, "place": self.place, "scope": self.scope, "unit": self.unit,
                "n_points": len(self.points), "points": [asdict(p) for p in self.points]}


def figure_series(records: list[Record], stories: list[Story] | None = None, *, min_points: int = 2,
                  categories: set[str] | None = None) -> list[Series]:
    """Series with at least ``min_points`` points over two dates or articles, longest first."""
    categories = categories or DEFAULT_CATEGORIES
    stories_of = story_index(stories if stories is not None else cluster_stories(records))
    found: dict[tuple, Series] = {}
    for record in records:
        story = stories_of.get(record.doc_id)
        default_place = _main_place(record)
        for idx, figure in enumerate(record.figures):
            if figure.category not in categories:
                continue
            key = (story, figure.category, subject_key(figure.subject),
                   _figure_place(record, figure) or default_place, _scope(record, figure), figure.unit)
            series = found.setdefault(key, Series(0, *key))
            series.points.append(_point(record, idx, figure))
    kept = [s for s in found.values() if len(s.points) >= min_points and _over_time_or_sources(s, min_points)]
    for s in kept:
        s.points.sort(key=lambda p: (p.date or "9999", p.published or "9999", p.doc_id, p.figure_idx))
    kept.sort(key=lambda s: (-len(s.points), s.key[1:], s.story_id or 0))
    for n, s in enumerate(kept, start=1):
        s.series_id = n
    return kept


def subject_key(subject: str | None) -> str:
    """The head noun of a subject, roughly singular; generic heads ('people') become ''."""
    words = name_key(subject).split()
    head = words[-1] if words else ""
    if head in _GENERIC_HEADS:
        return ""
    if head.endswith("ies") and len(head) > 4:
        return head[:-3] + "y"
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def _over_time_or_sources(series: Series, min_points: int) -> bool:
    """Several figures of one article on one date are usually different quantities, not a series."""
    return min_points < 2 or len({p.date for p in series.points}) > 1 or len({p.doc_id for p in series.points}) > 1


def _point(record: Record, idx: int, figure: Figure) -> SeriesPoint:
    sentence_date = None if figure.date else _sentence_date(record, figure)
    dated_by = "figure" if figure.date else "sentence" if sentence_date else "published"
    return SeriesPoint(
        date=figure.date or sentence_date or record.published, value=figure.value, low=figure.low, high=figure.high,
        approx=figure.approx, claimant=figure.source, outlet=record.source, doc_id=record.doc_id,
        figure_idx=idx, published=record.published, text=figure.text, dated_by=dated_by,
    )


def _sentence_date(record: Record, figure: Figure) -> str | None:
    """The value of the day-precise DATE nearest the figure in its sentence, skipping 'since X'."""
    start, end, _ = _sentence(record, figure)
    candidates = [(min(abs(t.start - figure.end), abs(figure.start - t.end)), t.value) for t in record.times
                  if t.type == "DATE" and t.value and len(t.value) == 10 and start <= t.start and t.end <= end
                  and not _window_start(record, t)]
    return min(candidates)[1] if candidates else None


def _window_start(record: Record, time) -> bool:
    """True for the start of a window ('since Friday', 'from Sunday'): not the day of the count."""
    if time.text.lower().startswith(("since ", "from ")):
        return True
    return bool(record.text and _SINCE_BEFORE.search(record.text, max(0, time.start - 8), time.start))


def _sentence(record: Record, figure: Figure) -> tuple[int, int, str]:
    if not record.text:
        return figure.start, figure.end, figure.text
    start, end = sentence_bounds(record.text, figure.start, figure.end)
    return start, end, record.text[start:end]


def _figure_place(record: Record, figure: Figure) -> str | None:
    place = place_in_sentence(record, figure.start, figure.end)
    return _place_key(place) if place else None


def place_in_sentence(record: Record, start: int, end: int) -> Place | None:
    """The place mentioned nearest to ``[start, end)`` within its sentence (None without text)."""
    if not record.text:
        return None
    left, right = sentence_bounds(record.text, start, end)
    near = [(abs(s - start), p) for p in record.places for s, e in p.mentions if left <= s and e <= right]
    return min(near, key=lambda t: t[0])[1] if near else None


def _main_place(record: Record) -> str | None:
    counts = Counter()
    for place in record.places:
        counts[_place_key(place)] += len(place.mentions) or 1
    counts.pop(None, None)
    return counts.most_common(1)[0][0] if counts else None


def _place_key(place) -> str | None:
    return place.country or name_key(place.name) or None


def _scope(record: Record, figure: Figure) -> str:
    """'since <...>' or '24h' when the sentence bounds the count in time, else ''."""
    _, _, sentence = _sentence(record, figure)
    if _DAY.search(sentence):
        return "24h"
    match = _SINCE.search(sentence)
    if not match:
        return ""
    phrase = name_key(match.group(1))
    began = _WAR_BEGAN.match(phrase)
    return "" if began else f"since {phrase}"  # "since the war began" is the running total

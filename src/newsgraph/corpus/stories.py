"""Story clustering: articles about the same events, by date, shared actors and places, and text.

Two articles are linked when they were published within ``window_days`` of each other and

    similarity = 0.6 * cosine(TF-IDF of their texts) + 0.2 * jaccard(actors) + 0.2 * jaccard(places)

reaches ``threshold``; stories are the connected components of these links (single linkage).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from ..record import Record
from .text import cosine, jaccard, name_key, parse_date, tfidf_vectors

DEFAULT_WINDOW_DAYS = 4
# Chosen on hand-written pairs: two outlets' reports of one attack score 0.35-0.6, unrelated
# reports from the same country 0.05-0.2 (their shared country name is the only overlap).
DEFAULT_THRESHOLD = 0.28
_WEIGHTS = (0.6, 0.2, 0.2)  # text, actors, places


@dataclass
class Story:
    """A set of articles about the same events."""

    story_id: int
    doc_ids: list[str]
    first: str | None = None  # earliest publication date
    last: str | None = None
    outlets: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)  # most mentioned first
    places: list[str] = field(default_factory=list)
    title: str | None = None

    def to_dict(self) -> dict:
        return {"story_id": self.story_id, "n_docs": len(self.doc_ids), "first": self.first, "last": self.last,
                "title": self.title, "doc_ids": self.doc_ids, "outlets": self.outlets,
                "actors": self.actors, "places": self.places}


def cluster_stories(records: list[Record], *, window_days: int = DEFAULT_WINDOW_DAYS,
                    threshold: float = DEFAULT_THRESHOLD) -> list[Story]:
    """Group ``records`` into stories, largest first; every record is in exactly one story."""
    vectors = tfidf_vectors([_story_text(r) for r in records])
    actors = [_actor_keys(r) for r in records]
    places = [_place_keys(r) for r in records]
    dates = [parse_date(r.published) for r in records]
    parent = list(range(len(records)))
    for i, j in _candidate_pairs(dates, window_days):
        score = (_WEIGHTS[0] * cosine(vectors[i], vectors[j]) + _WEIGHTS[1] * jaccard(actors[i], actors[j])
                 + _WEIGHTS[2] * jaccard(places[i], places[j]))
        if score >= threshold:
            parent[_root(parent, i)] = _root(parent, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(records)):
        groups.setdefault(_root(parent, i), []).append(i)
    ordered = sorted(groups.values(), key=lambda g: (-len(g), _sort_date(records[g[0]]), records[g[0]].doc_id))
    return [_story(n, [records[i] for i in g]) for n, g in enumerate(ordered, start=1)]


def story_index(stories: list[Story]) -> dict[str, int]:
    """doc_id -> story_id."""
    return {doc_id: s.story_id for s in stories for doc_id in s.doc_ids}


def _candidate_pairs(dates: list[dt.date | None], window_days: int):
    """Index pairs published within the window (undated articles pair with everything)."""
    order = sorted(range(len(dates)), key=lambda i: (dates[i] is not None, dates[i] or dt.date.min))
    for a, i in enumerate(order):
        for j in order[a + 1:]:
            if dates[i] and dates[j] and (dates[j] - dates[i]).days > window_days:
                break
            yield i, j


def _story_text(record: Record) -> str:
    if record.text:
        return f"{record.title or ''}\n{record.text}"
    parts = [record.title or ""] + [q.text for q in record.quotes] + [f.text for f in record.figures]
    return "\n".join(parts + [e.trigger for e in record.events])


def _actor_keys(record: Record) -> set[str]:
    keys = {name_key(e.name) for e in record.entities}
    keys |= {name_key(a) for ev in record.events for a in ev.source + ev.target}
    return keys - {""}


def _place_keys(record: Record) -> set[str]:
    """Places below country level; the countries only when nothing finer is named."""
    fine = {name_key(p.name) for p in record.places if p.feature != "country"}
    return fine or {name_key(p.name) for p in record.places}


def _story(story_id: int, records: list[Record]) -> Story:
    dates = sorted(r.published for r in records if r.published)
    actors = Counter(e.name for r in records for e in r.entities for _ in range(max(1, len(e.mentions))))
    places = Counter(p.name for r in records for p in r.places for _ in range(max(1, len(p.mentions))))
    first = min(records, key=_sort_date)
    return Story(
        story_id=story_id, doc_ids=[r.doc_id for r in sorted(records, key=_sort_date)],
        first=dates[0] if dates else None, last=dates[-1] if dates else None,
        outlets=sorted({r.source for r in records if r.source}),
        actors=[name for name, _ in actors.most_common(5)], places=[name for name, _ in places.most_common(5)],
        title=first.title or _lead(first),
    )


def _lead(record: Record) -> str | None:
    """The first sentence-like line without its byline or dateline ("CITY, May 5 — "), cut to 70 chars."""
    if not record.text:
        return None
    line = next((ln.strip() for ln in record.text.splitlines()
                 if len(ln.split()) > 8 and not ln.lstrip().startswith("By ")), "")
    head, dash, rest = line.partition(" — ")
    if dash and len(head) < 40:
        line = rest
    return line[:70] + ("..." if len(line) > 70 else "") if line else None


def _sort_date(record: Record) -> tuple[str, str]:
    return (record.published or "9999", record.doc_id)


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i

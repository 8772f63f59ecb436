"""Event de-duplication: one canonical event per real-world event, with every supporting mention.

Mentions are merged only inside one story, and only when they agree: same PLOVER type, same
status, dates at most ``date_tolerance_days`` apart (or one unknown), the same place (or one
unknown, or one name containing the other), and - when both name source actors - at least one
shared source actor.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..record import Event, Record
from .stories import Story, cluster_stories, story_index
from .text import name_key, parse_date

DEFAULT_DATE_TOLERANCE = 1  # days: outlets date an overnight attack to either day


@dataclass
class EventMention:
    """One event item in one record."""

    doc_id: str
    event_idx: int
    trigger: str
    start: int
    end: int
    outlet: str | None
    published: str | None
    attributed_to: str | None
    event: Event = field(repr=False)


@dataclass
class CanonicalEvent:
    """An event as reported by one or more articles."""

    event_id: int
    story_id: int | None
    type: str
    mode: str | None
    status: str
    date: str | None
    place: str | None
    source: list[str]
    target: list[str]
    mentions: list[EventMention]

    @property
    def doc_ids(self) -> list[str]:
        return sorted({m.doc_id for m in self.mentions})

    @property
    def outlets(self) -> list[str]:
        return sorted({m.outlet for m in self.mentions if m.outlet})

    def to_dict(self) -> dict:
        return {"event_id": self.event_id, "story_id": self.story_id, "type": self.type, "mode": self.mode,
                "status": self.status, "date": self.date, "place": self.place, "source": self.source,
                "target": self.target, "n_mentions": len(self.mentions), "n_docs": len(self.doc_ids),
                "doc_ids": self.doc_ids, "outlets": self.outlets,
                "mentions": [{"doc_id": m.doc_id, "event_idx": m.event_idx, "trigger": m.trigger,
                              "start": m.start, "end": m.end, "outlet": m.outlet,
                              "attributed_to": m.attributed_to} for m in self.mentions]}


def dedup_events(records: list[Record], stories: list[Story] | None = None, *,
                 date_tolerance_days: int = DEFAULT_DATE_TOLERANCE) -> list[CanonicalEvent]:
    """Canonical events of ``records`` (grouped by ``stories`` when given), most supported first."""
    stories_of = story_index(stories if stories is not None else cluster_stories(records))
    groups: dict[tuple[int | None, str], list[list[EventMention]]] = {}
    for record in sorted(records, key=lambda r: (r.published or "9999", r.doc_id)):
        story = stories_of.get(record.doc_id)
        for idx, event in enumerate(record.events):
            mention = EventMention(record.doc_id, idx, event.trigger, event.start, event.end, record.source,
                                   record.published, event.attributed_to, event)
            candidates = groups.setdefault((story, event.type), [])
            home = next((g for g in candidates if _fits(g, event, date_tolerance_days)), None)
            if home is None:
                candidates.append([mention])
            else:
                home.append(mention)
    events = [_canonical(g, key[0]) for key, gs in groups.items() for g in gs]
    events.sort(key=lambda e: (-len(e.doc_ids), -len(e.mentions), e.date or "9999"))
    for n, event in enumerate(events, start=1):
        event.event_id = n
    return events


def _fits(group: list[EventMention], event: Event, tolerance: int) -> bool:
    """Whether ``event`` agrees with every mention already in ``group``."""
    return all(_agree(m.event, event, tolerance) for m in group)


def _agree(a: Event, b: Event, tolerance: int) -> bool:
    if a.type != b.type or a.status != b.status:
        return False
    da, db = parse_date(a.date), parse_date(b.date)
    if da and db and abs((da - db).days) > tolerance:
        return False
    pa, pb = name_key(a.place), name_key(b.place)
    if pa and pb and pa not in pb and pb not in pa:
        return False
    sa, sb = {name_key(x) for x in a.source}, {name_key(x) for x in b.source}
    return not (sa and sb and not sa & sb)


def _canonical(group: list[EventMention], story: int | None) -> CanonicalEvent:
    events = [m.event for m in group]
    return CanonicalEvent(
        event_id=0, story_id=story, type=events[0].type, mode=_most_common(e.mode for e in events),
        status=events[0].status, date=_most_common(e.date for e in events),
        place=_most_common(e.place for e in events), source=_union(e.source for e in events),
        target=_union(e.target for e in events), mentions=group,
    )


def _most_common(values) -> str | None:
    """The most frequent non-null value; ties go to the earliest seen."""
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _union(lists) -> list[str]:
    counts = Counter()
    names: dict[str, str] = {}
    for names_list in lists:
        for name in names_list:
            key = name_key(name)
            names.setdefault(key, name)
            counts[key] += 1
    return [names[k] for k, _ in counts.most_common()]

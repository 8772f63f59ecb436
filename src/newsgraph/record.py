"""The record model: ../shared/eval/FORMAT.md as code.

Every item points into ``Article.text`` with Python slice offsets. The JSON
written by :meth:`Record.to_json` is the canonical output: field order follows
FORMAT.md, keys are always present (null when unknown), and extra fields
(``subject``, ``feature``, ``mode`` ...) are documented in README.md.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Span = tuple[int, int]
EntityType = Literal["PERSON", "ORG"]
TimeType = Literal["DATE", "DURATION", "SET", "TIME"]
Approx = Literal["exact", "more_than", "at_least", "less_than", "at_most", "about", "range", "vague"]
FigureCategory = Literal[
    "killed", "injured", "missing", "held", "abducted", "released", "arrested", "displaced",
    "participants", "personnel", "projectiles", "destroyed", "aid", "money", "other",
]
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
EventStatus = Literal["occurred", "future", "hypothetical", "negated"]

APPROX_VALUES: tuple[str, ...] = Approx.__args__
FIGURE_CATEGORIES: tuple[str, ...] = FigureCategory.__args__
EVENT_TYPES: tuple[str, ...] = EventType.__args__
EVENT_STATUSES: tuple[str, ...] = EventStatus.__args__


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Entity(_Item):
    """A person or organisation, all its mentions merged."""

    name: str
    type: EntityType
    wikidata: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Place(_Item):
    """A toponym used as a location, geocoded."""

    name: str
    country: str | None = None  # ISO 3166-1 alpha-2; null for seas, straits, cross-border roads
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    feature: str | None = None  # country, region, city, district, neighbourhood, camp, crossing, road, ...
    mentions: list[Span] = Field(default_factory=list)


class TimeExpr(_Item):
    """A time expression resolved against the publication date."""

    text: str
    start: int
    end: int
    value: str | None = None  # YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY, or null
    type: TimeType = "DATE"


class Figure(_Item):
    """A count of people or things, with its hedge and who claims it."""

    text: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approx: Approx = "exact"
    category: FigureCategory = "other"
    subject: str | None = None
    source: str | None = None
    date: str | None = None
    unit: str | None = None  # currency code for money, "tonnes" ... (extra field)


class Quote(_Item):
    """Reported speech: ``start``/``end`` delimit the content in the text."""

    speaker: str | None = None
    cue: str | None = None
    text: str
    direct: bool = False
    start: int
    end: int


class Event(_Item):
    """A PLOVER event anchored on its trigger."""

    type: EventType
    mode: str | None = None
    trigger: str
    start: int
    end: int
    source: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    place: str | None = None
    date: str | None = None
    status: EventStatus = "occurred"
    attributed_to: str | None = None


class Record(_Item):
    """Everything newsgraph extracts from one article."""

    doc_id: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    schema_version: str = SCHEMA_VERSION
    entities: list[Entity] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    text: str | None = None  # kept when the text was extracted (HTML, WARC), so offsets stay checkable

    def to_json(self, *, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)

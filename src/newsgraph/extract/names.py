"""Actor names: normalisation, the bundled actor and metonym resources, and "who is this mention" look-ups.

Shared by the entities layer and the later layers (quotes, figures, events) that need to turn a surface
string or a character span into a canonical actor name:

    >>> canonical_actor("Hizbullah")
    'Hezbollah'
    >>> entity_at(entities, 120, 129).name      # the entity one of whose mentions covers the span
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files

from ..record import Entity

_RESOURCES = files("newsgraph.resources")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2013": "-", "\u2014": "-"})
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


# ----------------------------------------------------------------- normalisation
@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """text without diacritics ("Orbán" -> "Orban", "Szumiłowicz" -> "Szumilowicz")."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Comparison key of a name: folded, lower case, no punctuation, no leading "the", no possessive."""
    text = fold(text).translate(_APOSTROPHES).lower()
    text = re.sub(r"'s\b", "", text)
    text = _SPACES.sub(" ", _NON_WORD.sub(" ", text)).strip()
    return text[4:] if text.startswith("the ") else text


# ----------------------------------------------------------------- resources
@dataclass(frozen=True)
class ActorRow:
    """One line of actors.jsonl."""

    name: str
    type: str
    wikidata: str | None
    kind: str
    aliases: tuple[str, ...] = ()
    country: str | None = None

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class ActorIndex:
    """Every name and alias of actors.jsonl, keyed by :func:`name_key`."""

    rows: list[ActorRow]
    by_key: dict[str, ActorRow] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for row in self.rows:  # the canonical names first, so an alias never shadows another actor's name
            self.by_key.setdefault(name_key(row.name), row)
        for row in self.rows:
            for alias in row.aliases:
                self.by_key.setdefault(name_key(alias), row)

    def by_surname(self, surface: str) -> ActorRow | None:
        """The one resource person whose name ends with surface ("Netanyahu"), None if none or several."""
        return self._tables()[0].get(name_key(surface))

    def lookup(self, surface: str) -> ActorRow | None:
        """The actor whose name or alias is surface (case, accents and punctuation ignored)."""
        return self.by_key.get(name_key(surface))

    def armed_forces_of(self, country: str) -> ActorRow | None:
        """The national armed forces of an ISO country code, if the resource has them."""
        return self._tables()[1].get(country)

    def _tables(self) -> tuple[dict[str, ActorRow], dict[str, ActorRow]]:
        """Surname and armed-forces tables, built on first use and kept on the index (keying a cache on the
        row tuple hashed every row on every call)."""
        tables = self.__dict__.get("_cached_tables")
        if tables is None:
            rows = tuple(self.rows)
            tables = self.__dict__["_cached_tables"] = (_surnames(rows), _armed_forces(rows))
        return tables


@functools.cache
def _armed_forces(rows: tuple[ActorRow, ...]) -> dict[str, ActorRow]:
    table: dict[str, ActorRow] = {}
    for row in rows:
        if row.kind == "armed_forces" and row.country:
            table.setdefault(row.country, row)
    return table


@functools.cache
def _surnames(rows: tuple[ActorRow, ...]) -> dict[str, ActorRow]:
    """Last word of each person's name and multi-word aliases -> person; shared surnames are left out."""
    owners: dict[str, set[ActorRow]] = {}
    too_common = lexicon()["common_surnames"] | lexicon()["titles"]
    for row in rows:
        if row.type != "PERSON":
            continue
        for surface in row.surfaces:
            words = name_key(surface).split()
            if len(words) > 1 and len(words[-1]) > 3 and words[-1] not in too_common:
                owners.setdefault(words[-1], set()).add(row)
    return {key: next(iter(rows_)) for key, rows_ in owners.items() if len(rows_) == 1}


def _read_jsonl(name: str) -> Iterable[dict]:
    with (_RESOURCES / name).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


@functools.cache
def actor_index() -> ActorIndex:
    """actors.jsonl, loaded once per process."""
    rows = [
        ActorRow(r["name"], r["type"], r.get("wikidata"), r.get("kind", ""), tuple(r.get("aliases", [])), r.get("country"))
        for r in _read_jsonl("actors.jsonl")
    ]
    return ActorIndex(rows)


@dataclass(frozen=True)
class Government:
    """One line of metonyms.jsonl: a country's government and the places that stand for it."""

    country: str
    government: str
    adjective: str
    capitals: tuple[str, ...]
    buildings: tuple[str, ...]


@functools.cache
def governments() -> dict[str, Government]:
    """metonyms.jsonl keyed by ISO country code."""
    return {
        r["country"]: Government(r["country"], r["government"], r["adjective"], tuple(r.get("capitals", [])),
                                 tuple(r.get("buildings", [])))
        for r in _read_jsonl("metonyms.jsonl")
    }


@functools.cache
def metonym_table() -> dict[str, tuple[Government, bool]]:
    """name_key of a capital or building -> (its government, is_building)."""
    table: dict[str, tuple[Government, bool]] = {}
    for gov in governments().values():
        for capital in gov.capitals:
            table.setdefault(name_key(capital), (gov, False))
        for building in gov.buildings:
            table.setdefault(name_key(building), (gov, True))
    return table


@functools.cache
def country_keys() -> dict[str, str]:
    """name_key of a country name, alias or demonym -> ISO code (countries.jsonl, then metonyms.jsonl)."""
    table: dict[str, str] = {}
    for row in _read_jsonl("countries.jsonl"):  # the places layer's file: read only the fields named here
        iso = row.get("iso") or row.get("country")
        for name in [row.get("name") or "", *(row.get("aliases") or []), *(row.get("demonyms") or [])]:
            if name and iso:
                table.setdefault(name_key(name), iso)
    for gov in governments().values():
        if gov.adjective:  # the EU row ("Brussels") has none: it is not a country
            table.setdefault(name_key(gov.adjective), gov.country)
    return table


def country_of(surface: str) -> str | None:
    """ISO code when surface names a country or its people ("Russia's", "Emirati", "UAE"), else None."""
    return country_keys().get(name_key(surface))


def adjective_of(country: str) -> str | None:
    """The English adjective of a country ("RU" -> "Russian"), used in ministry and government names."""
    gov = governments().get(country)
    return gov.adjective if gov else None


@functools.cache
def lexicon() -> dict[str, frozenset[str]]:
    """entity_lexicon.json: titles, org nouns, place nouns, metonym cues ... as sets of lower-case words."""
    data = json.loads((_RESOURCES / "entity_lexicon.json").read_text(encoding="utf-8"))
    return {key: frozenset(values) for key, values in data.items() if isinstance(values, list)}


def known_place(surface: str) -> bool:
    """True when surface is the main name of a gazetteer place ("El Obeid", "Mariupol"): shared index with
    the places layer, so no extra load. Curated aliases and alternates are ignored (they include surnames)."""
    from ..gazetteer import PRIMARY, gazetteer

    return any(c.quality == PRIMARY for c in gazetteer().lookup(surface))


def is_region(surface: str, *, or_country: bool = False) -> bool:
    """True when surface is the name of a first-level region in the gazetteer ("Sindh", "Uttar Pradesh"),
    or with or_country of a country too ("Congo", which country_of leaves to context)."""
    from ..gazetteer import ALTERNATE, gazetteer

    gaz = gazetteer()
    features = ("region", "country") if or_country else ("region",)
    return any(c.quality > ALTERNATE and gaz.entries[c.entry].feature in features for c in gaz.lookup(surface))


# ----------------------------------------------------------------- look-ups for later layers
def canonical_actor(surface: str) -> str | None:
    """Canonical name of the resource actor (or government metonym) a surface string names, else None."""
    row = actor_index().lookup(surface)
    if row is not None:
        return row.name
    hit = metonym_table().get(name_key(surface))
    return hit[0].government if hit else None


def entity_at(entities: list[Entity], start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping [start, end); the one whose mention overlaps most wins."""
    best, best_overlap = None, 0
    for entity in entities:
        for m_start, m_end in entity.mentions:
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > best_overlap:
                best, best_overlap = entity, overlap
    return best


def entity_named(entities: list[Entity], surface: str) -> Entity | None:
    """The entity whose canonical name, or the canonical name of surface, equals surface's key."""
    key = name_key(surface)
    canon = canonical_actor(surface)
    for entity in entities:
        if name_key(entity.name) in (key, name_key(canon or "")):
            return entity
    return None

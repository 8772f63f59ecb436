"""Which place a toponym names: gazetteer candidates scored by prior and by the article's context.

The prior prefers an exact name over a loose alternate, countries and first-level regions over
towns, larger populations, and curated supplement rows (places in the news). Context then adds
weight for candidates in a country the article names ("Tripoli" next to Lebanon), near the article's
other unambiguous places, or in the US state of a US city it names (Georgia with Atlanta).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..gazetteer import ALTERNATE, GazEntry, Gazetteer, rough_km
from .place_spans import Mention, loose_floor

# Weights were set by hand on sentences like the tests' ("Tripoli" with and without Lebanon named,
# Georgia with and without Atlanta), then checked on the dev set; the context bonus (3) is meant to
# overturn the population prior between a capital and a mid-size city (log10 ratio about 1.5).
QUALITY_WEIGHT = {ALTERNATE: 0.0}  # other qualities (a name or curated alias): NAME_WEIGHT
NAME_WEIGHT = 2.0
FEATURE_WEIGHT = {"country": 3.0, "region": 1.0}
CURATED_WEIGHT = 1.0
CAPITAL_WEIGHT = 0.5
UNKNOWN_POPULATION = 2.0  # as for a town of 10,000 (0.5 * log10)
COUNTRY_CONTEXT = 3.0
LOCAL_COUNTRY = 4.0  # "Tripoli, Lebanon", "Tripoli in Libya"
STATE_CONTEXT = 3.0  # a US city of that state is named
NEAR_KM, NEAR_WEIGHT = 150.0, 2.0
REGION_KM, REGION_WEIGHT = 500.0, 1.0
CONFIDENT_MARGIN = 2.0  # a top candidate this far ahead of the next one is context for the others
# A non-curated town in a country the article never names, this far from all its other places, is a
# homonym of something the gazetteer lacks ("Bay region" in Somalia is not Bay in the Philippines);
# so is a small town far from everything else even in the right country (a neighbourhood of the
# article's city that shares a name with a town across the country).
ISOLATED_KM, ISOLATED_MAX_POPULATION = 1500.0, 1_000_000
FAR_KM, SMALL_TOWN = 800.0, 100_000
UNLOCATED = ("country", "water")  # too large for their centre to say where an article is


@dataclass
class Context:
    """What the article says about where it is: countries named, confidently placed points."""

    countries: set[str] = field(default_factory=set)
    points: list[GazEntry] = field(default_factory=list)
    local: dict[int, str] = field(default_factory=dict)  # mention index -> country named right after it


def prior(entry: GazEntry, quality: int) -> float:
    score = QUALITY_WEIGHT.get(quality, NAME_WEIGHT) + FEATURE_WEIGHT.get(entry.feature, 0.0)
    score += 0.5 * math.log10(max(entry.population, 1000)) if entry.population else UNKNOWN_POPULATION
    score += CURATED_WEIGHT if entry.source == "supplement" else 0.0
    return score + (CAPITAL_WEIGHT if entry.capital_of else 0.0)


def context_bonus(entry: GazEntry, ctx: Context, local: str | None) -> float:
    if entry.feature == "country":
        return 0.0
    bonus = LOCAL_COUNTRY if local and entry.country == local else 0.0
    if entry.country == "US" and entry.feature == "region":
        same_state = any(p.country == "US" and p.admin1 == entry.admin1 and p is not entry for p in ctx.points)
        return bonus + (STATE_CONTEXT if same_state else 0.0) + (1.0 if "US" in ctx.countries else 0.0)
    bonus += COUNTRY_CONTEXT if entry.country in ctx.countries else 0.0
    return bonus + _proximity(entry, ctx.points)


def _proximity(entry: GazEntry, points: list[GazEntry]) -> float:
    if entry.lat is None:
        return 0.0
    dists = [rough_km(entry.lat, entry.lon, p.lat, p.lon) for p in points if p is not entry and p.lat is not None]
    nearest = min(dists, default=math.inf)
    return NEAR_WEIGHT if nearest <= NEAR_KM else REGION_WEIGHT if nearest <= REGION_KM else 0.0


def candidates(mention: Mention, gaz: Gazetteer) -> list[tuple[GazEntry, int]]:
    """(entry, name quality) for the first of the mention's look-up names the gazetteer knows."""
    if mention.kind == "demonym":
        entry = gaz.country(gaz.demonym(mention.lookups[0]))
        return [(entry, 3)] if entry else []
    floor = loose_floor(mention)
    for text in mention.lookups:
        found = [(gaz.entries[c.entry], c.quality) for c in gaz.lookup(text)]
        found = [(e, q) for e, q in found if q > ALTERNATE or (e.population or 0) >= floor]
        if found:
            return found
    return []


def resolve_all(mentions: list[Mention], options: list[list[tuple[GazEntry, int]]], local: dict[int, str]) -> list[GazEntry | None]:
    """The chosen entry of each mention: first by prior, then again with the confident ones as context."""
    ranked = [sorted(((prior(e, q), e) for e, q in opts), key=lambda x: -x[0]) for opts in options]
    ctx = Context(local=local)
    for scored in ranked:
        if scored and (len(scored) == 1 or scored[0][0] - scored[1][0] >= CONFIDENT_MARGIN):
            top = scored[0][1]
            if top.country:
                ctx.countries.add(top.country)
            if top.feature not in UNLOCATED:
                ctx.points.append(top)
    chosen = []
    for i, scored in enumerate(ranked):
        best = max(scored, key=lambda x: x[0] + context_bonus(x[1], ctx, local.get(i)), default=None)
        chosen.append(best[1] if best else None)
    final = Context(countries={e.country for e in chosen if e is not None and e.feature == "country"},
                    points=[e for e in chosen if e is not None and e.feature not in UNLOCATED])
    # A dateline names where the story was filed, however far from the places it reports.
    return [None if e is not None and m.label != "DATELINE" and _isolated(e, final) else e
            for m, e in zip(mentions, chosen)]


def _isolated(entry: GazEntry, ctx: Context) -> bool:
    """A homonym of a place the gazetteer lacks (see ISOLATED_KM, FAR_KM)."""
    population = entry.population or 0
    if entry.feature == "country" or entry.source == "supplement" or population >= ISOLATED_MAX_POPULATION or (
            entry.capital_of):
        return False
    points = [p for p in ctx.points if p.lat is not None and p is not entry]
    if not points or entry.lat is None:
        return False
    nearest = min(rough_km(entry.lat, entry.lon, p.lat, p.lon) for p in points)
    if entry.country not in ctx.countries:
        return nearest > ISOLATED_KM
    return population < SMALL_TOWN and entry.feature in ("city", "town", "village") and nearest > FAR_KM

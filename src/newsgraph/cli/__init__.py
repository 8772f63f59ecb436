"""Command-line interface. Each command module registers its commands on :data:`app`."""
from __future__ import annotations

from . import demo as _demo  # noqa: F401  (registers commands)
from . import extract as _extract  # noqa: F401
from . import fetch as _fetch  # noqa: F401
from . import store as _store  # noqa: F401
from . import corpus as _corpus  # noqa: F401
from . import gazetteer as _gazetteer  # noqa: F401
from .app import app


def main() -> None:
    app()

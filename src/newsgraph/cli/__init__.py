"""Command-line interface. Each command module registers its commands on :data:`app`."""
from __future__ import annotations

from . import demo as _demo  # noqa: F401  (registers commands)
from . import extract as _extract  # noqa: F401
from .app import app


def main() -> None:
    app()

"""The Typer application every command module registers on."""
from __future__ import annotations

import typer

app = typer.Typer(
    name="newsgraph",
    help="Turn news articles into verifiable, source-attributed records "
    "(actors, places, dates, figures, quotes, PLOVER events).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

"""Helpers shared by command modules: error reporting and option parsing."""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager

import typer

from ..article import parse_published
from ..errors import NewsgraphError


@contextmanager
def reporting_errors() -> None:
    """Turn a NewsgraphError into 'Error: ...' on stderr and exit status 1."""
    try:
        yield
    except NewsgraphError as err:
        typer.echo(f"Error: {err}", err=True)
        raise typer.Exit(1) from None


def published_option(value: str | None) -> dt.date | None:
    with reporting_errors():
        return parse_published(value, where="--published")


"""``newsgraph stories``, ``series`` and ``contradictions``: cross-article analysis of the store."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from ..corpus.stories import DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS
from ..store.connect import DEFAULT_DB
from .app import app
from .common import reporting_errors

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB store.")]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON Lines on stdout instead of a table.")]
WindowOption = Annotated[int, typer.Option("--window", help="Days apart two articles of one story may be published.")]
ThresholdOption = Annotated[float, typer.Option("--threshold", help="Similarity (0-1) that links two articles.")]


def _store(db: Path, window: int, threshold: float):
    from ..store.api import open_store

    return open_store(db, window_days=window, threshold=threshold)


def _show(table, rows: list[dict], as_json: bool) -> None:
    from ..corpus.render import print_json

    console = Console()
    if as_json:
        print_json(rows, console)
    else:
        console.print(table)


@app.command("stories")
def stories_cmd(db: DbOption = DEFAULT_DB, as_json: JsonOption = False, window: WindowOption = DEFAULT_WINDOW_DAYS,
                threshold: ThresholdOption = DEFAULT_THRESHOLD) -> None:
    """Articles grouped into stories (same events: date window, shared actors and places, similar text)."""
    from ..corpus.render import stories_table

    with reporting_errors(), _store(db, window, threshold) as store:
        stories = store.story_list()
        _show(stories_table(stories), [s.to_dict() for s in stories], as_json)


@app.command("series")
def series_cmd(db: DbOption = DEFAULT_DB, as_json: JsonOption = False,
               category: Annotated[Optional[list[str]], typer.Option("--category", help="Only these figure categories.")] = None,
               min_points: Annotated[int, typer.Option(min=1, help="Shortest series shown.")] = 2,
               window: WindowOption = DEFAULT_WINDOW_DAYS, threshold: ThresholdOption = DEFAULT_THRESHOLD) -> None:
    """Figure series: the same quantity (category, subject, place, scope) over time, per source."""
    from ..corpus import figure_series
    from ..corpus.render import series_table

    with reporting_errors(), _store(db, window, threshold) as store:
        series = figure_series(store.records(), store.story_list(), min_points=min_points,
                               categories=set(category) if category else None)
        _show(series_table(series), [s.to_dict() for s in series], as_json)


@app.command("contradictions")
def contradictions_cmd(db: DbOption = DEFAULT_DB, as_json: JsonOption = False,
                       window: WindowOption = DEFAULT_WINDOW_DAYS, threshold: ThresholdOption = DEFAULT_THRESHOLD) -> None:
    """Pairs of sources giving different values for the same quantity on the same date."""
    from ..corpus import figure_series, find_contradictions
    from ..corpus.render import contradictions_table

    with reporting_errors(), _store(db, window, threshold) as store:
        found = find_contradictions(figure_series(store.records(), store.story_list()))
        _show(contradictions_table(found), [c.to_dict() for c in found], as_json)

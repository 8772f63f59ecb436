"""``newsgraph ingest`` and ``newsgraph export``: the DuckDB corpus store."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..store.connect import DEFAULT_DB
from .app import app
from .common import published_option, reporting_errors

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB store.")]


@app.command("ingest")
def ingest_cmd(
    inputs: Annotated[list[str], typer.Argument(help="Text, .jsonl, HTML, RSS/Atom or WARC files, directories, glob patterns, or '-' for stdin.")],
    db: DbOption = DEFAULT_DB,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for documents that carry none.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (each loads its own spaCy model).")] = 1,
    wait: Annotated[float, typer.Option(help="Seconds to wait for readers holding the database.")] = 60.0,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")] = True,
) -> None:
    """Extract articles and store documents and records in DuckDB.

    A document already stored with the same text is skipped; a changed text under the same doc_id
    becomes a new version. Exit status 1 if anything was skipped as unreadable.
    """
    from ..store.ingest import IngestOptions, ingest_inputs

    options = IngestOptions(published=published_option(published), workers=workers, progress=progress, wait=wait)
    with reporting_errors():
        summary = ingest_inputs(inputs, db, options=options)
    typer.echo(summary.describe() + f"\nstore: {db}", err=True)
    if summary.failed:
        raise typer.Exit(1)


@app.command("export")
def export_cmd(
    table: Annotated[str, typer.Option("--table", help="events, figures, quotes, places, entities, times or documents.")] = "events",
    fmt: Annotated[str, typer.Option("--format", help="jsonl, parquet or csv.")] = "jsonl",
    shape: Annotated[Optional[str], typer.Option("--shape", help="acled (events) or gkg (one row per article).")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Output file (stdout if omitted; required for parquet).")] = None,
    db: DbOption = DEFAULT_DB,
    all_versions: Annotated[bool, typer.Option("--all-versions", help="Every stored version, not only the latest.")] = False,
    wait: Annotated[float, typer.Option(help="Seconds to wait while an ingest holds the database.")] = 5.0,
) -> None:
    """Export a stored table (columns: docs/exports.md)."""
    from ..store.export import export_rows

    with reporting_errors():
        n = export_rows(db, table=table, fmt=fmt, shape=shape, output=output, all_versions=all_versions, wait=wait)
    typer.echo(f"{n} row(s) exported" + (f" to {output}" if output else ""), err=True)

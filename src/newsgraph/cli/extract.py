"""``newsgraph extract``: records from a text file, a JSON Lines corpus or standard input."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..extract import events_embed
from ..run import Options, extract_input
from .app import app
from .common import published_option, reporting_errors


@app.command("extract")
def extract_cmd(
    input: Annotated[str, typer.Argument(help="A text file, a .jsonl corpus (FORMAT.md input format), or '-' for stdin.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write records here instead of stdout.")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for documents that carry none.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (each loads its own spaCy model).")] = 1,
    keep_text: Annotated[bool, typer.Option("--keep-text", help="Include the article text in each record.")] = False,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr for corpora.")] = True,
    embed: Annotated[bool, typer.Option("--embed", help="Also type events the lexicon misses by sentence embeddings (needs the [embed] extra; slower).")] = False,
) -> None:
    """Extract one record per article.

    One document gives one pretty JSON record; a corpus gives JSON Lines. Bad corpus lines are
    reported with their line numbers and skipped; the exit status is 1 if anything was skipped.
    """
    options = Options(published=published_option(published), workers=workers, keep_text=keep_text, progress=progress)
    with reporting_errors():
        if embed:  # the switch reaches every worker process through the environment
            events_embed.require()
            os.environ[events_embed.ENV_SWITCH] = "1"
        if output is None:
            summary = extract_input(input, sys.stdout, options=options)
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            with output.open("w", encoding="utf-8") as out:
                summary = extract_input(input, out, options=options)
    typer.echo(summary.describe() + (f"\nrecords in {output}" if output else ""), err=True)
    if summary.failed:
        raise typer.Exit(1)

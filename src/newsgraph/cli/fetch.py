"""``newsgraph fetch``: download pages into a JSON Lines corpus."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..ingest import Skip
from ..ingest.fetch import FetchOptions, fetch_articles
from .app import app


@app.command("fetch")
def fetch_cmd(
    urls: Annotated[list[str], typer.Argument(help="Page URLs to download.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The JSON Lines corpus to write.")],
    timeout: Annotated[float, typer.Option(help="Seconds per request.")] = FetchOptions.timeout,
    retries: Annotated[int, typer.Option(help="Extra attempts after a transient failure (back-off doubles).")] = FetchOptions.retries,
    max_bytes: Annotated[int, typer.Option(help="Largest page accepted, in bytes.")] = FetchOptions.max_bytes,
) -> None:
    """Download pages, extract their main text and write a corpus for `newsgraph extract`.

    Failed URLs are reported with the reason; the exit status is 1 if any failed.
    """
    options = FetchOptions(timeout=timeout, retries=retries, max_bytes=max_bytes)
    written, failed = 0, 0
    with output.open("w", encoding="utf-8") as out:
        for item in fetch_articles(urls, options=options):
            if isinstance(item, Skip):
                failed += 1
                typer.echo(f"failed {item.where}: {item.reason}", err=True)
                continue
            line = {"doc_id": item.doc_id, "published": item.published.isoformat() if item.published else None,
                    "source": item.source, "url": item.url, "title": item.title, "text": item.text}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            written += 1
    typer.echo(f"{written} page(s) written to {output}, {failed} failed", err=True)
    if failed:
        raise typer.Exit(1)

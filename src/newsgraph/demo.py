"""The demo: extract the bundled sample article and print a readable summary with rich tables."""
from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .article import Article, parse_published
from .pipeline import Pipeline
from .record import Record


def demo_article() -> Article:
    """The sample article written for the demo (resources/demo_article.json)."""
    data = json.loads((files("newsgraph.resources") / "demo_article.json").read_text(encoding="utf-8"))
    return Article(
        doc_id=data["doc_id"], text=data["text"], published=parse_published(data["published"]),
        source=data["source"], url=data["url"], title=data["title"],
    )


def run_demo(output: Path, *, console: Console | None = None) -> Record:
    """Extract the demo article, write its record to ``output`` and print tables."""
    console = console or Console()
    article = demo_article()
    console.print(f"[bold]newsgraph demo[/bold]: {article.title!r} (published {article.published})")
    record = Pipeline().extract(article, keep_text=True)
    output.write_text(record.to_json(indent=2) + "\n", encoding="utf-8")
    for table in _tables(record):
        if table.row_count:
            console.print(table)
    console.print(f"Full record (JSON, FORMAT.md): {output.resolve()}")
    return record


def _tables(record: Record) -> list[Table]:
    def table(title: str, *columns: str) -> Table:
        t = Table(title=title, title_justify="left")
        for column in columns:
            t.add_column(column)
        return t

    ents = table("Actors", "name", "type", "wikidata", "mentions")
    for e in record.entities:
        ents.add_row(e.name, e.type, e.wikidata or "", str(len(e.mentions)))
    places = table("Places", "name", "country", "lat, lon", "feature")
    for p in record.places:
        coords = f"{p.lat:.3f}, {p.lon:.3f}" if p.lat is not None and p.lon is not None else ""
        places.add_row(p.name, p.country or "", coords, p.feature or "")
    times = table("Times", "text", "value", "type")
    for t in record.times:
        times.add_row(t.text, t.value or "", t.type)
    figures = table("Figures", "text", "value", "approx", "category", "source")
    for f in record.figures:
        value = _num(f.value) if f.value is not None else f"{_num(f.low)}-{_num(f.high)}"
        figures.add_row(f.text, value, f.approx, f.category, f.source or "")
    quotes = table("Quotes", "speaker", "cue", "text", "direct")
    for q in record.quotes:
        quotes.add_row(q.speaker or "", q.cue or "", q.text, "yes" if q.direct else "no")
    events = table("Events", "type", "trigger", "source", "target", "date", "status")
    for ev in record.events:
        events.add_row(ev.type, ev.trigger, ", ".join(ev.source), ", ".join(ev.target), ev.date or "", ev.status)
    return [ents, places, times, figures, quotes, events]


def _num(x: float | None) -> str:
    return "?" if x is None else f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"

"""Readable rich tables (and JSON) for stories, series and contradictions."""
from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table

from .contradictions import Contradiction
from .series import Series
from .stories import Story


def print_json(rows: list[dict], console: Console) -> None:
    """JSON Lines: one object per line, plain (no colour, no wrapping)."""
    for row in rows:
        console.file.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def stories_table(stories: list[Story]) -> Table:
    table = _table(f"Stories ({len(stories)})", "id", "docs", "dates", "outlets", "title", "actors", "places")
    for s in stories:
        dates = s.first if s.first == s.last else f"{s.first or '?'} .. {s.last or '?'}"
        table.add_row(str(s.story_id), str(len(s.doc_ids)), dates or "", ", ".join(s.outlets),
                      s.title or "", ", ".join(s.actors[:2]), ", ".join(s.places[:2]))
    return table


def series_table(series: list[Series]) -> Table:
    table = _table(f"Figure series ({len(series)})", "series", "quantity", "date", "value", "claimant", "outlet", "doc")
    for s in series:
        label = _quantity(s) + (f" ({s.scope})" if s.scope else "")
        for n, p in enumerate(s.points):
            table.add_row(str(s.series_id) if n == 0 else "", label if n == 0 else "",
                          (p.date or "?") + _DATED_BY.get(p.dated_by, ""), _value(p),
                          p.claimant or "", p.outlet or "", p.doc_id, end_section=n == len(s.points) - 1)
    table.caption = "dates: plain = the figure's own, ~ = a date in its sentence, * = publication date"
    return table


def contradictions_table(found: list[Contradiction]) -> Table:
    table = _table(f"Contradictions ({len(found)})", "series", "quantity", "date", "report A", "report B", "diff")
    for c in found:
        table.add_row(str(c.series_id), _quantity(c), c.date or "",
                      _report(c.a), _report(c.b), f"{c.relative_difference:.0%}")
    return table


_DATED_BY = {"sentence": "~", "published": "*"}


def _quantity(item) -> str:
    """'killed civilian in PS': category, subject head, place."""
    return " ".join(x for x in (item.category, item.subject, f"in {item.place}" if item.place else "") if x)


def _report(p) -> str:
    who = " / ".join(x for x in (p.claimant, p.outlet) if x) or "unattributed"
    return f"{_value(p)} ({who}, {p.doc_id})"


def _value(p) -> str:
    hedge = {"exact": "", "more_than": "> ", "at_least": ">= ", "less_than": "< ", "at_most": "<= ",
             "about": "~", "vague": "~", "range": ""}.get(p.approx, "")
    if p.value is None:
        return f"{_num(p.low)}-{_num(p.high)}"
    return hedge + _num(p.value)


def _num(value: float | None) -> str:
    return "?" if value is None else f"{value:,.0f}" if value == int(value) else f"{value:,}"


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    return table

"""``newsgraph.open(path)``: the store as pandas DataFrames, plus the cross-article analyses.

    >>> import newsgraph
    >>> with newsgraph.open("newsgraph.duckdb") as store:
    ...     store.events().head()
    ...     store.series()
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from ..corpus import cluster_stories, dedup_events, figure_series, find_contradictions
from ..corpus.stories import DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, Story
from ..record import Record
from .connect import connect
from .export import table_query
from .read import load_records
from .shapes import acled_frame, gkg_frame


class NewsgraphStore:
    """A read-only view of a newsgraph DuckDB store. ``con`` is the DuckDB connection."""

    def __init__(self, path: str | Path, *, wait: float = 5.0, window_days: int = DEFAULT_WINDOW_DAYS,
                 threshold: float = DEFAULT_THRESHOLD):
        self.path = Path(path)
        self.con: duckdb.DuckDBPyConnection = connect(self.path, read_only=True, wait=wait)
        self.window_days, self.threshold = window_days, threshold
        self._records: list[Record] | None = None
        self._stories: list[Story] | None = None

    def __enter__(self) -> NewsgraphStore:
        return self

    def __exit__(self, *exc) -> bool:
        self.close()
        return False

    def close(self) -> None:
        self.con.close()

    # ------------------------------------------------------------------------- stored tables
    def table(self, name: str, *, all_versions: bool = False) -> pd.DataFrame:
        """A stored table joined to its documents (see docs/exports.md)."""
        return self.con.execute(table_query(name, all_versions=all_versions)).df()

    def documents(self) -> pd.DataFrame:
        return self.table("documents")

    def events(self) -> pd.DataFrame:
        return self.table("events")

    def figures(self) -> pd.DataFrame:
        return self.table("figures")

    def quotes(self) -> pd.DataFrame:
        return self.table("quotes")

    def places(self) -> pd.DataFrame:
        return self.table("places")

    def entities(self) -> pd.DataFrame:
        return self.table("entities")

    def acled(self) -> pd.DataFrame:
        return acled_frame(self.records())

    def gkg(self) -> pd.DataFrame:
        return gkg_frame(self.records())

    # ----------------------------------------------------------------------- cross-article
    def records(self) -> list[Record]:
        """The latest record of every document, with its text."""
        if self._records is None:
            self._records = load_records(self.con)
        return self._records

    def story_list(self) -> list[Story]:
        if self._stories is None:
            self._stories = cluster_stories(self.records(), window_days=self.window_days, threshold=self.threshold)
        return self._stories

    def stories(self) -> pd.DataFrame:
        """One row per story: its documents, dates, outlets, main actors and places."""
        return pd.DataFrame([s.to_dict() for s in self.story_list()])

    def canonical_events(self) -> pd.DataFrame:
        """One row per de-duplicated event, with its mentions and outlets."""
        return pd.DataFrame([e.to_dict() for e in dedup_events(self.records(), self.story_list())])

    def series(self, *, min_points: int = 2) -> pd.DataFrame:
        """One row per point of every figure series."""
        rows = [{k: v for k, v in s.to_dict().items() if k != "points"} | p
                for s in figure_series(self.records(), self.story_list(), min_points=min_points)
                for p in s.to_dict()["points"]]
        return pd.DataFrame(rows)

    def contradictions(self) -> pd.DataFrame:
        """One row per contradicting pair: columns a_* and b_* describe the two reports."""
        found = find_contradictions(figure_series(self.records(), self.story_list()))
        return pd.DataFrame([_flat(c.to_dict()) for c in found])


def _flat(row: dict) -> dict:
    out = {k: v for k, v in row.items() if k not in ("a", "b")}
    for side in ("a", "b"):
        out |= {f"{side}_{k}": v for k, v in row[side].items()}
    return out


def open_store(path: str | Path = "newsgraph.duckdb", **options) -> NewsgraphStore:
    """Open a newsgraph store read-only (StoreError if it is missing, or busy for ``wait`` seconds)."""
    return NewsgraphStore(path, **options)

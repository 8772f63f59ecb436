"""Turn one Record into rows of every store table, appended to column buffers."""
from __future__ import annotations

import datetime as dt
import hashlib

import pyarrow as pa

from ..record import Record
from .schema import COLUMNS, arrow_schema


def content_hash(text: str) -> str:
    """The idempotency key of a document's content: SHA-256 of its text (hex, first 32 chars)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


class Buffers:
    """Column lists for every table, filled document by document, turned into Arrow at commit."""

    def __init__(self):
        self.cols = {table: {name: [] for name, _ in cols} for table, cols in COLUMNS.items()}
        self.docs = 0

    def add(self, record: Record, text: str, version: int, digest: str) -> None:
        """Append every row of ``record`` (document ``version``) to the buffers."""
        key = (record.doc_id, version)
        self._document(record, text, key, digest)
        self._row("records", key, record.schema_version, record.model_dump_json(exclude={"text"}))
        self._entities(record, text, key)
        self._places(record, text, key)
        for i, t in enumerate(record.times):
            self._row("times", key, i, t.start, t.end, t.text, t.value, t.type)
        for i, f in enumerate(record.figures):
            self._row("figures", key, i, f.start, f.end, f.text, f.value, f.low, f.high, f.approx,
                      f.category, f.subject, f.source, f.date, f.unit)
        for i, q in enumerate(record.quotes):
            self._row("quotes", key, i, q.start, q.end, q.speaker, q.cue, q.text, q.direct)
        for i, e in enumerate(record.events):
            self._row("events", key, i, e.start, e.end, e.type, e.mode, e.trigger, list(e.source),
                      list(e.target), e.place, e.date, e.status, e.attributed_to)
        self.docs += 1

    def tables(self) -> dict[str, pa.Table]:
        """Each non-empty buffer as an Arrow table with the store's column types."""
        return {table: pa.table(cols, schema=arrow_schema(table))
                for table, cols in self.cols.items() if cols["doc_id"]}

    def _document(self, record: Record, text: str, key: tuple[str, int], digest: str) -> None:
        published = dt.date.fromisoformat(record.published) if record.published else None
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        self._row("documents", key, digest, published, record.source, record.url, record.title,
                  text, len(text), now)

    def _entities(self, record: Record, text: str, key: tuple[str, int]) -> None:
        for i, e in enumerate(record.entities):
            self._row("entities", key, i, e.name, e.type, e.wikidata, len(e.mentions))
            for start, end in e.mentions:
                self._row("entity_mentions", key, i, start, end, text[start:end])

    def _places(self, record: Record, text: str, key: tuple[str, int]) -> None:
        for i, p in enumerate(record.places):
            self._row("places", key, i, p.name, p.country, p.lat, p.lon, p.geonames_id, p.feature,
                      len(p.mentions))
            for start, end in p.mentions:
                self._row("place_mentions", key, i, start, end, text[start:end])

    def _row(self, table: str, key: tuple[str, int], *values) -> None:
        cols = self.cols[table]
        for name, value in zip(cols, key + values, strict=True):
            cols[name].append(value)

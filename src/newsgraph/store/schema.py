"""The DuckDB schema: one table per record item, every row keyed back to its document version.

Every item table carries ``doc_id`` and ``version`` (the document version it was extracted from)
and an ``*_idx`` (the item's position in the record); every item with a span carries
``start_char``/``end_char`` (Python slice offsets into ``documents.text``). docs/exports.md
describes each column.
"""
from __future__ import annotations

import pyarrow as pa

STORE_SCHEMA_VERSION = "1"

_KEY = [("doc_id", "VARCHAR"), ("version", "INTEGER")]
_SPAN = [("start_char", "INTEGER"), ("end_char", "INTEGER")]
_S, _I, _D = "VARCHAR", "INTEGER", "DOUBLE"

COLUMNS: dict[str, list[tuple[str, str]]] = {
    "documents": _KEY + [("content_hash", _S), ("published", "DATE"), ("source", _S), ("url", _S),
                         ("title", _S), ("text", _S), ("n_chars", _I), ("ingested_at", "TIMESTAMP")],
    "records": _KEY + [("schema_version", _S), ("record", _S)],
    "entities": _KEY + [("entity_idx", _I), ("name", _S), ("type", _S), ("wikidata", _S), ("n_mentions", _I)],
    "entity_mentions": _KEY + [("entity_idx", _I)] + _SPAN + [("text", _S)],
    "places": _KEY + [("place_idx", _I), ("name", _S), ("country", _S), ("lat", _D), ("lon", _D),
                      ("geonames_id", "BIGINT"), ("feature", _S), ("n_mentions", _I)],
    "place_mentions": _KEY + [("place_idx", _I)] + _SPAN + [("text", _S)],
    "times": _KEY + [("time_idx", _I)] + _SPAN + [("text", _S), ("value", _S), ("type", _S)],
    "figures": _KEY + [("figure_idx", _I)] + _SPAN + [
        ("text", _S), ("value", _D), ("low", _D), ("high", _D), ("approx", _S), ("category", _S),
        ("subject", _S), ("source", _S), ("date", _S), ("unit", _S)],
    "quotes": _KEY + [("quote_idx", _I)] + _SPAN + [("speaker", _S), ("cue", _S), ("text", _S), ("direct", "BOOLEAN")],
    "events": _KEY + [("event_idx", _I)] + _SPAN + [
        ("type", _S), ("mode", _S), ("trigger", _S), ("source", "VARCHAR[]"), ("target", "VARCHAR[]"),
        ("place", _S), ("date", _S), ("status", _S), ("attributed_to", _S)],
}
ITEM_TABLES = tuple(t for t in COLUMNS if t != "documents")

# The newest version of every document; exports and corpus analysis read through it.
LATEST_VIEW = """CREATE VIEW IF NOT EXISTS latest_documents AS
    SELECT * FROM documents QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY version DESC) = 1"""

_ARROW_TYPES = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
    "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "BOOLEAN": pa.bool_(), "VARCHAR[]": pa.list_(pa.string()),
}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema the writer builds ``table``'s batches with."""
    return pa.schema([(name, _ARROW_TYPES[sql]) for name, sql in COLUMNS[table]])


def create_schema(con) -> None:
    """Create every table and view that is missing (idempotent)."""
    for table, cols in COLUMNS.items():
        body = ", ".join(f'"{name}" {sql}' for name, sql in cols)
        key = ", PRIMARY KEY (doc_id, version)" if table == "documents" else ""
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body}{key})")
    con.execute(LATEST_VIEW)
    con.execute("CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT OR IGNORE INTO store_meta VALUES ('schema_version', ?)", [STORE_SCHEMA_VERSION])

"""Read the store back as Records (the only way corpus analysis sees stored data)."""
from __future__ import annotations

import duckdb

from ..errors import StoreError
from ..record import Record


def load_records(con: duckdb.DuckDBPyConnection, *, doc_ids: list[str] | None = None) -> list[Record]:
    """The latest version of every stored document's record, with its text, oldest first."""
    query = ("SELECT r.record, d.text FROM records r JOIN latest_documents d USING (doc_id, version) "
             + ("WHERE d.doc_id IN (SELECT unnest(?)) " if doc_ids is not None else "")
             + "ORDER BY d.published NULLS LAST, d.doc_id")
    rows = con.execute(query, [doc_ids] if doc_ids is not None else []).fetchall()
    return [_record(raw, text) for raw, text in rows]


def _record(raw: str, text: str | None) -> Record:
    try:
        record = Record.model_validate_json(raw)
    except ValueError as err:
        raise StoreError(f"a stored record does not fit the record model ({err}); re-ingest with this version") from err
    record.text = text
    return record

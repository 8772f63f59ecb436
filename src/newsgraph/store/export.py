"""Export store tables as JSON Lines, Parquet or CSV (columns: docs/exports.md)."""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import duckdb
import pandas as pd

from ..errors import StoreError

TABLES = ("events", "figures", "quotes", "places", "entities", "times", "documents")
FORMATS = ("jsonl", "parquet", "csv")
SHAPES = ("acled", "gkg")
_COPY_FORMAT = {"jsonl": "JSON", "parquet": "PARQUET", "csv": "CSV, HEADER"}

_DOC_COLS = "d.published, d.source AS outlet, d.url, d.title"
_MENTIONS = """(SELECT list([m.start_char, m.end_char] ORDER BY m.start_char) FROM {table} m
    WHERE m.doc_id = x.doc_id AND m.version = x.version AND m.{idx} = x.{idx}) AS mentions"""


def table_query(table: str, *, all_versions: bool = False) -> str:
    """The SQL that selects ``table`` joined to its documents (latest versions unless ``all_versions``)."""
    docs = "documents" if all_versions else "latest_documents"
    if table == "documents":
        return f"SELECT * FROM {docs} ORDER BY published NULLS LAST, doc_id, version"
    if table not in TABLES:
        raise StoreError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    extra = ""
    if table == "entities":
        extra = ", " + _MENTIONS.format(table="entity_mentions", idx="entity_idx")
    elif table == "places":
        extra = ", " + _MENTIONS.format(table="place_mentions", idx="place_idx")
    idx = f"{table[:-1]}_idx" if table != "entities" else "entity_idx"
    return (f"SELECT x.doc_id, x.version, {_DOC_COLS}, x.* EXCLUDE (doc_id, version){extra} "
            f"FROM {table} x JOIN {docs} d USING (doc_id, version) "
            f"ORDER BY d.published NULLS LAST, x.doc_id, x.version, x.{idx}")


def export_frame(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, fmt: str, out: Path | None,
                 *, select: str = "*") -> int:
    """Write a DataFrame (a shaped export) in ``fmt``; returns the row count."""
    con.register("_export", frame)
    try:
        return export_query(con, f"SELECT {select} FROM _export", fmt, out)
    finally:
        con.unregister("_export")


def export_query(con: duckdb.DuckDBPyConnection, query: str, fmt: str, out: Path | None) -> int:
    """Write the rows of ``query`` to ``out`` (stdout when None; not for Parquet); returns the row count."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if out is None and fmt == "parquet":
        raise StoreError("Parquet is binary: give an output file with -o FILE.parquet")
    n = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        _copy(con, query, fmt, out)
        return n
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"export.{fmt}"
        _copy(con, query, fmt, path)
        with path.open("rb") as fh:
            shutil.copyfileobj(fh, sys.stdout.buffer)
        sys.stdout.flush()
    return n


def _copy(con: duckdb.DuckDBPyConnection, query: str, fmt: str, path: Path) -> None:
    target = str(path).replace("'", "''")
    if fmt == "csv":
        query = _flat_lists(con, query)
    try:
        con.execute(f"COPY ({query}) TO '{target}' (FORMAT {_COPY_FORMAT[fmt]})")
    except duckdb.IOException as err:
        raise StoreError(f"{path}: cannot write the export ({err})") from err


def export_rows(db: Path, *, table: str, fmt: str, shape: str | None = None, output: Path | None = None,
                all_versions: bool = False, wait: float = 5.0) -> int:
    """Open ``db`` read-only and export ``table`` (or a ``shape``); returns the row count."""
    from .connect import connect

    if shape is not None and shape not in SHAPES:
        raise StoreError(f"unknown shape {shape!r}; choose one of {', '.join(SHAPES)}")
    con = connect(db, read_only=True, wait=wait)
    try:
        if shape is None:
            return export_query(con, table_query(table, all_versions=all_versions), fmt, output)
        from .read import load_records
        from .shapes import acled_frame, gkg_frame

        if shape == "acled":
            select = "* REPLACE (TRY_CAST(event_date AS DATE) AS event_date)"
            return export_frame(con, acled_frame(load_records(con)), fmt, output, select=select)
        return export_frame(con, gkg_frame(load_records(con)), fmt, output)
    finally:
        con.close()


def _flat_lists(con: duckdb.DuckDBPyConnection, query: str) -> str:
    """CSV cells hold no lists: list columns become JSON text (["Hamas", "Israel"], [[3, 9]])."""
    described = con.execute(f"DESCRIBE {query}").fetchall()
    nested = [name for name, sql_type, *_ in described if sql_type.endswith("]") or sql_type.startswith("STRUCT")]
    if not nested:
        return query
    replace = ", ".join(f'to_json("{n}")::VARCHAR AS "{n}"' for n in nested)
    return f"SELECT * REPLACE ({replace}) FROM ({query})"

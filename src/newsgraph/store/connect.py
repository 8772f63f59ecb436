"""Opening the DuckDB file: one writer process at a time, clear errors when it is busy.

DuckDB lets one process open a database file for writing, or several open it read-only, never
both. newsgraph's writer holds the file only while it commits a batch, so a reader that waits a
moment gets in between two batches; one that cannot get in raises StoreError("... is busy ...").
"""
from __future__ import annotations

import time
from pathlib import Path

import duckdb

from ..errors import StoreError
from .schema import create_schema

DEFAULT_DB = Path("newsgraph.duckdb")
_RETRY_SECONDS = 0.05  # poll interval while another process holds the lock (a commit takes ~10-50 ms)


def connect(path: str | Path, *, read_only: bool = False, wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """A connection to the store at ``path``, retrying for ``wait`` seconds while it is locked.

    Read-only opening needs an existing store; opening for writing creates it (and its schema).
    """
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such database; create it with `newsgraph ingest INPUT --db {path}`")
    deadline = time.monotonic() + wait
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as err:
            if not _is_lock_error(err):
                raise StoreError(f"{path}: cannot open the database ({err})") from err
            if time.monotonic() >= deadline:
                raise StoreError(_busy_message(path, err)) from err
            time.sleep(_RETRY_SECONDS)
        except duckdb.ConnectionException as err:
            if "different configuration" not in str(err):
                raise StoreError(f"{path}: cannot open the database ({err})") from err
            raise StoreError(f"{path}: database is busy: this process already has it open "
                             f"{'for writing' if read_only else 'read-only'}; close that connection first") from err
        except duckdb.Error as err:
            raise StoreError(f"{path}: not a readable newsgraph database ({err})") from err
    if not read_only:
        if not _has_table(con, "store_meta"):
            create_schema(con)
    elif not _has_table(con, "documents"):
        con.close()
        raise StoreError(f"{path}: not a newsgraph database (no 'documents' table)")
    return con


def _is_lock_error(err: Exception) -> bool:
    return "lock" in str(err).lower()


def _busy_message(path: Path, err: Exception) -> str:
    holder = str(err).split("Conflicting lock is held in", 1)[-1].split(". See")[0].strip()
    return (f"{path}: database is busy: another process is writing it ({holder}); "
            "try again when it has finished, or pass --wait SECONDS")


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute("SELECT 1 FROM duckdb_tables() WHERE table_name = ?", [name]).fetchall())

"""Write records into the store: versioned by content hash, whole documents per transaction.

Documents are buffered and committed in batches (every ``batch_seconds`` or ``batch_docs``
documents): one transaction holds complete documents only, so a process killed at any moment
leaves every committed document whole and no partial one. Between batches the writer closes the
database so that readers (``newsgraph export``, ``newsgraph stories`` ...) can get in.
"""
from __future__ import annotations

import time
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..record import Record
from .connect import connect
from .rows import Buffers, content_hash

# A DuckDB statement costs ~2 ms whatever its size and opening, committing and closing the file
# 30-300 ms (measured, idle to loaded machine), so rows are inserted per table per batch, and a
# batch waits at least one second and at least _OVERHEAD_FACTOR times the last commit's duration:
# committing then costs at most ~3% of the run, and a kill loses at most a few seconds of work.
DEFAULT_BATCH_SECONDS = 1.0
DEFAULT_BATCH_DOCS = 500
_OVERHEAD_FACTOR = 30


class StoreWriter:
    """Adds records to the store at ``path``; use as a context manager so the last batch commits."""

    def __init__(self, path: str | Path, *, wait: float = 60.0, batch_seconds: float = DEFAULT_BATCH_SECONDS,
                 batch_docs: int = DEFAULT_BATCH_DOCS):
        self.path, self.wait = Path(path), wait
        self.batch_seconds, self.batch_docs = batch_seconds, batch_docs
        self.versions: dict[str, int] = {}
        self.hashes: set[tuple[str, str]] = set()
        self.buffers = Buffers()
        self.last_flush = time.monotonic()
        self.flush_seconds = 0.0
        self.committed = 0
        self._load_known()

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, exc_type, *exc) -> bool:
        if exc_type is None or not issubclass(exc_type, KeyboardInterrupt):
            self.flush()
        return False

    def is_stored(self, doc_id: str, text: str) -> bool:
        """True when this exact text is already stored (or buffered) under ``doc_id``."""
        return (doc_id, content_hash(text)) in self.hashes

    def add(self, record: Record, text: str) -> bool:
        """Buffer ``record`` (extracted from ``text``) as a new version; False if already stored."""
        digest = content_hash(text)
        if (record.doc_id, digest) in self.hashes:
            return False
        version = self.versions.get(record.doc_id, 0) + 1
        self.buffers.add(record, text, version, digest)
        self.versions[record.doc_id] = version
        self.hashes.add((record.doc_id, digest))
        since = time.monotonic() - self.last_flush
        if self.buffers.docs >= self.batch_docs or since >= max(self.batch_seconds, _OVERHEAD_FACTOR * self.flush_seconds):
            self.flush()
        return True

    def flush(self) -> None:
        """Commit every buffered document in one transaction."""
        self.last_flush = time.monotonic()
        if not self.buffers.docs:
            return
        tables = self.buffers.tables()
        con = connect(self.path, wait=self.wait)
        start = time.monotonic()  # the commit's own cost, not the wait for readers
        try:
            _commit(con, tables, self.path)
        finally:
            con.close()
        self.committed += self.buffers.docs
        self.buffers = Buffers()
        self.last_flush = time.monotonic()
        self.flush_seconds = self.last_flush - start

    def _load_known(self) -> None:
        con = connect(self.path, wait=self.wait)
        try:
            for doc_id, version, digest in con.execute(
                    "SELECT doc_id, version, content_hash FROM documents").fetchall():
                self.hashes.add((doc_id, digest))
                self.versions[doc_id] = max(version, self.versions.get(doc_id, 0))
        finally:
            con.close()


def _commit(con: duckdb.DuckDBPyConnection, tables: dict, path: Path) -> None:
    con.execute("BEGIN TRANSACTION")
    try:
        for name, table in tables.items():
            con.register("_batch", table)
            con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _batch")
            con.unregister("_batch")
        con.execute("COMMIT")
    except duckdb.ConstraintException as err:
        con.execute("ROLLBACK")
        raise StoreError(f"{path}: another process stored the same document versions meanwhile ({err}); "
                         "run one ingest at a time per database") from err

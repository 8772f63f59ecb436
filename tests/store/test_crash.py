"""Real processes: a writer killed with SIGKILL mid-ingest, and readers meeting a busy writer."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.errors import StoreError
from newsgraph.store import StoreWriter, connect

from .writer_proc import document

SCRIPT = Path(__file__).with_name("writer_proc.py")


def _start(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(SCRIPT), str(db), *args], stdout=subprocess.PIPE, text=True)


def _kill_after(proc: subprocess.Popen, committed: int) -> int:
    """SIGKILL ``proc`` once it reports ``committed`` documents; returns the last count it reported."""
    last = 0
    for line in proc.stdout:
        last = int(line.split()[1])
        if last >= committed:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=30)
    return last


def test_store_sigkill_keeps_committed_documents_whole_and_resumes(tmp_path):
    db = tmp_path / "crash.duckdb"
    proc = _start(db, "write", "100000")
    reported = _kill_after(proc, 40)
    assert proc.returncode == -signal.SIGKILL
    con = connect(db, read_only=True)
    stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    per_doc = con.execute(
        "SELECT d.doc_id, (SELECT count(*) FROM figures f WHERE f.doc_id = d.doc_id), "
        "(SELECT count(*) FROM place_mentions m WHERE m.doc_id = d.doc_id), "
        "(SELECT count(*) FROM records r WHERE r.doc_id = d.doc_id) FROM documents d").fetchall()
    orphans = con.execute("SELECT count(*) FROM figures WHERE doc_id NOT IN (SELECT doc_id FROM documents)").fetchone()[0]
    con.close()
    assert stored >= reported and stored % 7 == 0  # whole batches only
    assert all(row[1:] == (2, 2, 1) for row in per_doc)
    assert orphans == 0
    with StoreWriter(db) as writer:  # a re-run stores exactly what was lost
        added = [writer.add(*document(i)) for i in range(stored + 10)]
    assert added == [False] * stored + [True] * 10
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone() == (stored + 10,) * 2
    con.close()


def test_store_reader_gets_busy_error_while_writer_holds_lock(tmp_path):
    db = tmp_path / "busy.duckdb"
    StoreWriter(db).flush()  # create the store
    proc = _start(db, "hold", "1.5")
    assert proc.stdout.readline().strip() == "holding"
    try:
        with pytest.raises(StoreError, match="database is busy"):
            connect(db, read_only=True, wait=0)
        con = connect(db, read_only=True, wait=20)  # gets in once the writer lets go
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
        con.close()
    finally:
        proc.wait(timeout=30)


def test_store_writer_waits_for_reader(tmp_path):
    db = tmp_path / "reader.duckdb"
    with StoreWriter(db) as writer:
        writer.add(*document(1))
    proc = _start(db, "read", "1.5")
    assert proc.stdout.readline().strip() == "holding"
    try:
        with pytest.raises(StoreError, match="database is busy"):
            StoreWriter(db, wait=0)
        with StoreWriter(db, wait=20) as writer:
            assert writer.add(*document(2))
    finally:
        proc.wait(timeout=30)


def test_store_same_process_reader_and_writer_clear_error(tmp_path):
    db = tmp_path / "same.duckdb"
    StoreWriter(db).flush()
    reader = connect(db, read_only=True)
    try:
        with pytest.raises(StoreError, match="database is busy: this process already has it open read-only"):
            StoreWriter(db, wait=0)
    finally:
        reader.close()

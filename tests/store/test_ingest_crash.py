"""A real `newsgraph ingest` process read while it writes, killed with SIGKILL, then resumed."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from newsgraph.errors import StoreError
from newsgraph.store import connect
from newsgraph.store.ingest import IngestOptions, ingest_inputs
from newsgraph.store.read import load_records

TOWNS = ["Kisumu", "Eldoret", "Nakuru", "Garissa", "Malindi"]
N_DOCS = 400


def _article(n: int) -> dict:
    town = TOWNS[n % len(TOWNS)]
    text = (f"Residents of {town} said on Monday that {n % 50 + 2} houses had been destroyed by floods. "
            f"The Kenya Red Cross said {n % 7 + 1} people were missing and {n % 30 + 5} families had moved to a school.")
    return {"doc_id": f"k{n:04d}", "published": "2025-05-05", "source": "Lake Wire", "text": text}


def _stored(db) -> int:
    """Documents stored so far, read between the writer's batches; 0 while it is busy."""
    try:
        con = connect(db, read_only=True, wait=2)
    except StoreError:
        return 0
    try:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()


def _items_match_records(db) -> bool:
    con = connect(db, read_only=True)
    try:
        counts = dict(con.execute("SELECT doc_id, count(*) FROM figures GROUP BY doc_id").fetchall())
        places = dict(con.execute("SELECT doc_id, count(*) FROM place_mentions GROUP BY doc_id").fetchall())
        records = load_records(con)
    finally:
        con.close()
    return all(counts.get(r.doc_id, 0) == len(r.figures)
               and places.get(r.doc_id, 0) == sum(len(p.mentions) for p in r.places) for r in records)


def test_ingest_sigkill_midway_keeps_whole_documents_and_resumes(tmp_path, pipeline):
    corpus, db = tmp_path / "floods.jsonl", tmp_path / "k.duckdb"
    corpus.write_text("".join(json.dumps(_article(n)) + "\n" for n in range(N_DOCS)))
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph", "ingest", str(corpus), "--db", str(db),
                             "--no-progress"], stderr=subprocess.DEVNULL)
    stored, deadline = 0, time.monotonic() + 90
    while not stored and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
        stored = _stored(db) if db.exists() else 0
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert 0 < stored < N_DOCS  # read while the ingest was writing, then killed mid-way
    committed = _stored(db)
    assert committed >= stored and _items_match_records(db)
    rerun = tmp_path / "rerun.jsonl"  # the committed documents and a few lost ones (fewer to extract)
    rerun.write_text("".join(json.dumps(_article(n)) + "\n" for n in range(committed + 3)))
    summary = ingest_inputs([rerun], db, options=IngestOptions(progress=False), pipeline=pipeline)
    assert (summary.unchanged, summary.stored) == (committed, 3)
    assert _stored(db) == committed + 3 and _items_match_records(db)

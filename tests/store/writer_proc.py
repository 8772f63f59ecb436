"""A writer process for the crash and lock tests (run as a script, not collected by pytest).

    python writer_proc.py DB write N   -> store N hand-built documents, printing "committed K" per batch
    python writer_proc.py DB hold S    -> hold the database open for writing S seconds, after "holding"
    python writer_proc.py DB read S    -> the same, read-only
"""
from __future__ import annotations

import sys
import time

from newsgraph.record import Figure, Place, Record
from newsgraph.store import StoreWriter, connect


def document(n: int) -> tuple[Record, str]:
    text = f"Report {n}: floods killed {n + 3} people in Sindh and {n + 1} in Punjab on Monday."
    a, b = text.index("Sindh"), text.index("Punjab")
    figures = [Figure(text=str(v), start=text.index(str(v)), end=text.index(str(v)) + len(str(v)), value=v,
                      category="killed") for v in (n + 3, n + 1)]
    places = [Place(name="Sindh", country="PK", mentions=[(a, a + 5)]),
              Place(name="Punjab", country="PK", mentions=[(b, b + 6)])]
    return Record(doc_id=f"doc-{n:05d}", published="2025-08-04", figures=figures, places=places), text


def write(db: str, n: int) -> None:
    writer = StoreWriter(db, batch_docs=7, batch_seconds=60)
    for i in range(n):
        writer.add(*document(i))
        if writer.buffers.docs == 0:
            print(f"committed {writer.committed}", flush=True)
    writer.flush()
    print(f"committed {writer.committed}", flush=True)


def hold(db: str, seconds: float, *, read_only: bool = False) -> None:
    con = connect(db, read_only=read_only)
    print("holding", flush=True)
    time.sleep(seconds)
    con.close()


def read(db: str, seconds: float) -> None:
    hold(db, seconds, read_only=True)


if __name__ == "__main__":
    mode = sys.argv[2]
    {"write": write, "hold": hold, "read": read}[mode](sys.argv[1], int(sys.argv[3]) if mode == "write" else float(sys.argv[3]))

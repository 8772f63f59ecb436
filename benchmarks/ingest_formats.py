"""WARC ingestion: FastWARC vs warcio, and extraction from WARC vs plain-text input, in one run.

    python benchmarks/ingest_formats.py [--pages 1000]

Builds a gzipped WARC of N HTML pages (the bundled demo article with varied numbers and names,
plus navigation, captions and a request record per page), then measures:
  1. iterating the records with each WARC engine, then reading every HTML response into Articles
     (trafilatura included);
  2. `newsgraph extract` on the WARC (with its progress bar) against the same texts as JSONL.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.article import Article
from newsgraph.demo import demo_article
from newsgraph.ingest.warc import _fastwarc_records, _warcio_records, read_warc
from newsgraph.pipeline import Pipeline
from newsgraph.run import Options, extract_input

NAV = '<nav><ul>' + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(12)) + "</ul></nav>"


def build_warc(path: Path, pages: int) -> None:
    base = demo_article()
    paragraphs = [p for p in base.text.splitlines() if len(p) > 60]
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(pages):
            url = f"https://news.example/story/{i}"
            body = "".join(f"<p>{p.replace('40', str(40 + i % 50))}</p>" for p in paragraphs)
            html = (f"<html><head><title>Story {i}</title><meta property='article:published_time' "
                    f"content='2025-03-{1 + i % 28:02d}'></head><body>{NAV}<article><h1>Story {i}</h1>{body}"
                    "<figure><figcaption>Smoke rises over the port. Photo: Staff</figcaption></figure>"
                    "</article><footer>Copyright News Example</footer></body></html>").encode()
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers))


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=1000)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "news.warc.gz"
        build_warc(warc, args.pages)
        print(f"WARC: {args.pages} pages, {warc.stat().st_size / 1e6:.1f} MB gzipped")
        for engine, records in (("fastwarc", _fastwarc_records), ("warcio", _warcio_records)):
            secs, n = timed(lambda: sum(1 for _ in records(warc)))
            print(f"records only, {engine:8}: {secs:6.2f} s ({n} records, payloads read, no HTML extraction)")
        texts = {}
        for engine in ("fastwarc", "warcio"):
            secs, items = timed(lambda: list(read_warc(warc, engine=engine)))
            arts = [i for i in items if isinstance(i, Article)]
            texts[engine] = arts
            print(f"read with {engine:8}: {secs:6.2f} s, {len(arts) / secs:7.1f} pages/s, {len(arts)} articles")
        corpus = Path(tmp) / "same.jsonl"
        corpus.write_text("".join(json.dumps({"doc_id": a.doc_id, "published": str(a.published), "text": a.text}) + "\n"
                                  for a in texts["fastwarc"]), encoding="utf-8")
        pipe = Pipeline()
        with open(os.devnull, "w") as out:
            t_warc, summary = timed(lambda: extract_input(warc, out, options=Options(progress=True), pipeline=pipe))
            t_text, _ = timed(lambda: extract_input(corpus, out, options=Options(progress=False), pipeline=pipe))
    print(f"extract from WARC : {t_warc:6.1f} s ({args.pages / t_warc:.1f} articles/s); {summary.describe().splitlines()[0]}")
    print(f"extract from JSONL: {t_text:6.1f} s ({args.pages / t_text:.1f} articles/s)")
    print(f"warc/plain-text throughput = {t_text / t_warc:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

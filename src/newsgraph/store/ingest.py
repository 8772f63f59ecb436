"""``newsgraph ingest``: extract articles and store documents and records in DuckDB."""
from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..article import Article
from ..ingest import Skip, read_input
from ..ingest.base import is_corpus
from ..pipeline import Outcome, Pipeline, extract_parallel
from ..progress import count_documents, progress_bar
from .writer import StoreWriter


@dataclass
class IngestOptions:
    published: dt.date | None = None
    workers: int = 1
    progress: bool = True
    wait: float = 60.0  # seconds to wait for readers holding the database


@dataclass
class IngestSummary:
    """What an ingest did: documents stored, already present, and skipped (with why)."""

    stored: int = 0
    unchanged: int = 0
    skipped: list[Skip] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(not getattr(s, "ignored", False) for s in self.skipped)

    def describe(self) -> str:
        lines = [f"{self.stored} document(s) stored, {self.unchanged} already stored, "
                 f"{len(self.skipped)} item(s) skipped"]
        reasons = Counter(s.reason.split(" (")[0].split(":")[0] for s in self.skipped)
        lines += [f"  {n} x {kind}" for kind, n in reasons.most_common()]
        lines += [f"  skipped {s.where}: {s.reason}" for s in self.skipped[:20]]
        if len(self.skipped) > 20:
            lines.append(f"  ... and {len(self.skipped) - 20} more")
        return "\n".join(lines)


def ingest_inputs(sources: Iterable[str | Path], db: str | Path, *, options: IngestOptions,
                  pipeline: Pipeline | None = None) -> IngestSummary:
    """Extract every new article of ``sources`` and store it with its record in ``db``."""
    sources = list(sources)
    summary = IngestSummary()
    with StoreWriter(db, wait=options.wait) as writer:
        with progress_bar("ingesting", enabled=options.progress and any(is_corpus(s) for s in sources),
                          total=count_documents(sources)) as advance:
            articles = _new_articles(sources, writer, summary, options, advance)
            for outcome in _outcomes(articles, options, pipeline):
                advance()
                _store(outcome, writer, summary)
    return summary


def _new_articles(sources: list, writer: StoreWriter, summary: IngestSummary,
                  options: IngestOptions, advance) -> Iterator[Article]:
    """Articles not stored yet; skips and unchanged ones are counted in ``summary``."""
    for source in sources:
        for item in read_input(source, published=options.published):
            if isinstance(item, Skip):
                summary.skipped.append(item)
                advance()
            elif writer.is_stored(item.doc_id, item.text):
                summary.unchanged += 1
                advance()
            else:
                yield item


def _store(outcome: Outcome, writer: StoreWriter, summary: IngestSummary) -> None:
    if outcome.record is None:
        summary.skipped.append(Skip(outcome.article.doc_id, outcome.error or "no record"))
    elif writer.add(outcome.record, outcome.article.text):
        summary.stored += 1
    else:
        summary.unchanged += 1


def _outcomes(articles: Iterable[Article], options: IngestOptions, pipeline: Pipeline | None) -> Iterator[Outcome]:
    """Extraction outcomes; the spaCy model is loaded only once there is a new article."""
    articles = iter(articles)
    first = next(articles, None)
    if first is None:
        return iter(())
    articles = itertools.chain([first], articles)
    if options.workers > 1:
        return extract_parallel(articles, workers=options.workers)
    return (pipeline or Pipeline()).extract_many(articles)

"""Run extraction over an input and write records: the library side of ``newsgraph extract``."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .article import Article
from .ingest import Skip, read_input
from .ingest.base import is_corpus
from .pipeline import Outcome, Pipeline, extract_parallel
from .progress import count_documents, progress_bar


@dataclass
class RunSummary:
    """What a run did: records written, what was skipped (where and why), what lacks a date."""

    written: int = 0
    skipped: list[Skip] = field(default_factory=list)
    ignored: Counter = field(default_factory=Counter)
    undated: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """True when an input item could not be read or processed (ignored items do not count)."""
        return bool(self.skipped)

    def add_skip(self, skip: Skip) -> None:
        if skip.ignored:
            self.ignored[skip.reason] += 1
        else:
            self.skipped.append(skip)

    def describe(self) -> str:
        lines = [f"{self.written} record(s) written, {len(self.skipped)} item(s) skipped"]
        reasons = Counter(_reason_kind(s.reason) for s in self.skipped)
        lines += [f"  {n} x {kind}" for kind, n in reasons.most_common()]
        if langs := Counter(s.reason[18:-1] for s in self.skipped if s.reason.startswith("non-English text (")):
            lines.append("  languages skipped: " + ", ".join(f"{lang} {n}" for lang, n in langs.most_common()))
        lines += [f"  skipped {s.where}: {s.reason}" for s in self.skipped[:20]]
        if len(self.skipped) > 20:
            lines.append(f"  ... and {len(self.skipped) - 20} more")
        if self.ignored:
            lines.append(f"{sum(self.ignored.values())} non-article item(s) ignored: "
                         + ", ".join(f"{n} x {r}" for r, n in self.ignored.most_common(8)))
        if self.undated:
            lines.append(f"warning: {len(self.undated)} document(s) have no publication date, so relative "
                         f"dates are null (set --published): {', '.join(self.undated[:5])}"
                         + (" ..." if len(self.undated) > 5 else ""))
        return "\n".join(lines)


@dataclass
class Options:
    published: dt.date | None = None
    workers: int = 1
    keep_text: bool = False
    progress: bool = True


def extract_input(source: str | Path, out: TextIO, *, options: Options, pipeline: Pipeline | None = None) -> RunSummary:
    """Extract every article of ``source`` and write records to ``out``.

    A single document is written as one pretty JSON object; a corpus as JSON Lines.
    """
    summary = RunSummary()
    items = read_input(source, published=options.published)
    corpus = is_corpus(source)
    total = count_documents([source])
    articles = _articles(items, summary)
    outcomes = _outcomes(articles, options, pipeline)
    with progress_bar("extracting", enabled=options.progress and corpus, total=total) as advance:
        for outcome in outcomes:
            advance()
            if outcome.record is None:
                summary.add_skip(Skip(outcome.article.doc_id, outcome.error or "no record"))
                continue
            if outcome.article.published is None:
                summary.undated.append(outcome.article.doc_id)
            out.write(outcome.record.to_json(indent=None if corpus else 2) + "\n")
            summary.written += 1
    return summary


def _articles(items: Iterable[Article | Skip], summary: RunSummary) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Skip):
            summary.add_skip(item)
        else:
            yield item


def _outcomes(articles: Iterable[Article], options: Options, pipeline: Pipeline | None) -> Iterator[Outcome]:
    if options.workers > 1:
        return extract_parallel(articles, workers=options.workers, keep_text=options.keep_text)
    return (pipeline or Pipeline()).extract_many(articles, keep_text=options.keep_text)


def _reason_kind(reason: str) -> str:
    return reason.split(" (")[0].split(":")[0]

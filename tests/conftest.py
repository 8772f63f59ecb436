"""Shared fixtures: one spaCy pipeline for the whole session."""
from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.article import Article
from newsgraph.pipeline import Pipeline, build_nlp


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


@pytest.fixture(scope="session")
def pipeline(nlp):
    return Pipeline(nlp)


@pytest.fixture(scope="session")
def extract(pipeline):
    """extract(text, published="2024-07-09") -> Record, for tests written as sentences."""

    def run(text: str, published: str | None = "2024-07-09", doc_id: str = "t"):
        date = dt.date.fromisoformat(published) if published else None
        return pipeline.extract(Article(doc_id=doc_id, text=text, published=date))

    return run

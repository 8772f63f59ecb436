"""Political events in the PLOVER ontology."""
from __future__ import annotations

from spacy.tokens import Doc

from ..article import Article
from ..record import Entity, Event, Place, Quote, TimeExpr


def extract_events(
    doc: Doc, article: Article, *, entities: list[Entity], places: list[Place],
    times: list[TimeExpr], quotes: list[Quote],
) -> list[Event]:
    """Every PLOVER event in doc with its actors, place, date and status."""
    return []

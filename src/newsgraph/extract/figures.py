"""Figures: counts with category, hedge and the source that claims them."""
from __future__ import annotations

from spacy.tokens import Doc

from ..article import Article
from ..record import Entity, Figure, Place, Quote, TimeExpr


def extract_figures(
    doc: Doc, article: Article, *, entities: list[Entity], places: list[Place],
    times: list[TimeExpr], quotes: list[Quote],
) -> list[Figure]:
    """Every count in doc with its category and claimant."""
    return []

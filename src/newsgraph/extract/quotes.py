"""Reported speech: direct and indirect quotes with their speakers."""
from __future__ import annotations

from spacy.tokens import Doc

from ..article import Article
from ..record import Entity, Place, Quote


def extract_quotes(doc: Doc, article: Article, *, entities: list[Entity], places: list[Place]) -> list[Quote]:
    """Every act of reported speech in doc; start/end delimit the content."""
    return []

"""Places: toponyms used as locations, geocoded offline."""
from __future__ import annotations

from spacy.tokens import Doc

from ..article import Article
from ..record import Entity, Place


def extract_places(doc: Doc, article: Article, *, entities: list[Entity]) -> list[Place]:
    """One Place per location named in doc; spans already taken by actor entities are skipped."""
    return []

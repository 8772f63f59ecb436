"""Time expressions resolved against the publication date."""
from __future__ import annotations

from spacy.tokens import Doc

from ..article import Article
from ..record import TimeExpr


def extract_times(doc: Doc, article: Article) -> list[TimeExpr]:
    """Every time expression in doc with its calendar value (null when unresolvable)."""
    return []

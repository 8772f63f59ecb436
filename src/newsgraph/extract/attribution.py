"""Who claims what: the speaker whose reported content contains a span.

Shared by the figures layer (``Figure.source``) and the events layer (``Event.attributed_to``).
"""
from __future__ import annotations

from ..record import Quote


def claimant(quotes: list[Quote], start: int, end: int) -> str | None:
    """Speaker of the innermost quote whose content contains [start, end), or None."""
    best: Quote | None = None
    for quote in quotes:
        if quote.start <= start and end <= quote.end:
            if best is None or (quote.end - quote.start) < (best.end - best.start):
                best = quote
    return best.speaker if best else None

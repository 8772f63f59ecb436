"""Who claims what: the speakers whose reported content contains a span.

Shared by the figures layer (``Figure.source``) and the events layer (``Event.attributed_to``).
The quotes layer already turns "according to X, ..." and "..., X said" into quotes whose
``start``/``end`` cover the claimed clause, so a claim is found by containment:

    >>> claimant(quotes, start, end)        # the innermost speaker: "A said B told it that ..." -> B
    >>> [q.speaker for q in claim_chain(quotes, start, end)]   # innermost first: ["B", "A"]
"""
from __future__ import annotations

from ..record import Quote


def claim_chain(quotes: list[Quote], start: int, end: int) -> list[Quote]:
    """Every quote whose content contains [start, end), innermost (shortest) first."""
    holding = [q for q in quotes if q.speaker and q.start <= start and end <= q.end]
    return sorted(holding, key=lambda q: (q.end - q.start, -q.start))


def quote_at(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The innermost quote whose content contains [start, end), or None."""
    chain = claim_chain(quotes, start, end)
    return chain[0] if chain else None


def claimant(quotes: list[Quote], start: int, end: int) -> str | None:
    """Speaker of the innermost quote whose content contains [start, end), or None."""
    quote = quote_at(quotes, start, end)
    return quote.speaker if quote else None


def claimants(quotes: list[Quote], start: int, end: int) -> list[str]:
    """Distinct speakers claiming [start, end), innermost first ("A said B says ..." -> [B, A])."""
    out: list[str] = []
    for quote in claim_chain(quotes, start, end):
        if quote.speaker not in out:
            out.append(quote.speaker)
    return out

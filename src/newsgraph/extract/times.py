"""Time expressions resolved against the publication date.

Regexes (times_find) propose spans; the parse checks context (a modal "May", "Bloody
Sunday", a count that is not a year) and gives the governing verb's tense (times_tense),
which places weekdays and year-less dates before or after publication; times_resolve
turns each span into a FORMAT.md value, carrying "that day", "the previous day" over
from the last resolved date.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..article import Article
from ..record import TimeExpr
from .times_context import plausible
from .times_find import Match, find_matches
from .times_resolve import Resolver

# Page metadata lines ("Published: 12 March 2024 10:43 IST", "Updated 2 hours ago") are not story
# text; FORMAT.md annotators ignore page furniture, so no time is taken from them.
_META_LINE = re.compile(
    r"^[ \t]*(?:published|updated|last updated|first published|posted|modified|date)\b[^\n]{0,80}$",
    re.IGNORECASE | re.MULTILINE,
)


def extract_times(doc: Doc, article: Article) -> list[TimeExpr]:
    """Every time expression in doc with its calendar value (null when unresolvable)."""
    resolver = Resolver(doc, article.published)
    items = []
    matches = _outside_meta_lines(resolver.text, find_matches(resolver.text, doc))
    for match, span in _select(doc, matches):
        item = resolver.resolve(match, span)
        if item is not None:
            items.append(item)
    return items


def _outside_meta_lines(text: str, matches: list[Match]) -> list[Match]:
    meta = [(m.start(), m.end()) for m in _META_LINE.finditer(text)]
    if not meta:
        return matches
    return [m for m in matches if not any(start <= m.start < end for start, end in meta)]


def _select(doc: Doc, matches: list[Match]) -> list[tuple[Match, Span]]:
    """The longest non-overlapping matches that pass their context checks, in text order."""
    taken: list[tuple[Match, Span]] = []
    for match in sorted(matches, key=lambda m: (m.start - m.end, m.start)):
        if any(match.start < m.end and m.start < match.end for m, _ in taken):
            continue
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is not None and len(span) and plausible(match, span):
            taken.append((match, span))
    return sorted(taken, key=lambda pair: pair[0].start)

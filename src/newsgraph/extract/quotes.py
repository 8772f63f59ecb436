"""Reported speech: direct and indirect quotes with their speakers.

Direct quotes come from quotation marks with a reporting clause beside them (``quote_direct``),
indirect ones from the dependency parse of reporting verbs and "according to" (``quote_indirect``).
Speakers are named in text order (``speakers``), so "he said" finds the person named before it.
``start``/``end`` delimit the content; a split quote ('"A," he said, "B."') is one quote whose
``text`` joins its parts and whose span runs from the first part to the last.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..article import Article
from ..record import Entity, Place, Quote
from .headlines import headline_end
from .quote_direct import find_direct
from .quote_indirect import find_indirect
from .reports import Report
from .speakers import SpeakerNamer
from .doctext import doc_text


# An upper-case place, optional date and agency, then a dash: the wire dateline before a story's first words.
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{2,}(?:,[^—–\n]{0,40}?)?(?:\s*\([^)\n]{1,30}\))?\s*(?:—|–|--|-)\s+")
# A title-case dateline opening a paragraph: "Manila, Philippines — ...", "Pune, Jul 30 (PTI) ...".
_TITLE_DATELINE = re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}(?:,[^—–\n(]{1,30}?)?"
                             r"(?:\s*\([A-Za-z]{2,10}\)\s*(?:—|–|--|-|:)?|\s*(?:—|–))\s+")


def extract_quotes(doc: Doc, article: Article, *, entities: list[Entity], places: list[Place]) -> list[Quote]:
    """Every act of reported speech in doc; start/end delimit the content."""
    direct, used = find_direct(doc)
    inside = [piece for report in direct for piece in report.pieces]
    reports = direct + find_indirect(doc, skip_tokens=used, inside=inside)
    reports.sort(key=lambda report: report.at)
    namer = SpeakerNamer(doc, entities, places)
    text = doc_text(doc)
    headline = headline_end(text)
    quotes = []
    for report in reports:
        if report.at < headline:
            continue  # ANNOTATION.md: headlines restate the body; quotes are taken from the body
        _clip_to_paragraph(text, report)
        speaker = namer.name(report.speaker, report.at)
        if speaker and report.pieces:
            quotes.append(_quote(text, report, speaker))
    return _unique(sorted(quotes, key=lambda q: (q.start, q.end)))


def _quote(text: str, report: Report, speaker: str) -> Quote:
    _drop_dateline(text, report)
    _close_quotation(text, report)
    return Quote(speaker=speaker, cue=report.cue, text=report.text(text), direct=report.direct,
                 start=report.start, end=report.end)


def _clip_to_paragraph(text: str, report: Report) -> None:
    """Keep only the content in the paragraph of the reporting clause (the parser may run a sentence
    across a line break); direct quotes keep their continuation paragraphs."""
    if report.direct:
        return
    anchor = report.cue_token.idx if report.cue_token is not None else report.at
    low, high = text.rfind("\n", 0, anchor) + 1, text.find("\n", anchor)
    high = len(text) if high < 0 else high
    report.pieces = [(max(s, low), min(e, high)) for s, e in report.pieces if s < high and e > low]
    report.pieces = [(s, e) for s, e in report.pieces if text[s:e].strip()]


def _close_quotation(text: str, report: Report) -> None:
    """Take in the closing mark of a quoted phrase the content ends on ('as "catastrophic"')."""
    start, end = report.pieces[-1]
    piece = text[start:end]
    opened = piece.count("“") > piece.count("”") or piece.count('"') % 2 == 1
    if opened and text[end:end + 1] in ('"', "”"):
        report.pieces[-1] = (start, end + 1)


def _drop_dateline(text: str, report: Report) -> None:
    """Start the content after a dateline it begins with ("LAGOS — ...", "KYIV, May 2 (Reuters) - ...")."""
    start, end = report.pieces[0]
    found = _DATELINE.match(text, start, end)
    if found is None and (start == 0 or text[start - 1] == "\n"):
        found = _TITLE_DATELINE.match(text, start, end)
    if found and found.end() < end:
        report.pieces[0] = (found.end(), end)


def _unique(quotes: list[Quote]) -> list[Quote]:
    """Drop repeats of the same speaker and content span."""
    seen, out = set(), []
    for quote in quotes:
        key = (quote.speaker, quote.start, quote.end)
        if key not in seen:
            seen.add(key)
            out.append(quote)
    return out

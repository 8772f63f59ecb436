"""Political events in the PLOVER ontology: who did what to whom, where, when, and did it happen.

1. Triggers: every verb or noun whose lemma is in the trigger lexicon and whose context fits an
   entry (events_lexicon: "a strike by workers" is PROTEST, "an air strike" ASSAULT).
2. Filters keep one event per real event (events_filter): a noun goal ("called for a ceasefire"),
   a compound modifier ("ceasefire talks"), a bare re-mention ("the attack") and a consequence
   ("the strike killed four") are not events of their own.
3. Each kept trigger gets its source and target (events_roles), place and date (events_context),
   status (events_status) and the speaker whose reported content contains it (attribution).
4. A headline restating the body is skipped, a wire dateline names neither actor nor place, and a
   noun restating an earlier event of the same claimant and date ("Monday's attack") is dropped.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from ..article import Article
from ..record import Entity, Event, Place, Quote, TimeExpr
from .attribution import claimant
from .events_actors import MentionIndex
from .events_context import TimeIndex, place_and_date
from .events_filter import Candidate, keep_candidates
from .events_lexicon import lookup, trigger_pos
from .events_roles import roles
from .events_status import status
from .headlines import dateline_end, headline_end
from .doctext import doc_text


def extract_events(
    doc: Doc, article: Article, *, entities: list[Entity], places: list[Place],
    times: list[TimeExpr], quotes: list[Quote],
) -> list[Event]:
    """Every PLOVER event in doc with its actors, place, date and status."""
    text = doc_text(doc)
    body = headline_end(text)
    mentions = MentionIndex.build(doc, entities, places, dateline_end(text, body))
    time_index = TimeIndex.build(doc, times)
    candidates = [Candidate(token, entry) for token in doc
                  if token.idx >= body and (entry := lookup(token, mentions.is_actor))]
    events = []
    for cand in candidates:
        cand.source, cand.target = roles(cand.token, cand.entry.type, mentions)
        cand.place, cand.date = place_and_date(cand.token, mentions, time_index, (*cand.source, *cand.target))
        cand.own_detail = _own_detail(cand.token, mentions, time_index)
    for cand in keep_candidates(candidates):
        event = _event(cand, text, article.published, quotes)
        if not (trigger_pos(cand.token) == "noun" and any(_same_event(event, e) for e in events)):
            events.append(event)
    return events


def _same_event(later: Event, earlier: Event) -> bool:
    """'Monday's attack' after 'rebels attacked X on Monday': the same act restated by the same claimant."""
    if later.type != earlier.type or not later.date or later.date != earlier.date:
        return False
    if later.attributed_to != earlier.attributed_to:
        return False
    return not later.source or bool(set(later.source) & set(earlier.source))


def _event(cand: Candidate, text: str, published: dt.date | None, quotes: list[Quote]) -> Event:
    start, end = _trigger_span(cand.token)
    later = _after(cand.date, published)
    return Event(
        type=cand.entry.type, mode=cand.entry.mode, trigger=text[start:end], start=start, end=end,
        source=cand.source, target=cand.target, place=cand.place, date=cand.date,
        status=status(cand.token, date_after_publication=later, event_type=cand.entry.type),
        attributed_to=claimant(quotes, start, end),
    )


def _own_detail(token: Token, mentions: MentionIndex, times: TimeIndex) -> bool:
    """True when the trigger's own phrase names an actor, place or date ("the Israeli attacks",
    "the talks in Doha"), which makes a definite noun more than a re-mention."""
    for word in token.subtree:
        if word.i != token.i and (word.i in mentions.by_token or word.i in times.by_token):
            return True
    return False


def _trigger_span(token: Token) -> tuple[int, int]:
    """The trigger word, with an adjacent particle for phrasal verbs ('pulled out')."""
    end_token = token
    for child in token.children:
        if child.dep_ == "prt" and child.i == end_token.i + 1:
            end_token = child
    return token.idx, end_token.idx + len(end_token.text)


def _after(value: str | None, published: dt.date | None) -> bool:
    """True when a date value lies after the publication date at its own granularity."""
    if not value or published is None:
        return False
    if "-W" in value:
        year, week, _ = published.isocalendar()
        return value > f"{year}-W{week:02d}"
    return value > published.isoformat()[: len(value)]

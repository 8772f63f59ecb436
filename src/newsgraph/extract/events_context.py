"""Place and date of an event: what its own clause ties to it.

From the trigger (and, for a noun, the verb that governs it) the search walks down through
prepositional phrases, temporal modifiers and objects, not into subordinate clauses, which carry
their own events. A date is a DATE time expression of the times layer with a value; a place is a
place mention that is not an actor modifier ("Israeli strikes" is no location). The place named
by a locative phrase's head beats one reached through it ("in the neighbourhood of X" -> X).
Date and place never carry over from another sentence (ANNOTATION.md).
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..record import TimeExpr
from .events_actors import MentionIndex
from .events_lexicon import governor, trigger_pos

# Not advcl, relcl, ccomp, nor pcomp except after "by", "while" ...: "barred X from running in
# July's election" dates the election; "accused X of ... by declaring ... this week" the accusation.
_WALK_DEPS = {"prep", "pobj", "npadvmod", "tmod", "advmod", "dobj", "compound", "appos", "nmod",
              "conj", "poss", "amod", "nummod", "quantmod", "dative", "attr", "acl"}
_LOCATIVE = {"in", "at", "near", "outside", "inside", "into", "across", "along", "on", "around", "off",
             "throughout", "within", "over", "of", "from", "south", "north", "east", "west", "through", "via"}
# How specific a place feature is: the camp beats the city, the city the region, the region the country.
_SPECIFICITY = {"country": 1, "region": 2, "area": 2, "water": 2, "island": 2, "city": 3, "town": 4, "village": 4,
                "district": 4, "neighbourhood": 4, "camp": 4, "crossing": 4, "road": 4, "facility": 4}
_SAME_TIME_PREPS = {"by", "while", "when", "in", "during", "after", "upon", "on"}
_INSIDE = {"in", "into", "inside", "at", "near", "across", "throughout", "within", "outside"}
_NOT_LOCATION_DEPS = {"amod", "poss"}
_MAX_DEPTH = 8  # "killed 150 in a week of fighting in the city neighbourhood of X" is 8 steps deep
_INHERIT_DEPS = {"conj", "advcl", "xcomp", "acl", "pobj", "prep", "pcomp"}
_REPORTING = {"say", "tell", "add", "state", "report", "claim", "announce", "confirm"}


@dataclass
class TimeIndex:
    """Token index -> resolved DATE value, built once per document."""

    by_token: dict[int, str]

    @classmethod
    def build(cls, doc: Doc, times: list[TimeExpr]) -> TimeIndex:
        """Index the tokens of every DATE expression that has a value."""
        by_token: dict[int, str] = {}
        for time in times:
            if time.type != "DATE" or not time.value:
                continue
            span = doc.char_span(time.start, time.end, alignment_mode="expand")
            for token in span or ():
                by_token[token.i] = time.value
        return cls(by_token)


def place_and_date(
    trigger: Token, mentions: MentionIndex, times: TimeIndex, actors: tuple[str, ...] = (),
) -> tuple[str | None, str | None]:
    """(place name, date value) tied to the trigger's clause, or None for each. A place that is
    also the event's actor ("attacks on Israel from Lebanon") is the place only when no other is."""
    roots = [trigger]
    if trigger_pos(trigger) == "noun":
        gov = governor(trigger)
        if gov is not None:
            roots.append(gov)
    if trigger.dep_ == "compound" and trigger.head.dep_ == "ROOT":  # "Negotiations resume[NOUN] in X"
        roots.append(trigger.head)
    place, date = _search(roots, mentions, times, actors)
    for sibling in _clause_siblings(trigger):  # "detonated a bomb and opened fire on X in Y on Sunday"
        if place and date:
            break
        other_place, other_date = _search([sibling], mentions, times, actors)
        place, date = place or other_place, date or other_date
    place = place or _relative_place(trigger, mentions)
    return place, date or _relative_date(trigger, times) or _inherited_date(trigger, times)


def _search(roots: list[Token], mentions: MentionIndex, times: TimeIndex, actors: tuple[str, ...]):
    """(place, date) below the roots. Only places in locative phrases or objects count; the most
    specific wins ("the X camp in Y region" -> X camp), then the best placed, then the nearest."""
    places: list[tuple[float, int, float, int, str]] = []
    dates: list[str] = []
    for depth, token in _walk(roots):
        if token.i in times.by_token and times.by_token[token.i] not in dates:
            dates.append(times.by_token[token.i])
        place = mentions.place_at(token)
        if place is not None and token.dep_ not in _NOT_LOCATION_DEPS:
            if place.name in actors and not _inside(token):
                continue  # "sanctions against Russia", "aid to Ukraine": an actor, not a location
            rank = 1.9 if place.name in actors else _place_rank(token, mentions)  # "rockets into Israel"
            if rank >= 2:
                continue  # "aid for Ukraine": a place named, but not where the event happened
            places.append((-_SPECIFICITY.get(place.feature, 2.5), rank, depth, place.name))
    return (min(places)[-1] if places else None), _finest(dates)


def _inside(token: Token) -> bool:
    """True for the object of a preposition of location proper ("into northern Israel")."""
    head = token
    while head.dep_ in ("compound", "flat", "amod") and head.head is not head:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in _INSIDE


def _clause_siblings(trigger: Token) -> list[Token]:
    """Verbs coordinated with a verb trigger: they share its circumstances when it has none."""
    if trigger.pos_ not in ("VERB", "AUX") or any(c.tag_ == "MD" for c in trigger.children):
        return []  # "opened proceedings in February and could withhold funds": not that date
    out = [c for c in trigger.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX"):
        out.append(trigger.head)
    return out


def _relative_place(trigger: Token, mentions: MentionIndex) -> str | None:
    """'in Rosario, where police detained nine people' -> Rosario."""
    if trigger.dep_ != "relcl" or not any(c.lower_ == "where" for c in trigger.children):
        return None
    head = trigger.head
    while mentions.place_at(head) is None and head.dep_ == "appos" and head.head is not head:
        head = head.head
    place = mentions.place_at(head)
    return place.name if place is not None else None


def _relative_date(trigger: Token, times: TimeIndex) -> str | None:
    """'since November, when hostages were released' -> November."""
    if trigger.dep_ != "relcl" or not any(c.lower_ == "when" for c in trigger.children):
        return None
    return times.by_token.get(trigger.head.i)


def _finest(dates: list[str]) -> str | None:
    """'Last month, on February 27': the most precise value, the first on a tie."""
    return max(dates, key=len) if dates else None


def _inherited_date(trigger: Token, times: TimeIndex) -> str | None:
    """A clause without its own date takes the date of the clause it hangs from ("struck X on
    Saturday, while Y fired rockets"; "gathered on Monday to demand"), not through reporting verbs."""
    token = trigger
    for _ in range(3):
        if token.dep_ not in _INHERIT_DEPS or token.head is token:
            return None
        token = token.head
        if token.lemma_.lower() in _REPORTING:
            return None
        if token.pos_ in ("VERB", "AUX"):
            return _finest([times.by_token[c.i] for c in _date_children(token, times)])
    return None


def _date_children(verb: Token, times: TimeIndex) -> list[Token]:
    """Date tokens in the verb's own temporal modifiers ("on Saturday", "last week")."""
    out = []
    for child in verb.children:
        if child.dep_ in ("npadvmod", "tmod") and child.i in times.by_token:
            out.append(child)
        elif child.dep_ == "prep":
            out.extend(g for g in child.children if g.dep_ == "pobj" and _date_head(g, times))
    return out


def _date_head(token: Token, times: TimeIndex) -> bool:
    return token.i in times.by_token or any(c.i in times.by_token for c in token.children if c.dep_ == "compound")


def _walk(roots: list[Token]):
    """(depth, token) breadth-first below the roots through phrase-internal dependencies."""
    seen = {r.i for r in roots}
    queue = deque((0, r) for r in roots)
    while queue:
        depth, token = queue.popleft()
        yield depth, token
        if depth >= _MAX_DEPTH:
            continue
        for child in token.children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                continue  # a coordinated clause is another event
            walkable = child.dep_ in _WALK_DEPS or (child.dep_ == "pcomp" and token.lower_ in _SAME_TIME_PREPS)
            if child.i not in seen and walkable:
                seen.add(child.i)
                queue.append((depth + 1, child))


def _place_rank(token: Token, mentions: MentionIndex) -> float:
    """0: head of a locative phrase ('in X') or object ('stormed X'); 1: reached through 'of'
    ('district of X'); +0.5 for the modifier of a location noun ('in the X camp'); 2: other."""
    head = token
    while head.dep_ in ("compound", "flat") and head.head is not head:
        head = head.head
    own = 0.0 if mentions.place_at(head) == mentions.place_at(token) else 0.5  # 0.5: "the [X] camp"
    if head.dep_ == "dobj" or (head.dep_ == "pobj" and head.head.lower_ == "as"):  # "stormed X", "known as X"
        return own
    if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE - {"of"}:
        return own
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return 1 + own
    return 2

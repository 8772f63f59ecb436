"""Context checks on pattern hits: is this "May" a month, this "2030" a year, this "Sunday" a date?

Each check looks only at the hit's own tokens and their neighbours in the parse.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .times_find import Match, month_number

# Words after which a bare month or year names calendar time ("since November", "in 2022").
_TIME_PREPS = {"in", "since", "until", "till", "by", "from", "to", "through", "throughout", "during",
               "of", "before", "after", "between", "and", "or", "early", "late", "mid", "around", "on",
               "last", "next", "this", "circa", "-", "–", "start", "end", "beginning", "middle"}
# For a number spaCy calls a count, only these make it a year ("rose to 2000 in 2023").
_STRONG_YEAR_PREPS = {"in", "since", "until", "till", "during", "by", "before", "after"}
# Capitalised words that turn a weekday into a name ("Bloody Sunday", "Super Tuesday").
_WEEKDAY_NAMERS = {"bloody", "black", "super", "good", "holy", "palm", "cyber", "easter", "ash", "maundy",
                   "great", "red", "blue", "giving", "white", "dark"}
_NAME_ENTS = {"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "LAW"}
_COPYRIGHT = {"©", "copyright", "(c)"}
# Nouns that a "nine-month-old" describes as a period, not an age.
_PERIOD_NOUNS = {"war", "conflict", "fighting", "siege", "blockade", "truce", "ceasefire", "crisis",
                 "campaign", "offensive", "government", "administration", "insurgency", "standoff",
                 "strike", "protest", "protests", "movement", "dispute", "deal", "occupation", "uprising",
                 "invasion", "rebellion", "lockdown", "shutdown", "drought", "famine", "coalition", "talks"}
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][^\n.!?;:]{0,70},[ \t]*)?$")
_DATELINE_AFTER = re.compile(r"^[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?[—–-]")


def plausible(match: Match, span: Span) -> bool:
    """False for hits that are not time expressions in context."""
    check = _CHECKS.get(match.kind)
    return check(match, span) if check else True


def is_dateline(text: str, span: Span) -> bool:
    """True for the date of a dateline: "ISTANBUL, July 19 — ..." at the start of a line."""
    before = text[max(0, span.start_char - 80):span.start_char]
    return bool(_DATELINE_BEFORE.search(before)) and bool(_DATELINE_AFTER.match(text[span.end_char:]))


def is_age(match: Match, span: Span) -> bool:
    """True for "a 20-year-old marine": a unit-old compound that does not describe a period."""
    if match.groups.get("old", "").lower() != "old":
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is None or after.lower_ not in _PERIOD_NOUNS


def _previous(span: Span) -> Token | None:
    index = span.start - 1
    while index >= 0 and span.doc[index].is_space:
        index -= 1
    return span.doc[index] if index >= 0 else None


def _next(span: Span) -> Token | None:
    return span.doc[span.end] if span.end < len(span.doc) else None


def _in_name(span: Span) -> bool:
    return any(t.ent_type_ in _NAME_ENTS for t in span)


def _check_month(match: Match, span: Span) -> bool:
    token = span[-1]
    if token.tag_ == "MD" or _in_name(span):
        return False
    if match.groups.get("mod"):
        return True
    prev, nxt = _previous(span), _next(span)
    if prev is not None and prev.lower_ in _TIME_PREPS:
        return True
    if nxt is not None and nxt.like_num and len(nxt.text) == 4:
        return True
    return token.ent_type_ == "DATE"


def _check_dated_month(match: Match, span: Span) -> bool:
    """ "May 5", "5 May 2024": a modal "May" or a name ("Theresa May 2") is no date."""
    first = next((t for t in span if month_number(t.text)), None)
    return first is not None and first.tag_ != "MD" and first.ent_type_ not in ("PERSON", "ORG")


def _check_weekday(match: Match, span: Span) -> bool:
    if _in_name(span):
        return False
    prev = _previous(span)
    return match.groups.get("mod") is not None or prev is None or not (
        prev.is_title and prev.lower_ in _WEEKDAY_NAMERS)


def _check_year(match: Match, span: Span) -> bool:
    prev, nxt = _previous(span), _next(span)
    prev_word = prev.lower_ if prev is not None else ""
    if prev_word in _COPYRIGHT or (nxt is not None and nxt.text in ("%", "per")):
        return False
    if prev is not None and prev.is_title and not prev.is_sent_start and prev_word not in _TIME_PREPS \
            and month_number(prev.text) is None:
        return False  # part of a name: "Euro 2024", "Vision 2030"
    token = span[0]
    if token.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"):
        return prev_word in _STRONG_YEAR_PREPS and (nxt is None or nxt.pos_ != "NOUN")
    return token.ent_type_ == "DATE" or prev_word in _TIME_PREPS


def _check_set_word(match: Match, span: Span) -> bool:
    return span[0].pos_ != "NOUN"  # "a Polish-language weekly" is a newspaper


def _check_event_relative(match: Match, span: Span) -> bool:
    """ "the day before" alone, not "the day before the election" (relative to an event)."""
    if match.groups.get("dir") is None:
        return True
    nxt = _next(span)
    return nxt is None or nxt.is_punct or nxt.pos_ in ("CCONJ", "ADV", "ADP")


def _check_duration(match: Match, span: Span) -> bool:
    """ "a second vessel" is an ordinal, not a duration."""
    g = match.groups
    return not (g.get("unit", "").lower() == "second" and g.get("n", "").lower() in ("a", "an"))


_CHECKS = {
    "duration": _check_duration,
    "month": _check_month, "mdy": _check_dated_month, "dmy": _check_dated_month, "my": _check_dated_month,
    "month_rel_year": _check_dated_month, "weekday": _check_weekday, "year": _check_year,
    "set_word": _check_set_word, "anaphor": _check_event_relative,
}

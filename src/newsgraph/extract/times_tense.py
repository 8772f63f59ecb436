"""Which way a weekday or year-less date points, read from the governing verb (ANNOTATION.md).

Past tense points back (the most recent such day on or before publication); "will",
modals, "is due to", "are scheduled to" and the present tense of scheduled events
("Negotiations resume on Wednesday") point forward. ``None`` means the parse gives no clue.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

PAST, FUTURE = "past", "future"
_PRESENT = "present"  # internal: a present tense points forward only for a date on the verb itself

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "must", "should", "may", "might", "can", "ca"}
# Heads whose infinitive complement is yet to happen: "is due to meet", "are expected to arrive".
_FUTURE_HEADS = {"due", "expect", "schedule", "set", "plan", "intend", "aim", "hope", "prepare",
                 "poise", "slate", "likely", "going", "about", "ready", "vow", "promise", "pledge",
                 "threaten", "want", "seek", "propose", "agree", "decide", "call", "invite", "urge"}
# Participles that schedule whatever their tense: "was scheduled for Friday", "is set for May 5".
_SCHEDULE_PARTICIPLES = {"schedule", "plan", "set", "slate", "due", "expect", "postpone", "delay", "reschedule"}
_PAST_WORDS = {"since"}
_PAST_ADVERBS = {"recently", "previously", "already", "earlier"}  # "most recently in January"
_FUTURE_WORDS = {"upcoming", "coming", "forthcoming"}
_EARLIER_MODIFIERS = {"previous", "last", "earlier", "former", "past", "prior", "preceding"}
_NOUN_MODIFIER_DEPS = {"compound", "poss", "nmod", "amod"}
_MAX_CLIMB = 8  # head hops from the date to its verb; deeper means a different clause (measured on dev)
_MAX_HEADLINE = 160  # characters; wire headlines run to about 100 (a longer line is body text)
_LINE_ENDS = (".", "!", "?", '"', "”", "'", "’", ")", ":", ";", ",", "—")


def direction(span: Span, text: str) -> str | None:
    """PAST, FUTURE or None for the time expression span; text is span.doc.text (passed in
    because Doc.text is rebuilt from the tokens on every access)."""
    cue = _word_cue(span)
    if cue is not None:
        return cue
    if _after_earlier_noun(span.root):
        return PAST
    verb, direct = governing_verb(span.root)
    if verb is None:
        return _sentence_direction(span)
    if is_headline(span, text):
        return _headline_direction(verb)
    way = verb_direction(verb)
    if way == _PRESENT:
        return FUTURE if direct else None
    return way


def is_headline(span: Span, text: str) -> bool:
    """True when span's line reads as a headline: short and without closing punctuation."""
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start:end if end >= 0 else len(text)].strip()
    return len(line) <= _MAX_HEADLINE and not line.endswith(_LINE_ENDS)


def _headline_direction(verb: Token) -> str | None:
    """Headlines report the past in the present ("Israel strikes Gaza on Sunday") and the
    future with a bare infinitive ("Envoy to visit Cairo on Monday")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return FUTURE
    way = verb_direction(verb)
    return PAST if way == _PRESENT else way


def _word_cue(span: Span) -> str | None:
    """A word just before the date that fixes its direction: "since", "ahead of", "upcoming"."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in _PAST_WORDS or any(t.lower_ in _PAST_ADVERBS for t in doc[max(0, span.start - 2):span.start]):
        return PAST
    if before in _FUTURE_WORDS or any(t.lower_ in _FUTURE_WORDS for t in span):
        return FUTURE
    if before == "of" and span.start > 1 and doc[span.start - 2].lower_ == "ahead":
        return FUTURE
    return None


def _after_earlier_noun(token: Token) -> bool:
    """True when the date sits in a noun phrase marked as earlier ("the previous round in June")."""
    current = token
    for _ in range(_MAX_CLIMB):
        if current.head is current or _is_predicate(current.head):
            return False
        current = current.head
        if current.pos_ == "NOUN" and any(c.lower_ in _EARLIER_MODIFIERS for c in current.children):
            return True
    return False


def _sentence_direction(span: Span) -> str | None:
    """When the parse links the date to no verb (a verb tagged as a noun: "Talks resume on
    Wednesday"), the direction of the nearest verb in the sentence that has one."""
    verbs = sorted((t for t in span.sent if _is_predicate(t)), key=lambda t: abs(t.i - span.start))
    for verb in verbs:
        way = verb_direction(verb)
        if way is not None:
            return FUTURE if way == _PRESENT else way
    return None


def governing_verb(token: Token) -> tuple[Token | None, bool]:
    """The nearest verb (or predicative "due"/"likely") above token, and whether the date bears
    on it directly rather than naming a noun's event ("the October 7 attack", "Sunday's vote")."""
    direct = not (token.dep_ in _NOUN_MODIFIER_DEPS and token.head.pos_ in ("NOUN", "PROPN"))
    current = token
    for _ in range(_MAX_CLIMB):
        if current.head is current:
            return (current, direct) if _is_predicate(current) else (None, direct)
        current = current.head
        if _is_predicate(current):
            return current, direct
    return None, direct


def verb_direction(verb: Token, depth: int = 0) -> str | None:
    """PAST, FUTURE, _PRESENT or None from a verb's auxiliaries, tag and (for infinitives) head."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return FUTURE
    if "could" in words:
        return PAST
    if "to" in words and verb.tag_ == "VB":
        return _infinitive_direction(verb, depth)
    lemma = verb.lemma_.lower()
    if lemma in ("due", "likely") or verb.lower_ == "going" or (verb.tag_ == "VBN" and lemma in _SCHEDULE_PARTICIPLES):
        return FUTURE
    if any(a.tag_ == "VBD" for a in auxes):
        return PAST
    return _tag_direction(verb, depth)


def _infinitive_direction(verb: Token, depth: int) -> str | None:
    head = verb.head
    if head is verb or depth > 3:
        return None
    if head.lemma_.lower() in _FUTURE_HEADS or head.lower_ == "going":
        return FUTURE
    return verb_direction(head, depth + 1) if _is_predicate(head) else None


def _tag_direction(verb: Token, depth: int) -> str | None:
    tag = verb.tag_
    if tag == "VBD":
        return PAST
    if tag in ("VBZ", "VBP"):
        return _PRESENT
    if tag == "VBN":
        return _present_aux_direction(verb) or PAST
    if tag in ("VBG", "VB"):
        aux = _present_aux_direction(verb)
        if aux:
            return aux
        head = verb.head
        if head is not verb and depth < 3 and _is_predicate(head):
            return verb_direction(head, depth + 1)
    return None


def _present_aux_direction(verb: Token) -> str | None:
    """PAST for "has + participle", _PRESENT for "is/are + participle", else None."""
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.tag_ in ("VBZ", "VBP"):
            return PAST if child.lemma_ == "have" else _PRESENT
    return None


def _is_predicate(token: Token) -> bool:
    if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass", "amod"):
        return True
    return token.lower_ in ("due", "likely") and token.pos_ == "ADJ"

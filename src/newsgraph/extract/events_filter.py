"""One event per real event: which trigger candidates are events of their own (ANNOTATION.md).

Dropped: a noun used as a modifier ("ceasefire talks", "hostage release deal"); a noun that is the
goal or topic of another trigger verb ("called for a ceasefire", "condemned the attack", "will
discuss the attacks"), unless that verb is a light verb that the noun completes ("launched attacks",
"imposed a curfew"); a noun with nothing of its own to say (no actor, place, date or verb) or a
definite re-mention ("the attack took place"); a consequence ("killing three", "shelling killed 11",
"were killed when a rocket hit") of an attack already found; the second of coordinated nouns of one
type ("shelling and air strikes"); a running toll ("7,000 have been killed since 2004"), an act ruled
out ("bars them from blocking"), a kind of people ("those detained"), the work of nature ("a cyclone
forced the closure"), the content of a refusal ("refused to recognise") and a purpose clause that
restates its event ("will meet to discuss", "began a strike to protest").
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .events_lexicon import Entry, governor, trigger_pos, word_class

_LIGHT_VERBS = {"launch", "carry", "conduct", "stage", "mount", "hold", "impose", "open", "begin", "start",
                "continue", "resume", "step", "intensify", "escalate", "order", "make", "take", "reach", "sign",
                "strike", "declare", "issue", "exchange", "go", "lead", "cast", "use", "face", "announce",
                "call", "seal", "broker", "observe", "extend", "lift", "end", "expand", "deny", "hand", "give"}
_DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "such"}
_FRAME_NOUNS = {"effort", "campaign", "operation", "process", "mission", "drive", "bid", "initiative", "wave"}
_GOAL_PREPS = {"for", "of", "about", "over", "on", "to", "against", "into"}
_PREVENT = {"bar", "prevent", "stop", "ban", "prohibit", "block", "keep", "deter", "discourage", "refrain"}
_CAUSE_MARKS = {"when", "as", "after", "while"}
_CAUSE_PREPS = {"in", "during", "by", "from", "amid"}


@dataclass
class Candidate:
    """A token whose lexicon entry fits, with the roles and context found for it."""

    token: Token
    entry: Entry
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    own_detail: bool = False  # a name, place or date inside the trigger's own phrase


def keep_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that are events of their own, in text order."""
    by_token = {c.token.i: c for c in candidates}
    kept = []
    for cand in candidates:
        if trigger_pos(cand.token) == "noun":
            if _noun_dropped(cand, by_token):
                continue
        elif _verb_dropped(cand, by_token):
            continue
        kept.append(cand)
    return kept


def _verb_dropped(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    token = cand.token
    if cand.entry.consequence and _is_consequence(token, by_token):
        return True
    if _cumulative(token) or _prevented(token) or _natural_cause(token):
        return True
    if _generic_reference(token) and not (cand.place or cand.date):
        return True
    head = by_token.get(token.head.i)
    if token.dep_ == "xcomp" and head is not None and head.entry.type == "REJECT":
        return True  # "refused to recognise / condemn": the refusal is the event
    return _restating_purpose(cand, by_token)


def _restating_purpose(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    """'will meet next week to discuss X', 'began a strike to protest against X': a purpose clause of
    the verb above (or of its object) that is the same kind of event."""
    token = cand.token
    if token.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    above = [by_token.get(token.head.i)] + [by_token.get(c.i) for c in token.head.children if c.dep_ == "dobj"]
    return any(a is not None and a.entry.type == cand.entry.type for a in above)


# ------------------------------------------------------------------ nouns
def _noun_dropped(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    token = cand.token
    if token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN") and not _eventive_head(token.head):
        return True
    above = _same_type_head(cand, by_token) if token.dep_ == "conj" else _restates_head(cand, by_token)
    if above is not None:
        _merge_into(above, cand)
        return True
    if token.dep_ == "compound" and _eventive_head(token.head):
        return False
    gov = governor(token)
    if gov is not None and gov.i in by_token and _is_goal(token):
        return not _completes(gov, token)
    if gov is not None and _natural_cause(gov):
        return True
    if _definite(token):
        return not cand.own_detail
    return gov is None and not (cand.source or cand.target or cand.place or cand.date)


def _completes(verb: Token, noun: Token) -> bool:
    """'imposed a curfew', 'called a strike': a light verb whose object is the event itself (not
    'called the attack alarming', 'called for a ceasefire')."""
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _LIGHT_VERBS:
        return False
    return verb.lemma_.lower() != "call" or noun.lemma_.lower() in word_class("callable")


def _eventive_head(head: Token) -> bool:
    """'mediation efforts', 'bombing campaign': the head noun only frames the event; a root noun
    is often a misparsed verb ('Negotiations resume in ...')."""
    return head.lemma_.lower() in _FRAME_NOUNS or head.dep_ == "ROOT"


def _is_goal(token: Token) -> bool:
    """The object or the 'for'/'of'/'about' complement of a verb, not its subject or a circumstance."""
    head = token
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if head.dep_ in ("dobj", "attr", "oprd"):
        return True
    return head.dep_ == "pobj" and head.head.lower_ in _GOAL_PREPS


def _merge_into(above: Candidate, cand: Candidate) -> None:
    """'a round of talks with X': the kept trigger takes the roles its restatement names."""
    above.source = above.source or cand.source
    above.target = above.target or cand.target
    above.place = above.place or cand.place
    above.date = above.date or cand.date


def _restates_head(cand: Candidate, by_token: dict[int, Candidate]) -> Candidate | None:
    """'opened fire', 'imposed a curfew', 'exchanged prisoners in a swap', 'a round of talks':
    the verb or noun above already is this event."""
    if cand.token.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        return None  # "a strike killed four": the subject noun is the event, the verb its effect
    head = cand.token.head
    if cand.token.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        if head.lower_ != "of" and cand.own_detail:
            return None  # "hostages seized in the surprise Hamas attack": an event of its own
        head = head.head
    above = by_token.get(head.i)
    if above is None or above is cand or above.entry.type != cand.entry.type or above.entry.consequence:
        return None  # "killed in Saturday's clash": the clash is the event, the killing its effect
    return above


def _same_type_head(cand: Candidate, by_token: dict[int, Candidate]) -> Candidate | None:
    head = by_token.get(cand.token.head.i)
    return head if head is not None and head.entry.type == cand.entry.type else None


def _definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in token.children)


# ------------------------------------------------------------------ consequences
def _is_consequence(token: Token, by_token: dict[int, Candidate]) -> bool:
    """'the strike killed four', 'opened fire, killing three', 'were killed when a rocket hit'."""
    if token.dep_ == "advcl" and token.tag_ == "VBG" and _assault_clause(token.head, token, by_token):
        return True
    first = token.head  # "..., killing four and wounding 17": a participle joined to a consequence
    if token.dep_ == "conj" and token.tag_ == "VBG" and first.dep_ == "advcl" and first.tag_ == "VBG":
        return _assault_clause(first.head, first, by_token)
    verbs = [token] + [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(_caused_by_assault(verb, by_token) for verb in verbs)


def _caused_by_assault(token: Token, by_token: dict[int, Candidate]) -> bool:
    if token.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in token.children):
        antecedent = token.head  # "an attack (in X in December) that killed 15 people"
        for _ in range(4):
            if _assault(antecedent, by_token):
                return True
            antecedent = antecedent.head
    for child in token.children:
        if child.dep_ == "nsubj" and (_assault(child, by_token) or _weapon(child) or _conflict(child)):
            return True
        if child.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CAUSE_MARKS for m in child.children):
            if _assault(child, by_token):
                return True
        if child.dep_ in ("prep", "agent") and child.lower_ in _CAUSE_PREPS:
            if any(_assault(p, by_token) for p in child.children if p.dep_ == "pobj"):
                return True
    return False


def _cumulative(token: Token) -> bool:
    """'more than 5,000 people have been killed since 2009': a running toll of counted people."""
    perfect = any(c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in token.children if c.dep_ == "aux")
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if not perfect or subject is None or not any(c.dep_ == "nummod" for c in subject.children):
        return False
    since = any(c.lower_ == "since" for c in token.children if c.dep_ in ("prep", "advcl", "mark"))
    return since or any(m.lower_ == "since" for c in token.children if c.dep_ == "advcl" for m in c.children)


def _prevented(token: Token) -> bool:
    """'bars protesters from blocking traffic': an act ruled out, not reported."""
    head = token.head
    return token.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in _PREVENT


def _generic_reference(token: Token) -> bool:
    """'those detained', 'people jailed for a song': a reduced relative naming a kind of people
    (unless it says where or when: 'civilians detained in X')."""
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBG"):
        return False
    head = token.head
    if head.pos_ == "PRON":
        return True
    return head.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss", "amod", "compound") for c in head.children)


def _natural_cause(token: Token) -> bool:
    """'a cyclone forced the closure', 'the earthquake destroyed': no political actor."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "agent")]
    subjects += [g for c in subjects if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(s.lemma_.lower() in word_class("disaster") for s in subjects)


def _assault_clause(head: Token, participle: Token, by_token: dict[int, Candidate]) -> bool:
    """'opened fire, killing three'; 'accused X of firing on a boat, injuring four': an attack in
    the clause the participle hangs from, before it."""
    return any(_assault(t, by_token) for t in head.subtree if t.i < participle.i)


def _assault(token: Token, by_token: dict[int, Candidate]) -> bool:
    cand = by_token.get(token.i)
    return cand is not None and cand.entry.type == "ASSAULT"


def _conflict(token: Token) -> bool:
    """'The war has killed tens of thousands': a toll of the whole conflict."""
    return token.lemma_.lower() in word_class("conflict")


def _weapon(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in word_class("weapon") or lemma in word_class("aircraft")

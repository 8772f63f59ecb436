"""Did it happen? occurred, future, hypothetical or negated, from the trigger's clause.

negated: a negation on the trigger or its light verb ("did not attack", "no one was arrested"),
or a governing denial ("denied firing at the base"). future: "will", "is to", "plans to",
"scheduled", "due to", "would" reported after a reporting verb, or a present-tense act dated after
publication ("talks resume on Wednesday"). hypothetical: a modal ("could", "may"), a condition
("if"), or a governing verb of wanting, asking or threatening ("urged them to investigate",
"threatened to strike", "is considering leaving"). Otherwise occurred (ongoing and attempted acts too).
"""
from __future__ import annotations

from spacy.tokens import Token

from .events_lexicon import governor, trigger_pos

_NEG_SUBJECTS = {"no one", "nobody", "none", "nothing", "noone"}
_DENY = {"deny", "fail", "refuse", "decline", "avoid", "reject", "stop", "halt", "dismiss", "refute"}
_CLAIM_NOUNS = {"accusation", "allegation", "claim", "report", "charge", "suggestion", "assertion"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_HYPOTHETICAL_AUX = {"could", "may", "might", "should", "must", "can", "ought"}
_FUTURE_GOV = {"plan", "intend", "schedule", "set", "due", "expect", "prepare", "promise", "vow", "pledge",
               "agree", "decide", "go", "aim", "resolve", "commit", "scheduled"}
_HYPOTHETICAL_GOV = {"consider", "threaten", "warn", "demand", "urge", "ask", "want", "propose", "seek", "hope",
                     "press", "appeal", "push", "request", "offer", "wish", "suggest", "recommend", "need",
                     "able", "ready", "willing", "prepared", "face", "risk", "could", "insist", "order",
                     "allow", "encourage", "discuss", "mull", "weigh", "explore", "would",
                     "invite", "pressure", "plead", "lobby", "likely", "unlikely"}
_REPORTING = {"say", "tell", "add", "state", "report", "claim", "announce", "confirm", "write", "note"}
_CONDITION_MARKS = {"if", "unless", "whether"}
_GOVERNOR_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "pcomp", "advcl", "acl", "prep", "conj", "nsubjpass", "attr"}
_PROMISE = {"pledge", "promise", "announce", "offer", "commit"}
_PLANNING = {"call", "plan", "schedule", "propose", "prepare", "organise", "organize"}
_PLAN_NOUNS = {"plan", "invitation", "decision", "agreement", "deal", "pledge", "promise", "commitment", "order",
               "schedule", "intention", "vow"}
_ATTEMPT_NOUNS = {"attempt", "bid", "effort", "try", "operation", "campaign", "drive"}


def status(trigger: Token, *, date_after_publication: bool, event_type: str = "") -> str:
    """The status of the event anchored on trigger. Pledged or announced aid is future (ANNOTATION.md)."""
    verb = _clause_verb(trigger)
    if _negated(trigger) or (verb is not trigger and _negated(verb)) or _denied(trigger) or _denied(verb):
        return "negated"
    if _yet_to(verb):
        return "negated"
    chain = [] if verb.tag_ == "VBD" else _governors(verb)  # a finite past verb keeps its own tense
    if _hypothetical(verb, chain):
        return "hypothetical"
    infinitive = _infinitive_status(verb)
    if infinitive:
        return infinitive
    if _future(verb, chain) or (date_after_publication and not _past(verb)):
        return "future"
    if verb is not trigger and trigger.dep_ == "dobj" and verb.lemma_.lower() in _PLANNING:  # "called a rally", "plans talks"
        return "future"
    if event_type == "AID" and verb.lemma_.lower() in _PROMISE:
        return "future"
    if event_type == "PROTEST" and verb is not trigger and verb.lemma_.lower() == "announce":
        return "future"  # "announced a strike for Thursday", like "called a strike"
    return "occurred"


def _infinitive_status(verb: Token) -> str | None:
    """'an invitation to visit' (future), 'a bid to seize' (attempted: occurred), 'the right to
    renew operations' (hypothetical): an infinitive that modifies a noun."""
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.head.lemma_.lower()
    if any(c.dep_ == "det" and c.lower_ == "no" for c in verb.head.children):
        return "negated"  # "has no plans to deploy", "no intention to withdraw"
    if noun in _PLAN_NOUNS:
        return "future"
    return "occurred" if noun in _ATTEMPT_NOUNS else "hypothetical"


def _clause_verb(trigger: Token) -> Token:
    """A noun's governing verb ('launched [attacks]'), else the trigger itself."""
    if trigger_pos(trigger) == "noun":
        gov = governor(trigger)
        if gov is not None:
            return gov
    return trigger


def _negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and _negative_phrase(child):
            return True
    return False


def _negative_phrase(subject: Token) -> bool:
    text = subject.doc[subject.left_edge.i: subject.i + 1].text.lower()
    return text in _NEG_SUBJECTS or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _denied(verb: Token) -> bool:
    """'denied firing', 'deny any arms transfers', 'rejected accusations that X supplies' (the act,
    not the denial)."""
    head = verb.head
    if verb.dep_ in ("acl", "ccomp") and head.lemma_.lower() in _CLAIM_NOUNS and head.head is not head:
        verb, head = head, head.head
    if verb.dep_ in ("dobj", "xcomp", "ccomp", "pcomp") and _denying(head) and head.i < verb.i:
        return not _negated(head)  # the denied content follows the verb ("X, a charge Y denied" is no denial of X)
    return False


def _denying(head: Token) -> bool:
    """A denial or refusal verb, including the particle verb 'rule out' ("ruled out talks")."""
    if head.lemma_.lower() in _DENY:
        return True
    return head.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)


def _yet_to(verb: Token) -> bool:
    """'is yet to release', 'have yet to arrest': the act has not happened (regional and wire usage)."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.lemma_.lower() in ("be", "have")
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children))


def _governors(verb: Token) -> list[Token]:
    """The heads above the clause verb, up to the first reporting verb (which is not included)."""
    chain: list[Token] = []
    token = verb
    while token.dep_ in _GOVERNOR_DEPS and token.head is not token and len(chain) < 4:
        if token.head.pos_ in ("NOUN", "PROPN") and token.dep_ in ("prep", "pobj", "acl", "relcl"):
            break  # a noun's modifier has its own status: "the offensive in Rafah", "civilians detained in X"
        if token.dep_ == "conj" and token.head.dep_ == "advcl":
            break  # "because X could not ..., and called on Y": the conjunct is the main clause
        token = token.head
        if token.lemma_.lower() in _REPORTING:
            break
        chain.append(token)
    return chain


def _aux(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}


def _hypothetical(verb: Token, chain: list[Token]) -> bool:
    if _aux(verb) & _HYPOTHETICAL_AUX:
        return True
    if "would" in _aux(verb) and (_conditional(verb) or any(_conditional(g) for g in chain[:1])):
        return True
    if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in verb.children):
        return True
    for below, gov in zip([verb, *chain], chain):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in gov.children):
            return True
        if gov.lemma_.lower() == "call" and below.dep_ == "xcomp":  # "called on X to allow aid"
            return True
        if gov.pos_ == "NOUN" and gov.lemma_.lower() not in _HYPOTHETICAL_GOV:
            continue
        if gov.lemma_.lower() in _HYPOTHETICAL_GOV or _aux(gov) & _HYPOTHETICAL_AUX:
            return True
        if gov.lower_ == "would" or "would" in _aux(gov) and _conditional(gov):
            return True
    return False


def _conditional(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in child.children):
            return True
    return False


def _future(verb: Token, chain: list[Token]) -> bool:
    aux = _aux(verb)
    if aux & _FUTURE_AUX or "would" in aux or _going_to(verb):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be" and "to" in aux:  # "X is to meet"
        return True
    for below, gov in zip([verb, *chain], chain):
        lemma = gov.lemma_.lower()
        if _aux(gov) & (_FUTURE_AUX | {"would"}):
            return True
        if lemma in _FUTURE_GOV and below.dep_ in ("xcomp", "dobj"):  # "plans to meet", "is set to", "called a rally"
            return True
        if gov.pos_ == "VERB" and gov.tag_ in ("VBD", "VBN"):
            return False
    return False


def _going_to(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() == "go" and head.tag_ == "VBG"


def _past(verb: Token) -> bool:
    if verb.tag_ in ("VBD",):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") and c.lemma_ == "have" for c in verb.children)

"""Source and target of a trigger from the dependency parse.

Verbs: the subject is the source, the object or the passive subject the target, a "by" agent the
source ("was attacked by"). A verb without a subject borrows one: from the verb it is coordinated
with, from the verb whose complement it is ("threatened to strike": the subject; "urged X to
investigate": the object), from the noun a relative clause modifies. Nouns: possessor, compound or
demonym is the source ("Hamas attack", "Israeli attacks"), "on/against X" the target, and a noun that
is the object of a verb ("launched attacks", "imposed sanctions") takes that verb's subject.
"""
from __future__ import annotations

from spacy.tokens import Token

from .events_actors import MentionIndex, actors
from .events_lexicon import governor, trigger_pos, word_class

_TARGET_PREPS = {"on", "against", "at", "upon", "into", "toward", "towards"}
_OBJECT_CONTROL = {"urge", "ask", "call", "press", "order", "force", "pressure", "tell", "persuade",
                   "allow", "invite", "encourage", "appeal", "require", "help", "instruct", "push",
                   "prompt", "lead", "cause", "compel", "enable", "convince", "drive", "authorise", "authorize"}
_DASHES = {"—", "–", "-", "--"}
_RELATIVE_PRONOUNS = {"who", "which", "that"}
_OBJECT_OF = {"accuse", "blame", "suspect", "charge", "convict", "criticise", "criticize", "condemn", "praise",
              "thank", "arrest", "sentence", "punish", "sue", "fine", "jail", "detain", "investigate"}
_GIVING = {"AID", "RETREAT", "COOPERATE"}
_ADDRESSING = {"REQUEST", "THREATEN"}
_DEFENDING = {"repel", "repulse", "foil", "thwart", "resist", "survive", "withstand"}  # subject = the attacked  # "appealed to X", "an ultimatum to X": X is the target
_NOUN_SOURCE_DEPS = ("poss", "compound", "amod", "nmod")


def roles(trigger: Token, event_type: str, index: MentionIndex) -> tuple[list[str], list[str]]:
    """(source, target) actor names for one trigger."""
    if trigger_pos(trigger) == "noun":
        source, target = _noun_roles(trigger, event_type, index)
    else:
        source, target = _verb_roles(trigger, event_type, index)
    return source, [name for name in target if name not in source]


# ------------------------------------------------------------------ verbs
def _verb_roles(verb: Token, event_type: str, index: MentionIndex) -> tuple[list[str], list[str]]:
    source, target = [], []
    active = any(c.dep_ == "nsubj" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "agent":  # on an active verb the parser misattached it ("after mediation by X")
            source += [] if active else _pobj_actors(child, index)
        elif child.dep_ == "nsubjpass":
            target += actors(child, index)
        elif child.dep_ == "dative" and child.pos_ == "ADP":  # "extended a loan [to X]", "gave it to X"
            target += _pobj_actors(child, index)
        elif child.dep_ in ("dobj", "dative"):
            target += _object_actors(child, index) + _object_prep_actors(child, event_type, index)
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS | {"with"}:
            target += _pobj_actors(child, index)
        elif child.dep_ in ("prep", "dative") and child.lower_ == "to" and event_type in _GIVING | _ADDRESSING:
            target += _pobj_actors(child, index)  # "sent weapons to X", "handed them over to X"
    subject = _subject(verb, index.lead)
    if subject is not None:
        source = _subject_actors(subject, index) + source
    elif verb.dep_ == "acl" and verb.tag_ == "VBN":  # "hostages seized in the attack"
        target += actors(verb.head, index)
    return _unique(source), _unique(target)


def _subject(verb: Token, lead: int = 0) -> Token | None:
    """The verb's own subject, or the one it inherits from the clause it depends on."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head  # "Ana Rojas, who visited Kismayo"
            return _past_dateline(child, lead)
    if any(c.dep_ == "nsubjpass" for c in verb.children) or verb.head is verb:
        return None
    return _inherited_subject(verb, verb.head, lead)


def _inherited_subject(verb: Token, head: Token, lead: int) -> Token | None:
    """The subject a subjectless verb takes from the clause or noun it hangs from."""
    if verb.dep_ == "xcomp":  # "He is scheduled / expected to visit": the raised subject
        raised = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if raised is not None:
            return raised
    if verb.dep_ in ("pcomp", "pobj") and head.lower_ in ("of", "for"):  # "accused X of using force"
        if head.head.lemma_.lower() in _OBJECT_OF:
            return next((c for c in head.head.children if c.dep_ == "dobj"), None)
        if head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in _OBJECT_OF:
            return head.head  # the parser hung "of ..." on the object noun
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _OBJECT_CONTROL:
        return next((c for c in head.children if c.dep_ in ("dobj", "dative")), None) or _pobj_of(head, "on")
    if verb.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.pos_ in ("VERB", "AUX"):
        return _subject(head.head, lead)  # "closed the border after accusing X"
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") or (verb.dep_ == "dobj" and verb.tag_ == "VBG"):
        return _subject(head, lead) if head.pos_ in ("VERB", "AUX", "ADJ") else None  # ADJ: "is due to arrive"
    if verb.dep_ == "relcl":
        return head
    if verb.dep_ == "pobj" or head.dep_ == "prep":
        return _subject(head.head, lead) if head.head.pos_ in ("VERB", "AUX") else None
    return None


def _past_dateline(subject: Token, lead: int) -> Token:
    """'BOGOTA, March 14 (Reuters) - Colombia's government agreed': the parser may take a dateline
    word for the subject; the real one is the noun phrase that follows the dateline."""
    if subject.i >= lead:
        return subject
    after = next((t for t in subject.sent if t.i >= lead and t.pos_ in ("PROPN", "NOUN")), None)
    if after is None:
        return subject
    while after.dep_ in ("poss", "compound", "amod", "nmod") and after.head.i > after.i:
        after = after.head  # "Colombia's government" -> government
    return after


def _subject_actors(subject: Token, index: MentionIndex) -> list[str]:
    """A weapon or aircraft subject stands for its owner: 'a Hizbullah rocket hit', 'Israeli jets struck'."""
    return actors(subject, index)


def _object_actors(obj: Token, index: MentionIndex) -> list[str]:
    """The object's actors; a weapon, an amount or force used is no target ("used excessive force")."""
    if obj.lemma_.lower() in word_class("weapon") | word_class("quantity") | {"force"}:
        return [name for name in actors(obj, index) if _named(obj, index)]
    return actors(obj, index)


def _object_prep_actors(obj: Token, event_type: str, index: MentionIndex) -> list[str]:
    """The parser often hangs the recipient or partner on the object: 'extended a loan [to X]',
    'held talks [with X]', 'severed ties [with X]'."""
    wanted = {"to"} if event_type in _GIVING else {"with"} if event_type in ("CONSULT", "SANCTION") else set()
    names: list[str] = []
    for child in obj.children:
        if child.dep_ == "prep" and child.lower_ in wanted:
            names += _pobj_actors(child, index)
    return names


def _named(obj: Token, index: MentionIndex) -> bool:
    return any(word.i in index.by_token for word in obj.subtree)


def _pobj_actors(prep: Token, index: MentionIndex) -> list[str]:
    names: list[str] = []
    for child in prep.children:
        if child.dep_ == "pobj":
            names += actors(child, index)
    return names


def _pobj_of(verb: Token, prep_word: str) -> Token | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == prep_word:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


# ------------------------------------------------------------------ nouns
def _noun_roles(noun: Token, event_type: str, index: MentionIndex) -> tuple[list[str], list[str]]:
    source, target = [], []
    for child in noun.children:
        if child.dep_ in _NOUN_SOURCE_DEPS and _visit_kind(child, event_type):
            continue  # "a state visit", "an official visit": the kind of visit, not its source
        if child.dep_ in _NOUN_SOURCE_DEPS:
            source += actors(child, index) if child.dep_ != "amod" or index.by_token.get(child.i) else []
        elif child.dep_ == "prep" and child.lower_ == "by":
            source += _pobj_actors(child, index)
        elif child.dep_ == "prep" and child.lower_ == "with" and event_type == "CONSULT":
            source += _pobj_actors(child, index)
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
            target += _pobj_actors(child, index)
        elif child.dep_ == "prep" and child.lower_ == "to" and event_type in _ADDRESSING:
            target += _pobj_actors(child, index)  # "an ultimatum to X", "an appeal to X"
        elif child.dep_ == "prep" and child.lower_ in ("to", "for") and event_type in _GIVING:
            target += _pobj_actors(child, index)  # "military aid to Ukraine"
        elif child.dep_ == "prep" and child.lower_ == "to" and event_type == "CONSULT":
            target += _pobj_actors(child, index)  # "a state visit to Kazakhstan"
    if _defended(noun):
        target = target or _governor_source(noun, index)  # "soldiers repelled an attack": the defenders
    elif not source:
        source = _governor_source(noun, index)
    if not target and (event_type in _ADDRESSING or event_type == "CONSULT"):  # "paid a visit to X"
        target = _governor_addressee(noun, index)
    return _unique(source), _unique(target)


def _defended(noun: Token) -> bool:
    gov = governor(noun) if noun.dep_ == "dobj" else None
    return gov is not None and gov.lemma_.lower() in _DEFENDING


def _governor_addressee(noun: Token, index: MentionIndex) -> list[str]:
    """'issued an ultimatum [to X]', 'gave [X] an ultimatum': the addressee hangs on the verb."""
    gov = governor(noun) if noun.dep_ == "dobj" else None
    if gov is None:
        return []
    names: list[str] = []
    for child in gov.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            names += _pobj_actors(child, index)
        elif child.dep_ == "dative" and child.pos_ != "ADP":
            names += actors(child, index)
    return names


def _visit_kind(child: Token, event_type: str) -> bool:
    return event_type == "CONSULT" and child.lower_ in word_class("visit_kind")


def _governor_source(noun: Token, index: MentionIndex) -> list[str]:
    """'X launched attacks' / 'X imposed a curfew' / 'attacks carried out by X' -> X."""
    head = noun
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if head.dep_ == "nsubj":
        return []
    gov = governor(head)
    if gov is None:
        return []
    if head.dep_ == "nsubjpass":
        agent = next((c for c in gov.children if c.dep_ == "agent"), None)
        return _pobj_actors(agent, index) if agent is not None else []
    subject = _subject(gov, index.lead)
    return actors(subject, index) if subject is not None else []


def _unique(names: list[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        if name and name not in out:
            out.append(name)
    return out

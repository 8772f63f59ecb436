"""The category of a figure from the syntax around its number (FORMAT.md's closed list).

The counted noun and the word governing it decide, never a keyword elsewhere in the sentence:
"at least 23 people were killed" (verb, patient), "93 wounded" (reduced passive), "killing three
rangers", "injured protesters" (modifier), "six bodies" (noun), "the deaths of 42" (event noun),
"the toll rose to 2,886" (measure noun). Words live in resources/figure_categories.jsonl.

:func:`classify` returns the category and how firm the evidence is (:data:`FIRM` or weaker), so the
figures layer can let an antecedent ("including two soldiers") beat a weak noun default.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib.resources import files

from spacy.tokens import Token

INHERIT = "inherit"  # a measure noun with no category of its own ("put the number at 150")
FIRM = 4  # levels 1-4 (strong noun, modifier, verb, measure) are firm; 5-6 are defaults
_SUBJ = ("nsubj", "csubj", "expl")
_OBJ = ("dobj", "obj", "oprd")
_QUANTITY_NOUNS = ("total", "group", "batch")
_VERB_DEPENDENTS = ("prt", "dobj", "prep", "acomp", "oprd", "xcomp", "advmod", "ccomp", "attr", "npadvmod", "agent", "dative")


@dataclass(frozen=True)
class VerbRule:
    category: str
    role: str  # "patient" (object, passive subject) or "agent" (active subject)
    with_: frozenset[str] = frozenset()  # a dependent of the verb must be one of these
    subject: frozenset[str] = frozenset()  # the verb's subject must be one of these
    persons: bool = False  # counts people only ("seize", "hold")
    things: bool = False  # counts things only ("destroy")
    weak: bool = False  # yields to the noun's own category ("arrive")
    counted: frozenset[str] = frozenset()  # the counted noun, its modifier or the verb's object must be one of these


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, list[VerbRule]]
    states: dict[str, str]
    nouns: dict[str, tuple[str, bool]]
    measures: dict[str, str | None]
    measure_verbs: dict[str, str | None]
    aid: frozenset[str]
    aid_units: frozenset[str]
    persons: frozenset[str]
    speech: frozenset[str]


@functools.cache
def lexicon() -> Lexicon:
    """resources/figure_categories.jsonl, loaded once."""
    raw = (files("newsgraph.resources") / "figure_categories.jsonl").read_text("utf-8")
    rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
    verbs: dict[str, list[VerbRule]] = {}
    for r in (r for r in rows if r["kind"] == "verb"):
        verbs.setdefault(r["lemma"], []).append(VerbRule(
            r["category"], r["role"], frozenset(r.get("with", ())), frozenset(r.get("subject", ())),
            r.get("persons", False), r.get("things", False), r.get("weak", False), frozenset(r.get("counted", ()))))
    for rules in verbs.values():  # constrained readings first: "hold a vigil" before "hold hostages"
        rules.sort(key=lambda v: not (v.with_ or v.subject))
    pick = lambda kind: [r for r in rows if r["kind"] == kind]  # noqa: E731
    return Lexicon(
        verbs=verbs,
        states={r["lemma"]: r["category"] for r in pick("state")},
        nouns={r["lemma"]: (r["category"], r["strong"]) for r in pick("noun")},
        measures={r["lemma"]: r["category"] for r in pick("measure")},
        measure_verbs={r["lemma"]: r["approx"] for r in pick("measure_verb")},
        aid=frozenset(r["lemma"] for r in pick("aid")),
        aid_units=frozenset(r["lemma"] for r in pick("aid_unit")),
        persons=frozenset(r["lemma"] for r in pick("person")),
        speech=frozenset(r["lemma"] for r in pick("speech")),
    )


def _words(tok: Token) -> tuple[str, str]:
    return tok.lemma_.lower(), tok.lower_


def is_person(tok: Token | None) -> bool | None:
    """True for people nouns and nationalities, False for other nouns, None when unknown (a bare number)."""
    if tok is None or tok.pos_ in ("NUM", "PRON") or tok.lower_ in ("others", "those"):
        return None
    if tok.ent_type_ in ("NORP", "PERSON"):
        return True
    return any(w in lexicon().persons for w in _words(tok))


def _lookup(table: dict, tok: Token):
    lemma, lower = _words(tok)
    return table.get(lemma, table.get(lower))


def noun_category(noun: Token, lex: Lexicon) -> tuple[str, bool] | None:
    """(category, strong) of a counted noun: "rockets" strong, "hostages" a default; aid goods and units."""
    if _is_aid(noun, lex):
        return "aid", True
    found = _lookup(lex.nouns, noun)
    if noun.lemma_ == "body" and any(c.dep_ == "compound" for c in noun.children):
        return None  # "three UN bodies" are organisations, "six bodies" the dead
    return found


def _is_aid(noun: Token, lex: Lexicon) -> bool:
    """ "aid trucks", "15 tonnes of relief supplies", "food parcels"."""
    lemma = _words(noun)[0]
    if lemma in lex.aid and noun.tag_ != "NNP":
        return lemma not in ("water", "food") or any(c.dep_ == "compound" for c in noun.children)
    if lemma not in lex.aid_units:
        return False
    goods = [c for c in noun.children if c.dep_ == "compound"]
    goods += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    goods += [c for g in list(goods) for c in g.children if c.dep_ == "compound"]
    return any(_words(g)[0] in lex.aid for g in goods)


def _state(tok: Token, lex: Lexicon) -> str | None:
    """A modifier that says what happened to the group: "dead", "missing", "injured"."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "among":  # "three soldiers were among the dead"
            found = next((lex.states.get(g.lower_) for g in child.children if g.dep_ == "pobj"), None)
            if found:
                return found
        if child.dep_ in ("amod", "acomp", "oprd", "xcomp", "attr", "ccomp", "advcl", "acl"):
            found = lex.states.get(child.lower_) if child.tag_ == "VBG" else _lookup(lex.states, child)
            if found:
                return found
    return None


def _subject_role(verb: Token) -> str:
    """ "21 officers injured" (reduced passive) -> patient; "40 others wounded", tagged as a past
    tense with no object, may be either; "fighters killed three guards" -> agent."""
    if _reduced_passive(verb):
        return "patient"
    bare = verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in verb.children)
    return "either" if bare and verb.dep_ == "conj" else "agent"


def _reduced_passive(verb: Token) -> bool:
    """ "93 wounded", "21 officers injured": a bare past participle with a subject."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def roles(node: Token) -> list[tuple[Token, str]]:
    """(governor, role) pairs for the counted phrase: its own participles first, then its clause."""
    out = [r for child in node.children for r in [_own_clause(child)] if r]
    out += _detached_relative(node)
    tok = node
    for _ in range(4):  # conj and appos chains ("dozens of rockets and five drones")
        dep, head = tok.dep_, tok.head
        if head.dep_ in ("aux", "auxpass") and head.head is not head:
            head = head.head  # "hundreds more were missing": the parser hung the subject on "were"
        if dep in _SUBJ:
            out.extend(_among_those(head))
            out.append((head, _subject_role(head)))
        elif dep == "nsubjpass" or dep in _OBJ:
            out.append((head, "patient"))
        elif dep == "pobj" and head.lower_ == "of" and head.head.lemma_ == "life":
            tok = head.head  # "claimed the lives of 14 passengers": the clause governs "lives"
            continue
        elif dep == "pobj" and head.lower_ == "of" and head.head.lemma_ in _QUANTITY_NOUNS:
            tok = head.head  # "a total of 87 migrants drowned": the clause hangs off "total"
            out += [r for child in tok.children for r in [_own_clause(child)] if r]
            continue
        elif dep == "pobj" and head.lower_ == "between":
            out.extend(_orphan_clause(tok))
        elif dep == "pobj" and head.lower_ == "by" and head.head.pos_ in ("VERB", "AUX"):
            out.append((head.head, "agent"))
        elif dep == "pobj":
            out.append((head.head, "pobj"))
        elif dep in ("conj", "appos") and head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            tok = head
            continue
        elif dep == "conj" and head.pos_ == "VERB":
            out.append((head, "patient"))
        break
    return out


def _among_those(verb: Token) -> list[tuple[Token, str]]:
    """ "246 soldiers were among those returned": the participle after "among those"."""
    if verb.lemma_ != "be":
        return []
    return [(acl, "patient" if acl.tag_ == "VBN" else "agent")
            for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "among"
            for obj in prep.children if obj.dep_ == "pobj"
            for acl in obj.children if acl.dep_ in ("acl", "relcl")]


def _orphan_clause(tok: Token) -> list[tuple[Token, str]]:
    """ "said between 8,000 and 12,000 had packed the square": the parser made the range a
    prepositional object; the subjectless verb right after it is the range's clause."""
    sent_end = tok.sent.end
    for nxt in tok.doc[tok.i + 1:min(tok.i + 8, sent_end)]:
        if nxt.pos_ == "VERB":
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children):
                return []
            passive = any(c.dep_ == "auxpass" for c in nxt.children)
            return [(nxt, "patient" if passive or _reduced_passive(nxt) else "agent")]
    return []


def _detached_relative(node: Token) -> list[tuple[Token, str]]:
    """ "its 18 sailors, who are still held": a relative clause the parser hung elsewhere."""
    doc = node.doc
    if node.i + 2 >= len(doc) or doc[node.i + 1].text != "," or doc[node.i + 2].lower_ not in ("who", "which"):
        return []
    rel = doc[node.i + 2]
    clause = rel.head
    if clause.dep_ != "relcl" or clause.head is node:
        return []
    return [(clause, "patient" if rel.dep_ in ("nsubjpass", "dobj") else "agent")]


def _own_clause(child: Token) -> tuple[Token, str] | None:
    """ "90 hostages seized", "people fleeing", "sailors, who are still held"."""
    if child.dep_ == "acl" and child.pos_ == "VERB":  # a VBN may be a reduced passive or a misparsed past
        return child, "either" if child.tag_ == "VBN" else "agent"
    if child.dep_ != "relcl":
        return None
    for rel in child.children:
        if rel.tag_ in ("WP", "WDT") or rel.lower_ == "that":
            return child, "patient" if rel.dep_ in ("nsubjpass", "dobj") else "agent"
    return None


def _verb_dependents(verb: Token, counted: Token | None) -> set[str]:
    """Words of the verb's particles, objects and prepositional objects, and the counted noun's
    ("reached 3.8 million people with food")."""
    words: set[str] = set()
    if counted is not None:
        words.update(w for c in counted.children if c.dep_ == "prep" for g in c.children for w in _words(g))
    if verb.i + 1 < len(verb.doc) and verb.nbor().tag_ == "RP":  # "handed over 90", particle misattached
        words.update(_words(verb.nbor()))
    for child in verb.children:
        if child.dep_ in _VERB_DEPENDENTS:
            words.update(_words(child))
            words.update(w for g in child.children if g.dep_ in ("pobj", "dobj", "prt") for w in _words(g))
    return words


def _counted_words(verb: Token, counted: Token | None) -> set[str]:
    """Words of the counted noun and its modifiers ("32 kidnapped victims") and of the verb's object
    ("claimed the lives of 14 passengers")."""
    tokens = [c for c in verb.children if c.dep_ in _OBJ]
    if counted is not None:
        tokens += [counted] + [c for c in counted.children if c.dep_ in ("amod", "compound")]
    return {w for t in tokens for w in _words(t)}


def _verb_rule(verb: Token, role: str, counted: Token | None, lex: Lexicon) -> VerbRule | None:
    person = is_person(counted)
    for rule in lex.verbs.get(verb.lemma_.lower(), ()):
        if (rule.role != role and role != "either") or (rule.persons and person is False) or (rule.things and person is True):
            continue
        if rule.with_ and not rule.with_ & _verb_dependents(verb, counted):
            continue
        if rule.subject and not any(c.dep_ in _SUBJ and _words(c)[0] in rule.subject for c in verb.children):
            continue
        if rule.counted and not rule.counted & _counted_words(verb, counted):
            continue
        return rule
    return None


def classify(node: Token, counted: Token | None, lex: Lexicon | None = None) -> tuple[str | None, int, str | None]:
    """(category or INHERIT or None, level, approx from a measure verb) for one counted phrase.

    Levels: 1 strong noun, 2 modifier, 3 governing verb, 4 measure noun, 5 noun default, 6 weak verb.
    """
    lex = lex or lexicon()
    noun = noun_category(counted, lex) if counted is not None else None
    if noun and noun[1]:
        return noun[0], 1, None
    state = _state(counted, lex) if counted is not None else None
    if counted is not None and counted.pos_ in ("NOUN", "ADJ") and not state:
        state = lex.states.get(counted.lower_)  # "the 40 dead", "the wounded"
    if state:
        return state, 2, None
    weak_rule, speaking = None, False
    for verb, role in roles(node):
        speaking = speaking or (role == "agent" and verb.lemma_.lower() in lex.speech)
        found = _governed(verb, role, counted, lex)
        if found and found.weak:
            weak_rule = weak_rule or found
        elif found:
            return found.category, 3, None
    if counted is None or counted.pos_ == "NUM":
        measured = measure(node, lex)
        if measured:
            return measured[0], 4, measured[1]
    if noun and not speaking:  # "three protesters told reporters" counts speakers, not protesters
        return noun[0], 5, None
    return (weak_rule.category, 6, None) if weak_rule else (None, 7, None)


def _governed(verb: Token, role: str, counted: Token | None, lex: Lexicon) -> VerbRule | None:
    """The verb rule, predicative state ("were still missing") or event noun ("deaths of") that applies."""
    if role == "pobj":
        noun = noun_category(verb, lex) if verb.pos_ == "NOUN" else None
        return VerbRule(noun[0], role) if noun and noun[1] else None
    rule = _verb_rule(verb, role, counted, lex)
    if rule:
        return rule
    # "373 were still missing", "left six people dead": the predicate itself is the state
    state = lex.states.get(verb.lower_) if role in ("agent", "either") and verb.tag_ in ("JJ", "VBG") else None
    state = state or _state(verb, lex)
    return VerbRule(state, role) if state else None


def measure(node: Token, lex: Lexicon) -> tuple[str, str | None] | None:
    """ "the toll rose to 1,120", "put the number at 150", "the number of deaths is expected to exceed 2,000"."""
    verb = _measure_verb(node, lex)
    if verb is None:
        return None
    counted = _counted_subject(verb, lex)
    if counted:
        return counted, None
    cur = verb
    for _ in range(4):
        nouns = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(w in lex.measures for w in _words(c))]
        if nouns:  # "a tally puts the number of dead at 900": the noun that names its group wins
            found = [_measure_category(n, lex) for n in nouns]
            return next((f for f in found if f != INHERIT), INHERIT), lex.measure_verbs.get(verb.lemma_.lower())
        if cur.dep_ not in ("xcomp", "conj", "acomp", "ccomp") or cur.head is cur:
            break
        cur = cur.head
    return None


def _counted_subject(verb: Token, lex: Lexicon) -> str | None:
    """ "Protesters numbered about 10,000": the subject of "number"/"total" is the counted group."""
    if verb.lemma_.lower() not in ("number", "total"):
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        category, level, _ = classify(subject, subject, lex)
        if category and category != INHERIT and level <= FIRM + 1:
            return category
    return None


def _measure_verb(node: Token, lex: Lexicon) -> Token | None:
    head = node.head
    if node.dep_ == "pobj" and head.lower_ in ("at", "to", "up"):  # "has gone up to 67"
        head = head.head
        for _ in range(2):  # "and at 2,056 the previous day": the prep hangs off a conjoined noun
            if head.pos_ in ("VERB", "AUX"):
                break
            head = head.head
    elif node.dep_ not in ("dobj", "attr", "npadvmod", "nsubj"):
        return None
    return head if head.lemma_.lower() in lex.measure_verbs else None


def _measure_category(noun: Token, lex: Lexicon) -> str:
    """ "death toll" -> killed, "the number of dead" -> killed, "the number of people in need" ->
    other (its group is named but not counted by category), "the figure" -> INHERIT."""
    for child in noun.children:
        if child.dep_ == "compound":
            found = noun_category(child, lex)
            if found:
                return found[0]
        if child.dep_ == "prep" and child.lower_ == "of":
            for counted in (g for g in child.children if g.dep_ == "pobj"):
                category, level, _ = classify(counted, counted, lex)
                if category and level <= FIRM + 1:
                    return category
                return _lookup(lex.states, counted) or "other"
    return _lookup(lex.measures, noun) or INHERIT

"""Actor names for event roles: canonical names of the record's entities and places by mention span.

A noun phrase names an actor when its head, or one of its modifiers ("Hamas attack", "Israeli
strikes", "Israel's army"), lies inside an entity or place mention. Countries stand for their
governments (FORMAT.md); other places (cities, camps, roads) are locations, not actors. Generic agents
("police", "security forces", "villagers") name themselves when no entity is there (ANNOTATION.md).
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from importlib.resources import files

from spacy.tokens import Doc, Token

from ..record import Entity, Place
from .events_lexicon import through_quantity, word_class

_MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "appos")
_PRONOUNS = {"he", "she", "him", "her", "his"}
_GROUP_PRONOUNS = {"it", "they", "its", "their", "we", "them"}
_REPORTING = {"say", "tell", "claim", "report", "add", "state", "announce", "insist", "confirm", "allege", "warn",
              "deny", "admit", "acknowledge", "threaten", "promise", "vow", "pledge", "believe", "accuse"}
_NE_FALLBACK = {"ORG", "PERSON", "GPE", "NORP"}
_PATRONAGE = {"backed", "linked", "affiliated", "allied", "aligned", "inspired", "funded", "supported", "sponsored"}
_MAX_DEPTH = 2  # phrase -> its possessive pronoun -> the reporting subject: deeper chains are noise


@dataclass(frozen=True)
class Mention:
    """Where a name occurs: the item's name, kind (PERSON, ORG, PLACE) and place feature."""

    name: str
    kind: str
    feature: str | None
    start: int


@dataclass
class MentionIndex:
    """Token index -> the entity or place mention covering it, built once per document."""

    by_token: dict[int, Mention] = field(default_factory=dict)
    lead: int = 0  # first token after a wire dateline: the dateline names no actor and no place
    persons: list[tuple[int, str]] = field(default_factory=list)  # (token index, name), in text order
    groups: list[tuple[int, str]] = field(default_factory=list)  # organisations and countries, likewise

    @classmethod
    def build(cls, doc: Doc, entities: list[Entity], places: list[Place], lead_char: int = 0) -> MentionIndex:
        """Index every mention at or after lead_char (the end of a wire dateline)."""
        lead = doc.char_span(lead_char, lead_char, alignment_mode="expand") if lead_char else None
        index = cls(lead=lead.start if lead is not None else 0)
        for place in places:
            for start, end in place.mentions:
                index._add(doc, start, end, Mention(place.name, "PLACE", place.feature, start))
        for entity in entities:  # entities after places: "Israeli military" beats "Israeli"
            for start, end in entity.mentions:
                index._add(doc, start, end, Mention(entity.name, entity.type, None, start))
        index.persons.sort()
        index.groups.sort()
        return index

    def _add(self, doc: Doc, start: int, end: int, mention: Mention) -> None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return
        for token in span:
            if token.i >= self.lead:
                self.by_token[token.i] = mention
        if mention.kind == "PERSON":
            self.persons.append((span.start, mention.name))
        elif mention.kind == "ORG":
            self.groups.append((span.start, mention.name))

    def is_actor(self, token: Token) -> bool:
        """True when the token lies in an entity mention or a country's mention."""
        mention = self.by_token.get(token.i)
        return mention is not None and _acts(mention)

    def place_at(self, token: Token) -> Mention | None:
        """The place mention covering the token, if any."""
        mention = self.by_token.get(token.i)
        return mention if mention is not None and mention.kind == "PLACE" else None

    def last_person_before(self, i: int) -> str | None:
        """The last person named before token i ('he', 'she')."""
        return _last_before(self.persons, i)

    def last_group_before(self, i: int, containing: str = "") -> str | None:
        """The last organisation named before token i ('it', 'the group', 'the council')."""
        return _last_before(self.groups, i, containing)


def _last_before(mentions: list[tuple[int, str]], i: int, containing: str = "") -> str | None:
    """The last name mentioned before token i (whose name contains a word, if given)."""
    best = None
    for pos, name in mentions:
        if pos >= i:
            break
        if containing in name.lower():
            best = name
    return best


@functools.cache
def demonyms() -> dict[str, str]:
    """Demonym -> country name, from the places layer's countries.jsonl ("Israeli" -> "Israel")."""
    text = (files("newsgraph.resources") / "countries.jsonl").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            for word in row.get("demonyms", []):
                out.setdefault(word, row["name"])
    return out


def _acts(mention: Mention) -> bool:
    """Entities act; places act only as countries (or when their feature is unknown)."""
    return mention.kind != "PLACE" or mention.feature in (None, "country")


def actors(token: Token | None, index: MentionIndex) -> list[str]:
    """Actor names of the noun phrase headed by token, with its conjuncts ("Ukraine and Russia")."""
    if token is None:
        return []
    names: list[str] = []
    for head in _conjuncts(token):
        for name in _phrase_actor(head, index):
            if name not in names:
                names.append(name)
    return names


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(_conjuncts(child))
    return out


def _phrase_actor(head: Token, index: MentionIndex, depth: int = 0) -> list[str]:
    if depth > _MAX_DEPTH:
        return []
    for word in reversed(through_quantity(head)):
        mention = index.by_token.get(word.i)
        if mention is not None:
            return [mention.name] if _acts(mention) else []
        if word.lower_ in _PRONOUNS or word.lower_ in _GROUP_PRONOUNS:
            return _pronoun_actor(word, index, depth)
        names = _modifier_actors(word, index, depth) or _member_of(word, index)
        if names:
            return names
        group = _definite_group(word, index)
        if group:
            return [group]
        if word.dep_ == "appos" and word.head is not word and depth == 0:  # "X, the armed group, which"
            names = _phrase_actor(word.head, index, depth + 1)
            if names:
                return names
        generic = _generic_agent(word)
        if generic:
            return [generic]
        fallback = _named_entity(word)
        if fallback:
            return [fallback]
    return []


def _member_of(word: Token, index: MentionIndex) -> list[str]:
    """'fighters from the RSF', 'forces of the government': the group an agent noun belongs to."""
    if word.lemma_.lower() not in word_class("agent"):
        return []
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "with", "loyal"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and index.is_actor(pobj):
                    return [index.by_token[pobj.i].name]
    return []


def _definite_group(word: Token, index: MentionIndex) -> str | None:
    """'the council' -> the last organisation named before whose name has 'council'; 'the group',
    'the militia' (no other modifier) -> the last organisation named before."""
    lemma = word.lemma_.lower()
    generic = lemma in word_class("group_noun")
    if not generic and lemma not in word_class("body_noun"):
        return None
    dets = [c for c in word.children if c.dep_ == "det"]
    others = [c for c in word.children if c.dep_ in ("compound", "poss", "nmod") or c.i in index.by_token]
    if len(dets) != 1 or dets[0].lower_ != "the" or others:
        return None
    return index.last_group_before(word.i, containing=lemma) or (index.last_group_before(word.i) if generic else None)


def _modifier_actors(word: Token, index: MentionIndex, depth: int = 0) -> list[str]:
    names = []
    for child in word.children:
        if child.dep_ not in _MODIFIER_DEPS or _allegiance(child):
            continue
        if child.dep_ == "poss" and child.lower_ in _GROUP_PRONOUNS | _PRONOUNS:
            names.extend(n for n in _pronoun_actor(child, index, depth) if n not in names)
            continue
        mention = index.by_token.get(child.i)
        if mention is not None and _acts(mention) and mention.name not in names:
            names.append(mention.name)
        elif mention is None and child.dep_ in ("amod", "compound") and child.text in demonyms() and _instrument(word):
            names.append(demonyms()[child.text])  # "Chinese vessels", "Russian forces": the state
        elif child.dep_ == "appos" and depth == 0:
            names.extend(n for n in _phrase_actor(child, index, depth + 1) if n not in names)
    return names


def _allegiance(word: Token) -> bool:
    """'pro-Iranian', 'anti-Western', 'Iran-backed', 'al-Qaeda-linked': a patron or sympathy, not
    the actor itself (ANNOTATION.md)."""
    doc = word.doc
    if word.i >= 2 and doc[word.i - 1].text in ("-", "–") and doc[word.i - 2].lower_ in ("pro", "anti"):
        return True
    after = doc[word.i + 1: word.i + 3]
    return len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in _PATRONAGE


def _instrument(word: Token) -> bool:
    """'Chinese vessels', 'Russian servicemen', 'Belarusian diplomats' stand for their state; an
    anonymous speaker does not ('a Russian official' names itself, ANNOTATION.md)."""
    return word.lemma_.lower() not in word_class("speaker")


def _pronoun_actor(word: Token, index: MentionIndex, depth: int = 0) -> list[str]:
    """'X said it had ...' -> X; 'he' -> the last person named before it."""
    reporter = _reporting_subject(word)
    if reporter is not None and reporter.i != word.i and reporter.lower_ not in _PRONOUNS | _GROUP_PRONOUNS:
        names = _phrase_actor(reporter, index, depth + 1)
        if names or reporter.pos_ == "NOUN":  # "prosecutors said they would appeal" -> prosecutors
            return names or [_noun_phrase(reporter)]
    if word.lower_ in _PRONOUNS:
        name = index.last_person_before(word.i)
        return [name] if name else []
    if word.dep_ == "poss" or word.lower_ in ("it", "they"):
        owner = _clause_subject(word)  # "Burundi closed its border", "settlers it accused": the subject above
        if owner is not None and owner.i != word.i:
            names = _phrase_actor(owner, index, depth + 1)
            if names:
                return names
    if word.dep_ in ("nsubj", "poss") and word.lower_ in ("it", "they", "its", "their"):
        name = index.last_group_before(word.i)  # "It said it had opened an investigation"
        return [name] if name else []
    return []


def _clause_subject(word: Token) -> Token | None:
    """The subject of the nearest clause above the word that it is not part of."""
    token = word
    for _ in range(6):
        if token.head is token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and not (subject.left_edge.i <= word.i <= subject.right_edge.i):
                return subject
    return None


def _reporting_subject(word: Token) -> Token | None:
    verb = word.head
    while verb.dep_ not in ("ccomp", "conj", "xcomp", "ROOT") and verb.head is not verb and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head  # "its troops had killed": from the possessor up to its clause's verb
    while verb.dep_ in ("ccomp", "conj", "xcomp") and verb.head is not verb:
        verb = verb.head
        if verb.lemma_.lower() in _REPORTING:
            return _nsubj_of(verb)
    return None


def _nsubj_of(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with ("X expelled ... and said it")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head
    return None


def _generic_agent(word: Token) -> str | None:
    """'police', 'security forces', 'Dozens of villagers' -> the agent noun with its compounds."""
    if word.lemma_.lower() not in word_class("agent") and word.lower_ not in word_class("agent"):
        return None
    return _noun_phrase(word)


def _noun_phrase(word: Token) -> str:
    """The noun with the compounds and adjectives just before it ('riot police officers')."""
    start = word.i
    while start > word.sent.start and _left_modifier(word.doc[start - 1], word):
        start -= 1
    return word.doc[start: word.i + 1].text


def _left_modifier(left: Token, head: Token) -> bool:
    """A compound or adjective inside the phrase: 'riot police officers', 'security forces'."""
    return left.i < left.head.i <= head.i and left.dep_ in ("compound", "amod") and left.pos_ != "NUM" and left.tag_ != "VBG"


def _named_entity(word: Token) -> str | None:
    """spaCy's own entity span as a last resort when no record item covers the word."""
    if word.ent_type_ not in _NE_FALLBACK or word.ent_type_ == "NORP" and word.pos_ == "ADJ":
        return None
    for ent in word.doc.ents:
        if ent.start <= word.i < ent.end:
            text = ent.text
            return text[4:] if text.lower().startswith("the ") else text
    return None

"""Who speaks: turn the speaker token of a report into a name.

In order: a pronoun takes the last fitting speaker (or actor) named before it; a role noun gives way
to the name beside it ("Chile's ambassador, Ana Rojas"), a spokesperson without a name to
their organisation, a document to its author ("a tally kept by a local newspaper"), a quantity to
what it counts ("dozens of villagers"); then the entity or place whose mention covers the head gives
its canonical name; "the ministry" takes the ministry named before; anything else keeps the text's
own phrase without article or title ("a Russian source familiar with the talks" -> "Russian source
familiar with the talks").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ..record import Entity, Place
from .speech_cues import PRONOUNS, is_word

_DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "our", "this", "that", "these", "those"}
_NAME_PREPS = {"in", "with", "from", "at", "for", "on", "of", "close"}
_MAX_PHRASE_TOKENS = 10  # longer descriptive phrases are clauses, not names (gold phrases are <= 6 words)
_PERSON_LOOKBACK = 200  # tokens searched back for a person a pronoun can refer to (about two paragraphs)
_ANY_ORG = {"agency", "group", "organisation", "organization", "body", "movement"}  # stand for any organisation
_ROLE_PREPS = {"from", "for", "of", "at", "with"}  # "observers from the OSCE", "lawyers for the coalition"
_MALE = {"mr", "spokesman", "man", "father", "husband", "son", "brother", "king", "prince", "sir"}
_FEMALE = {"ms", "mrs", "miss", "spokeswoman", "woman", "mother", "wife", "daughter", "sister", "queen", "princess"}


@dataclass
class _Named:
    at: int
    name: str
    person: bool
    gender: str | None
    words: frozenset[str]


class SpeakerNamer:
    """Names speakers in text order, remembering them for pronouns and "the ministry"."""

    def __init__(self, doc: Doc, entities: list[Entity], places: list[Place]):
        self.doc = doc
        self.mentions = _mention_table(entities, places)
        self.subjects = _subject_mentions(doc, entities)
        self.history: list[_Named] = []

    def name(self, speaker: Token, at: int) -> str | None:
        """The name of the speaker whose head token is speaker, in a report at character offset at."""
        if speaker.pos_ == "PRON" or speaker.lower_ in PRONOUNS:
            return self._pronoun(speaker, at)
        head = self._titled_person(focus(speaker))
        found = self._mention(head)
        if found is None and _definite_generic(head):
            found = self._antecedent(head, at)
        if found is None and _definite_document(head):
            found = self._issuer(at)
        if found is None:
            found = (phrase(head), _is_person(head))
        name, person = found
        if name:
            self.history.append(_Named(at, name, person, _gender(speaker), _words(head)))
        return name or None

    def _titled_person(self, head: Token) -> Token:
        """"The Inspector-General of Police, Kayode Adewale, said", "the Director of Defence Media
        Operations, Maj-Gen. Jane Roe, said": the person named in apposition to an office speaks."""
        if self._is_person(head) and not is_word("title", head.text):
            return head  # a name; an office word spaCy tagged as part of one ("Mandi Superintendent") goes on
        name = _name_after_title(head)
        if name is not None:
            return name
        for child in head.rights:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and self._is_person(child):
                return child
            if child.dep_ == "prep" and child.lower_ == "of" and head.pos_ == "PROPN":
                # "Superintendent of Police Jane Roe said": the parser made the name the office's object
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "PROPN" and obj.i > obj.left_edge.i and self._is_person(obj) \
                        and not self._is_person(obj.left_edge):
                    return obj
        return head

    def _is_person(self, token: Token) -> bool:
        """True when token is in a PERSON name (spaCy's tag or the entities layer's PERSON mention)."""
        if token.ent_type_ == "PERSON":
            return True
        found = self._mention(token)
        return found is not None and found[1]

    def _mention(self, head: Token) -> tuple[str, bool] | None:
        start, end = head.idx, head.idx + len(head.text)
        for mention in self.mentions:
            if mention.start < end and start < mention.end:
                if not mention.entity and _name_around(head, mention.start):
                    return None  # "Amnesty International Kenya said": the place ends a longer name
                return mention.name, mention.person
        return None

    def _pronoun(self, pronoun: Token, at: int) -> str | None:
        """The last speaker or subject before at that the pronoun can refer to; for "he"/"she", else
        the last person named at all."""
        kind = PRONOUNS.get(pronoun.lower_, "any")
        found = self._last(at, lambda named: _fits(named, kind)) or self._last_person(pronoun, kind)
        if found is not None:
            self.history.append(_Named(at, found.name, found.person, found.gender or _gender_of(kind), found.words))
            return found.name
        return None

    def _last_person(self, pronoun: Token, kind: str) -> _Named | None:
        if kind not in ("male", "female"):
            return None
        mention = next((m for m in reversed(self.mentions) if m.start < pronoun.idx and m.person), None)
        if mention is not None:
            return _Named(mention.start, mention.name, True, None, frozenset())
        doc = pronoun.doc
        for i in range(pronoun.i - 1, max(-1, pronoun.i - _PERSON_LOOKBACK), -1):
            if doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B":
                head = doc[i]
                while head.dep_ in ("compound", "flat") and head.head.pos_ == "PROPN":
                    head = head.head  # spaCy's span may stop short of the name ("Ada" of "Ada Obi")
                return _Named(doc[i].idx, phrase(head), True, None, frozenset())
        return None

    def _issuer(self, at: int) -> tuple[str, bool] | None:
        """The author of "the statement": the last organisation that spoke, else the last speaker."""
        named = self._last(at, lambda n: not n.person) or self._last(at, lambda n: True)
        return (named.name, named.person) if named else None

    def _last(self, at: int, fits) -> _Named | None:
        """The latest speaker or subject mention before at for which fits() holds."""
        candidates = [n for n in self.history if n.at < at and fits(n)]
        candidates += [n for n in self.subjects if n.at < at and fits(n)]
        return max(candidates, key=lambda n: n.at, default=None)

    def _antecedent(self, head: Token, at: int) -> tuple[str, bool] | None:
        """"the ministry": the last speaker, else the last actor mentioned, whose name has that noun;
        "the group", "the agency": the last organisation that spoke or was a subject."""
        word = head.lemma_.lower()
        named = self._last(at, lambda n: not n.person and word in n.words)
        if named is not None:
            return named.name, False
        for mention in reversed(self.mentions):
            if mention.start < at and not mention.person and word in mention.name.lower().split():
                return mention.name, False
        if word in _ANY_ORG:
            named = self._last(at, lambda n: not n.person)
            if named is not None:
                return named.name, False
            last = next((m for m in reversed(self.mentions) if m.start < at and not m.person and m.entity), None)
            return (last.name, False) if last else None
        return None


def _name_around(head: Token, start: int) -> bool:
    """True when head ends a proper name that begins before the place mention starting at start."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.idx < start for c in head.lefts)


def _name_after_title(head: Token) -> Token | None:
    """'"...," said Hon. Jane Roe': the tokenizer split "Hon." and the parser took the title for the
    speaker; the name after its full stop is the head of the proper-noun run that follows."""
    doc = head.doc
    if not is_word("title", head.text) or head.i + 2 >= len(doc) or doc[head.i + 1].text != ".":
        return None
    token = doc[head.i + 2]
    while token.pos_ == "PROPN" and token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token if token.pos_ == "PROPN" else None


def _definite_document(head: Token) -> bool:
    """"the statement said", "the report says": a document whose author the text named before."""
    return is_word("document", head.lemma_) and any(c.lower_ in ("the", "this", "that") for c in head.children)


def _subject_mentions(doc: Doc, entities: list[Entity]) -> list[_Named]:
    """Entity mentions that are grammatical subjects: candidates for "he", "it", "the group"."""
    out = []
    for ent in entities:
        for start, end in ent.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span) and span.root.dep_ in ("nsubj", "nsubjpass"):
                words = frozenset(t.lemma_.lower() for t in span if t.is_alpha)
                out.append(_Named(start, ent.name, ent.type == "PERSON", None, words))
    return out


class _Mention(NamedTuple):
    start: int
    end: int
    name: str
    person: bool
    entity: bool  # an entity (PERSON/ORG), not a place


def _mention_table(entities: list[Entity], places: list[Place]) -> list[_Mention]:
    """Every entity and place mention in text order, entities first on ties."""
    rows = [_Mention(s, e, ent.name, ent.type == "PERSON", True) for ent in entities for s, e in ent.mentions]
    rows += [_Mention(s, e, place.name, False, False) for place in places for s, e in place.mentions]
    return sorted(rows, key=lambda row: row.start)


def _fits(named: _Named, kind: str) -> bool:
    if kind == "male":
        return named.person and named.gender != "female"
    if kind == "female":
        return named.person and named.gender != "male"
    if kind in ("thing", "group"):
        return not named.person
    return True


def _gender_of(kind: str) -> str | None:
    return kind if kind in ("male", "female") else None


def _gender(speaker: Token) -> str | None:
    """"Mr X", "X, a spokeswoman", "his wife": the gender the speaker phrase itself states."""
    near = [speaker] + [c for c in speaker.children if c.dep_ in ("compound", "appos", "nmod")]
    words = {t.lower_.rstrip(".") for t in near}
    if words & _FEMALE:
        return "female"
    return "male" if words & _MALE else None


def _words(head: Token) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in head.subtree if t.is_alpha)


def _definite_generic(head: Token) -> bool:
    """"the ministry", "the agency": a bare generic organisation noun with a definite article."""
    children = [c.lower_ for c in head.children if c.dep_ not in ("punct", "relcl", "acl", "appos", "case")]
    return is_word("generic_org", head.lemma_) and children == ["the"]


def _is_person(head: Token) -> bool:
    """A person speaker: a PERSON name, a singular role noun, or a name with a title or a role appositive."""
    if head.ent_type_ == "PERSON" or (is_word("person_role", head.lemma_) and head.tag_ != "NNS"):
        return True
    return head.pos_ == "PROPN" and any(
        (c.dep_ == "compound" and is_word("honorific", c.text)) or
        (c.dep_ == "appos" and (is_word("person_role", c.lemma_) or is_word("spokesperson", c.lemma_)))
        for c in head.children)


# ----------------------------------------------------------------- the head that names the speaker
def focus(head: Token) -> Token:
    """The token that names the speaker: the name beside a role noun, a document's author, ..."""
    for _ in range(3):  # "a report by a group of experts": at most a few hops
        nxt = _hop(head)
        if nxt is None:
            return head
        head = nxt
    return head


def _hop(head: Token) -> Token | None:
    if head.pos_ == "PROPN":
        return None
    children = list(head.children)
    appos = next((c for c in children if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN" and c.i > head.i), None)
    if appos is not None:
        return appos
    if is_word("quantity", head.lower_):
        return _object_of(children, ("of",))
    if is_word("spokesperson", head.lower_):
        return _object_of(children, ("for", "of")) or _named_modifier(children)
    if is_word("document", head.lower_):
        return _author(children)
    if is_word("person_role", head.lower_):
        org = _object_of(children, tuple(_ROLE_PREPS))
        return org if org is not None and org.pos_ == "PROPN" else None
    return None


def _object_of(children: list[Token], preps: tuple[str, ...]) -> Token | None:
    for child in children:
        if child.dep_ == "prep" and child.lower_ in preps:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _named_modifier(children: list[Token]) -> Token | None:
    """"a UN spokesman", "the ministry's spokeswoman": the organisation speaking through them."""
    return next((c for c in children if (c.dep_ == "compound" and c.pos_ == "PROPN") or
                 (c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"))), None)


def _author(children: list[Token]) -> Token | None:
    """The author of a document noun: "X's report", "a report by X", "a tally kept by X"."""
    for child in children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and (child.pos_ == "PROPN" or is_word("generic_org", child.lemma_))):
            return child  # "the ministry's report", "the latest UN figures", "a police statement"
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "acl":
            agent = next((g for g in child.children if g.dep_ == "agent"), None)
            if agent is not None:
                return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


# ----------------------------------------------------------------- the text's own phrase
def phrase(head: Token) -> str:
    """The speaker phrase around head: a person's name without titles, or a name or noun with its
    modifiers ("Russia's Defence Ministry", "Alliance for Reform", "Kenyan official at the border")."""
    if head.ent_type_ == "PERSON":
        return _person_name(head)
    keep = {head.i} | _name_entity(head)
    for child in head.children:
        if child.i < head.i and child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod") \
                and not any(t.pos_ == "CCONJ" for t in child.subtree):  # "FAO and FEWS NET": one name
            keep |= {t.i for t in child.subtree}
        elif child.i > head.i and _name_modifier(head, child):
            keep |= {t.i for t in child.subtree}
        elif child.i > head.i and head.pos_ == "PROPN" and child.dep_ == "prep" and child.lower_ in ("of", "for"):
            keep |= _short_object(child)  # "Alliance for Reform, Unity ... and For Moldova": the first name
    tokens = [t for t in head.doc[min(keep):max(keep) + 1] if t.i in keep or t.is_punct]
    if any(t.text == "(" for t in tokens[1:]):  # "World Health Organization (WHO)": the name before it
        tokens = tokens[:next(k for k, t in enumerate(tokens) if k and t.text == "(")]
    # "Col. Jane Roe" -> "Jane Roe"; an office with no name keeps its title ("the Chief Minister")
    strip_titles = head.pos_ == "PROPN" and _is_person(head) and not is_word("title", head.text)
    while len(tokens) > 1 and (tokens[0].lower_ in _DETERMINERS or tokens[0].is_punct
                               or (strip_titles and is_word("title", tokens[0].text))):
        tokens = tokens[1:]
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    return _join(tokens)


def _name_entity(head: Token) -> set[int]:
    """Ids of spaCy's name span around head ("International Organization for Migration"), unless it
    runs into a list the head starts ("FAO and FEWS NET") or across commas."""
    bounds = _ent_bounds(head)
    if bounds is None or any(t.text == "," for t in head.doc[bounds[0]:bounds[1]]):
        return set()
    conjuncts = {c.i for c in head.children if c.dep_ in ("conj", "cc")}
    if any(bounds[0] <= i < bounds[1] for i in conjuncts):
        return set(range(bounds[0], head.i + 1))
    return set(range(*bounds))


def _ent_bounds(head: Token) -> tuple[int, int] | None:
    """(start, end) token indices of spaCy's entity span around head (Doc.ents is slow to build)."""
    if not head.ent_iob_ or head.ent_iob_ == "O":
        return None
    doc, start, end = head.doc, head.i, head.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _name_modifier(head: Token, child: Token) -> bool:
    """A right modifier that belongs in the speaker's name ("official at the border", "Alliance for Reform")."""
    if child.dep_ == "amod" or (child.dep_ == "prep" and child.lower_ in _NAME_PREPS):
        subtree = list(child.subtree)
        if len(subtree) > _MAX_PHRASE_TOKENS or any(t.text == "," for t in subtree):
            return False
        return head.pos_ != "PROPN" or all(t.pos_ in ("PROPN", "ADP", "DET", "CCONJ") for t in subtree)
    return False


def _short_object(prep: Token) -> set[int]:
    """prep and its proper-noun object with the object's left modifiers, without what is listed after it."""
    obj = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    return {prep.i} | set(range(obj.left_edge.i, obj.i + 1)) if obj is not None else set()


def _person_name(head: Token) -> str:
    """A person's name from spaCy's entity span, titles stripped ("Col. Somchai Rattana" -> "Somchai Rattana")."""
    bounds = _ent_bounds(head)
    tokens = list(head.doc[bounds[0]:bounds[1]]) if bounds else [head]
    while len(tokens) > 1 and (tokens[0].lower_ in _DETERMINERS or is_word("title", tokens[0].text)):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    return _join(tokens)


def _join(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    text = "".join(t.text_with_ws for t in doc[tokens[0].i:tokens[-1].i + 1])
    return " ".join(text.split())

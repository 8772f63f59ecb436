"""Merging entity candidates into one Entity per real-world actor (helper of extract/entities.py).

Rules, in order: an acronym defined in the text takes the key of its long form; a short person mention
whose words are a run of a fuller name's words joins the nearest such person ("Osei" -> "Kwame Osei",
"Amina" -> "Amina Bello"); a short organisation name that ends a longer one joins it ("Zetas"
-> "Los Zetas"); a ministry named without its country joins the one ministry with that function
named with it; "the army" / "the junta" joins the article's one armed force. Single-word guesses of
spaCy that join nothing are dropped: they are mostly places or fragments.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

from ..record import Entity
from .doctext import doc_text
from .entity_spans import Candidate, is_acronym
from .names import actor_index, country_of, fold, known_place, lexicon, name_key

_GENERIC_FORCES = frozenset({"army", "military", "junta"})
_GUESSED = ("ner", "phrase")  # candidates found by spaCy or by the title-case phrase finder


def merge_candidates(
    doc: Doc, cands: list[Candidate], acronyms: dict[int, Span], keywords: dict[str, list[int]],
) -> list[Entity]:
    """Entities from the chosen (non-overlapping) candidates of one doc."""
    _link_acronyms(cands, acronyms)
    _key_people(cands)
    _key_organisations(cands)
    _key_bare_ministries(cands)
    cands = [c for c in cands if c.key is not None and (not c.weak or _kept_alone(c))]
    cands += _generic_force_mentions(doc, cands, keywords)
    cands += _bare_ministry_mentions(doc, cands, keywords)
    cands += _parent_mentions(cands)
    cands += _repeated_mentions(doc, cands, acronyms)
    return _build(cands)


# ----------------------------------------------------------------- keys
def _link_acronyms(cands: list[Candidate], acronyms: dict[int, Span]) -> None:
    """ "Rapid Support Forces (RSF)": the long form's key for every later "RSF"."""
    by_text: dict[str, Candidate] = {}
    for cand in cands:
        acr = acronyms.get(cand.span.end)
        if acr is None or is_acronym(cand.span.text) or cand.type != "ORG":
            continue
        if cand.key is None:
            cand.key = ("O", name_key(cand.name))
        by_text[acr.text] = cand
    for cand in cands:
        long_form = by_text.get(cand.span.text)
        if long_form is None or cand is long_form:
            continue
        if cand.source in _GUESSED:
            cand.key, cand.weak = long_form.key, False
        elif long_form.source in _GUESSED:  # the acronym is a known actor: the long form is its name in this text
            long_form.key = cand.key


def _words(text: str) -> list[str]:
    return fold(text).lower().replace("’", "'").split()


def _key_people(cands: list[Candidate]) -> None:
    """Person keys: full names by their words, shorter mentions by the nearest fuller name containing them."""
    people = [c for c in cands if c.type == "PERSON" and (c.source == "actor" or len(_words(c.name)) > 1)]
    for cand in people:
        if cand.key is None:
            cand.key = ("P", name_key(cand.name))
    for cand in cands:
        if cand.source != "ner" or cand.key is not None and cand.key[0] != "P":
            continue
        host = _nearest_host(cand, people)
        if host is not None:
            cand.key, cand.type, cand.weak = host.key, "PERSON", False
        elif _known_by_surname(cand):
            continue
        elif cand.type == "PERSON" and cand.key is None:
            cand.key = ("P", name_key(cand.name))


def _known_by_surname(cand: Candidate) -> bool:
    """ "Putin" alone: the one resource person with that surname, when no fuller name in the text has it."""
    if len(cand.span) != 1 or cand.type != "PERSON" and not cand.weak:
        return False
    row = actor_index().by_surname(cand.name)
    if row is None:
        return False
    cand.name, cand.type, cand.wikidata, cand.source = row.name, row.type, row.wikidata, "actor"
    cand.key, cand.weak = ("R", row.name), False
    return True


def _nearest_host(cand: Candidate, people: list[Candidate]) -> Candidate | None:
    words = _words(cand.name)
    hosts = [p for p in people if p is not cand and len(_words(p.name)) > len(words) and _contains(p, words)]
    if not hosts:
        return None
    before = [p for p in hosts if p.span.start < cand.span.start]
    return before[-1] if before else hosts[0]


def _contains(person: Candidate, words: list[str]) -> bool:
    for surface in {person.name, person.span.text}:
        full = _words(surface)
        n = len(words)
        if any(full[i:i + n] == words for i in range(len(full) - n + 1)):
            return True
    return False


def _key_organisations(cands: list[Candidate]) -> None:
    """Organisation keys: the name's words; a short name ending a longer organisation's name joins it."""
    orgs = [c for c in cands if c.key is None and c.type == "ORG"]
    for cand in orgs:
        cand.key = ("O", name_key(cand.name))
    longer = [c for c in cands if c.type == "ORG" and c.key and len(_words(c.name)) > 1]
    for cand in orgs:
        words = _words(cand.name)
        for host in longer:
            full = _words(host.name)
            if len(full) > len(words) and full[-len(words):] == words and words[0] not in lexicon()["org_nouns"]:
                cand.key, cand.weak = host.key, False
                break


def _key_bare_ministries(cands: list[Candidate]) -> None:
    """ "the Interior Ministry" joins "Georgia's Interior Ministry" when that is the only such ministry."""
    owned = defaultdict(set)
    for cand in cands:
        mkey = cand.extra.get("ministry_key") or (cand.key if cand.key and cand.key[0] == "M" else None)
        if mkey is not None and mkey[1] is not None:
            owned[mkey[2]].add(cand.key)
    for cand in cands:
        if cand.key and cand.key[0] == "M" and cand.key[1] is None and len(owned[cand.key[2]]) == 1:
            cand.key = next(iter(owned[cand.key[2]]))


def _kept_alone(cand: Candidate) -> bool:
    """A single-word spaCy guess that joined nothing survives with a title ("Mr Ahmed") or an
    organisation apposition ("Memorial, a rights group")."""
    if cand.extra.get("titled"):
        return True
    root = cand.span.root
    lex = lexicon()
    if cand.type == "ORG" and root.lower_ in lex["institution_words"] and root.i > root.sent.start:
        return True
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in lex["speech_verbs"]:
        return not known_place(cand.span.text)
    if cand.type == "ORG" and root.pos_ == "PROPN" and not root.is_sent_start:  # "the CEO of Pfizer"
        on_platform = root.dep_ == "pobj" and root.head.lower_ in ("on", "via")  # "posted on Instagram"
        return not on_platform and not known_place(cand.span.text)
    return any(child.dep_ == "appos" and child.lower_ in lexicon()["org_nouns"] for child in root.children)


# ----------------------------------------------------------------- mentions spaCy missed
def _repeated_mentions(doc: Doc, cands: list[Candidate], acronyms: dict[int, Span]) -> list[Candidate]:
    """Later occurrences of a found name, a person's surname or a defined acronym that spaCy left untagged."""
    taken = {i for c in cands for i in range(c.span.start, c.span.end)}
    forms: dict[tuple[str, ...], list[Candidate]] = defaultdict(list)
    for cand in cands:
        if cand.source in ("ner", "phrase", "actor") and cand.span[0].text[:1].isupper():
            forms[tuple(t.text for t in cand.span)].append(cand)
            if cand.type == "PERSON" and len(cand.span) > 1:
                forms[(cand.span[-1].text,)].append(cand)
    for acr in acronyms.values():
        owner = next((c for c in cands if c.span.end == acr.start - 1 and c.key), None)
        if owner is not None:
            forms[(acr.text,)].append(owner)
    return _find_forms(doc, forms, taken)


def _find_forms(doc: Doc, forms: dict[tuple[str, ...], list[Candidate]], taken: set[int]) -> list[Candidate]:
    out = []
    full_text = doc_text(doc)
    for words, owners in sorted(forms.items(), key=lambda item: -len(item[0])):
        form = " ".join(words) if len(words) > 1 else words[0]
        for match in re.finditer(r"(?<![\w-])" + re.escape(form).replace(r"\ ", r"\s+") + r"(?![\w-])", full_text):
            span = doc.char_span(match.start(), match.end())
            if span is None or any(i in taken for i in range(span.start, span.end)) or _name_continues(doc, span.end):
                continue
            owner = _nearest_before(owners, span.start)
            out.append(Candidate(span, owner.name, owner.type, owner.source, owner.wikidata, owner.key))
            taken.update(range(span.start, span.end))
    return out


def _name_continues(doc: Doc, end: int) -> bool:
    """ "Smith" followed by "Street" or another capitalised word is part of a longer name."""
    return end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_punct and doc[end].pos_ == "PROPN"


def _nearest_before(owners: list[Candidate], i: int) -> Candidate:
    before = [c for c in owners if c.span.start < i]
    return before[-1] if before else owners[0]


# ----------------------------------------------------------------- "UN refugee agency" names the UN too
def _parent_mentions(cands: list[Candidate]) -> list[Candidate]:
    """ "the UN refugee agency", "EU foreign policy chief": the leading "UN"/"EU" also mentions that body."""
    out = []
    for cand in cands:
        first = cand.span[0]
        if len(cand.span) < 2 or first.text not in _PARENT_PREFIXES or not any(t.is_lower for t in cand.span):
            continue
        row = actor_index().lookup(first.text)
        if row is not None and row.name != cand.name:
            out.append(Candidate(cand.span[:1], row.name, row.type, "actor", row.wikidata, ("R", row.name)))
    return out


_PARENT_PREFIXES = frozenset({"UN", "U.N.", "EU", "NATO", "AU", "OSCE"})


# ----------------------------------------------------------------- "the army"
def _generic_force_mentions(doc: Doc, cands: list[Candidate], keywords: dict[str, list[int]]) -> list[Candidate]:
    """ "the army said": a mention of the article's one armed force (named, or of its main country)."""
    forces = {c.key: c for c in cands if c.extra.get("kind") == "armed_forces" or (c.key and c.key[:3:2] == ("F", "army"))}
    host = next(iter(forces.values())) if len(forces) == 1 else None
    taken = {i for c in cands for i in range(c.span.start, c.span.end)}
    out = []
    for i in sorted(i for word in _GENERIC_FORCES for i in keywords.get(word, ())):
        token = doc[i]
        if token.i in taken or not _bare_actor_noun(token):
            continue
        host = host or _main_country_force(doc)
        if host is None:
            return out
        span = doc[token.i:token.i + 1]
        out.append(Candidate(span, host.name, "ORG", host.source, host.wikidata, host.key, extra=host.extra))
    return out


def _bare_ministry_mentions(doc: Doc, cands: list[Candidate], keywords: dict[str, list[int]]) -> list[Candidate]:
    """ "the ministry said": a mention of the article's one ministry."""
    ministries = {c.key: c for c in cands if c.key and c.key[0] == "M" or c.extra.get("kind") == "ministry"}
    if len(ministries) != 1:
        return []
    host = next(iter(ministries.values()))
    taken = {i for c in cands for i in range(c.span.start, c.span.end)}
    return [Candidate(doc[i:i + 1], host.name, "ORG", host.source, host.wikidata, host.key, extra=host.extra)
            for i in keywords.get("ministry", ()) if i not in taken and _bare_actor_noun(doc[i])]


def _bare_actor_noun(token) -> bool:
    """ "the army said", "accused the army": determiner "the", not a modifier ("army base")."""
    return (token.i > 0 and token.doc[token.i - 1].lower_ == "the" and token.dep_ not in ("compound", "amod")
            and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos"))


def _main_country_force(doc: Doc) -> Candidate | None:
    """The resource armed force of the country the article mentions most."""
    counts = Counter(country_of(ent.text) for ent in doc.ents if ent.label_ in ("GPE", "NORP"))
    counts.pop(None, None)
    if not counts:
        return None
    row = actor_index().armed_forces_of(counts.most_common(1)[0][0])
    if row is None:
        return None
    return Candidate(doc[0:1], row.name, row.type, "actor", row.wikidata, ("R", row.name), extra={"kind": row.kind})


# ----------------------------------------------------------------- entities
def _build(cands: list[Candidate]) -> list[Entity]:
    """One Entity per key; keys that ended with the same name are one entity too."""
    groups: dict[tuple, list[Candidate]] = defaultdict(list)
    for cand in cands:
        groups[cand.key].append(cand)
    by_name: dict[str, Entity] = {}
    for key, members in groups.items():
        entity = _entity(key, members)
        same = by_name.get(name_key(entity.name))
        if same is None:
            by_name[name_key(entity.name)] = entity
        else:
            same.mentions = sorted(set(same.mentions) | set(entity.mentions))
            same.wikidata = same.wikidata or entity.wikidata
    return sorted(by_name.values(), key=lambda e: e.mentions[0])


def _entity(key: tuple, members: list[Candidate]) -> Entity:
    mentions = sorted({(c.span.start_char, c.span.end_char) for c in members})
    if key[0] == "R":
        etype = next((c.type for c in members if c.source == "actor"), members[0].type)
    elif key[0] == "P":
        etype = "PERSON"
    else:
        etype = "ORG" if key[0] in ("G", "M", "F", "O") else Counter(c.type for c in members).most_common(1)[0][0]
    wikidata = next((c.wikidata for c in members if c.wikidata), None)
    return Entity(name=_best_name(key, members), type=etype, wikidata=wikidata, mentions=mentions)


def _best_name(key: tuple, members: list[Candidate]) -> str:
    """The canonical name: the resource's, else the longest written form (not an acronym)."""
    if key[0] in ("R", "G"):
        return next((c.name for c in members if c.source in ("actor", "metonym")), members[0].name)
    names = [c.name for c in members if not is_acronym(c.name)] or [c.name for c in members]
    return max(names, key=lambda n: (len(n.split()), len(n)))

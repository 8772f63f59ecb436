"""Actors: PERSON and ORG entities, mentions merged, canonical names and Wikidata QIDs.

Candidates come from these finders, most trusted first: the bundled actor resource (actors.jsonl, which
also fixes spaCy's labels: an armed group tagged GPE, a person tagged ORG), ministries named with their
country ("Russia's Defence Ministry" -> "Russian Defence Ministry"), capitals and buildings standing for
a government (metonyms.jsonl, decided by syntax in metonyms.py), national forces ("Lebanese army"),
spaCy's PERSON/ORG entities, and title-case organisation names spaCy missed. Overlaps keep the longest
span. Countries, places, ships and title words are filtered out; entity_merge.py then merges mentions
per real-world actor (surnames, titles, acronyms defined in the text, "the army", "the ministry").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..article import Article
from ..record import Entity
from .doctext import doc_text
from .entity_spans import (
    Candidate, dateline_chars, find_acronym_definitions, find_actor_spans, find_ministries,
    find_org_phrases, is_acronym, keyword_positions,
)
from .entity_context import listed_before_place_noun, office_complement, other_country_generic
from .entity_merge import merge_candidates
from .entity_titles import find_titled_names, title_key
from .metonyms import find_metonyms
from .names import actor_index, adjective_of, country_of, is_region, known_place, lexicon, name_key

# Trusted finders win ties over spaCy's guesses.
_PRIORITY = {"actor": 0, "ministry": 1, "metonym": 2, "force": 3, "ner": 4, "phrase": 5}
_NER_LABELS = ("PERSON", "ORG")
_FORCE_WORDS = {"military": "army", "armed forces": "army", "coastguard": "coast guard", "border guards": "border guard"}


def extract_entities(doc: Doc, article: Article) -> list[Entity]:
    """One Entity per real-world actor named in doc."""
    text = doc_text(doc)
    blocked = _blocked_tokens(doc, text)
    keywords = keyword_positions(doc)
    found = _ministry_candidates(doc, keywords) + _actor_candidates(doc) + _force_candidates(doc, keywords)
    metonyms, places = _metonym_candidates(doc)
    found += metonyms
    guessed = _titled_candidates(doc) + _ner_candidates(doc) + _org_phrase_candidates(doc)
    guessed += _appositive_acronyms(doc, text)
    found += [c for c in guessed if not _inside(c.span, places)]
    chosen = _resolve_overlaps([c for c in found if not _touches(c.span, blocked)])
    return merge_candidates(doc, chosen, find_acronym_definitions(doc, text), keywords)


# ----------------------------------------------------------------- finders
def _actor_candidates(doc: Doc) -> list[Candidate]:
    out = []
    for span, row in find_actor_spans(doc):
        if _descriptor_used_as_modifier(span, row.name) or _inside_place_name(span) or _inside_longer_name(span):
            continue
        if _foreign_owner(span, row) is not None or other_country_generic(span, row):
            continue
        span = _strip_the(span)
        out.append(Candidate(span, row.name, row.type, "actor", row.wikidata, ("R", row.name), extra={"kind": row.kind}))
    return out


def _foreign_owner(span: Span, row) -> str | None:
    """ "Russia's Security Council", "Georgian National Guard": the adjective of a country owning the span
    when it is not the resource actor's country (a generic alias of a UN or other country's body)."""
    doc, j = span.doc, span.start
    if j > 1 and doc[j - 1].lower_ in ("'s", "’s"):
        j -= 1
    country = country_of(doc[j - 1].text) if j > 0 and doc[j - 1].text[:1].isupper() else None
    if country is None or country == row.country:
        return None
    if row.country is None and name_key(span.text) not in lexicon()["generic_aliases"]:
        return None
    return adjective_of(country) or doc[j - 1].text


def _portfolio(span: Span) -> bool:
    """ "Union Home" in "Union Home Minister Amit Shah": words of a minister's title, not an organisation."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in lexicon()["portfolio_titles"]


def _inside_longer_name(span: Span) -> bool:
    """ "Renaissance" in "Grand Ethiopian Renaissance Dam": one word between two capitalised name words."""
    if len(span) > 1 or is_acronym(span.text) or span.start == 0 or span.end >= len(span.doc):
        return False
    before, after = span.doc[span.start - 1], span.doc[span.end]
    return (before.pos_ == "PROPN" and after.pos_ == "PROPN" and before.text[:1].isupper()
            and after.text[:1].isupper() and not before.is_sent_start)


def _inside_place_name(span: Span) -> bool:
    """ "Mekong" in "the Mekong River": part of a longer place name spaCy found."""
    ents = {span.doc[i].ent_type_ for i in range(span.start, span.end)}
    if not ents & _PLACE_LABELS:
        return False
    for ent in span.doc.ents:
        if ent.label_ in _PLACE_LABELS and ent.start <= span.start and span.end <= ent.end:
            return len(_trim(ent) or ent) > len(span)
    return False


_PLACE_LABELS = {"GPE", "LOC", "FAC"}


def _descriptor_used_as_modifier(span: Span, name: str) -> bool:
    """ "Israeli military operations": a lower-case descriptor alias modifying a noun is not the actor."""
    words = [t for t in span if not _in_hyphenated(t)]
    if all(t.text[:1].isupper() for t in words) and name_key(span.text) == name_key(name):
        return False
    if not any(t.is_lower for t in words):
        return False
    head = span[-1].head
    return (span[-1].dep_ in ("compound", "amod") and head.i >= span.end
            and head.lower_ not in lexicon()["role_nouns"])


def _in_hyphenated(token) -> bool:
    """A hyphen, or a particle inside a hyphenated name ("Tehreek-e-Insaf", "Jamaat-e-Islami")."""
    doc, i = token.doc, token.i
    if token.text in ("-", "\u2013"):
        return True
    return (i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_) or (
        i + 1 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_ and token.is_lower)


def _ministry_candidates(doc: Doc, keywords: dict[str, list[int]]) -> list[Candidate]:
    """Ministries named with their country; a resource ministry keeps its function for "the Defence Ministry"."""
    out = []
    for ministry in find_ministries(doc, keywords):
        key = ("M",) + ministry.key
        row = actor_index().lookup(ministry.span.text)
        if row is None:
            out.append(Candidate(ministry.span, ministry.name, "ORG", "ministry", key=key))
        else:
            out.append(Candidate(ministry.span, row.name, row.type, "actor", row.wikidata, ("R", row.name),
                                 extra={"kind": row.kind, "ministry_key": key}))
    return out


def _metonym_candidates(doc: Doc) -> tuple[list[Candidate], set[int]]:
    """(capitals and buildings standing for governments, token indices of those that are places)."""
    actors, places = [], set()
    for span, gov in find_metonyms(doc):
        if gov is None:
            places.update(range(span.start, span.end))
        else:
            actors.append(_government(_strip_the(span), gov.government))
    return actors, places


def _government(span: Span, name: str) -> Candidate:
    """A capital standing for a government; an actor of the resource when it has one ("Brussels" -> EU)."""
    row = actor_index().lookup(name)
    if row is not None:
        return Candidate(span, row.name, row.type, "actor", row.wikidata, ("R", row.name), extra={"kind": row.kind})
    return Candidate(span, name, "ORG", "metonym", key=("G", name))


def _force_candidates(doc: Doc, keywords: dict[str, list[int]]) -> list[Candidate]:
    """ "Lebanese army", "Sudan's army", "Ukrainian air force": a national force named by its country."""
    out = []
    for i in sorted(i for word in _FORCE_HEADS for i in keywords.get(word, ())):
        token = doc[i]
        if i == 0:
            continue
        for words in _FORCE_PHRASES.get(token.lower_, ()):
            end = token.i + len(words)
            if tuple(t.lower_ for t in doc[token.i:end]) != words or doc[end - 1].dep_ in ("compound", "amod"):
                continue
            start = token.i - 1
            if doc[start].lower_ in ("'s", "’s") and start > 0:
                start -= 1
            country = country_of(doc[start].text) if doc[start].text[:1].isupper() else None
            if country is not None:
                out.append(_force(doc[start:end], country, " ".join(words)))
            elif words == ("police",):
                out.extend(_regional_police(doc, token.i))
            break
    return out


_FORCE_PHRASES: dict[str, list[tuple[str, ...]]] = {}
for _phrase in ("army", "military", "navy", "police", "air force", "coast guard", "coastguard", "armed forces",
                "border guard", "border guards", "national guard", "special forces", "marines", "security forces"):
    _words = tuple(_phrase.split())
    _FORCE_PHRASES.setdefault(_words[0], []).append(_words)
for _options in _FORCE_PHRASES.values():
    _options.sort(key=len, reverse=True)
_FORCE_HEADS = frozenset(_FORCE_PHRASES)


def _regional_police(doc: Doc, i: int) -> list[Candidate]:
    """ "Sindh police", "Uttar Pradesh police": a state's or province's police force ("Sindh Police")."""
    for width in (2, 1):
        start = i - width
        if start < 0 or not all(t.text[:1].isupper() for t in doc[start:i]):
            continue
        region = doc[start:i].text
        if is_region(region):
            return [Candidate(doc[start:i + 1], f"{region} Police", "ORG", "force", key=("F", region, "police"))]
    return []


def _force(span: Span, country: str, word: str) -> Candidate:
    word = _FORCE_WORDS.get(word, word)
    row = actor_index().armed_forces_of(country) if word == "army" else None
    if row is not None:
        return Candidate(span, row.name, row.type, "actor", row.wikidata, ("R", row.name), extra={"kind": row.kind})
    possessive = any(t.lower_ in ("'s", "’s") for t in span)
    if span[-1].text[:1].isupper() and not possessive:
        name = span.text  # written as a proper name ("Nepal Police", "Ghana Police")
    else:
        name = f"{adjective_of(country) or span[0].text} {word.title()}"
    return Candidate(span, name, "ORG", "force", key=("F", country, word), extra={"country": country})


def _ner_candidates(doc: Doc) -> list[Candidate]:
    out = []
    for ent in doc.ents:
        label = "ORG" if _after_org_noun(ent) else ent.label_
        if label not in _NER_LABELS:
            continue
        if label == "PERSON":
            ent = _with_hyphenated_end(ent)
        for piece in _split_entity(ent):
            cand = _ner_candidate(piece, label)
            if cand is not None:
                out.append(cand)
    return out


def _titled_candidates(doc: Doc) -> list[Candidate]:
    """People after a title ("Engr. Ade Bello", "Datuk Seri Ahmad Zaki"); listed before spaCy's guesses so
    that they win ties with its mislabels ("spokesman Ade Bello" tagged ORG)."""
    out = []
    for span in find_titled_names(doc):
        cand = _ner_candidate(span, "PERSON")
        if cand is not None and cand.type == "PERSON":
            cand.weak = False
            cand.extra["titled"] = True
            out.append(cand)
    return out


def _with_hyphenated_end(ent: Span) -> Span:
    """ "Babajide Sanwo-Olu": spaCy often ends a person's name at a hyphen inside the surname."""
    doc, end = ent.doc, ent.end
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper()):
        end += 2
    return doc[ent.start:end] if end != ent.end else ent


def _org_phrase_candidates(doc: Doc) -> list[Candidate]:
    """Title-case organisation names spaCy missed; resolved like its own ORG entities."""
    out = []
    for span in find_org_phrases(doc):
        span = _trim(span)
        cand = _ner_candidate(span, "ORG") if span is not None else None
        if cand is not None:
            cand.source = "phrase" if cand.source == "ner" else cand.source
            out.append(cand)
    return out


_CAPS_WORD = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{2,7}(?![\w-])")


def _appositive_acronyms(doc: Doc, text: str) -> list[Candidate]:
    """ "the city's emergency medical service, SAME,": an acronym in apposition to an organisation noun."""
    out = []
    for match in _CAPS_WORD.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None or span.text.lower() in lexicon()["not_actor_words"]:
            continue
        if _apposed_to_org_noun(doc, span.root):
            out.append(Candidate(span, span.text, "ORG", "phrase"))
    return out


def _apposed_to_org_noun(doc: Doc, token) -> bool:
    nouns = lexicon()["org_nouns"]
    if token.dep_ == "appos" and token.head.lower_ in nouns and token.head.i < token.i:
        return True
    i = token.i  # the parser often misses it: "... medical service, SAME, 26 people ..."
    return (i >= 2 and doc[i - 1].text == "," and doc[i - 2].lower_ in nouns
            and (i + 1 == len(doc) or doc[i + 1].is_punct))


def _after_org_noun(ent: Span) -> bool:
    """ "the monitoring group Border Watch", "news agency KCNA": a name right after an organisation noun."""
    if ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY") or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return (before.is_lower or before.text == "NGO") and before.lower_ in lexicon()["org_nouns"] and (
        before.lower_ not in _FORCE_NOUNS)


_FORCE_NOUNS = frozenset({"force", "forces", "army", "unit", "brigade", "wing", "body", "service", "office"})


def _split_entity(ent: Span) -> list[Span]:
    """spaCy's span cut at commas and at a possessive between two names ("the OSCE's Office for ...")."""
    pieces, start = [], ent.start
    for token in ent:
        if token.text in (",", ";") or (token.lower_ in ("'s", "’s") and ent.end - token.i > 2):
            pieces.append(ent.doc[start:token.i])
            start = token.i + 1
    pieces.append(ent.doc[start:ent.end])
    person = ent.label_ == "PERSON"
    return [p for p in (_trim(p, person=person) for p in pieces) if p is not None]


def _ner_candidate(span: Span, label: str) -> Candidate | None:
    if not span.text[:1].isupper():
        return None
    row = actor_index().lookup(span.text)
    if row is not None and other_country_generic(span, row):
        row = None
    owner = _foreign_owner(span, row) if row is not None else None
    if row is not None and owner is None:
        return Candidate(span, row.name, row.type, "actor", row.wikidata, ("R", row.name), extra={"kind": row.kind})
    if _not_an_actor(span) or _portfolio(span) or office_complement(span):
        return None
    if label == "PERSON" and len(span) == 1 and is_region(span.text, or_country=True):
        return None  # "DR Congo" cut to "Congo", "Tigray" tagged PERSON
    name = _clean_name(span) if owner is None else f"{owner} {_clean_name(span)}"
    weak = len(span) == 1 and not is_acronym(span.text)
    return Candidate(span, name, label, "ner", weak=weak, extra={"titled": _has_title_before(span)})


def _not_an_actor(span: Span) -> bool:
    """Countries, lower-case words, places and ships that spaCy took for people or organisations."""
    text = span.text
    lex = lexicon()
    if not text[:1].isupper() or country_of(text) or text.lower() in lex["not_actor_words"]:
        return True
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.lower_ in lex["place_nouns"] or listed_before_place_noun(span):
        return True
    if before is not None and before.lower_ in lex["vessel_nouns"]:
        return True
    last = span[-1].lower_
    if last in lex["place_final_words"] or last in lex["event_final_words"] or (
            len(span) > 1 and span[0].lower_ in lex["place_first_words"]):
        return True
    return not is_acronym(text) and (_locative_position(span) or known_place(text))


def _locative_position(span: Span) -> bool:
    """ "in Kakuma", "the village of Ras Kamboni", "neighbourhoods of X, Y and Z": a place's slot."""
    lex = lexicon()
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in _PLACE_PREPS:
        return True
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in _PLACE_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in lex["place_of_heads"]


_PLACE_PREPS = frozenset({"in", "at", "near", "into", "towards", "toward", "outside", "inside", "around", "across",
                          "through", "throughout", "within", "along", "beside", "past", "via"})


# ----------------------------------------------------------------- span clean-up
def _trim(span: Span, *, person: bool = False) -> Span | None:
    """span without leading determiners (and, for a person, titles), trailing possessive and punctuation."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].pos_ in _NOT_NAME_POS):
        start += 1
    while person and start < end - 1:
        width = _title_width(doc, start, end)
        if width == 0:
            break
        start += width
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'", "’") or doc[end - 1].is_punct):
        end -= 1
    if person and _only_titles(doc[span.start:span.end]):
        return None  # "Datuk Seri" tagged PERSON before a name spaCy tagged apart
    return doc[start:end] if end > start else None


def _only_titles(span: Span) -> bool:
    return " ".join(t.lower_.rstrip(".") for t in span if not t.is_punct) in lexicon()["titles"]


_NOT_NAME_POS = frozenset({"DET", "ADV", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "PART", "AUX", "VERB"})


def _title_width(doc: Doc, start: int, end: int) -> int:
    """Number of title tokens at start ("Foreign Minister", "US Secretary of State", "Col."), 0 if none."""
    lex = lexicon()
    skip = 1 if doc[start].lower_ in lex["title_prefix_words"] else 0
    for width in (4, 3, 2, 1):
        if start + skip + width < end:
            words = title_key(doc[start + skip:start + skip + width])
            if words in lex["titles"] and not doc[start + skip + width].is_punct:
                return skip + width
    return 0


def _strip_the(span: Span) -> Span:
    return span[1:] if len(span) > 1 and span[0].lower_ == "the" else span


def _clean_name(span: Span) -> str:
    """The span's text without a quoted nickname ('Pablo "El Patron" Escobar' -> 'Pablo Escobar')."""
    words, quoted = [], False
    for token in span:
        if token.text in ('"', "“", "”"):
            quoted = not quoted if token.text == '"' else token.text == "“"
            continue
        if not quoted:
            words.append(token.text + token.whitespace_)
    return "".join(words).strip() or span.text


def _has_title_before(span: Span) -> bool:
    doc = span.doc
    if span.start == 0:
        return False
    return doc[span.start - 1].lower_.rstrip(".") in lexicon()["titles"]


# ----------------------------------------------------------------- overlaps and blocking
def _resolve_overlaps(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidate where spans overlap, the most trusted finder on ties."""
    found.sort(key=lambda c: (-(c.span.end_char - c.span.start_char), _PRIORITY[c.source], c.span.start))
    taken: set[int] = set()
    kept = []
    for cand in found:
        tokens = set(range(cand.span.start, cand.span.end))
        if tokens & taken:
            continue
        taken |= tokens
        kept.append(cand)
    kept.sort(key=lambda c: c.span.start)
    return kept


def _blocked_tokens(doc: Doc, text: str) -> set[int]:
    """Tokens in datelines, which name the place a story was filed from."""
    blocked = set()
    for start, end in dateline_chars(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            blocked.update(token.i for token in span)
    return blocked


def _inside(span: Span, blocked: set[int]) -> bool:
    return all(i in blocked for i in range(span.start, span.end))


def _touches(span: Span, blocked: set[int]) -> bool:
    return any(i in blocked for i in range(span.start, span.end))

"""Context checks on candidate actor spans, for the entities layer: words of an office's title, a generic
alias of another country's body, names listed before a place noun."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .entity_spans import MINISTRY_FUNCTIONS
from .names import country_of, lexicon, name_key

_OFFICE_HEADS = frozenset({"minister", "ministers", "commissioner", "commissioners", "secretary", "secretaries",
                           "adviser", "advisor", "chief", "director"})


def office_complement(span: Span) -> bool:
    """ "Commissioner for Internal Security", "Chief of Army Staff": words of an office's title, not an
    organisation (a portfolio after "for"/"of", or a service before "Staff")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "Staff":
        return True
    if span.start < 2 or doc[span.start - 1].lower_ not in ("for", "of"):
        return False
    return doc[span.start - 2].lower_ in _OFFICE_HEADS and span[-1].lower_ in MINISTRY_FUNCTIONS


def other_country_generic(span: Span, row) -> bool:
    """ "the Department of Justice" in a story about the Philippines: a generic alias of one country's body
    (entity_lexicon "generic_aliases") names that country's body only when the article names that country
    or names no country at all."""
    if row.country is None or name_key(span.text) not in lexicon()["generic_aliases"]:
        return False
    named = countries_named(span.doc)
    return bool(named) and row.country not in named


def countries_named(doc: Doc) -> set[str]:
    """ISO codes of the countries, demonyms and capitals spaCy tagged in doc."""
    found = set()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP"):
            text = ent.text[4:] if ent.text.startswith("the ") else ent.text
            code = country_of(text)
            if code:
                found.add(code)
    return found


def listed_before_place_noun(span: Span) -> bool:
    """ "the Ravi, Sutlej and Chenab rivers": a member of a list of names ending before a place noun."""
    doc, lex = span.doc, lexicon()
    i = span.end
    for _ in range(12):  # a list of up to about six names; longer runs are not lists
        if i + 1 >= len(doc) or doc[i].text not in (",", "and", "&"):
            return False
        i += 1 if doc[i].text != "," or doc[i + 1].lower_ != "and" else 2
        while i < len(doc) and doc[i].text[:1].isupper():
            i += 1
        if i < len(doc) and doc[i].lower_ in lex["place_nouns"] and doc[i - 1].text[:1].isupper():
            return True
    return False

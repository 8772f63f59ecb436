"""People named after a title or honorific that spaCy left untagged or mislabelled.

Regional English press stacks titles and honorifics before names spaCy's small model often misses
("Engr. Babatunde Okafor", "Chief Olu Adebayo", "Datuk Seri Ahmad Zaki", "Hon. Mary Wanjiru",
"party spokesman Tunde Bello"). A capitalised title (or a lower-case role noun) followed by a run of
capitalised words is a person; titles are read from entity_lexicon.json ("titles").
"""
from __future__ import annotations

import functools
import re

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .names import actor_index, country_of, is_region, known_place, lexicon

# Longest title tried, in tokens ("Inspector-General of Police" is five).
_MAX_TITLE = 5
# Longest name run kept: "Muhammadu Sanusi Lamido Ibrahim Abubakar" has five words; longer runs are headlines.
_MAX_RUN = 5
_DOTS = re.compile(r"\.(?=\s|$)")
_NAME_WORD = re.compile(r"^[A-Z][\w'’\-]*\.?$")
_CONNECTORS = frozenset({"bin", "binti", "bint", "ibn", "da", "de", "dos", "del", "dela", "la", "van", "von", "der",
                         "den", "al", "el", "abu", "ur", "ul", "ud"})
_ROMAN = frozenset({"II", "III", "IV", "JR", "SR"})
# Not name words after a title: numbers and dates, and places ("DR Congo": "Dr" read as a title).
_STOP_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "GPE", "LOC", "FAC",
                        "NORP"})
# Lower-case role nouns that introduce a name ("police spokesman Ade Bello"), only before two or more words.
_ROLE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "commissioner", "governor", "senator",
                         "minister", "lawmaker", "legislator", "commander", "chairman", "chairwoman"})


def find_titled_names(doc: Doc) -> list[Span]:
    """Spans of the names that follow a title, titles excluded."""
    out, done = [], 0
    ids = _first_word_ids()
    lowers = doc.to_array(LOWER).tolist()  # one array pass: building a Token per position costs more than the rest
    for i in [i for i, word in enumerate(lowers) if word in ids]:
        if i < done:
            continue
        if doc[i].ent_type_ not in ("", "PERSON"):
            continue  # "General Motors", "Queen Mary University": the title word is part of another name
        width = _titles_at(doc, i)
        if width == 0:
            continue
        span = _name_run(doc, i + width, lower_title=doc[i].is_lower)
        done = span.end if span is not None else i + width
        if span is not None:
            out.append(span)
    return out


def _titles_at(doc: Doc, i: int) -> int:
    """Tokens of one or more titles starting at i ("Prime Minister Datuk Seri"), 0 if none."""
    first = doc[i]
    if first.is_lower and first.lower_ not in _ROLE_NOUNS:
        return 0
    if not first.is_lower and not first.text[:1].isupper() or first.lower_.rstrip(".") not in _first_words():
        return 0
    total = 0
    while i + total < len(doc):
        width = _one_title(doc, i + total)
        if width == 0:
            break
        total += width
    return total


def capitalised_title_at(doc: Doc, i: int) -> int:
    """Tokens of a capitalised title at i ("Chief Minister", "Governor"), 0 if none: where a run of
    capitalised words stops being a place ("Khyber Pakhtunkhwa Chief Minister")."""
    return _one_title(doc, i) if doc[i].text[:1].isupper() else 0


@functools.cache
def _first_words() -> frozenset[str]:
    """First words of all titles ("brig" of "brig-gen", "chief" of "chief minister"): a cheap pre-check."""
    return frozenset(re.split(r"[ -]", title)[0] for title in lexicon()["titles"])


@functools.cache
def _first_word_ids() -> frozenset[int]:
    """spaCy LOWER ids of the first words of titles, with and without a full stop ("dr", "dr.")."""
    return frozenset(get_string_id(w) for w in _first_words() | {w + "." for w in _first_words()})


def _one_title(doc: Doc, i: int) -> int:
    first = doc[i].lower_
    if first.rstrip(".") not in _first_words() and first.split("-")[0] not in _first_words():
        return 0
    titles = lexicon()["titles"]
    written, keys = "", []
    for token in doc[i:i + _MAX_TITLE]:  # keys of the first 1..5 tokens, as title_key would make them
        written += token.lower_ + token.whitespace_
        keys.append(_DOTS.sub("", written).strip())
    for width in range(len(keys), 0, -1):
        if keys[width - 1] in titles:
            end = i + width
            return width + (1 if end < len(doc) and doc[end].text == "." else 0)
    return 0


def title_key(span: Span) -> str:
    """Lower-case title words without full stops, hyphens kept as written: "Brig-Gen" -> "brig-gen",
    "Lt. Gen." -> "lt gen"."""
    return _DOTS.sub("", span.text.lower()).strip()


def _name_run(doc: Doc, start: int, *, lower_title: bool) -> Span | None:
    """The capitalised words from start, or None when they are not a person's name."""
    end = start
    while end < len(doc) and end - start < _MAX_RUN and _name_word(doc, end, start):
        end += 1
    while end > start and doc[end - 1].lower_ in _CONNECTORS:
        end -= 1
    if end == start or (lower_title and end - start < 2):
        return None
    span = doc[start:end]
    return None if _not_a_person(span) else span


def _name_word(doc: Doc, i: int, start: int) -> bool:
    token = doc[i]
    if token.ent_type_ in _STOP_ENTS or token.is_sent_start and i > start:
        return False
    if token.text == "-" and i > start and not doc[i - 1].whitespace_ and not token.whitespace_:
        return i + 1 < len(doc) and doc[i + 1].text[:1].isupper()  # "Sanwo-Olu"
    if token.lower_ in _CONNECTORS:
        return i > start and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
    if token.text.isupper() and token.text not in _ROMAN:
        return False  # "Gen. PNP" (acronyms are organisations), "Gen Z" (a generation), not names
    return bool(_NAME_WORD.match(token.text)) and token.lower_.rstrip(".") not in lexicon()["titles"]


def _not_a_person(span: Span) -> bool:
    """Places, countries, organisation names and known organisations after a title-like word."""
    text = span.text
    lex = lexicon()
    last = span[-1].lower_
    if last in lex["org_nouns"] or last in lex["place_nouns"] or last in lex["place_final_words"]:
        return True
    if country_of(text) or known_place(text) or is_region(text, or_country=True) or text.lower() in lex["not_actor_words"]:
        return True
    row = actor_index().lookup(text)
    return row is not None and row.type != "PERSON"

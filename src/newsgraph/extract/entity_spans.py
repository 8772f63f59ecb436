"""Where actors are named: resource matches, ministries, title-case organisation names, acronym
definitions, datelines; and the Candidate record the entities layer builds from them.

Helpers of the entities layer. Matchers are compiled once per vocab (functools.cache); finders visit
only matched tokens (PhraseMatcher, in C) or scan the text with a regex, never every token in Python.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .names import ActorRow, actor_index, adjective_of, country_of, fold

# "ISTANBUL, July 19 —", "HAT YAI, Thailand, March 10 —": an upper-case place opening a line.
# "BEIRUT, Oct 6 —", "ISLAMABAD:", "NEW DELHI, March 3 (PTI):" (South Asian papers end datelines with a colon).
# "CHENNAI, Jan 5 (IANS)" ends at its agency credit.
_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z .'’-]{2,}(?:,[^\n—–:()]{0,40})?\s*(?:\([A-Z][A-Za-z .-]{1,20}\)\s*)?[—–:-]"
                       r"|^[ \t]*[A-Z][A-Z .'’-]{2,}(?:,[^\n—–:()]{0,40})?\s*\([A-Z][A-Za-z .-]{1,20}\)", re.MULTILINE)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,9}$|^[A-Z][a-z]?[A-Z]{2,8}$")

# Words that name what a ministry does ("Foreign Ministry", "ministry of public health").
MINISTRY_FUNCTIONS = frozenset(
    "foreign defence defense interior home health finance justice economy economic education information "
    "security internal affairs public trade industry energy agriculture labour labor transport culture "
    "environment tourism communications religious social welfare planning water oil petroleum commerce "
    "intelligence emergency emergencies situations humanitarian refugees immigration migration "
    "reintegration youth sports women family digital science technology higher national state".split()
)
# Keys so that "Foreign Ministry" and "Ministry of Foreign Affairs" are the same ministry.
_FUNCTION_KEYS = {"foreign affairs": "foreign", "internal affairs": "interior", "home affairs": "interior",
                  "home": "interior", "defense": "defence", "public health": "health", "labor": "labour"}


@dataclass
class Candidate:
    """One mention of a would-be entity, before merging."""

    span: Span
    name: str
    type: str
    source: str
    wikidata: str | None = None
    key: tuple | None = None  # mentions with equal keys are one entity
    weak: bool = False  # kept only if it merges into a stronger entity
    extra: dict = field(default_factory=dict)


@dataclass
class Ministry:
    """A ministry mention: its span, owning country (ISO or None), its function and a canonical name."""

    span: Span
    country: str | None
    function: str
    name: str

    @property
    def key(self) -> tuple[str | None, str]:
        fn = self.function.lower()
        return self.country, _FUNCTION_KEYS.get(fn, fn)


def is_acronym(text: str) -> bool:
    """True for "RSF", "UN", "UNHCR", "UNICEF", "CrPC"-like forms; False for "Hamas" or "Reuters"."""
    return bool(_ACRONYM.match(text))


def dateline_chars(text: str) -> list[tuple[int, int]]:
    """Character spans of datelines ("BEIRUT, Oct 6 —"): their upper-case place is not an actor."""
    return [(m.start(), m.end()) for m in _DATELINE.finditer(text)]


# ----------------------------------------------------------------- resource matches
@functools.cache
def _actor_matchers(vocab: Vocab) -> tuple[PhraseMatcher, PhraseMatcher, dict[str, ActorRow]]:
    """(case-sensitive matcher for names, case-insensitive one for descriptive aliases, label -> row)."""
    from spacy.lang.en import English

    tokenizer = English(vocab=vocab).tokenizer
    exact, lower = PhraseMatcher(vocab, attr="ORTH"), PhraseMatcher(vocab, attr="LOWER")
    rows: dict[str, ActorRow] = {}
    for i, row in enumerate(actor_index().rows):
        label = f"A{i}"
        rows[label] = row
        surfaces = sorted({v for s in row.surfaces for v in (s, fold(s)) if actor_index().lookup(v) is row})
        exact.add(label, list(tokenizer.pipe(surfaces)))
        lower.add(label, list(tokenizer.pipe([s for s in surfaces if _descriptive(s)])))
    return exact, lower, rows


def _descriptive(surface: str) -> bool:
    """True for aliases written with a lower-case word ("UN refugee agency"), matched in any case."""
    return any(w[:1].islower() and w not in _LINK_WORDS for w in surface.split())


_LINK_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "del", "la", "el", "al", "des", "du", "y", "e", "wal"})


def find_actor_spans(doc: Doc) -> list[tuple[Span, ActorRow]]:
    """Every match of an actors.jsonl name or alias in doc, with its row (overlaps included)."""
    exact, lower, rows = _actor_matchers(doc.vocab)
    found = []
    for matcher in (exact, lower):
        for label, start, end in matcher(doc):
            found.append((doc[start:end], rows[doc.vocab.strings[label]]))
    return found


# ----------------------------------------------------------------- key words
KEYWORDS = ("ministry", "army", "military", "junta", "navy", "police", "air", "coast", "coastguard", "armed",
            "border", "national", "special", "marines", "security")


@functools.cache
def _keyword_matcher(vocab: Vocab) -> PhraseMatcher:
    from spacy.lang.en import English

    matcher = PhraseMatcher(vocab, attr="LOWER")
    tokenizer = English(vocab=vocab).tokenizer
    for word in KEYWORDS:
        matcher.add(word, [tokenizer(word)])
    return matcher


def keyword_positions(doc: Doc) -> dict[str, list[int]]:
    """Token indices of each of KEYWORDS in doc (one C-level pass instead of Python loops over tokens)."""
    found: dict[str, list[int]] = {}
    for label, start, _ in _keyword_matcher(doc.vocab)(doc):
        found.setdefault(doc.vocab.strings[label], []).append(start)
    return found


# ----------------------------------------------------------------- title-case organisation names
ORG_HEADS = (
    "Headquarters", "Council", "Committee", "Commission", "Agency", "Service", "Office", "Court", "Forces", "Front",
    "Party", "Movement", "Union", "Alliance", "Coalition", "Authority", "Bureau", "Department", "Directorate",
    "Institute", "Foundation", "Association", "Federation", "Network", "Organisation", "Organization", "Brigade",
    "Brigades", "Corps", "Guard", "Police", "Tribunal", "Assembly", "Centre", "Center", "Watch", "Fund",
    "Programme", "Program", "Bank", "Company", "Secretariat", "Observatory", "Society", "Board", "Command",
    "Administration", "Mission", "Group", "Army", "Legion", "Battalion", "Regiment", "Cartel", "Gang",
    "Inspectorate", "Prosecutor", "Ombudsman", "Parliament", "Senate", "Congress", "Cabinet", "Government",
)
_CONNECTORS = frozenset({"of", "for", "the", "and", "&", "de", "del", "la", "des", "du"})


@functools.cache
def _org_head_matcher(vocab: Vocab) -> PhraseMatcher:
    from spacy.lang.en import English

    matcher = PhraseMatcher(vocab, attr="ORTH")
    tokenizer = English(vocab=vocab).tokenizer
    matcher.add("HEAD", list(tokenizer.pipe(ORG_HEADS)))
    return matcher


def find_org_phrases(doc: Doc) -> list[Span]:
    """Title-case names around an organisation noun that spaCy missed ("Coordination Centre for the
    Search for Missing Persons", "Nairobi High Court"): at least two capitalised words."""
    found = []
    for _, i, _ in _org_head_matcher(doc.vocab)(doc):
        if i + 1 < len(doc) and _capitalised(doc[i + 1]):  # "Interior Cabinet Secretary X": a title, not a name
            continue
        start, end = _extend_left(doc, i), _extend_right(doc, i + 1)
        if end - start >= 2 and sum(doc[k].text[:1].isupper() for k in range(start, end)) >= 2:
            found.append(doc[start:end])
    return found


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and not (token.is_sent_start and token.pos_ != "PROPN")


def _extend_left(doc: Doc, i: int) -> int:
    start = i
    while start > 0 and _capitalised(doc[start - 1]) and doc[start - 1].pos_ != "DET":
        start -= 1
    return start


def _extend_right(doc: Doc, end: int) -> int:
    """Past "for the Treatment of Prisoners of War": connectors followed by capitalised words."""
    while end < len(doc):
        k = end
        while k < len(doc) and doc[k].lower_ in _CONNECTORS:
            k += 1
        if k == end or k >= len(doc) or not _capitalised(doc[k]) or doc[end].lower_ == "and":
            break
        while k < len(doc) and _capitalised(doc[k]):
            k += 1
        end = k
    return end


# ----------------------------------------------------------------- ministries
def find_ministries(doc: Doc, keywords: dict[str, list[int]]) -> list[Ministry]:
    """Every "(Country's|Demonym) Function Ministry" or "Ministry of Function" in doc."""
    found = []
    for i in keywords.get("ministry", ()):
        ministry = _ministry_at(doc, i)
        if ministry is not None:
            found.append(ministry)
    return found


def _ministry_at(doc: Doc, i: int) -> Ministry | None:
    end, function = i + 1, ""
    if i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].text[:1].isupper():
        end = i + 2
        while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in ("and", "of", "the", "&")):
            end += 1
        while doc[end - 1].lower_ in ("and", "of", "the", "&"):
            end -= 1
        function = doc[i + 2:end].text
        start = i
    else:
        start = i
        while start > 0 and doc[start - 1].lower_ in MINISTRY_FUNCTIONS:
            start -= 1
        if start == i:
            return None
        function = doc[start:i].text
    owner_start, country = _owner(doc, start)
    return Ministry(doc[owner_start:end], country, function, _ministry_name(doc, i, end, function, country))


def _owner(doc: Doc, start: int) -> tuple[int, str | None]:
    """(start of the owning-country words, ISO code) for the words before a ministry, else (start, None)."""
    j = start
    if j > 0 and doc[j - 1].lower_ in ("'s", "’s", "'"):
        j -= 1
    for width in (3, 2, 1):
        if j - width >= 0:
            country = country_of(doc[j - width:j].text)
            if country and doc[j - width].text[:1].isupper() and doc[j - width].pos_ != "DET":
                return j - width, country
    return start, None


def _ministry_name(doc: Doc, i: int, end: int, function: str, country: str | None) -> str:
    """"Russian Defence Ministry", "Russian Ministry of Defence", or "Interior Ministry" with no country."""
    adjective = adjective_of(country) if country else None
    if end > i + 1:  # "Ministry of ..."
        core = f"Ministry of {function}"
        return f"{adjective} {core}" if adjective else core
    core = f"{_title(function)} Ministry"
    return f"{adjective} {core}" if adjective else core


def _title(words: str) -> str:
    return " ".join(w if w[:1].isupper() else w.capitalize() for w in words.split())


# ----------------------------------------------------------------- acronym definitions
_PARENTHESISED = re.compile(r"\(([A-Z][A-Za-z0-9&-]{1,9})\)")


def find_acronym_definitions(doc: Doc, text: str) -> dict[int, Span]:
    """"Rapid Support Forces (RSF)": index of the "(" token -> the acronym's span."""
    defined = {}
    for match in _PARENTHESISED.finditer(text):
        span = doc.char_span(match.start(1), match.end(1))
        if span is not None and len(span) == 1 and span.start > 0 and is_acronym(span.text):
            defined[span.start - 1] = span
    return defined

"""Where the places layer looks: toponym spans from spaCy's entities, proper-noun runs and the
gazetteer matcher, and the evidence that a span is used as a location.

A mention is one span of the text that names a place: a name ("Gaza City", "the Golan Heights"),
a demonym that stands for its country ("Israeli strikes", "the Lebanese army said"), or a compound
road named for two places ("the Beirut-Damascus highway": one place, not Beirut and Damascus).
The small English model often tags towns as PERSON or ORG ("in El Fasher", "Mandalay and
Naypyitaw"), so any proper-noun span the gazetteer knows is a candidate; spans not tagged as places
then need evidence of a location: a locative preposition, a place word after it ("Kakuma camp"),
coordination with another place, or a dateline.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..gazetteer import ALTERNATE, Gazetteer
from .entity_titles import capitalised_title_at
from .place_lexicon import place_matcher, place_words

PLACE_LABELS = ("GPE", "LOC", "FAC")
OTHER_LABELS = ("PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT")
BIG_CITY = 100_000  # a loose alternate name is trusted only for a place this large (Kiev, Bombay)
CAPITAL_SIZE = 250_000  # ... and, where spaCy did not tag a place, only this large (Naypyitaw 925,000; Hama 460,000)
_LEADING = {"the", "The"}
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_ORIGIN_RANK = {"gaz": 0, "ner": 1, "chunk": 2, "unknown": 3}
_DASHES = ("-", "\u2013", "\u2014", "/")
_DATELINE_PUNCT = (",", "(", ":", *_DASHES)
_UNIT_WORDS = frozenset({"district", "province", "state", "county", "governorate", "division", "tehsil", "upazila"})
_TITLE_DATELINE_PUNCT = (":", "\u2013", "\u2014")  # not "-" nor ",": "Kano-based", "Kano, the largest city"


@dataclass
class Mention:
    """A toponym span (token offsets) and the names to look it up under, most specific first."""

    start: int
    end: int
    kind: str  # "name", "demonym" or "compound"
    origin: str  # "gaz" (matcher), "ner" (spaCy place entity), "chunk" (other proper-noun span)
    label: str = ""  # spaCy's label for the span, if any
    lookups: list[str] = field(default_factory=list)
    parts: tuple["Mention", ...] = ()  # the two places of a compound road
    suffix_end: int = 0  # end of a following place word the gazetteer does not know with the name
    suffix_feature: str | None = None  # and the feature that word names ("Torkham crossing": crossing)
    listed: bool = False  # one of a list under a plural place noun ("the provinces of A, B and C")
    unit: bool = False  # an administrative unit word follows ("Bahraich district"): alternate names may be read

    @property
    def span_text(self) -> str:
        return self.lookups[-1] if self.lookups else ""

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


def find_mentions(doc: Doc, gaz: Gazetteer, ents: tuple[Span, ...] | None = None) -> list[Mention]:
    """Non-overlapping place mentions in text order (longest span wins; matcher, then spaCy, on ties)."""
    tokens = list(doc)  # one Token object per position: doc[i] builds a new one on every access
    lowers = [t.lower_ for t in tokens]
    ents = doc.ents if ents is None else ents
    found = _matcher_mentions(doc, ents) + _ner_mentions(doc, gaz, ents, lowers) + _propn_runs(doc, gaz, tokens, lowers)
    found += _datelines(doc, gaz, tokens, lowers)
    found.sort(key=lambda m: (-(m.end - m.start), _ORIGIN_RANK[m.origin], m.start))
    taken: set[int] = set()
    chosen = []
    for mention in found:
        if not taken.intersection(range(mention.start, mention.end)):
            taken.update(range(mention.start, mention.end))
            chosen.append(mention)
    chosen.sort(key=lambda m: m.start)
    mentions = [_extend(doc, gaz, m, lowers) for m in _compounds(doc, chosen)]
    _list_nouns(doc, gaz, mentions, lowers)
    return mentions


def loose_floor(mention: Mention) -> float:
    """Smallest population for which a loose alternate name may be read; never for acronyms ("UN", "FAO")."""
    if mention.span_text.isupper() and mention.label != "DATELINE":
        return float("inf")
    if mention.unit:
        return 0.0  # "Bahraich district": the unit word says it is a place, a town's variant spelling will do
    return BIG_CITY if mention.origin != "chunk" else CAPITAL_SIZE


def known(gaz: Gazetteer, mention: Mention, *, strict: bool = False) -> bool:
    """The gazetteer has the name exactly or as a curated alias, or (unless strict) as a big place's
    loose alternate name ("Kiev")."""
    floor = float("inf") if strict else loose_floor(mention)
    for text in mention.lookups:
        for cand in gaz.lookup(text):
            if cand.quality > ALTERNATE or (gaz.entries[cand.entry].population or 0) >= floor:
                return True
    return False


def _matcher_mentions(doc: Doc, ents: tuple[Span, ...]) -> list[Mention]:
    """Matcher hits that are written as names (capitalised; short all-caps aliases only in capitals)."""
    labels = {ent.start: ent.label_ for ent in ents}
    out = []
    for match_id, start, end in place_matcher(doc.vocab)(doc):
        span = doc[start:end]
        if not _looks_like_name(span):
            continue
        kind = "demonym" if doc.vocab.strings[match_id] == "DEMONYM" else "name"
        out.append(Mention(start, end, kind, "gaz", labels.get(start, ""), [span.text]))
    return out


def _looks_like_name(span: Span) -> bool:
    text = span.text
    if not text[:1].isupper():
        return False
    letters = text.replace(".", "")
    return len(letters) > 3 or letters.isupper() or letters.istitle() and len(letters) > 2


def _ner_mentions(doc: Doc, gaz: Gazetteer, ents: tuple[Span, ...], lowers: list[str]) -> list[Mention]:
    """spaCy's place entities, demonym NORPs, and other proper-noun entities the gazetteer knows;
    an entity spanning a list ("Mombasa, Kisumu") is read part by part."""
    out = []
    for ent in ents:
        start, end = _trim(doc, ent.start, ent.end)
        if start >= end:
            continue
        mention = _ner_mention(doc, gaz, ent.label_, start, end, lowers)
        if mention is not None and mention.origin == "unknown" and "," in lowers[start:end]:
            out.extend(m for a, b in _list_parts(lowers, start, end) if (m := _ner_mention(doc, gaz, ent.label_, a, b, lowers)))
        elif mention is not None:
            out.append(mention)
    return out


def _ner_mention(doc: Doc, gaz: Gazetteer, label: str, start: int, end: int, lowers: list[str]) -> Mention | None:
    text = doc[start:end].text
    if label in PLACE_LABELS:
        mention = Mention(start, end, "name", "ner", label, _lookups(doc, start, end, lowers))
        return mention if "," not in lowers[start:end] or known(gaz, mention) else _unknown(mention)
    if label == "NORP" and gaz.demonym(text):
        return Mention(start, end, "demonym", "ner", label, [text])
    if label in OTHER_LABELS:
        mention = Mention(start, end, "name", "chunk", label, _lookups(doc, start, end, lowers))
        mention.unit = end < len(lowers) and lowers[end] in _UNIT_WORDS
        return mention if known(gaz, mention) else _unknown(mention)
    return None


def _list_parts(lowers: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Token ranges between the commas and "and"s of [start, end)."""
    parts, begin = [], start
    for i in range(start, end + 1):
        if i == end or lowers[i] in (",", "and", "or"):
            if i > begin:
                parts.append((begin, i))
            begin = i + 1
    return parts


def _propn_runs(doc: Doc, gaz: Gazetteer, tokens: list, lowers: list[str]) -> list[Mention]:
    """Capitalised proper-noun runs spaCy left untagged ("to Tijuana") that the gazetteer knows."""
    free = [t.ent_iob == 2 and t.pos_ == "PROPN" and t.text[:1].isupper() for t in tokens]  # ent_iob 2: outside
    out, i = [], 0
    while i < len(tokens):
        if not free[i]:
            i += 1
            continue
        j = i
        while j < len(tokens) and free[j] and (j == i or not capitalised_title_at(doc, j)):
            j += 1
        mention = Mention(i, j, "name", "chunk", "", _lookups(doc, i, j, lowers))
        mention.unit = j < len(tokens) and lowers[j] in _UNIT_WORDS
        out.append(mention if known(gaz, mention) else _unknown(mention))
        i = j
    return out


def _unknown(mention: Mention) -> Mention:
    """A proper name the gazetteer lacks, spaCy did not call a place: kept only as a member of a list
    of places under a plural place noun ("the neighbourhoods of A, B and C")."""
    mention.origin = "unknown"
    return mention


def _datelines(doc: Doc, gaz: Gazetteer, tokens: list, lowers: list[str]) -> list[Mention]:
    """All-capitals names opening a paragraph before a comma or dash ("LAGOS —"), which the tagger
    reads as common nouns."""
    out = []
    for i, token in enumerate(tokens):
        if not (i == 0 or tokens[i - 1].is_space or "\n" in tokens[i - 1].whitespace_):
            continue
        j = _dateline_end(tokens, i)
        if i < j < len(tokens) and tokens[j].text in _DATELINE_PUNCT:
            mention = Mention(i, j, "name", "chunk", "DATELINE", _lookups(doc, i, j, lowers))
            if known(gaz, mention):
                out.append(mention)
    return out


def _dateline_end(tokens: list, i: int) -> int:
    """End of a dateline's place name at i: up to four all-capitals words ("NEW DELHI,"), or up to two
    title-case words right before a colon or a long dash ("Lagos:", "Abuja —"), as in South Asian and African
    papers."""
    j = i
    while j < len(tokens) and j - i < 4 and tokens[j].is_alpha and tokens[j].is_upper:
        j += 1
    if j > i:
        return j
    while j < len(tokens) and j - i < 2 and tokens[j].is_alpha and tokens[j].is_title:
        j += 1
    return j if j < len(tokens) and tokens[j].text in _TITLE_DATELINE_PUNCT else i


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive from an entity span."""
    if end - start > 1 and doc[start].text in _LEADING:
        start += 1
    if end - start > 1 and doc[end - 1].text in _POSSESSIVE:
        end -= 1
    return start, end


def _lookups(doc: Doc, start: int, end: int, lowers: list[str]) -> list[str]:
    """The span's text, then without a trailing place word ("Yala province" -> "Yala")."""
    names = [doc[start:end].text]
    cut = place_words().suffix_before(lowers, start, end)
    if cut:
        names.append(doc[start:end - cut].text)
    return names


# ----------------------------------------------------------------- evidence of a location
def has_evidence(doc: Doc, mention: Mention, others: list[Mention]) -> bool:
    """A locative preposition before it, a place word after it, coordination with another place, a dateline."""
    words = place_words()
    before = _token_before(doc, mention.start)
    if before is not None and before.lower_ in words.locative_preps:
        return True
    if before is not None and before.lower_ == "of" and before.i > 0 and doc[before.i - 1].lower_ in words.of_heads:
        return True
    if words.suffix_after([t.lower_ for t in doc[mention.end:mention.end + 3]], 0):
        return True
    if mention.end - mention.start > 1 and doc[mention.end - 1].lower_ in words.facility_words:
        return True
    return _coordinated(doc, mention, others) or _dateline(doc, mention)


def _token_before(doc: Doc, start: int):
    i = start - 1
    while i >= 0 and doc[i].lower_ in ("the", "a") :
        i -= 1
    return doc[i] if i >= 0 else None


def _coordinated(doc: Doc, mention: Mention, others: list[Mention]) -> bool:
    """"Kandahar and Herat", "Kano, Kaduna and Katsina", "Kyiv's Obolon"."""
    places = [m for m in others if m is not mention and m.kind == "name" and m.origin != "unknown"]
    ends = {m.end: m for m in places}
    starts = {m.start: m for m in places}
    link_before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    if link_before in (",", "and", "or", "'s", "\u2019s") and (mention.start - 1) in ends:
        return True
    link_after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    return link_after in (",", "and", "or") and (mention.end + 1) in starts


def _dateline(doc: Doc, mention: Mention) -> bool:
    """"MANDALAY, April 1 —", "LAGOS —": an all-capitals name opening a paragraph, then a comma or dash."""
    span = mention.span(doc)
    opens = mention.start == 0 or "\n" in doc[mention.start - 1].text_with_ws or doc[mention.start - 1].is_space
    if not opens or mention.end >= len(doc):
        return False
    after = doc[mention.end].text
    return after in _DATELINE_PUNCT and (span.text.isupper() or after in _TITLE_DATELINE_PUNCT and len(span) <= 2)


# ----------------------------------------------------------------- lists under one place noun
def _list_nouns(doc: Doc, gaz: Gazetteer, mentions: list[Mention], lowers: list[str]) -> None:
    """"the provinces of Narathiwat, Yala and Pattani", "Sylhet and Sunamganj districts": each name
    is first looked up with the singular noun ("Yala province"), when the gazetteer knows that name."""
    plurals = place_words().plural_place_nouns
    for group in _coordinated_groups(mentions, lowers):
        first, last = group[0], group[-1]
        noun = plurals.get(lowers[last.end]) if last.end < len(lowers) else None
        if noun is None and first.start >= 2 and lowers[first.start - 1] == "of":
            noun = plurals.get(lowers[first.start - 2])
        for mention in group if noun else ():
            mention.listed = True
            longer = f"{doc[mention.start:mention.end].text} {noun}"
            if gaz.lookup(longer):
                mention.lookups.insert(0, longer)


def _coordinated_groups(mentions: list[Mention], lowers: list[str]) -> list[list[Mention]]:
    """Runs of name mentions joined by ",", "and", "or" (one joining token, or ", and")."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        if mention.kind != "name":
            continue
        prev = groups[-1][-1] if groups else None
        link = lowers[prev.end:mention.start] if prev else None
        if link in ([","], ["and"], ["or"], [",", "and"], [",", "or"]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return [g for g in groups if len(g) > 1]


# ----------------------------------------------------------------- compounds and suffixes
def _compounds(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Join "A-B highway" (places A and B, a hyphen or dash between, a road word after) into one
    mention, whether spaCy saw A and B apart or as one entity "A-B"."""
    roads = place_words().road_words
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        if b and a.kind == b.kind == "name" and "unknown" not in (a.origin, b.origin) and b.start == a.end + 1 and doc[a.end].text in _DASHES \
                and b.end < len(doc) and doc[b.end].lower_ in roads:
            out.append(_compound(doc, a.start, b.end + 1, (a, b)))
            i += 2
            continue
        out.append(_split_compound(doc, a, roads) or a)
        i += 1
    return out


def _split_compound(doc: Doc, mention: Mention, roads: frozenset[str]) -> Mention | None:
    """One entity "A-B" followed by a road word, as a compound of A and B."""
    if mention.kind != "name" or mention.origin == "unknown" or mention.end - mention.start < 3 \
            or mention.end >= len(doc) or doc[mention.end].lower_ not in roads:
        return None
    dash = next((t.i for t in mention.span(doc)[1:-1] if t.text in _DASHES), None)
    if dash is None:
        return None
    parts = (Mention(mention.start, dash, "name", "ner", lookups=[doc[mention.start:dash].text]),
             Mention(dash + 1, mention.end, "name", "ner", lookups=[doc[dash + 1:mention.end].text]))
    return _compound(doc, mention.start, mention.end + 1, parts)


def _compound(doc: Doc, start: int, end: int, parts: tuple[Mention, Mention]) -> Mention:
    return Mention(start, end, "compound", "gaz", lookups=[doc[start:end].text], parts=parts)


def _extend(doc: Doc, gaz: Gazetteer, mention: Mention, lowers: list[str]) -> Mention:
    """Take in a following place word ("Torkham crossing", "Kakuma camp") when the gazetteer knows the
    longer name; the longer name is then looked up first."""
    size = place_words().suffix_after(lowers, mention.end) if mention.kind == "name" else 0
    if size:
        longer = doc[mention.start:mention.end + size].text
        if gaz.lookup(longer):
            mention.lookups.insert(0, longer)
            mention.end += size
        elif lowers[mention.end + size - 1] in place_words().suffix_features:
            mention.suffix_end = mention.end + size
            mention.suffix_feature = place_words().suffix_features[lowers[mention.end + size - 1]]
    return mention

"""Places: toponyms used as locations, geocoded offline against the gazetteer.

Mentions come from spaCy's GPE/LOC/FAC entities and a PhraseMatcher over the curated gazetteer
(place_spans.py). Spans the entities layer took as actors ("Washington has exerted pressure",
"US Central Command") are skipped; demonyms count only where they stand for the state or locate
something ("Israeli strikes", "the Lebanese army said"), not for nationality ("Filipino crew").
Each mention is resolved to a gazetteer entry (place_resolve.py) and all mentions of one entry
become one Place.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from ..article import Article
from ..gazetteer import ALTERNATE, GazEntry, Gazetteer, bare_name, gazetteer, name_key, rough_km
from ..record import Entity, Place
from .entity_titles import capitalised_title_at
from .place_lexicon import place_words
from .place_resolve import UNLOCATED, candidates, resolve_all
from .place_spans import Mention, find_mentions, has_evidence, known

_LOCATIVE_LINKS = {",", "in"}  # "Tripoli, Lebanon", "Tripoli in Libya"
_NAME_LABELS = ("ORG", "PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW")  # "Pacific Islands Forum"
_POSSESSIVES = ("'s", "\u2019s")
_HYPHENS = ("-", "\u2013")


def extract_places(doc: Doc, article: Article, *, entities: list[Entity]) -> list[Place]:
    """One Place per location named in doc; spans already taken by actor entities are skipped."""
    gaz = gazetteer()
    taken = [span for entity in entities for span in entity.mentions]
    ents = doc.ents
    names = [_without_possessive(e) for e in ents if e.label_ in _NAME_LABELS and "," not in e.text]  # not lists
    found = find_mentions(doc, gaz, ents)
    mentions = [m for m in found if _keep(doc, gaz, m, taken, found) and not _inside_name(doc, gaz, m, names)]
    options = [candidates(m, gaz) for m in mentions]
    chosen = resolve_all(mentions, options, _local_countries(doc, mentions, options))
    return _places(doc, gaz, mentions, _one_per_name(doc, mentions, chosen))


def _without_possessive(ent) -> tuple[int, int]:
    """Character span of a spaCy name without a trailing "'s" ("Uttar Pradesh's" tagged ORG is no longer name)."""
    end = ent[-1].idx if len(ent) > 1 and ent[-1].text in _POSSESSIVES else ent.end_char
    return ent.start_char, end


def _keep(doc: Doc, gaz: Gazetteer, mention: Mention, taken: list[tuple[int, int]], found: list[Mention]) -> bool:
    """Demonyms only where they stand for the state; names only outside actor mentions, and with
    evidence of a location where spaCy did not call them places (or the gazetteer lacks them)."""
    if mention.kind == "demonym":
        return _demonym_is_place(doc, mention)
    if mention.origin == "unknown" and not mention.listed:
        return False
    span = mention.span(doc)
    if _inside_actor(doc, gaz, mention, taken) or name_key(span.text) in place_words().not_places:
        return False
    if mention.kind == "compound":
        return True
    if mention.origin == "unknown":
        return True  # listed (checked above)
    if mention.origin == "ner":
        return known(gaz, mention) or has_evidence(doc, mention, found)
    if mention.label == "PERSON" or mention.origin == "chunk" and not (mention.label and known(gaz, mention, strict=True)):
        return has_evidence(doc, mention, found) or _region_owner(doc, gaz, mention)
    return True


def _region_owner(doc: Doc, gaz: Gazetteer, mention: Mention) -> bool:
    """"Tigray's interim administration", "Khyber Pakhtunkhwa Chief Minister": a country or first-level
    region the gazetteer knows by that exact name, as possessor or before an office's title."""
    if mention.end >= len(doc):
        return False
    if doc[mention.end].text not in _POSSESSIVES and not capitalised_title_at(doc, mention.end):
        return False
    return any(c.quality > ALTERNATE and gaz.entries[c.entry].feature in ("country", "region")
               for c in gaz.lookup(mention.span(doc).text))


def _inside_actor(doc: Doc, gaz: Gazetteer, mention: Mention, taken: list[tuple[int, int]]) -> bool:
    """Inside an actor's mention ("US Central Command"), unless a country as possessor ("Iran's
    foreign ministry": countries are always places). A capital as possessor stays an actor
    ("Pyongyang's security concerns")."""
    span = mention.span(doc)
    if _country_possessor(doc, gaz, mention):
        return False
    return any(s <= span.start_char and span.end_char <= e for s, e in taken)


def _inside_name(doc: Doc, gaz: Gazetteer, mention: Mention, names: list[tuple[int, int]]) -> bool:
    """Part of a longer name spaCy found ("Arab League Council", "Strong Moldova"), unless a country
    as possessor."""
    if mention.kind == "demonym" or _country_possessor(doc, gaz, mention):
        return False
    span = mention.span(doc)
    size = span.end_char - span.start_char
    return any(s <= span.start_char and span.end_char <= e and e - s > size for s, e in names)


def _country_possessor(doc: Doc, gaz: Gazetteer, mention: Mention) -> bool:
    """"Iran's foreign ministry": the country is named even inside an actor's name."""
    if mention.end >= len(doc) or doc[mention.end].text not in _POSSESSIVES:
        return False
    return any(gaz.entries[c.entry].feature == "country" for c in gaz.lookup(mention.span(doc).text))


def _demonym_is_place(doc: Doc, mention: Mention) -> bool:
    """"Israeli strikes", "the Lebanese army", "Eritrean coast": yes. "Filipino crew", "pro-Iranian",
    "Greek-owned", "Israelis": no."""
    words = place_words()
    token: Token = doc[mention.end - 1]
    before = doc[mention.start - 1] if mention.start > 0 else None
    after = doc[mention.end] if mention.end < len(doc) else None
    if before is not None and before.text in _HYPHENS or after is not None and after.text in _HYPHENS:
        return _demonym_pair(doc, mention)
    if token.tag_ in ("NNS", "NNPS") or token.lower_.endswith("s") and token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
        return False
    head = token.head if token.dep_ in ("amod", "compound", "nmod", "nummod") else after
    return head is not None and head.lower_ in words.state_nouns


def _demonym_pair(doc: Doc, mention: Mention) -> bool:
    """"the Afghan-Pakistani border", "Israeli-Lebanese frontier": both countries, when the pair
    qualifies a noun of place or state. "Russian-made", "pro-Iranian", "Greek-owned": no."""
    gaz, words = gazetteer(), place_words()
    first = mention.start if mention.end < len(doc) and doc[mention.end].text in _HYPHENS else mention.start - 2
    if first < 0 or first + 3 >= len(doc) or doc[first + 1].text not in _HYPHENS:
        return False
    pair = (doc[first].text, doc[first + 2].text)
    return all(gaz.demonym(d) for d in pair) and doc[first + 3].lower_ in words.state_nouns


def _local_countries(doc: Doc, mentions: list[Mention], options: list) -> dict[int, str]:
    """Mention index -> country named right after it ("Tripoli, Lebanon", "Tripoli in Libya")."""
    local = {}
    for i in range(len(mentions) - 1):
        here, nxt = mentions[i], mentions[i + 1]
        link = doc[here.end:nxt.start]
        if len(link) == 1 and link[0].lower_ in _LOCATIVE_LINKS:
            countries = [e.country for e, _ in options[i + 1] if e.feature == "country"]
            if countries:
                local[i] = countries[0]
    return local


def _one_per_name(doc: Doc, mentions: list[Mention], chosen: list[GazEntry | None]) -> list[GazEntry | None]:
    """"floods in Sylhet and Sunamganj districts ... the minister visited Sunamganj": a bare name that
    resolved to a town near the district, province or state the same name resolved to earlier in the
    text is that unit again (news does not switch between a unit and its seat without saying so)."""
    first: dict[tuple[str, str | None], GazEntry] = {}
    out = []
    for mention, entry in zip(mentions, chosen):
        if entry is not None and mention.kind == "name":
            key = (name_key(mention.span(doc).text), entry.country)
            unit = first.setdefault(key, entry)
            if unit is not entry and unit.feature in _ADMIN_UNITS and entry.feature not in _ADMIN_UNITS and (
                    _km(unit, entry) <= _SAME_UNIT_KM):
                entry = unit
        out.append(entry)
    return out


_ADMIN_UNITS = ("region", "district")
_SAME_UNIT_KM = 150.0  # a district's or province's seat lies well within this of its centre


def _km(a: GazEntry, b: GazEntry) -> float:
    return rough_km(a.lat, a.lon, b.lat, b.lon) if None not in (a.lat, b.lat) else float("inf")


def _places(doc: Doc, gaz: Gazetteer, mentions: list[Mention], chosen: list[GazEntry | None]) -> list[Place]:
    """Group mentions by place; compounds and unknown toponyms are placed from their neighbours."""
    places: dict[str, Place] = {}
    for i, (mention, entry) in enumerate(zip(mentions, chosen)):
        span = mention.span(doc)
        if entry is not None and mention.suffix_feature and entry.feature != mention.suffix_feature:
            span = doc[mention.start:mention.suffix_end]
            key, place = f"name:{name_key(span.text)}", _from_entry(entry, span.text, mention.suffix_feature)
        elif entry is not None:
            key, place = f"gaz:{id(entry)}", _from_entry(entry, _english_name(entry, span.text))
        elif mention.kind == "compound":
            key, place = f"name:{name_key(span.text)}", _compound(doc, gaz, mention)
        elif mention.kind == "name":
            key, place = f"name:{name_key(span.text)}", _nearby(doc, gaz, mentions, chosen, i)
        else:
            continue
        places.setdefault(key, place).mentions.append((span.start_char, span.end_char))
    return list(places.values())


def _from_entry(entry: GazEntry, name: str | None = None, feature: str | None = None) -> Place:
    """The entry as a Place, under ``name`` if given; with a ``feature`` too, a place beside it
    ("Torkham crossing" at the town of Torkham)."""
    return Place(name=name or bare_name(entry.name), country=entry.country, lat=entry.lat, lon=entry.lon,
                 geonames_id=None if feature else entry.geonames_id, feature=feature or entry.feature)


def _english_name(entry: GazEntry, surface: str) -> str | None:
    """GeoNames names some places in transliteration ("Ḩamāh", "Al Ḩudaydah", "Zaporizhzhya") where
    English news has its own spelling: a GeoNames place reached through one of its alternate names,
    or whose name has letters beyond Latin-1, takes the article's spelling. Curated names stay."""
    if entry.source == "supplement" or entry.feature == "country":
        return _without_unit(entry, surface)
    exact = {name_key(entry.name), *(name_key(a) for a in entry.aliases)}
    if name_key(surface) in exact and all(ord(ch) <= 0xFF for ch in entry.name):
        return None
    return surface.title() if surface.isupper() and len(surface) > 3 else surface  # "DAVAO CITY," in a dateline


_ADMIN_UNITS = ("province", "county", "region", "zone", "district", "state", "governorate", "oblast",
                "department", "prefecture", "division", "municipality")


def _without_unit(entry: GazEntry, surface: str) -> str | None:
    """A region the gazetteer calls "Benguet Province" is named as the article names it ("Benguet")
    when no other place has that bare name; "Idlib Governorate" keeps its unit beside the city Idlib."""
    name = bare_name(entry.name)
    head, _, unit = name.rpartition(" ")
    if entry.feature != "region" or unit.lower() not in _ADMIN_UNITS or name_key(head) != name_key(surface):
        return None
    gaz = gazetteer()
    if any(gaz.entries[cand.entry] is not entry for cand in gaz.lookup(head)):
        return None
    return surface.title() if surface.isupper() else surface


def _compound(doc: Doc, gaz: Gazetteer, mention: Mention) -> Place:
    """"A-B highway": between A and B; its country when both lie in one, else none."""
    ends = []
    for part in mention.parts:
        opts = candidates(part, gaz)
        if opts:
            ends.append(max(opts, key=lambda o: o[1])[0])
    text = mention.span(doc).text.replace("\u2013", "-").replace("\u2014", "-")
    if len(ends) < 2 or None in (ends[0].lat, ends[1].lat):
        return Place(name=text, feature="road")
    countries = {e.country for e in ends}
    return Place(name=text, country=countries.pop() if len(countries) == 1 else None, feature="road",
                 lat=round((ends[0].lat + ends[1].lat) / 2, 4), lon=round((ends[0].lon + ends[1].lon) / 2, 4))


def _nearby(doc: Doc, gaz: Gazetteer, mentions: list[Mention], chosen: list[GazEntry | None], i: int) -> Place:
    """A toponym the gazetteer lacks takes the point of the place its first words name ("Nadi
    International Airport"), else of a placed town named in the same sentence (news names a small
    place next to the larger one it lies in), else of the article's most-named one, else none."""
    text = mentions[i].span(doc).text
    head = _head_place(doc, gaz, mentions[i], {e.country for e in chosen if e is not None})
    if head is not None:
        return Place(name=text, country=head.country, lat=head.lat, lon=head.lon)
    placed = [(j, e) for j, e in enumerate(chosen) if e is not None and e.feature not in UNLOCATED and e.lat is not None]
    sent = doc[mentions[i].start].sent
    same = [(abs(mentions[j].start - mentions[i].start), e) for j, e in placed if sent.start <= mentions[j].start < sent.end]
    if same:
        entry = min(same, key=lambda x: x[0])[1]
    elif placed:
        counts = Counter(id(e) for _, e in placed)
        entry = max((e for _, e in placed), key=lambda e: counts[id(e)])
    else:
        return Place(name=text)
    return Place(name=text, country=entry.country, lat=entry.lat, lon=entry.lon)


def _head_place(doc: Doc, gaz: Gazetteer, mention: Mention, countries: set[str]) -> GazEntry | None:
    """The known place named by the leading words of a longer unknown name, in a country the
    article names ("Wagah border crossing" -> Wagah, "Entebbe International Airport" -> Entebbe)."""
    for end in range(mention.end - 1, mention.start, -1):
        found = [gaz.entries[c.entry] for c in gaz.lookup(doc[mention.start:end].text) if c.quality > ALTERNATE]
        found = [e for e in found if e.country in countries and e.feature not in UNLOCATED and e.lat is not None]
        if found:
            return found[0]
    return None

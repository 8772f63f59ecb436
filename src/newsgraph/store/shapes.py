"""Export shapes for other tools: ACLED-style events and GDELT GKG-style article rows.

Both are built from Records (store/read.py) so every value traces back to an extracted item.
docs/exports.md documents each column and the PLOVER -> ACLED mapping (resources/plover_acled.jsonl).
"""
from __future__ import annotations

import functools
import json
from importlib.resources import files

import pandas as pd

from ..corpus.series import place_in_sentence
from ..corpus.text import name_key, sentence_bounds
from ..record import Event, Place, Record

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    "doc_id", "event_idx", "plover_type", "plover_mode", "attributed_to", "url",
]
GKG_COLUMNS = [
    "gkg_record_id", "date", "source_common_name", "document_identifier", "counts", "locations", "persons",
    "organizations", "quotations", "dates", "events", "title",
]
_FINE_FEATURES = {"city", "town", "village", "district", "neighbourhood", "camp", "crossing", "road", "base",
                  "building", "port", "airport", "site"}
_COARSE_FEATURES = {"country", "region", "province", "state", "sea", "river", "continent"}


@functools.cache
def acled_map() -> dict[tuple[str, str | None], tuple[str, str]]:
    """(PLOVER type, mode or None) -> (ACLED event_type, sub_event_type)."""
    rows = (json.loads(line) for line in _resource("plover_acled.jsonl").splitlines() if line.strip())
    return {(r["plover"], r["mode"]): (r["event_type"], r["sub_event_type"]) for r in rows}


@functools.cache
def gkg_count_types() -> dict[str, str]:
    """Figure category -> GKG count type."""
    rows = (json.loads(line) for line in _resource("gkg_counts.jsonl").splitlines() if line.strip())
    return {r["category"]: r["count_type"] for r in rows}


def acled_frame(records: list[Record]) -> pd.DataFrame:
    """One row per occurred event whose PLOVER type has an ACLED counterpart."""
    rows = [_acled_row(r, i, e) for r in records for i, e in enumerate(r.events)]
    frame = pd.DataFrame([row for row in rows if row], columns=ACLED_COLUMNS)
    return frame.astype({c: "Int64" for c in ("year", "time_precision", "geo_precision", "fatalities", "event_idx")})


def gkg_frame(records: list[Record]) -> pd.DataFrame:
    """One row per article with GKG-style delimited fields."""
    return pd.DataFrame([_gkg_row(r) for r in records], columns=GKG_COLUMNS).astype({"date": "Int64"})


# ---------------------------------------------------------------------------------------- ACLED
def _acled_row(record: Record, idx: int, event: Event) -> dict | None:
    mapped = acled_map().get((event.type, event.mode)) or acled_map().get((event.type, None))
    if mapped is None or event.status != "occurred":
        return None
    date, precision = _event_date(event, record)
    place = _event_place(record, event)
    return {
        "event_id_cnty": f"{record.doc_id}-{idx}", "event_date": date, "year": int(date[:4]) if date else None,
        "time_precision": precision, "event_type": mapped[0], "sub_event_type": mapped[1],
        "actor1": "; ".join(event.source) or None, "actor2": "; ".join(event.target) or None,
        "country": place.country if place else None, "location": place.name if place else event.place,
        "latitude": place.lat if place else None, "longitude": place.lon if place else None,
        "geo_precision": _geo_precision(place), "source": record.source, "notes": _notes(record, event),
        "fatalities": _fatalities(record, event), "doc_id": record.doc_id, "event_idx": idx,
        "plover_type": event.type, "plover_mode": event.mode, "attributed_to": event.attributed_to,
        "url": record.url,
    }


def _event_date(event: Event, record: Record) -> tuple[str | None, int]:
    """ACLED time_precision: 1 the day is known, 2 within a week, 3 within a month or coarser."""
    value = event.date or ""
    if len(value) == 10:
        return value, 1
    if "-W" in value:
        return record.published, 2
    if value:
        return record.published, 3
    return record.published, 2  # undated: the publication day, give or take a few days


def _event_place(record: Record, event: Event) -> Place | None:
    key = name_key(event.place)
    if key:
        return next((p for p in record.places if name_key(p.name) == key), None)
    return place_in_sentence(record, event.start, event.end)


def _geo_precision(place: Place | None) -> int | None:
    """ACLED geo_precision: 1 a town or finer, 2 near a town / unknown feature, 3 a region or country."""
    if place is None:
        return None
    if place.feature in _COARSE_FEATURES:
        return 3
    return 1 if place.feature in _FINE_FEATURES else 2


def _notes(record: Record, event: Event) -> str:
    if not record.text:
        return event.trigger
    start, end = sentence_bounds(record.text, event.start, event.end)
    return " ".join(record.text[start:end].split())


def _fatalities(record: Record, event: Event) -> int | None:
    """The largest 'killed' figure in the event's sentence, when the article gives one."""
    if not record.text:
        return None
    start, end = sentence_bounds(record.text, event.start, event.end)
    values = [f.value or f.low for f in record.figures
              if f.category == "killed" and start <= f.start < end and (f.value or f.low)]
    return int(max(values)) if values else None


# ------------------------------------------------------------------------------------------ GKG
def _gkg_row(record: Record) -> dict:
    date = (record.published or "").replace("-", "")
    return {
        "gkg_record_id": record.doc_id, "date": int(date + "000000") if date else None,
        "source_common_name": record.source, "document_identifier": record.url or record.doc_id,
        "counts": ";".join(filter(None, (_gkg_count(record, f) for f in record.figures))),
        "locations": ";".join(_gkg_location(p) for p in record.places),
        "persons": ";".join(e.name for e in record.entities if e.type == "PERSON"),
        "organizations": ";".join(e.name for e in record.entities if e.type == "ORG"),
        "quotations": "#".join(f"{q.start}|{q.end - q.start}|{q.cue or ''}|{_clean(q.text)}" for q in record.quotes),
        "dates": ";".join(filter(None, (_gkg_date(t.value, t.start) for t in record.times if t.type == "DATE"))),
        "events": ";".join(e.type + (f"/{e.mode}" if e.mode else "") for e in record.events),
        "title": record.title,
    }


def _gkg_count(record: Record, figure) -> str | None:
    count_type = gkg_count_types().get(figure.category)
    number = figure.value if figure.value is not None else figure.low
    if count_type is None or number is None:
        return None
    place = place_in_sentence(record, figure.start, figure.end)
    location = _gkg_location(place) if place else "0######"
    shown = int(number) if number == int(number) else number
    return f"{count_type}#{shown}#{_clean(figure.subject or '')}#{location}"


def _gkg_location(place: Place) -> str:
    """GKG V1 location: Type#FullName#CountryCode#ADM1Code#Lat#Long#FeatureID."""
    loc_type = 1 if place.feature == "country" else 5 if place.feature in _COARSE_FEATURES else 4
    lat = "" if place.lat is None else f"{place.lat:g}"
    lon = "" if place.lon is None else f"{place.lon:g}"
    return f"{loc_type}#{_clean(place.name)}#{place.country or ''}##{lat}#{lon}#{place.geonames_id or ''}"


def _gkg_date(value: str | None, offset: int) -> str | None:
    """GKG V2.1 date: Resolution#Month#Day#Year#Offset (4 day, 3 month, 2 year)."""
    if not value or "-W" in value:
        return None
    parts = value.split("-")
    if not all(p.isdigit() for p in parts):
        return None
    year, month, day = (parts + ["0", "0"])[:3]
    resolution = {1: 2, 2: 3, 3: 4}[len(parts)] if len(parts) <= 3 else 4
    return f"{resolution}#{int(month)}#{int(day)}#{year}#{offset}"


def _clean(text: str) -> str:
    """Remove the GKG delimiters from a free-text field."""
    return " ".join(text.replace("#", " ").replace(";", ",").replace("|", " ").split())


def _resource(name: str) -> str:
    return (files("newsgraph.resources") / name).read_text(encoding="utf-8")

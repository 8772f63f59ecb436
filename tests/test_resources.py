"""Every resource file of the entities layer loads and is well-formed (actors, metonyms, word lists)."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from importlib.resources import files

import pytest

from newsgraph.extract.names import actor_index, governments, lexicon, metonym_table, name_key

RESOURCES = files("newsgraph.resources")
KINDS = {
    "head_of_state", "head_of_government", "minister", "official", "armed_group_leader", "ministry", "agency",
    "armed_forces", "military_command", "military_unit", "military_coalition", "coast_guard", "police",
    "armed_group", "igo", "un_agency", "ngo", "media", "party", "company", "court",
}


def _rows(name: str) -> list[dict]:
    text = (RESOURCES / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_resources_actors_rows_are_well_formed():
    rows = _rows("actors.jsonl")
    assert len(rows) >= 600
    for row in rows:
        assert set(row) == {"name", "type", "wikidata", "kind", "country", "aliases"}, row
        assert row["type"] in ("PERSON", "ORG"), row
        assert row["kind"] in KINDS, row
        assert row["wikidata"] is None or re.fullmatch(r"Q[1-9]\d*", row["wikidata"]), row
        assert row["country"] is None or re.fullmatch(r"[A-Z]{2}", row["country"]), row
        assert all(isinstance(a, str) and a.strip() == a and a for a in row["aliases"]), row


def test_resources_actor_names_and_aliases_are_unambiguous():
    owners = defaultdict(set)
    for row in actor_index().rows:
        for surface in row.surfaces:
            owners[name_key(surface)].add(row.name)
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


def test_resources_actor_qids_are_unique():
    qids = [r.wikidata for r in actor_index().rows if r.wikidata]
    assert len(qids) == len(set(qids))


@pytest.mark.parametrize("kind", ["head_of_state", "armed_group", "un_agency", "ngo", "media", "party", "armed_forces"])
def test_resources_actors_cover_every_kind_broadly(kind):
    assert sum(r.kind == kind for r in actor_index().rows) >= 20


def test_resources_metonyms_are_well_formed():
    rows = _rows("metonyms.jsonl")
    assert len(rows) >= 100
    for row in rows:
        assert set(row) == {"country", "government", "adjective", "capitals", "buildings"}, row
        assert re.fullmatch(r"[A-Z]{2}", row["country"]), row
        assert row["government"] and isinstance(row["capitals"], list) and isinstance(row["buildings"], list)
    assert governments()["US"].government == "United States government"
    assert metonym_table()[name_key("Kremlin")][0].country == "RU"


def test_resources_metonyms_name_each_place_once():
    seen = defaultdict(set)
    for row in _rows("metonyms.jsonl"):
        for name in row["capitals"] + row["buildings"]:
            seen[name_key(name)].add(row["country"])
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}


def test_resources_entity_lexicon_loads():
    lex = lexicon()
    for key in ("titles", "org_nouns", "place_nouns", "metonym_heads", "metonym_verbs", "speech_verbs"):
        assert lex[key] and all(w == w.lower() for w in lex[key]), key

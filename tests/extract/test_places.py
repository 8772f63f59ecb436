"""The places layer: recognition, demonyms, compounds, disambiguation by context (sentences written for these tests)."""
from __future__ import annotations

import pytest

from newsgraph.article import Article
from newsgraph.extract.places import extract_places
from newsgraph.record import Entity


@pytest.fixture(scope="module")
def places(nlp):
    def run(text: str, entities: list[Entity] | None = None):
        return extract_places(nlp(text), Article(doc_id="t", text=text), entities=entities or [])

    return run


def _by_name(found):
    return {p.name: p for p in found}


@pytest.mark.parametrize("text,name,country", [
    ("A drone strike hit a car on the Homs-Damascus highway on Monday, killing two men.", "Homs-Damascus highway", "SY"),
    ("Convoys used the Aleppo\u2013Latakia road all week.", "Aleppo-Latakia road", "SY"),
])
def test_places_compound_road_kept_whole(places, text, name, country):
    found = places(text)
    assert [p.name for p in found] == [name]
    road = found[0]
    assert (road.country, road.feature) == (country, "road")
    assert road.lat is not None and road.mentions == [(text.index(name.split("-")[0]), text.index(" on Monday") if "Monday" in text else text.index(" all"))]


def test_places_demonym_standing_for_the_state_is_the_country(places):
    found = _by_name(places("Israeli strikes killed five people overnight, the Lebanese army said."))
    assert set(found) == {"Israel", "Lebanon"}
    assert found["Lebanon"].country == "LB" and found["Lebanon"].feature == "country"
    assert found["Israel"].mentions == [(0, 7)]


@pytest.mark.parametrize("text", [
    "A Filipino crew was rescued by a passing tanker after pro-Iranian gunmen fired on the ship.",
    "The Greek-owned freighter was hit twice.",
    "Three Israelis and two Palestinians were hurt in the crash.",
])
def test_places_demonym_of_nationality_is_not_a_place(places, text):
    assert places(text) == []


def test_places_tripoli_follows_the_country_in_context(places):
    lebanon = _by_name(places("Fighting broke out again in Tripoli, the largest city in northern Lebanon, near the Syrian border."))
    libya = _by_name(places("The freighter was carrying cement to Tripoli in Libya when its engine failed."))
    assert lebanon["Tripoli"].country == "LB"
    assert libya["Tripoli"].country == "LY"
    assert abs(lebanon["Tripoli"].lat - 34.43) < 0.2 and abs(libya["Tripoli"].lon - 13.19) < 0.2


def test_places_georgia_state_next_to_a_us_city_else_the_country(places):
    state = _by_name(places("Police in Atlanta, Georgia, arrested two men after the shooting."))["Georgia"]
    country = _by_name(places("Protesters marched through Tbilisi as Georgia's parliament debated the bill."))["Georgia"]
    assert (state.country, state.feature) == ("US", "region")
    assert (country.country, country.feature) == ("GE", "country")


def test_places_rafah_in_gaza_not_egypt(places):
    found = _by_name(places("Israeli tanks advanced into Rafah in the southern Gaza Strip on Tuesday."))
    assert found["Rafah"].country == "PS"
    assert found["Gaza Strip"].country == "PS"


def test_places_mentions_of_one_place_are_merged(places):
    text = "Residents fled Gaza City on Tuesday. By Thursday Gaza city was almost empty."
    found = places(text)
    assert [p.name for p in found] == ["Gaza City"]
    assert found[0].mentions == [(15, 24), (49, 58)]


def test_places_span_taken_by_an_actor_is_skipped(places):
    text = "US Central Command said its forces struck two radar sites in Yemen."
    actor = Entity(name="United States Central Command", type="ORG", mentions=[(0, 18)])
    assert [p.name for p in places(text, [actor])] == ["Yemen"]


def test_places_town_tagged_as_person_found_after_locative_preposition(places):
    found = _by_name(places("Aid convoys reached Mariupol and Zaporizhzhia before dawn."))
    assert found["Mariupol"].country == "UA"


def test_places_unknown_word_without_location_evidence_is_dropped(places):
    assert "Wichai" not in _by_name(places('"We waited for hours," Col. Wichai said.'))


def test_places_all_capitals_dateline_is_a_place(places):
    found = _by_name(places("LAGOS \u2014 Gunmen abducted 20 students from a school, the police said."))
    assert found["Lagos"].country == "NG"
    assert found["Lagos"].mentions == [(0, 5)]


def test_places_feature_word_after_a_town_names_a_place_beside_it(places):
    found = _by_name(places("Thousands of refugees crossed into Chad through the Tine crossing last week."))
    crossing = next((p for name, p in found.items() if name.startswith("Tine")), None)
    assert crossing is not None and crossing.feature == "crossing"
    assert crossing.country in ("TD", "SD") and crossing.lat is not None


def test_places_unknown_facility_takes_the_point_of_its_leading_name(places):
    text = "Storms in Fiji forced the closure of Labasa International Airport on Monday."
    found = _by_name(places(text))
    airport = found.get("Labasa International Airport")
    assert airport is not None and airport.country == "FJ"


def test_places_small_homonym_far_from_the_story_is_not_trusted(places):
    text = "Police cleared a protest camp in Buenos Aires, Argentina, then raided flats in Palermo, residents said."
    palermo = _by_name(places(text)).get("Palermo")
    assert palermo is not None and palermo.country == "AR" and palermo.lat < 0  # not Palermo, Sicily


def test_places_list_under_a_plural_place_noun_reads_each_as_that_unit(places):
    text = "Air strikes were reported across the governorates of Idlib, Hama and Aleppo overnight."
    names = {p.name for p in places(text)}
    assert {"Idlib Governorate", "Hama Governorate", "Aleppo Governorate"} <= names


def test_places_list_tagged_as_one_organisation_is_read_town_by_town(places):
    found = _by_name(places("Demonstrations spread to Mombasa, Kisumu and Nakuru on Friday, rights groups said."))
    assert {"Mombasa", "Kisumu", "Nakuru"} <= set(found)
    assert all(found[n].country == "KE" for n in ("Mombasa", "Kisumu", "Nakuru"))


def test_places_transliterated_geonames_name_gives_way_to_the_article_spelling(places):
    found = _by_name(places("Air strikes hit Idlib, Hama and Aleppo overnight."))
    assert "Hama" in found and found["Hama"].country == "SY"


def test_places_demonym_pair_qualifying_a_border_names_both_countries(places):
    names = {p.name for p in places("A helicopter crashed near the Afghan-Pakistani border on Sunday.")}
    assert names == {"Afghanistan", "Pakistan"}

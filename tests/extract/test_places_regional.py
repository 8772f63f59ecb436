"""The places layer on regional English-press styles: datelines, admin regions named with their unit
word, a region before an office's title or as possessor. Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsgraph.article import Article
from newsgraph.extract.entities import extract_entities
from newsgraph.extract.places import extract_places


@pytest.fixture(scope="module")
def places(nlp):
    def run(text: str):
        doc = nlp(text)
        article = Article(doc_id="t", text=text)
        return {p.name: p for p in extract_places(doc, article, entities=extract_entities(doc, article))}

    return run


def _near(place, lat, lon, tol=1.5):
    return abs(place.lat - lat) < tol and abs(place.lon - lon) < tol


@pytest.mark.parametrize("text, name, lat, lon", [
    ("ISLAMABAD: The cabinet met on Tuesday to discuss the budget.", "Islamabad", 33.7, 73.0),
    ("Lagos: The governor said on Tuesday the bridge would reopen.", "Lagos", 6.5, 3.4),
    ("CHENNAI, Jan 5 (IANS) The state government on Sunday ordered schools to close.", "Chennai", 13.1, 80.3),
])
def test_places_regional_dateline_styles(places, text, name, lat, lon):
    found = places(text)
    assert name in found and _near(found[name], lat, lon)


def test_places_regional_dateline_far_from_reported_places(places):
    text = "NEW DELHI, March 3 (PTI): The Centre will send more troops to Manipur, officials said."
    found = places(text)
    assert _near(found["New Delhi"], 28.6, 77.2)
    assert "Manipur" in found


def test_places_regional_dateline_name_is_not_all_capitals(places):
    text = "DAVAO CITY - Soldiers clashed with rebels in the hills on Monday, the army said."
    assert not any(name.isupper() for name in places(text))


def test_places_regional_region_before_an_office_title(places):
    text = "Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur on Monday visited the flood-hit areas."
    found = places(text)
    assert "Khyber Pakhtunkhwa" in found and found["Khyber Pakhtunkhwa"].country == "PK"


def test_places_regional_region_as_possessor(places):
    text = ("Prime Minister Abiy Ahmed's office said the army had restored order. Tigray's interim "
            "administration said on Friday that roads had reopened.")
    found = places(text)
    assert any(p.country == "ET" and _near(p, 14.0, 38.6) for p in found.values())


def test_places_regional_state_and_county_units(places):
    text = ("Gunmen attacked a village in north-eastern Borno state on Sunday, while protests spread in "
            "Nakuru county and Punjab province.")
    found = {p.country for p in places(text).values()}
    assert {"NG", "KE", "PK"} <= found


def test_places_regional_title_case_dateline_with_dash(places):
    found = places("Abuja \u2014 The Senate on Tuesday confirmed the nominee, officials said.")
    assert "Abuja" in found and found["Abuja"].country == "NG"


def test_places_regional_district_then_bare_name_is_one_place(places):
    text = ("Floods in Sylhet and Sunamganj districts displaced thousands of people. The minister visited "
            "Sunamganj on Sunday.")
    found = [p for p in places(text).values() if "sunamganj" in p.name.lower()]
    assert len(found) == 1 and len(found[0].mentions) == 2


def test_places_regional_possessive_region_and_district_with_variant_spelling(places):
    text = "Clashes were reported on Sunday in Uttar Pradesh's Bahraich district, police said."
    found = places(text)
    assert "Uttar Pradesh" in found
    assert any("bahraich" in p.name.lower() and _near(p, 27.6, 81.6) for p in found.values())


def test_places_region_named_as_the_article_names_it(extract):
    """A region stored as "X Province" (to keep "X" free for a homonym) keeps the article's bare form."""
    record = extract("Landslides buried homes in Benguet on Monday, and Benguet province officials asked for help.")
    (place,) = [p for p in record.places if p.country == "PH"]
    assert place.name == "Benguet" and place.feature == "region" and len(place.mentions) == 2

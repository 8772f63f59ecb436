"""The entities layer on regional English-press styles: titles and honorifics, long names, wire credits,
resource coverage of regional bodies. Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsgraph.article import Article
from newsgraph.extract.entities import extract_entities
from newsgraph.extract.names import canonical_actor


@pytest.fixture(scope="module")
def entities(nlp):
    def run(text: str):
        return {e.name: e for e in extract_entities(nlp(text), Article(doc_id="t", text=text))}

    return run


def _surfaces(text, entity):
    return [text[a:b] for a, b in entity.mentions]


def test_entities_regional_honorifics_stripped_and_merged(entities):
    text = ("Engr. Tunde Bakare, a former commissioner, and Chief Emeka Okafor met at the party secretariat. "
            "Okafor said the two men had settled their differences.")
    ents = entities(text)
    assert ents["Tunde Bakare"].type == "PERSON"
    assert ents["Emeka Okafor"].type == "PERSON"
    assert _surfaces(text, ents["Emeka Okafor"]) == ["Emeka Okafor", "Okafor"]
    assert "Okafor" not in ents


def test_entities_regional_malay_honorifics(entities):
    text = ("Home Minister Datuk Seri Ahmad Faizal Rahman said on Monday that Tan Sri Lim Kok Wah would "
            "be questioned.")
    ents = entities(text)
    assert {"Ahmad Faizal Rahman", "Lim Kok Wah"} <= set(ents)
    assert not any(name in ents for name in ("Seri", "Datuk Seri", "Rahman"))


def test_entities_regional_indian_honorific_merges_with_full_name(entities):
    text = "Union Minister Ravi Shankar Mehta spoke first. Later, Shri Mehta told reporters the bill would pass."
    ents = entities(text)
    assert "Shri Mehta" not in ents
    assert _surfaces(text, ents["Ravi Shankar Mehta"]) == ["Ravi Shankar Mehta", "Mehta"]


def test_entities_regional_spokesman_name_is_a_person(entities):
    text = "Police spokesman Olawale Adeyemi said officers had been deployed to the area."
    assert entities(text)["Olawale Adeyemi"].type == "PERSON"


def test_entities_regional_hyphenated_rank_and_surname(entities):
    text = "Brig-Gen Musa Danladi and Governor Kunle Ade-Bello inspected the troops on Friday."
    ents = entities(text)
    assert {"Musa Danladi", "Kunle Ade-Bello"} <= set(ents)


def test_entities_regional_hyphenated_party_name_before_a_noun(entities):
    text = "Pakistan Tehreek-e-Insaf founder Imran Khan remains in jail."
    assert "Pakistan Tehreek-e-Insaf" in entities(text)


def test_entities_regional_dateline_place_and_credit_are_not_actors(entities):
    text = "NEW DELHI, March 3 (IANS): The Centre on Monday announced new rules for drones."
    ents = entities(text)
    assert "Indo-Asian News Service" not in ents
    assert not any("DELHI" in name.upper() for name in ents)


def test_entities_regional_dateline_with_agency_credit_and_no_dash(entities):
    text = "CHENNAI, Jan 5 (IANS) The state government on Sunday ordered schools to close."
    ents = entities(text)
    assert "CHENNAI" not in ents and "Chennai" not in ents


def test_entities_regional_rivers_in_a_list_are_not_organisations(entities):
    text = "Officials said the Ravi, Sutlej and Chenab rivers were in high flood on Tuesday."
    assert entities(text) == {}


def test_entities_regional_generic_alias_of_another_country(entities):
    text = ("MANILA, Philippines - The Department of Justice said on Friday it would charge three police "
            "officers in the Philippines over the killings.")
    ents = entities(text)
    assert "United States Department of Justice" not in ents
    assert "Department of Justice" in ents


def test_entities_regional_capitals_as_governments(entities):
    text = "Islamabad rejected the statement, while Dhaka summoned the envoy and Abuja called for calm."
    assert {"Pakistani government", "Bangladeshi government", "Nigerian government"} <= set(entities(text))


@pytest.mark.parametrize("surface, name", [
    ("INEC", "Independent National Electoral Commission"),
    ("IEBC", "Independent Electoral and Boundaries Commission"),
    ("ECP", "Election Commission of Pakistan"),
    ("MACC", "Malaysian Anti-Corruption Commission"),
    ("RBI", "Reserve Bank of India"),
    ("SAARC", "South Asian Association for Regional Cooperation"),
    ("Comelec", "Commission on Elections"),
])
def test_entities_regional_resource_acronyms(surface, name):
    assert canonical_actor(surface) == name


def test_entities_regional_name_with_lower_case_particle(entities):
    text = "Sen. Carlo dela Cruz said on Monday the hearing would resume."
    assert "Carlo dela Cruz" in entities(text)


def test_entities_regional_title_words_that_are_not_people(entities):
    text = "Gen Z protesters marched on Tuesday, and General Motors said it would close a plant."
    ents = entities(text)
    assert "Z" not in ents and "Motors" not in ents


def test_entities_regional_office_titles_are_not_organisations(entities):
    text = ("The Commissioner for Internal Security, Dr Bello Sani, said the Chief of Army Staff had visited "
            "the troops.")
    ents = entities(text)
    assert "Bello Sani" in ents
    assert "Internal Security" not in ents and "Army" not in ents


def test_entities_regional_provincial_police(entities):
    text = "Sindh police said on Sunday that the suspects had fled."
    assert entities(text)["Sindh Police"].type == "ORG"


def test_entities_wire_credit_in_dateline_is_not_an_actor(extract):
    """A dateline's agency credit is the publisher, like a byline (ANNOTATION.md), not a cited source."""
    record = extract("NAIROBI, Kenya (AP) — Kenyan police said on Monday that 14 people had been arrested.")
    assert "Associated Press" not in [e.name for e in record.entities]
    record = extract("The toll rose to 30, the Associated Press reported, citing hospital officials.")
    assert "Associated Press" in [e.name for e in record.entities]

"""Quotes in the styles of regional English-language press and wires (sentences written for these tests)."""
from __future__ import annotations

import pytest


def speakers(record):
    return {(q.speaker, q.cue) for q in record.quotes}


def quote_with(record, word):
    hits = [q for q in record.quotes if word in q.text]
    assert len(hits) == 1, record.quotes
    return hits[0]


@pytest.mark.parametrize("text, speaker", [
    ("The Inspector-General of Police, Kayode Adewale, disclosed that 14 suspects had been arrested.",
     "Kayode Adewale"),
    ("The Director of Defence Media Operations, Maj-Gen. Edward Buba, revealed that troops had cleared the camp.",
     "Edward Buba"),
    ("The Deputy Commissioner of Police (DCP), Anil Kumar, said that the accused was arrested in Delhi.",
     "Anil Kumar"),
    ("Superintendent of Police Rajesh Verma said the area had been cordoned off.", "Rajesh Verma"),
])
def test_quotes_regional_person_named_beside_an_office(extract, text, speaker):
    record = extract(text)
    assert [q.speaker for q in record.quotes] == [speaker]


def test_quotes_regional_unnamed_office_keeps_its_title(extract):
    record = extract('"We will not allow anyone to disturb the peace," the Chief Minister said while '
                     'addressing a press conference in Lucknow on Monday.')
    assert [q.speaker for q in record.quotes] == ["Chief Minister"]


@pytest.mark.parametrize("text, speaker, word", [
    ("The state-run news agency quoted the minister as saying that the border would remain closed.",
     "minister", "border"),
    ("Local media quoted police as saying that four suspects had been detained.", "police", "suspects"),
    ("The newspaper cited a senior official as saying the talks had collapsed.", "senior official", "talks"),
])
def test_quotes_regional_quoted_as_saying_names_the_quoted(extract, text, speaker, word):
    quote = quote_with(extract(text), word)
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker, cue", [
    ("Per the police, five persons died in the accident.", "police", "per"),
    ("As per the district administration, 1,200 people have been evacuated.", "district administration", "as per"),
])
def test_quotes_regional_per_and_as_per_attribute_the_clause(extract, text, speaker, cue):
    record = extract(text)
    assert speakers(record) == {(speaker, cue)}


@pytest.mark.parametrize("text", [
    "Prices rose by 4 per cent last month.",
    "Fuel now costs $5 per litre in the capital.",
    "The ministry spends Rs 300 per child on meals.",
])
def test_quotes_regional_per_as_a_rate_is_not_a_source(extract, text):
    assert extract(text).quotes == []


def test_quotes_regional_opening_participle_is_not_its_own_quote(extract):
    record = extract("Confirming the incident, the Police Public Relations Officer in the state, "
                     "SP Yusuf Abubakar, said that 8 persons were killed.")
    assert [(q.speaker, q.cue) for q in record.quotes] == [("Yusuf Abubakar", "said")]


@pytest.mark.parametrize("text, cue", [
    ("Alhaji Musa Danjuma, the chairman of the council, lamented that farmers had been driven from their land.",
     "lamented"),
    ("Dr Amina Bello informed journalists that the patients had been discharged.", "informed"),
    ("The lawmaker opined that the bill would not pass in its present form.", "opined"),
    ("The councillor averred that the contract had been awarded fairly.", "averred"),
    ("The engineer pointed out that the bridge had not been inspected for years.", "pointed"),
    ("The drivers' union, however, maintained that the strike would go on.", "maintained"),
])
def test_quotes_regional_reporting_verbs(extract, text, cue):
    record = extract(text)
    assert [q.cue for q in record.quotes] == [cue]


def test_quotes_regional_claimed_to_have(extract):
    quote = quote_with(extract("The group claimed to have fired 30 rockets at the base."), "rockets")
    assert quote.speaker == "group" and quote.cue == "claimed"


@pytest.mark.parametrize("text", [
    "It was learnt that the gunmen stormed the village at about 2am.",
    "It is alleged that the officers demanded bribes from traders.",
])
def test_quotes_regional_impersonal_passive_has_no_speaker(extract, text):
    assert extract(text).quotes == []


def test_quotes_regional_direct_quote_with_agency_and_inverted_cue(extract):
    record = extract('"We lost everything," lamented Maria Santos, a vendor in Tondo.')
    assert [(q.speaker, q.direct) for q in record.quotes] == [("Maria Santos", True)]


@pytest.mark.parametrize("text, speaker", [
    ('"It is a sad day for the nation," said Hon. Femi Adeyemi, the chief whip.', "Femi Adeyemi"),
    ("Engr. Musa Bello said the bridge was safe.", "Musa Bello"),
    ('"The suspects have confessed," the Commissioner of Police, Mr. Aliyu Musa, told newsmen.', "Aliyu Musa"),
])
def test_quotes_regional_honorifics_and_ranks(extract, text, speaker):
    assert [q.speaker for q in extract(text).quotes] == [speaker]


def test_quotes_regional_posted_on_x(extract):
    record = extract('"No stone will be left unturned," Home Minister Ravi Menon posted on X.')
    assert [(q.speaker, q.cue, q.direct) for q in record.quotes] == [("Ravi Menon", "posted", True)]


def test_quotes_regional_wire_lede_after_dateline(extract):
    text = ("Gunmen raid village\n\nKANO, Nigeria (AP) — Suspected bandits killed at least 12 people and "
            "abducted dozens of others in a raid on a village in northern Nigeria, police and residents said on Tuesday.")
    quote = quote_with(extract(text), "bandits")
    assert quote.speaker == "police" and quote.text.startswith("Suspected bandits")


@pytest.mark.parametrize("dateline", ["Manila, Philippines — ", "Pune, Jul 30 (PTI) "])
def test_quotes_regional_title_case_dateline_left_out_of_content(extract, dateline):
    record = extract(dateline + "Troops killed five suspected rebels in a clash in the hills, the military said on Monday.")
    quote = quote_with(record, "rebels")
    assert quote.text.startswith("Troops killed")


def test_quotes_regional_adding_that_belongs_to_the_speaker(extract):
    record = extract("Mr Mwangi said 23 people had died in the floods, adding that 4,000 families had been displaced.")
    adding = quote_with(record, "families")
    assert adding.speaker == "Mwangi" and adding.cue == "adding"
    assert "families" not in quote_with(record, "floods").text


def test_quotes_regional_statement_of_a_generic_body_names_the_body(extract):
    record = extract("A police statement said five suspects had been arrested.")
    assert [q.speaker for q in record.quotes] == ["police"]


def test_quotes_regional_said_earlier_that(extract):
    quote = quote_with(extract("Police spokesman Bashir Ahmed said earlier that 20 people were missing."), "missing")
    assert quote.text == "20 people were missing"


def test_quotes_regional_country_ending_an_organisation_name(extract):
    record = extract("Amnesty International Kenya said at least 200 people had been arrested since the protests began.")
    assert [q.speaker for q in record.quotes] == ["Amnesty International Kenya"]


@pytest.mark.parametrize("text, speaker", [
    ("Union Home Minister Ravi Menon said, 'Terrorism will be wiped out from the region.'", "Ravi Menon"),
    ("'We won't allow this to happen again,' the minister said.", "minister"),
])
def test_quotes_regional_straight_single_quotes_in_a_reporting_frame(extract, text, speaker):
    assert [(q.speaker, q.direct) for q in extract(text).quotes] == [(speaker, True)]


def test_quotes_regional_apostrophes_are_not_quotes(extract):
    record = extract("The farmers' union said the protest would continue. The villagers' demands were ignored, they added.")
    assert not [q for q in record.quotes if q.direct]


@pytest.mark.parametrize("text", [
    "As per the agreement, 50 prisoners will be released on Friday.",
    "As per the schedule, the polls will be held in March.",
    "Per capita income rose sharply last year.",
])
def test_quotes_regional_as_per_a_rule_is_not_a_source(extract, text):
    assert extract(text).quotes == []


def test_quotes_regional_as_per_an_acronym(extract):
    assert speakers(extract("As per the NDMA, 300 houses were damaged.")) == {("NDMA", "as per")}


def test_quotes_regional_office_word_inside_spacy_person_span(extract):
    record = extract("Mandi Superintendent of Police Saumya Rao told TOI that the bus was carrying 70 passengers.")
    assert [q.speaker for q in record.quotes] == ["Saumya Rao"]

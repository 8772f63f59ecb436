"""Figures in the styles of regional English-language press and wires (sentences written for these tests)."""
from __future__ import annotations

import pytest

from newsgraph.extract.numbers import find_amounts


def one_figure(record, **fields):
    hits = [f for f in record.figures if all(getattr(f, k) == v for k, v in fields.items())]
    assert len(hits) == 1, [(f.text, f.value, f.category, f.source) for f in record.figures]
    return hits[0]


@pytest.mark.parametrize("text, value, currency", [
    ("The federal government approved N5bn for the project.", 5e9, "NGN"),
    ("The kidnappers demanded a ransom of N100 million.", 1e8, "NGN"),
    ("The municipality said R1.2 billion was needed.", 1.2e9, "ZAR"),
    ("The department released P1 billion for the typhoon victims.", 1e9, "PHP"),
    ("The county set aside KSh 2 billion for drought relief.", 2e9, "KES"),
    ("The ministry disbursed Rp 50 billion to the regions.", 5e10, "IDR"),
    ("The World Bank approved a $1.2-billion loan.", 1.2e9, "USD"),
    ("The state has allocated Rs 250 crore for relief work.", 2.5e9, "INR"),
    ("An ex gratia of Rs. 5 lakh was announced.", 5e5, "INR"),
    ("Each family will get ₹10 lakh.", 1e6, "INR"),
])
def test_figures_regional_currencies(text, value, currency):
    amounts = [a for a in find_amounts(text) if a.currency]
    assert [(a.value, a.currency) for a in amounts] == [(value, currency)]


@pytest.mark.parametrize("text", ["Traffic on the N1 highway was diverted.", "She passed P5 with honours."])
def test_figures_regional_letter_before_small_number_is_no_currency(text):
    assert not [a for a in find_amounts(text) if a.currency]


def test_figures_regional_abbreviated_millions_of_people():
    assert [(a.text, a.value) for a in find_amounts("The floods have affected 1.5m people.")] == [("1.5m", 1.5e6)]


@pytest.mark.parametrize("text, value, approx", [
    ("Two dozen soldiers were deployed to the area.", 24, "vague"),
    ("No fewer than 15 persons were killed.", 15, "at_least"),
    ("Upwards of 10,000 protesters marched.", 10000, "more_than"),
    ("In excess of 500 families have been displaced.", 500, "more_than"),
    ("Close to 100 people were injured.", 100, "less_than"),
    ("As many as 60 militants were killed.", 60, "at_most"),
    ("Some 3,000 people were displaced by the floods.", 3000, "about"),
    ("Over 1 lakh people attended the rally.", 100000, "more_than"),
])
def test_figures_regional_hedges(extract, text, value, approx):
    figure = one_figure(extract(text), value=value)
    assert figure.approx == approx


def test_figures_regional_toll_gone_up_to_is_not_a_hedge(extract):
    figure = one_figure(extract("The number of deaths from the floods has gone up to 67."), value=67)
    assert (figure.approx, figure.category) == ("exact", "killed")


@pytest.mark.parametrize("text, value, category", [
    ("Five others sustained injuries and were taken to hospital.", 5, "injured"),
    ("Four people died on the spot while six others were rushed to the hospital.", 6, "injured"),
    ("The fire gutted 150 shops in the market.", 150, "destroyed"),
    ("Residents said at least 30 houses were swept away by floodwaters.", 30, "destroyed"),
    ("Hoodlums set ablaze 20 vehicles during the protest.", 20, "destroyed"),
    ("Security forces neutralised 7 terrorists in an encounter.", 7, "killed"),
    ("The accident claimed the lives of 14 passengers.", 14, "killed"),
    ("The landslide claimed 23 lives in the district.", 23, "killed"),
    ("The death toll in the landslides has crossed 300.", 300, "killed"),
    ("Officials said 50 people had been killed, while hundreds more were missing.", 200, "missing"),
    ("The Election Commission deployed 2 lakh security personnel for the polls.", 200000, "personnel"),
    ("Eight more bodies were recovered from the rubble.", 8, "killed"),
    ("Thirty-two passengers were feared killed after the bus plunged into a gorge.", 32, "killed"),
    ("Troops rescued 32 kidnapped victims in the forest.", 32, "released"),
    ("Security forces rescued 20 hostages from the hideout.", 20, "released"),
    ("The party claimed 30 seats in the assembly.", 30, "other"),
])
def test_figures_regional_categories(extract, text, value, category):
    assert one_figure(extract(text), value=value).category == category


def test_figures_regional_crossed_is_more_than(extract):
    assert one_figure(extract("The death toll has crossed 300."), value=300).approx == "more_than"


@pytest.mark.parametrize("text", [
    "Rescue workers said 30 persons were rescued from the collapsed building.",
    "The attack resulted in 15 casualties.",  # killed and injured together: no single category
])
def test_figures_regional_not_killed(extract, text):
    assert all(f.category not in ("killed", "injured") for f in extract(text).figures)


@pytest.mark.parametrize("text, value, source", [
    ("Police said 33 people died and 120 were injured in the stampede.", 120, "Police"),
    ("The group claimed to have fired 30 rockets at the base.", 30, "group"),
    ("Per the police, five persons died in the accident.", 5, "police"),
    ("As per the district administration, 1,200 people have been evacuated.", 1200, "district administration"),
    ("Xinhua quoted Wang Lei, a local official, as saying 12 people were missing.", 12, "Wang Lei"),
    ("Gunmen killed 9 villagers and abducted 13 others on Saturday, a local official told AFP.", 13,
     "local official"),
])
def test_figures_regional_sources(extract, text, value, source):
    assert one_figure(extract(text), value=value).source == source


def test_figures_regional_headline_figures_are_left_out(extract):
    record = extract("Bandits kill 23 in village raid\n\nBandits killed 23 people in a village raid on Sunday, police said.")
    assert [f.text for f in record.figures] == ["23 people"]


@pytest.mark.parametrize("text, value", [
    ("The agency deployed four teams comprising about 120 personnel in the affected areas.", 120),
    ("Over 2,000 security personnel have been stationed in the city.", 2000),
])
def test_figures_regional_personnel(extract, text, value):
    assert one_figure(extract(text), value=value).category == "personnel"


def test_figures_regional_lede_source_after_dateline(extract):
    text = ("KANO, Nigeria (AP) — Suspected bandits killed at least 12 people in a raid on a village in "
            "northern Nigeria, police said on Tuesday.")
    assert one_figure(extract(text), value=12).source == "police"


@pytest.mark.parametrize("text, value, approx", [
    ("nearly two dozen people", 24, "less_than"),
    ("an N2.5trn budget", 2.5e12, "exact"),
    ("Rs 5 lakhs each", 5e5, "exact"),
    ("a Rs 500 cr package", 5e9, "exact"),
    ("a $1.2 bn loan", 1.2e9, "exact"),
    ("over 1.2 crore voters", 1.2e7, "more_than"),
])
def test_figures_regional_scales_and_hedged_dozens(text, value, approx):
    [amount] = find_amounts(text)
    assert (amount.value, amount.approx) == (value, approx)


def test_figures_regional_announced_compensation_has_no_source(extract):
    record = extract("The Prime Minister expressed grief over the accident and announced an ex-gratia of Rs 2 lakh "
                     "each for the next of kin of the deceased.")
    figure = one_figure(record, value=200000)
    assert (figure.category, figure.source) == ("money", None)

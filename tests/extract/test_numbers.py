"""Number parsing: digits, words, scales, currencies, hedges, ranges, vague amounts, non-counts."""
from __future__ import annotations

import pytest

from newsgraph.extract.numbers import find_amounts, parse_number


def one(text: str):
    found = [a for a in find_amounts(text) if not (a.measure or a.year_like or a.decimal)]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("written, value", [
    ("38,000", 38000), ("1.2 million", 1_200_000), ("twelve", 12), ("Thirteen", 13), ("two", 2),
    ("twenty-five", 25), ("forty two", 42), ("two hundred", 200), ("$1.5bn", 1_500_000_000),
    ("£120 million", 120_000_000), ("€2.5 million", 2_500_000), ("100 million yuan", 100_000_000),
    ("Rs 5 crore", 50_000_000), ("€600m", 600_000_000), ("1,250,000", 1_250_000),
])
def test_numbers_parse_values(written, value):
    assert parse_number(written) == pytest.approx(value)


def test_numbers_currency_codes():
    assert one("The fund gave $1.5bn to the region.").currency == "USD"
    assert one("a grant of 100 million yuan").currency == "CNY"
    assert one("It cost £3m to repair.").currency == "GBP"
    assert one("Police counted 120 protesters.").currency is None


@pytest.mark.parametrize("phrase, approx, low, high", [
    ("more than 200 people", "more_than", 200, None),
    ("over 50 people", "more_than", 50, None),
    ("at least 12 people", "at_least", 12, None),
    ("nearly 300 people", "less_than", None, 300),
    ("almost 40 people", "less_than", None, 40),
    ("about 70 people", "about", None, None),
    ("around 90 people", "about", None, None),
    ("some 400 people", "about", None, None),
    ("up to 30 people", "at_most", None, 30),
    ("fewer than 20 people", "less_than", None, 20),
    ("less than 10 people", "less_than", None, 10),
    ("17 people", "exact", 17, 17),
])
def test_numbers_hedges_set_bounds(phrase, approx, low, high):
    amount = one(f"Officials said {phrase} were hurt.")
    assert (amount.approx, amount.low, amount.high) == (approx, low, high)
    assert amount.text == phrase.rsplit(" ", 1)[0]


@pytest.mark.parametrize("phrase, low, high", [
    ("between 10 and 15", 10, 15), ("10-15", 10, 15), ("10 to 15", 10, 15), ("between eight and 10", 8, 10),
    ("between 60,000 and 70,000", 60000, 70000),
])
def test_numbers_ranges(phrase, low, high):
    amount = one(f"Witnesses said {phrase} gunmen opened fire.")
    assert (amount.value, amount.low, amount.high, amount.approx) == (None, low, high, "range")
    assert amount.text == phrase


def test_numbers_from_to_is_not_a_range():
    amounts = find_amounts("The toll rose from 40 to 52 overnight.")
    assert [a.value for a in amounts] == [40, 52]


@pytest.mark.parametrize("phrase, value", [
    ("a dozen", 12), ("dozens", 24), ("scores", 40), ("hundreds", 200), ("thousands", 2000),
    ("tens of thousands", 20000), ("hundreds of thousands", 200000), ("millions", 2000000),
])
def test_numbers_vague_amounts_take_conventional_values(phrase, value):
    amount = one(f"Witnesses said {phrase} of villagers marched.")
    assert (amount.value, amount.low, amount.high, amount.approx) == (value, value, None, "vague")


@pytest.mark.parametrize("text", [
    "A 20-year-old student was arrested.", "The man, aged 71, was released.", "He was born in 1987.",
    "The vote is on March 14.", "Turnout was 45%.", "Turnout was 45 percent.", "It happened at 9 p.m.",
    "The siege lasted for three days.", "A magnitude 6.4 quake struck.", "A 12-storey block fell.",
    "The village is 30 km from the border.", "She was jailed for 15 years.", "Vera Lind, 54, said so.",
    "Traffic stopped on Route 9.", "Children under the age of five were vaccinated.",
])
def test_numbers_measures_and_labels_are_flagged(text):
    assert all(a.measure or a.year_like or a.decimal for a in find_amounts(text)), find_amounts(text)


def test_numbers_years_range_is_not_a_count():
    assert all(a.year_like for a in find_amounts("Prices doubled between 2015 and 2019."))


def test_numbers_range_shares_the_scale_of_its_upper_end():
    amount = one("Donors pledged $1-2 million for the clinic.")
    assert (amount.low, amount.high, amount.currency) == (1_000_000, 2_000_000, "USD")


def test_numbers_hedge_after_and_list_numbers():
    assert one("It fired 20 or more shells.").approx == "at_least"
    assert all(a.measure for a in find_amounts("Most read\n1. Tonga counts votes\n2. Samoa marks a day"))

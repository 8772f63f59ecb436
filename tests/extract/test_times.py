"""Times layer: spans, types and calendar values resolved against the publication date.

The default publication date, 2024-07-09, is a Tuesday.
"""
from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.article import Article
from newsgraph.extract.times import extract_times

PUBLISHED = "2024-07-09"


def _times(nlp, text: str, published: str | None = PUBLISHED):
    date = dt.date.fromisoformat(published) if published else None
    doc = nlp(text)
    return extract_times(doc, Article(doc_id="t", text=text, published=date))


def _item(nlp, text: str, anchor: str, published: str | None = PUBLISHED):
    """The one time item overlapping the first occurrence of anchor."""
    start = text.index(anchor)
    hits = [t for t in _times(nlp, text, published) if t.start < start + len(anchor) and start < t.end]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def _value(nlp, text, anchor, published=PUBLISHED):
    item = _item(nlp, text, anchor, published)
    assert item.type == "DATE", item
    return item.value


@pytest.mark.parametrize("text,anchor,value", [
    ("Police arrested two men on Friday.", "Friday", "2024-07-05"),
    ("The minister said on Tuesday that talks had stalled.", "Tuesday", "2024-07-09"),
    ("Officials counted the dead after Sunday's flood.", "Sunday", "2024-07-07"),
    ("Rebels had captured the bridge by Monday night.", "Monday", "2024-07-08"),
    ("A strike on the camp on Saturday killed four people.", "Saturday", "2024-07-06"),
    ("The minister told Reuters Monday that the talks had failed.", "Monday", "2024-07-08"),
])
def test_times_weekday_past(nlp, text, anchor, value):
    assert _value(nlp, text, anchor) == value


@pytest.mark.parametrize("text,anchor,value", [
    ("Talks resume in Vienna on Wednesday.", "Wednesday", "2024-07-10"),
    ("The envoy will fly to Cairo on Monday.", "Monday", "2024-07-15"),
    ("The court is due to rule on Friday.", "Friday", "2024-07-12"),
    ("Ministers are scheduled to meet on Thursday.", "Thursday", "2024-07-11"),
    ("The ship was expected to dock on Saturday.", "Saturday", "2024-07-13"),
    ("She said the two delegations would meet on Sunday.", "Sunday", "2024-07-14"),
    ("The vote is on Tuesday.", "Tuesday", "2024-07-09"),
])
def test_times_weekday_future(nlp, text, anchor, value):
    assert _value(nlp, text, anchor) == value


@pytest.mark.parametrize("text,anchor,value", [
    ("The council meets again next Tuesday.", "next Tuesday", "2024-07-16"),
    ("The council met last Tuesday.", "last Tuesday", "2024-07-02"),
    ("Crowds gathered on Monday, March 4, outside the court.", "March 4", "2024-03-04"),
])
def test_times_weekday_modified(nlp, text, anchor, value):
    assert _value(nlp, text, anchor) == value


@pytest.mark.parametrize("text,anchor,value", [
    ("Shelling resumed today.", "today", "2024-07-09"),
    ("Supporters plan a march tonight.", "tonight", "2024-07-09"),
    ("Two soldiers died yesterday.", "yesterday", "2024-07-08"),
    ("The results come out tomorrow.", "tomorrow", "2024-07-10"),
    ("Sirens sounded across the city last night.", "last night", "2024-07-08"),
    ("The border reopened two days ago.", "two days ago", "2024-07-07"),
])
def test_times_deictic_days(nlp, text, anchor, value):
    assert _value(nlp, text, anchor) == value


@pytest.mark.parametrize("text,anchor,value", [
    ("Envoys arrived this week.", "this week", "2024-W28"),
    ("Envoys arrived earlier this week.", "earlier this week", "2024-W28"),
    ("The minister resigned last week.", "last week", "2024-W27"),
    ("Inspectors return next week.", "next week", "2024-W29"),
    ("Protesters rallied over the weekend.", "weekend", "2024-W27"),
    ("Prices rose this month.", "this month", "2024-07"),
    ("Prices rose earlier this month.", "earlier this month", "2024-07"),
    ("The deal was signed last month.", "last month", "2024-06"),
    ("Elections are due next month.", "next month", "2024-08"),
    ("Exports fell this year.", "this year", "2024"),
    ("Exports fell last year.", "last year", "2023"),
    ("The plant opens next year.", "next year", "2025"),
    ("He was jailed earlier this year.", "earlier this year", "2024"),
    ("Rainfall was low in the same period last year.", "last year", "2023"),
])
def test_times_relative_periods(nlp, text, anchor, value):
    assert _value(nlp, text, anchor) == value


@pytest.mark.parametrize("text,anchor,value", [
    ("The two leaders met last September.", "September", "2023-09"),
    ("Prices have doubled since November.", "November", "2023-11"),
    ("The law was passed in March.", "March", "2024-03"),
    ("The talks will resume in March.", "March", "2025-03"),
    ("Fighting flared in July.", "July", "2024-07"),
    ("The siege began in May last year.", "May last year", "2023-05"),
    ("Exports have risen since the start of April.", "April", "2024-04"),
])
def test_times_month_without_year(nlp, text, anchor, value):
    assert _value(nlp, text, anchor) == value


@pytest.mark.parametrize("text,anchor,value", [
    ("The war began on October 7.", "October 7", "2023-10-07"),
    ("The war began on October 7th.", "October 7th", "2023-10-07"),
    ("The summit opens on July 19.", "July 19", "2024-07-19"),
    ("Leaders will gather on 19 July in Geneva.", "19 July", "2024-07-19"),
    ("The ceasefire collapsed on Oct. 5.", "Oct. 5", "2023-10-05"),
    ("At that meeting, on June 2, the sides agreed to talk.", "June 2", "2024-06-02"),
    ("The mandate expires on August 31.", "August 31", "2024-08-31"),
])
def test_times_date_without_year(nlp, text, anchor, value):
    assert _value(nlp, text, anchor) == value


@pytest.mark.parametrize("text,anchor,value", [
    ("The accord was signed on 5 October 2024.", "5 October 2024", "2024-10-05"),
    ("The accord was signed on 2024-10-05.", "2024-10-05", "2024-10-05"),
    ("The accord was signed on Oct. 5, 2024.", "Oct. 5, 2024", "2024-10-05"),
    ("The accord was signed on October 5th, 2021.", "October 5th, 2021", "2021-10-05"),
    ("A boat sank in September 2022 off the coast.", "September 2022", "2022-09"),
    ("The group has held the town since 2004.", "2004", "2004"),
    ("Turnout fell sharply in 2022.", "2022", "2022"),
    ("Officers involved in the 2021 coup were promoted.", "2021", "2021"),
])
def test_times_absolute_dates(nlp, text, anchor, value):
    assert _value(nlp, text, anchor) == value


def test_times_year_range_gives_two_dates(nlp):
    items = _times(nlp, "Hackers stole $3 billion between 2017 and 2023.")
    assert [(t.text, t.value, t.type) for t in items] == [("2017", "2017", "DATE"), ("2023", "2023", "DATE")]


@pytest.mark.parametrize("text,anchor,value", [
    ("A bomb exploded on June 2. A curfew was imposed that day.", "that day", "2024-06-02"),
    ("Rebels seized the town on Friday. The army had left the previous day.", "the previous day", "2024-07-04"),
    ("The truce began on Friday and collapsed the next day.", "the next day", "2024-07-06"),
    ("Voters rallied on June 20 and the president spoke the same day.", "the same day", "2024-06-20"),
    ("The boat sank early on Monday after leaving port the previous night.", "the previous night", "2024-07-07"),
])
def test_times_anaphora_refer_to_last_date(nlp, text, anchor, value):
    assert _value(nlp, text, anchor) == value


@pytest.mark.parametrize("text,published,value", [
    ("ISTANBUL, July 19 — Prisoners were exchanged.", "2024-07-19", "2024-07-19"),
    ("ISTANBUL, July 10 (Reuters) - Prisoners were exchanged.", "2024-07-09", "2024-07-10"),
])
def test_times_dateline(nlp, text, published, value):
    assert _value(nlp, text, "July", published) == value


@pytest.mark.parametrize("text,anchor,value", [
    ("Talks resume on Wednesday.", "Wednesday", None),
    ("The minister resigned last week.", "last week", None),
    ("Prices have doubled since November.", "November", None),
    ("The war began on October 7.", "October 7", None),
    ("Shelling resumed today.", "today", None),
    ("The accord was signed on 5 October 2024.", "5 October 2024", "2024-10-05"),
    ("The group has held the town since 2004.", "2004", "2004"),
])
def test_times_without_published_relative_values_are_null(nlp, text, anchor, value):
    assert _value(nlp, text, anchor, published=None) == value


@pytest.mark.parametrize("text,anchor,kind", [
    ("Mediators tried to end the nine-month-old war.", "nine-month-old", "DURATION"),
    ("The fighting lasted for three days.", "three days", "DURATION"),
    ("He spent two years in prison.", "two years", "DURATION"),
    ("Troops killed 40 fighters over the past week.", "the past week", "DURATION"),
    ("Pensioners protest every Wednesday.", "every Wednesday", "SET"),
    ("Pensioners hold weekly protests.", "weekly", "SET"),
    ("Pensioners protest on Wednesdays.", "Wednesdays", "SET"),
])
def test_times_durations_and_sets_are_not_dates(nlp, text, anchor, kind):
    assert _item(nlp, text, anchor).type == kind


@pytest.mark.parametrize("text", [
    "The victim was a 20-year-old student.",
    "Ahmad Khaled, 29, survived the crossing.",
    "Crowds marked the anniversary of Bloody Sunday.",
    "Theresa May said the vote would be close.",
    "The council passed Resolution 2231 unanimously.",
    "© 2026 Pacific Desk. All rights reserved.",
    "Officials said a second vessel was hit.",
    "You may leave the building.",
])
def test_times_ignores_ages_names_and_numbers(nlp, text):
    assert [t for t in _times(nlp, text) if t.type == "DATE"] == []
    assert all(t.type != "DATE" for t in _times(nlp, text))


def test_times_spans_index_the_text(nlp):
    text = "Talks resume in Doha on Wednesday and will move to Cairo on Thursday."
    for item in _times(nlp, text):
        assert text[item.start:item.end] == item.text
    assert [t.value for t in _times(nlp, text)] == ["2024-07-10", "2024-07-11"]


@pytest.mark.parametrize("text,anchor,value", [
    ("Israel strikes Gaza camp on Sunday\nThe strike killed 20 people.", "Sunday", "2024-07-07"),
    ("Envoy to visit Cairo on Monday\nThe visit was announced by the ministry.", "Monday", "2024-07-15"),
])
def test_times_headline_tense(nlp, text, anchor, value):
    assert _value(nlp, text, anchor) == value


@pytest.mark.parametrize("text,anchor,value", [
    ("Campaigning intensified ahead of Sunday's vote.", "Sunday", "2024-07-14"),
    ("The hostages taken in the October 7 attack remain in captivity.", "October 7", "2023-10-07"),
    ("The envoy met the delegates at the previous round in June.", "June", "2024-06"),
    ("The rally is set for Saturday.", "Saturday", "2024-07-13"),
    ("The curfew remains in force until Friday.", "Friday", "2024-07-12"),
    ("Flights resumed on Christmas Day.", "Christmas Day", "2023-12-25"),
])
def test_times_direction_cues(nlp, text, anchor, value):
    assert _value(nlp, text, anchor) == value


def test_times_skips_page_metadata_lines(nlp):
    text = "Published: 12 March 2024 10:43 IST\nTroops withdrew on Friday."
    assert [(t.text, t.value) for t in _times(nlp, text)] == [("Friday", "2024-07-05")]


def test_times_anaphor_after_unresolved_date_is_null(nlp):
    text = "The accord was signed on 5 October 2023. Talks resume on Wednesday and end that day."
    assert _value(nlp, text, "that day", published=None) is None
    assert _value(nlp, text, "that day") == "2024-07-10"


@pytest.mark.parametrize("text,anchor,kind", [
    ("Patrols pass twice a week.", "twice a week", "SET"),
    ("The curfew starts at 9 p.m. each night.", "9 p.m.", "TIME"),
])
def test_times_other_types(nlp, text, anchor, kind):
    assert _item(nlp, text, anchor).type == kind


def test_times_year_inside_a_name_is_not_a_date(nlp):
    assert [t for t in _times(nlp, "Fans travelled to Euro 2024 in Germany.") if t.type == "DATE"] == []


def test_times_calendar_edges():
    from newsgraph.extract import times_calendar as cal

    assert cal.week_value(dt.date(2024, 12, 30)) == "2025-W01"
    assert cal.easter(2024) == dt.date(2024, 3, 31)
    assert cal.shift_value("2024-W01", "week", -1) == "2023-W52"
    assert cal.shift_value("2024-01", "month", -1) == "2023-12"
    assert cal.shift_value("2024", "day", 1) is None  # too coarse to move by days
    assert cal.month_day_near(dt.date(2024, 7, 9), 2, 29, "future") is None  # no 29 February ahead in reach

"""The events layer through the whole pipeline, on sentences written for these tests (published 2024-07-09)."""
from __future__ import annotations

import pytest

from newsgraph.extract.events_lexicon import lexicon
from newsgraph.record import EVENT_STATUSES, EVENT_TYPES

from .event_helpers import events_of, one_event


# ------------------------------------------------------------------ roles
def test_events_active_verb_source_and_target(extract):
    event = one_event(extract, "Hamas attacked Israeli troops near the border on Monday.", "ASSAULT")
    assert event.trigger == "attacked"
    assert "Hamas" in event.source
    assert any(name.startswith("Israel") for name in event.target)  # Israel or its army


def test_events_passive_by_agent_is_source(extract):
    event = one_event(extract, "The convoy was attacked by police near the market.", "ASSAULT")
    assert event.source == ["police"]


def test_events_nominal_trigger_with_compound_source_and_on_target(extract):
    event = one_event(extract, "The Hamas attack on Israel killed dozens of people.", "ASSAULT")
    assert event.trigger == "attack"
    assert "Hamas" in event.source and "Israel" in event.target


def test_events_demonym_source_of_nominal_trigger(extract):
    event = one_event(extract, "Israeli strikes on Gaza City killed 12 people on Monday, medics said.", "ASSAULT")
    assert event.trigger == "strikes"
    assert event.source == ["Israel"]
    assert event.date == "2024-07-08"


def test_events_consequence_is_not_a_second_event(extract):
    events = events_of(extract, "Gunmen opened fire on a bus in the north, killing three passengers.")
    assert [(e.type, e.trigger) for e in events] == [("ASSAULT", "opened")]


def test_events_joined_consequences_are_not_new_events(extract):
    events = events_of(extract, "Militants shelled the market at dawn, killing two traders and wounding 14 shoppers.")
    assert [(e.type, e.trigger) for e in events] == [("ASSAULT", "shelled")]


# ------------------------------------------------------------------ status
@pytest.mark.parametrize("text,type_,status", [
    ("The rebels denied attacking the convoy.", "ASSAULT", "negated"),
    ("Police did not arrest the protesters.", "COERCE", "negated"),
    ("The two delegations will meet in Cairo on Thursday.", "CONSULT", "future"),
    ("Talks resume in Cairo on Thursday.", "CONSULT", "future"),
    ("The government is considering withdrawing its troops from the valley.", "RETREAT", "hypothetical"),
    ("The army could arrest the suspects.", "COERCE", "hypothetical"),
    ("Soldiers arrested four suspects in the village.", "COERCE", "occurred"),
])
def test_events_status(extract, text, type_, status):
    assert one_event(extract, text, type_).status == status


def test_events_threat_content_is_hypothetical(extract):
    events = {e.type: e for e in events_of(extract, "The group threatened to attack the capital.")}
    assert events["THREATEN"].status == "occurred"
    assert events["ASSAULT"].status == "hypothetical"


def test_events_urged_to_act_is_request_and_hypothetical_act(extract):
    events = {e.type: e for e in events_of(extract, "The United Nations urged Israel to allow aid into Gaza.")}
    assert events["REQUEST"].status == "occurred"
    assert "Israel" in events["REQUEST"].target
    assert events["RETREAT"].status == "hypothetical"


def test_events_noun_goal_of_a_call_is_not_an_event(extract):
    events = events_of(extract, "The United Nations called for a ceasefire.")
    assert [e.type for e in events] == ["REQUEST"]


# ------------------------------------------------------------------ disambiguation
@pytest.mark.parametrize("text,type_", [
    ("Teachers went on strike over pay on Monday.", "PROTEST"),
    ("Thousands of workers joined a general strike in the capital.", "PROTEST"),
    ("An air strike hit a house in the village on Monday.", "ASSAULT"),
    ("Warplanes struck a market in the town.", "ASSAULT"),
])
def test_events_strike_by_context(extract, text, type_):
    types = {e.type for e in events_of(extract, text)}
    assert type_ in types and not ({"PROTEST", "ASSAULT"} - {type_}) & types


@pytest.mark.parametrize("text,absent", [
    ("The president fired his defence minister on Monday.", "ASSAULT"),
    ("The ministry released a statement on Monday.", "RETREAT"),
    ("The budget does not meet the demands of the unions.", "CONSULT"),
    ("The former minister died of a heart attack on Monday.", "ASSAULT"),
    ("Stocks rallied against the dollar on Monday.", "PROTEST"),
    ("The mayor was released from hospital on Monday.", "RETREAT"),
    ("The senator attacked the budget plan in a speech.", "ASSAULT"),
])
def test_events_blocked_senses(extract, text, absent):
    assert absent not in {e.type for e in events_of(extract, text)}


@pytest.mark.parametrize("text,type_", [
    ("Gunmen fired rockets at the base.", "ASSAULT"),
    ("The rebels released ten hostages on Monday.", "RETREAT"),
    ("The foreign minister met his Egyptian counterpart in Cairo.", "CONSULT"),
])
def test_events_literal_senses(extract, text, type_):
    assert type_ in {e.type for e in events_of(extract, text)}


# ------------------------------------------------------------------ place, date, re-mentions, claims
def test_events_place_and_date_from_the_clause(extract):
    event = one_event(extract, "Police arrested five men in Nairobi on Monday.", "COERCE")
    assert event.place == "Nairobi"
    assert event.date == "2024-07-08"


def test_events_definite_remention_is_not_a_new_event(extract):
    text = "Rebels attacked an army base in the north on Monday. The attack lasted for hours."
    assert len(events_of(extract, text, "ASSAULT")) == 1


def test_events_attributed_to_the_claimant(extract):
    event = one_event(extract, "The army said that militants had attacked a checkpoint near Kabul.", "ASSAULT")
    assert event.attributed_to is not None and "army" in event.attributed_to.lower()


# ------------------------------------------------------------------ the lexicon
def test_events_lexicon_loads_with_valid_types():
    lex = lexicon()
    entries = [e for group in lex.entries.values() for e in group]
    assert len(entries) > 400
    assert {e.type for e in entries if e.type} == set(EVENT_TYPES)
    assert "ongoing" not in EVENT_STATUSES


def test_events_lexicon_classes_used_exist():
    lex = lexicon()
    used = {w[1:] for group in lex.entries.values() for e in group for _, want in e.constraints
            if not isinstance(want, bool) for w in want if w.startswith("@") and w != "@actor"}
    assert used <= set(lex.classes)


# ------------------------------------------------------------------ more roles and filters
def test_events_possessive_nominal_source_and_of_target(extract):
    event = one_event(extract, "Russia's invasion of Ukraine began in February 2022.", "ASSAULT")
    assert event.trigger == "invasion"
    assert event.source == ["Russia"]


def test_events_relative_pronoun_subject_is_the_antecedent(extract):
    event = one_event(extract, "The envoy met Hamas leaders, who accused Israel of stalling.", "ACCUSE")
    assert "Hamas" in event.source


def test_events_pronoun_after_reporting_verb_is_the_reporter(extract):
    event = one_event(extract, "Al-Shabaab said it had fired mortars at a military base.", "ASSAULT")
    assert len(event.source) == 1 and "shabaab" in event.source[0].lower()


def test_events_accused_of_act_takes_the_accused_as_source(extract):
    events = {e.type: e for e in events_of(extract, "Kenya accused Somali militants of attacking a border post.")}
    assert events["ACCUSE"].source == ["Kenya"]
    assert events["ASSAULT"].source and "Kenya" not in events["ASSAULT"].source


def test_events_running_toll_is_not_an_event(extract):
    assert not events_of(extract, "More than 5,000 people have been killed in the region since 2009.", "ASSAULT")


def test_events_natural_disaster_is_no_political_event(extract):
    events = events_of(extract, "A cyclone forced the closure of the airport on Monday.")
    assert not [e for e in events if e.type == "COERCE"]


def test_events_pledged_aid_is_future(extract):
    event = one_event(extract, "Japan pledged $10 million in emergency aid on Monday.", "AID")
    assert event.status == "future" and event.source == ["Japan"]


def test_events_called_rally_is_not_a_request(extract):
    types = [e.type for e in events_of(extract, "The opposition leader called a rally outside parliament.")]
    assert "REQUEST" not in types and "PROTEST" in types


def test_events_conjoined_verbs_share_place_and_date(extract):
    text = "Gunmen detonated a bomb and opened fire on a patrol in Mogadishu on Sunday."
    events = events_of(extract, text, "ASSAULT")
    assert len(events) == 2
    assert {e.place for e in events} == {"Mogadishu"} and {e.date for e in events} == {"2024-07-07"}


def test_events_headline_restating_the_body_is_skipped(extract):
    text = "Rebels attack army base in the north\nRebels attacked an army base in the north on Monday, the army said."
    events = events_of(extract, text, "ASSAULT")
    assert [e.trigger for e in events] == ["attacked"]


@pytest.mark.parametrize("text,type_,status", [
    ("She said she would not resign and accused the ruling party of fraud.", "ACCUSE", "occurred"),
    ("The president accepted an invitation to visit Beijing.", "CONSULT", "future"),
    ("The union called a rally outside parliament.", "PROTEST", "future"),
    ("The rebels made a failed bid to seize the airport.", "ASSAULT", "occurred"),
])
def test_events_status_of_clauses_and_infinitives(extract, text, type_, status):
    assert one_event(extract, text, type_).status == status

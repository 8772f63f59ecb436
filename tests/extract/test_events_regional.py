"""Events in wire and regional-press idiom (Asia, Africa, Latin America, Europe), on sentences
written for these tests (published 2024-07-09)."""
from __future__ import annotations

import pytest

from .event_helpers import events_of, one_event


# ------------------------------------------------------------------ triggers and types
@pytest.mark.parametrize("text,type_,trigger", [
    ("Police picked up five activists from their homes in Dhaka early on Monday.", "COERCE", "picked up"),
    ("The suspects were picked up by detectives from their hideout.", "COERCE", "picked up"),
    ("Two soldiers were injured in an IED blast in Pulwama district on Tuesday.", "ASSAULT", "blast"),
    ("Militants hurled a grenade at a paramilitary bunker in Srinagar.", "ASSAULT", "hurled"),
    ("Three militants were killed in an encounter with security forces in Kupwara district.", "ASSAULT", "encounter"),
    ("Troops neutralised five terrorists in an operation in the forest.", "ASSAULT", "neutralised"),
    ("The army said it had eliminated 12 insurgents in the operation.", "ASSAULT", "eliminated"),
    ("Police teargassed protesters outside parliament in Kampala.", "ASSAULT", "teargassed"),
    ("Opposition supporters staged a sit-in outside the election office in Kathmandu.", "PROTEST", "in"),
    ("Traders observed a shutdown in Srinagar on Friday.", "PROTEST", "shutdown"),
    ("The opposition called a hartal across the country.", "PROTEST", "hartal"),
    ("Transport unions enforced a bandh in the state capital.", "PROTEST", "bandh"),
    ("Kenya and Uganda signed an MoU on cross-border trade in Nairobi on Wednesday.", "AGREE", "signed"),
    ("India and the UAE inked a deal on rupee trade settlement.", "AGREE", "inked"),
    ("The Japanese government handed over 20 ambulances to the Ministry of Health in Accra.", "AID", "handed over"),
    ("China extended a $2 billion loan to Sri Lanka.", "AID", "extended"),
    ("The suspects were arraigned before a Federal High Court in Abuja.", "SANCTION", "arraigned"),
    ("The magistrate remanded the suspects in police custody.", "COERCE", "remanded"),
    ("Police baton-charged the crowd in Lahore.", "ASSAULT", "charged"),
    ("Opposition workers staged a dharna outside the deputy commissioner's office.", "PROTEST", "dharna"),
    ("Students gheraoed the vice-chancellor over the fee hike.", "PROTEST", "gheraoed"),
    ("Stone pelting was reported from several areas of the old city.", "PROTEST", "pelting"),
    ("Protesters pelted the police with stones.", "PROTEST", "pelted"),
    ("Troops violated the ceasefire along the border on Sunday.", "ASSAULT", "violated"),
    ("Police busted a drug racket in the port city.", "COERCE", "busted"),
    ("Indigenous groups blockaded roads in the highlands for a second week.", "PROTEST", "blockaded"),
    ("Farmers blocked border crossings with the neighbouring country.", "PROTEST", "blocked"),
    ("The government declared a state of emergency in the capital.", "COERCE", "state"),
    ("Beijing lodged stern representations with Manila.", "ACCUSE", "representations"),
    ("Parents of the abducted pupils begged the government to rescue their children.", "REQUEST", "begged"),
    ("Authorities imposed an internet shutdown in the state after the clashes.", "COERCE", "shutdown"),
    ("The government enforced a communications blackout in the region.", "COERCE", "blackout"),
    ("The district administration imposed prohibitory orders in the town.", "COERCE", "orders"),
    ("The two prime ministers held a telephone conversation on Monday.", "CONSULT", "conversation"),
    ("Insurgents sacked a military base in the north-east.", "ASSAULT", "sacked"),
    ("Gunmen sacked three communities in the state, killing 40 people.", "ASSAULT", "sacked"),
    ("The rebels laid down their arms in a ceremony in the provincial capital.", "RETREAT", "laid down"),
    ("Forty militants surrendered their weapons to the army.", "RETREAT", "surrendered"),
    ("The army mobilised reservists along the border.", "MOBILIZE", "mobilised"),
    ("The police command deployed its tactical teams to the flashpoints.", "MOBILIZE", "deployed"),
])
def test_events_regional_trigger_and_type(extract, text, type_, trigger):
    assert one_event(extract, text, type_).trigger == trigger


def test_events_regional_called_on_without_clause_is_a_visit(extract):
    event = one_event(extract, "The Nigerian ambassador called on the Governor of Kano State on Monday.", "CONSULT")
    assert event.mode == "visit"
    assert not events_of(extract, "The Nigerian ambassador called on the Governor of Kano State on Monday.", "REQUEST")


def test_events_regional_called_on_with_clause_stays_a_request(extract):
    event = one_event(extract, "The opposition called on the government to release the detained activists.", "REQUEST")
    assert event.trigger == "called"


def test_events_regional_called_on_a_public_for_something_is_a_request(extract):
    event = one_event(extract, "The secretary-general called on the international community for urgent support.",
                 "REQUEST")
    assert event.trigger == "called"


def test_events_regional_courtesy_call_is_a_visit(extract):
    event = one_event(extract, "The British High Commissioner paid a courtesy call on President Bola Tinubu.", "CONSULT")
    assert event.mode == "visit" and "Bola Tinubu" in event.target


# ------------------------------------------------------------------ non-event senses
@pytest.mark.parametrize("text", [
    "Twenty sailors were picked up by a passing ship off the coast.",
    "The governor picked up the award at a ceremony in Lagos.",
    "Authorities evacuated 2,000 residents from low-lying areas ahead of the cyclone.",
    "The navy rescued 40 fishermen off the coast.",
    "He handed over the keys of the city to the visiting president.",
    "The firm observed a shutdown of its plant for maintenance.",
    "The court remanded the case to a lower court.",
    "The team eliminated Ghana from the tournament.",
    "The party picked up two seats in the by-election.",
    "The deadline was extended to Friday.",
    "The president sacked the finance minister on Friday.",
    "The ministry mobilised funds for the flood victims.",
    "The party mobilised its supporters ahead of the vote.",
    "The ministry deployed 200 health workers to the affected districts.",
    "The lawmaker laid down his pen.",
    "The weather agency warned of flooding in coastal areas.",
])
def test_events_regional_ordinary_senses_are_not_events(extract, text):
    assert events_of(extract, text) == []


def test_events_regional_shutdown_of_a_plant_is_no_protest(extract):
    assert not events_of(extract, "The company blamed the shutdown of the plant on power cuts.", "PROTEST")


def test_events_regional_warning_of_attack_stays_a_threat(extract):
    event = one_event(extract, "Iran warned of a crushing response to any attack.", "THREATEN")
    assert event.source == ["Iran"]


def test_events_regional_pledge_to_act_is_not_aid(extract):
    events = events_of(extract, "The two countries pledged to deepen cooperation in defence.")
    assert "AID" not in {e.type for e in events}


def test_events_regional_charged_offence_is_not_a_new_event(extract):
    events = events_of(extract, "A court in Nairobi charged the two men with murder.")
    assert [(e.type, e.trigger) for e in events] == [("SANCTION", "charged")]


# ------------------------------------------------------------------ roles
@pytest.mark.parametrize("text,type_,source", [
    ("Detectives nabbed a 34-year-old man in Kano.", "COERCE", "Detectives"),
    ("Suspected herdsmen attacked farmers in Benue, killing seven.", "ASSAULT", "Suspected herdsmen"),
    ("Rioters looted shops in the capital.", "ASSAULT", "Rioters"),
    ("The magistrate remanded the suspects in police custody.", "COERCE", "magistrate"),
    ("Rival gangs clashed in the slums, leaving 15 dead.", "ASSAULT", "Rival gangs"),
    ("Truckers blocked major highways in protest against fuel prices.", "PROTEST", "Truckers"),
    ("The abductors released the students after a ransom was paid.", "RETREAT", "abductors"),
    ("A militia attacked a displacement camp in the province, killing 20 people.", "ASSAULT", "militia"),
    ("The district administration imposed prohibitory orders in the town.", "COERCE", "district administration"),
])
def test_events_regional_generic_agent_is_source(extract, text, type_, source):
    assert one_event(extract, text, type_).source == [source]


def test_events_regional_recipient_hung_on_dative(extract):
    event = one_event(extract, "China extended a $2 billion loan to Sri Lanka.", "AID")
    assert event.source == ["China"] and event.target == ["Sri Lanka"]


def test_events_regional_ties_partner_is_sanction_target(extract):
    event = one_event(extract, "Nicaragua severed diplomatic ties with Taiwan.", "SANCTION")
    assert event.source == ["Nicaragua"] and event.target == ["Taiwan"]


def test_events_regional_talks_partner_hung_on_object(extract):
    event = one_event(extract, "Prime Minister Narendra Modi held bilateral talks with Prime Minister Fumio Kishida.",
                 "CONSULT")
    assert event.target == ["Fumio Kishida"]


def test_events_regional_state_visit_source_and_destination(extract):
    event = one_event(extract, "Chinese President Xi Jinping will pay a state visit to Kazakhstan next month.", "CONSULT")
    assert event.source == ["Xi Jinping"] and event.target == ["Kazakhstan"] and event.status == "future"


@pytest.mark.parametrize("text,type_,target", [
    ("The interior minister issued a 48-hour ultimatum to the protesters.", "THREATEN", "protesters"),
    ("The opposition gave the government a seven-day ultimatum to reverse the price hike.", "THREATEN", "government"),
    ("The governor appealed to the youths to remain calm.", "REQUEST", "youths"),
])
def test_events_regional_addressee_is_target(extract, text, type_, target):
    assert one_event(extract, text, type_).target == [target]


def test_events_regional_lifted_curfew_is_not_a_new_curfew(extract):
    events = events_of(extract, "The government lifted the curfew in the city.")
    assert [(e.type, e.trigger) for e in events] == [("CONCEDE", "lifted")]


def test_events_regional_repelled_attack_defenders_are_target(extract):
    event = one_event(extract, "Soldiers repelled an attack on their base in the north.", "ASSAULT")
    assert event.source == [] and event.target == ["Soldiers"]
    event = one_event(extract, "The army foiled an attack by militants on a checkpoint.", "ASSAULT")
    assert event.source == ["militants"] and event.target == ["army"]


def test_events_regional_misattached_by_phrase_is_not_source(extract):
    event = one_event(extract, "Rebels released 15 hostages on Tuesday after mediation by Qatar.", "RETREAT")
    assert event.source == ["Rebels"]


# ------------------------------------------------------------------ status
@pytest.mark.parametrize("text,type_,status", [
    ("The government is yet to release the detained students.", "RETREAT", "negated"),
    ("Police have yet to arrest the suspects.", "COERCE", "negated"),
    ("Police failed to arrest the suspects.", "COERCE", "negated"),
    ("The militants vowed to attack government installations.", "ASSAULT", "future"),
    ("The union threatened to go on strike if its demands were not met.", "PROTEST", "hypothetical"),
    ("The minister is expected to visit Nairobi next week.", "CONSULT", "future"),
    ("The government plans to deploy troops to the border.", "MOBILIZE", "future"),
    ("Human rights groups urged the government to free the detainees.", "RETREAT", "hypothetical"),
    ("Police picked up five activists in Dhaka on Monday.", "COERCE", "occurred"),
    ("The Kremlin is unlikely to accept the proposal.", "AGREE", "hypothetical"),
    ("The prime minister ruled out talks with the militants.", "CONSULT", "negated"),
    ("Police are yet to make any arrests.", "COERCE", "negated"),
    ("Opposition parties announced a nationwide strike for Thursday.", "PROTEST", "future"),
    ("The government has no plans to deploy troops.", "MOBILIZE", "negated"),
    ("The rebels said they would not lay down their arms.", "RETREAT", "negated"),
    ("The union called off the strike after talks with the government.", "CONSULT", "occurred"),
])
def test_events_regional_status(extract, text, type_, status):
    assert one_event(extract, text, type_).status == status

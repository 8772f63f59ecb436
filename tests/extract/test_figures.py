"""Figures: category from the syntax, hedges, partitives, non-figures and the claimant."""
from __future__ import annotations

import json
from importlib.resources import files

import pytest

from newsgraph.article import Article
from newsgraph.extract.figures import extract_figures
from newsgraph.record import APPROX_VALUES, FIGURE_CATEGORIES, Entity, Quote


def figures(nlp, text, *, quotes=(), entities=()):
    doc = nlp(text)
    return extract_figures(doc, Article(doc_id="t", text=text), entities=list(entities), places=[],
                           times=[], quotes=list(quotes))


def only(nlp, text, **kw):
    found = figures(nlp, text, **kw)
    assert len(found) == 1, [(f.text, f.category) for f in found]
    return found[0]


def by_value(found):
    return {f.value if f.value is not None else (f.low, f.high): f for f in found}


@pytest.mark.parametrize("text, category", [
    ("Gunmen killed 14 villagers near the market.", "killed"),
    ("At least 31 people died in the fire.", "killed"),
    ("Rescuers recovered nine bodies from the river.", "killed"),
    ("The attack left four people dead.", "killed"),
    ("The shelling wounded 27 civilians.", "injured"),
    ("Seven passengers were hurt in the crash.", "injured"),
    ("Sixteen people were taken to hospital after the blast.", "injured"),
    ("Eleven fishermen are still missing.", "missing"),
    ("The rebels still hold 40 hostages in the hills.", "held"),
    ("Pirates kidnapped 12 crew members off the coast.", "abducted"),
    ("The army freed 19 captives on Sunday.", "released"),
    ("Police detained 63 demonstrators overnight.", "arrested"),
    ("The group says it has documented 210 arrests this year.", "arrested"),
    ("The floods forced 5,000 families from their homes.", "displaced"),
    ("About 8,000 residents fled the town.", "displaced"),
    ("The camp now shelters 30,000 people.", "displaced"),
    ("Some 4,000 people marched to the parliament.", "participants"),
    ("Nearly 900 teachers took part in the strike.", "participants"),
    ("The ministry deployed 2,500 police officers to the capital.", "personnel"),
    ("Militants fired 60 rockets at the town.", "projectiles"),
    ("The navy shot down four drones over the sea.", "projectiles"),
    ("The storm destroyed 320 homes in the valley.", "destroyed"),
    ("Troops torched dozens of vehicles.", "destroyed"),
    ("A convoy of 40 aid trucks crossed the border.", "aid"),
    ("The agency has fed 12,000 people since May.", "aid"),
    ("India sent 20 tonnes of relief supplies.", "aid"),
    ("Japan pledged $30 million for reconstruction.", "money"),
])
def test_figures_category_from_syntax(nlp, text, category):
    assert only(nlp, text).category == category


def test_figures_category_is_not_a_sentence_keyword(nlp):
    found = figures(nlp, "Twelve journalists covered the protest where police killed a man.")
    assert found[0].category == "other"


def test_figures_reduced_passive_and_conjoined_counts(nlp):
    found = by_value(figures(nlp, "Officials said 18 people were killed and 40 wounded in the raid."))
    assert (found[18].category, found[40].category) == ("killed", "injured")


def test_figures_agent_of_a_killing_is_not_killed(nlp):
    found = by_value(figures(nlp, "Some 200 fighters killed three guards at the depot."))
    assert found[3].category == "killed" and found[200].category != "killed"


def test_figures_participle_after_noun(nlp):
    found = by_value(figures(nlp, "Rebels say 90 soldiers killed and 35 villagers abducted in the raid."))
    assert (found[90].category, found[35].category) == ("killed", "abducted")


def test_figures_killing_clause(nlp):
    f = only(nlp, "Bandits attacked a bus on Friday, killing five passengers.")
    assert (f.category, f.value, f.subject) == ("killed", 5, "passengers")


def test_figures_partitive_takes_verb_category_and_group(nlp):
    found = by_value(figures(nlp, "Fifty miners were trapped underground. Rescuers confirmed the deaths of 12 of them."))
    assert (found[12].category, found[12].subject) == ("killed", "miners")


def test_figures_partitive_without_verb_takes_antecedent_category(nlp):
    found = by_value(figures(nlp, "The clinic said 30 patients were injured, four of them critically."))
    assert found[4].category == "injured"


def test_figures_including_takes_the_group_category(nlp):
    found = by_value(figures(nlp, "The blast killed 20 people, including six soldiers and two of their officers."))
    assert found[6].category == "killed" and found[2].category == "killed"


def test_figures_toll_and_number_constructions(nlp):
    found = by_value(figures(nlp, "The death toll rose to 412 on Monday. Officials said it was likely to exceed 500."))
    assert found[412].category == "killed"
    found = by_value(figures(nlp, "Officials said 3,100 people remain in shelters. Aid groups put the number at 4,000."))
    assert found[4000].category == found[3100].category
    f = only(nlp, "A local newspaper puts the number of dead at 77.")
    assert f.category == "killed"


def test_figures_projected_toll_is_more_than(nlp):
    f = only(nlp, "The governor said the number of deaths was expected to exceed 2,000.")
    assert (f.category, f.approx, f.low, f.high) == ("killed", "more_than", 2000, None)


def test_figures_people_in_need_are_other(nlp):
    assert only(nlp, "The drought has left 2.3 million people in need of food aid.").category == "other"


@pytest.mark.parametrize("text", [
    "A 19-year-old was arrested.", "The suspect, aged 43, was detained.", "The war began in 2014.",
    "Fighting broke out on June 12.", "Turnout reached 61% on Sunday.", "The third convoy arrived.",
    "The curfew starts at 10 p.m.", "He spent six years in prison.", "The ruling party won 54 percent of the vote.",
    "A magnitude 7.1 earthquake struck.", "A 15-storey tower collapsed.", "The town lies 40 km north of the city.",
    "Traffic was halted on Highway 7.",
])
def test_figures_non_counts_are_not_figures(nlp, text):
    assert figures(nlp, text) == []


def test_figures_span_covers_hedge_number_and_noun(nlp):
    text = "The ministry said more than 1,500 people were killed."
    f = only(nlp, text)
    assert text[f.start:f.end] == f.text == "more than 1,500 people"
    assert (f.value, f.low, f.high, f.approx, f.subject) == (1500, 1500, None, "more_than", "people")


def test_figures_every_mention_counts(nlp):
    found = figures(nlp, "Police arrested 40 people. The 40 people were charged later. Police said 40 people were arrested.")
    assert [f.category for f in found].count("arrested") == 2


def test_figures_range_and_vague_values(nlp):
    found = figures(nlp, "Witnesses said between 20 and 30 gunmen stormed the village, and hundreds of residents fled.")
    rng = next(f for f in found if f.approx == "range")
    assert (rng.low, rng.high, rng.value, rng.category) == (20, 30, None, "personnel")
    vague = next(f for f in found if f.approx == "vague")
    assert (vague.value, vague.low, vague.category) == (200, 200, "displaced")


def test_figures_source_is_the_speaker_of_the_enclosing_quote(nlp):
    text = "The health ministry said 52 people were killed in the strikes."
    content_start = text.index("52")
    quote = Quote(speaker="Ministry of Health", cue="said", text=text[content_start:-1], start=content_start, end=len(text) - 1)
    assert only(nlp, text, quotes=[quote]).source == "Ministry of Health"


def test_figures_money_given_is_not_claimed(nlp):
    assert only(nlp, "Germany pledged €40 million in emergency aid.").source is None


def test_figures_according_to_names_the_claimant(nlp):
    text = "According to the Red Cross, 600 families have fled the fighting."
    red_cross = Entity(name="International Committee of the Red Cross", type="ORG", mentions=[(17, 26)])
    f = only(nlp, text, entities=[red_cross])
    assert (f.category, f.source) == ("displaced", "International Committee of the Red Cross")
    assert only(nlp, "According to local officials, 33 people died.").source == "local officials"


def test_figures_noun_default_and_its_limits(nlp):
    assert only(nlp, "Between 20 and 30 gunmen stormed the village.").category == "personnel"
    assert only(nlp, "Three protesters told reporters they had been beaten.").category == "other"
    assert only(nlp, "More than 400 refugees crossed the border.").category == "displaced"


def test_figures_strong_crowd_and_total_of(nlp):
    assert only(nlp, "A 5,000-strong crowd gathered outside the palace.").category == "participants"
    assert only(nlp, "A total of 87 migrants drowned when their boat sank.").category == "killed"
    assert only(nlp, "Three soldiers were among the dead.").category == "killed"


def test_figures_source_through_the_pipeline(extract):
    record = extract("The interior ministry said 52 people were killed in the floods. Two bridges collapsed.")
    by_text = {f.text: f for f in record.figures}
    assert by_text["52 people"].category == "killed"
    assert by_text["52 people"].source and "ministry" in by_text["52 people"].source.lower()
    assert by_text["Two bridges"].source is None


def test_figures_date_only_from_the_figure_clause(extract):
    record = extract("Police arrested 30 people on Monday. The governor, in office since 2015, freed 12 prisoners.")
    by_text = {f.text: f for f in record.figures}
    assert by_text["30 people"].date == "2024-07-08"
    assert by_text["12 prisoners"].date is None


def test_figures_resources_are_well_formed():
    rows = [json.loads(line) for line in (files("newsgraph.resources") / "figure_categories.jsonl").read_text("utf-8").splitlines()]
    for row in rows:
        assert row.get("category") in (None, *FIGURE_CATEGORIES), row
        assert row["kind"] != "verb" or row["role"] in ("patient", "agent"), row
    numbers = [json.loads(line) for line in (files("newsgraph.resources") / "numbers.jsonl").read_text("utf-8").splitlines()]
    assert all(r["approx"] in APPROX_VALUES for r in numbers if r["kind"].startswith("hedge")), numbers


def test_figures_verb_particle_is_not_a_hedge(nlp):
    f = only(nlp, "The rebels handed over 90 captured soldiers on Friday.")
    assert (f.text, f.approx, f.low, f.high, f.category) == ("90 captured soldiers", "exact", 90, 90, "released")
    f = only(nlp, "The blast killed over 100 people.")
    assert (f.approx, f.low, f.high) == ("more_than", 100, None)


def test_figures_phrasal_readings(nlp):
    assert only(nlp, "Forty villagers were taken hostage by the militia.").category == "abducted"
    assert only(nlp, "About 600 people held a vigil in the square.").category == "participants"
    assert only(nlp, "The refugee camps hold more than 200,000 people.").category == "displaced"

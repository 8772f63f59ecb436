"""Stories, canonical events, figure series and contradictions on hand-built Records."""
from __future__ import annotations

from newsgraph.corpus import cluster_stories, dedup_events, figure_series, find_contradictions
from newsgraph.corpus.contradictions import interval
from newsgraph.corpus.series import SeriesPoint, subject_key
from newsgraph.corpus.text import sentence_bounds

from .builders import record


def _story_of(stories, doc_id):
    return next(s for s in stories if doc_id in s.doc_ids)


def test_stories_group_same_events_apart_from_others(corpus):
    stories = cluster_stories(corpus)
    groups = sorted(sorted(s.doc_ids) for s in stories)
    assert groups == [["attack-x", "attack-y"], ["flood-a1", "flood-a3", "flood-b2", "flood-b3"], ["talks-z"]]


def test_stories_respect_date_window(attack):
    late = attack[1].model_copy(update={"doc_id": "attack-late", "published": "2025-03-30"})
    stories = cluster_stories([attack[0], late])
    assert len(stories) == 2


def test_stories_summary_fields(attack):
    story = cluster_stories(attack)[0]
    assert story.outlets == ["Lagos Ledger", "Sahel Courier"]
    assert story.first == story.last == "2025-02-11"
    assert "Maiduguri" in story.places


def test_events_two_outlets_one_attack(corpus):
    events = dedup_events(corpus)
    assault = [e for e in events if e.type == "ASSAULT"]
    assert len(assault) == 1
    event = assault[0]
    assert event.doc_ids == ["attack-x", "attack-y"]
    assert event.outlets == ["Lagos Ledger", "Sahel Courier"]
    assert event.place == "Maiduguri" and event.date == "2025-02-10"
    assert [m.trigger for m in event.mentions] == ["stormed", "attacked"]


def test_events_disagreeing_dates_not_merged(attack):
    first, second = attack
    second.events[0].date = "2025-02-01"
    assert len(dedup_events([first, second])) == 2


def test_events_different_actors_not_merged(attack):
    first, second = attack
    second.events[0].source = ["soldiers"]
    assert len(dedup_events([first, second])) == 2


def test_series_death_toll_over_three_days(flood):
    series = figure_series(flood)
    assert len(series) == 1
    s = series[0]
    assert (s.category, s.subject, s.place, s.scope) == ("killed", "", "PK", "")
    assert [p.date for p in s.points] == ["2025-08-04", "2025-08-05", "2025-08-06", "2025-08-06"]
    assert {p.outlet for p in s.points} == {"Harbour Times", "Valley Post"}
    assert [p.value for p in s.points][:3] == [40, 63, 85]


def test_series_keeps_stories_apart(corpus):
    series = figure_series(corpus)
    assert {s.subject for s in series} == {"", "officer"}
    officers = next(s for s in series if s.subject == "officer")
    assert sorted(p.doc_id for p in officers.points) == ["attack-x", "attack-y"]


def test_series_scope_since_separates_window(flood):
    text = "Since Friday, 12 people have been killed in Sindh, officials said."
    extra = record("flood-c", "2025-08-06", "Valley Post", text, places=[("Sindh", "PK", "region")],
                   figures=[dict(anchor_text="12 people", value=12, category="killed", subject="people")])
    scopes = {s.scope for s in figure_series(flood + [extra], min_points=1)}
    assert scopes == {"", "since friday"}


def test_series_subject_key():
    assert subject_key("Palestinians") == "palestinian"
    assert subject_key("civilian casualties") == "casualty"
    assert subject_key("people") == subject_key(None) == ""


def test_contradictions_flag_same_day_different_values(flood):
    found = find_contradictions(figure_series(flood))
    assert len(found) == 1
    c = found[0]
    assert c.date == "2025-08-06"
    assert {c.a.value, c.b.value} == {85, 97}
    assert {c.a.outlet, c.b.outlet} == {"Harbour Times", "Valley Post"}


def test_contradictions_ignore_compatible_hedges():
    def point(value, approx, outlet):
        return SeriesPoint("2025-01-01", value, None, None, approx, None, outlet, outlet, 0, None, "", "figure")
    assert interval(point(100, "more_than", "a"))[0] > 100
    from newsgraph.corpus.contradictions import _contradict
    assert not _contradict(point(100, "more_than", "a"), point(120, "exact", "b"))
    assert not _contradict(point(100, "about", "a"), point(105, "exact", "b"))
    assert not _contradict(point(200, "vague", "a"), point(350, "exact", "b"))
    assert _contradict(point(100, "exact", "a"), point(120, "exact", "b"))


def test_contradictions_two_claimants_in_one_article():
    from newsgraph.corpus.contradictions import _contradict

    def point(value, claimant):
        return SeriesPoint("2025-01-01", value, None, None, "exact", claimant, "Wire", "d1", 0, None, "", "figure")
    assert _contradict(point(6, "prosecutor's office"), point(9, "local media"))
    assert not _contradict(point(6, None), point(9, "local media"))
    assert not _contradict(point(6, "police"), point(6, "local media"))


def test_sentence_bounds_stop_at_full_stop():
    text = "First one. The toll rose to 63 on Tuesday. Next."
    start, end = sentence_bounds(text, text.index("63"), text.index("63") + 2)
    assert text[start:end] == "The toll rose to 63 on Tuesday."


def test_series_dates_points_by_their_sentence(flood):
    from newsgraph.record import TimeExpr

    text = "The toll stood at 30 on Sunday. Since Friday, officials said, 45 people had died in Sindh by Monday."
    extra = record("flood-d", "2025-08-05", "Valley Post", text, places=[("Sindh", "PK", "region")],
                   figures=[dict(anchor_text="30", value=30, category="killed"),
                            dict(anchor_text="45 people", value=45, category="killed", subject="people")])
    for day, value in (("Sunday", "2025-08-03"), ("Friday", "2025-08-01"), ("Monday", "2025-08-04")):
        start = text.index(day)
        extra.times.append(TimeExpr(text=day, start=start, end=start + len(day), value=value))
    series = figure_series(flood + [extra], min_points=1)
    points = {p.value: p for s in series for p in s.points if p.doc_id == "flood-d"}
    assert (points[30].date, points[30].dated_by) == ("2025-08-03", "sentence")
    assert points[45].date == "2025-08-04"  # "since Friday" starts the window, it does not date the count

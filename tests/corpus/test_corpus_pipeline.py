"""Stories over Records from the real pipeline (texts written for this test)."""
from __future__ import annotations

from newsgraph.corpus import cluster_stories

from .conftest import attack_records, unrelated_records


def test_stories_from_extracted_records(extract):
    records = []
    for fixture in attack_records() + unrelated_records():
        record = extract(fixture.text, published=fixture.published, doc_id=fixture.doc_id)
        records.append(record.model_copy(update={"text": fixture.text, "source": fixture.source}))
    groups = sorted(sorted(s.doc_ids) for s in cluster_stories(records))
    assert groups == [["attack-x", "attack-y"], ["talks-z"]]

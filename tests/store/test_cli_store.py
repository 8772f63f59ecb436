"""Ingest with the real pipeline; CLI export, stories, series, contradictions; their errors."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import StoreWriter
from newsgraph.store.ingest import IngestOptions, ingest_inputs

from ..corpus.conftest import attack_records, flood_records, unrelated_records

runner = CliRunner()

ARTICLES = [
    {"doc_id": "n1", "published": "2025-03-03", "source": "Coast Gazette",
     "text": "Protesters marched through Mombasa on Monday to demand lower fuel prices. Police fired tear gas "
             "and arrested 14 people, the county police commander said."},
    {"doc_id": "n2", "published": "2025-03-04", "source": "Rift Herald",
     "text": "Police in Mombasa arrested 14 people during a march against fuel prices on Monday, the county "
             "police commander said on Tuesday."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "t.duckdb"
    with StoreWriter(path) as writer:
        for record in flood_records() + attack_records() + unrelated_records():
            writer.add(record, record.text)
    return path


def test_ingest_stores_once_then_versions(tmp_path, pipeline):
    corpus, db = tmp_path / "in.jsonl", tmp_path / "s.duckdb"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    options = IngestOptions(progress=False)
    first = ingest_inputs([corpus], db, options=options, pipeline=pipeline)
    assert first.describe().startswith("2 document(s) stored, 0 already stored, 0 item(s) skipped")
    changed = ARTICLES[:1] + [ARTICLES[1] | {"text": ARTICLES[1]["text"].replace("14", "15")}]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in changed))
    second = ingest_inputs([corpus], db, options=options, pipeline=pipeline)
    assert (second.stored, second.unchanged) == (1, 1)
    docs = runner.invoke(app, ["export", "--table", "documents", "--db", str(db), "--all-versions"])
    rows = [json.loads(line) for line in docs.stdout.splitlines()]
    assert sorted((r["doc_id"], r["version"]) for r in rows) == [("n1", 1), ("n2", 1), ("n2", 2)]


def test_cli_export_jsonl_to_stdout(db):
    result = runner.invoke(app, ["export", "--table", "figures", "--db", str(db)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 6 and {r["category"] for r in rows} == {"killed"}


def test_cli_export_unknown_table(db):
    result = runner.invoke(app, ["export", "--table", "actors", "--db", str(db)])
    assert result.exit_code == 1
    assert "Error: unknown table 'actors'; choose one of events, figures, quotes, places, entities, times, documents" in result.output


def test_cli_export_missing_database(tmp_path):
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "no such database; create it with `newsgraph ingest INPUT" in result.output


def test_cli_stories_json(db):
    result = runner.invoke(app, ["stories", "--db", str(db), "--json"])
    stories = [json.loads(line) for line in result.stdout.splitlines()]
    assert [s["n_docs"] for s in stories] == [4, 2, 1]


def test_cli_series_and_contradictions_tables(db):
    series = runner.invoke(app, ["series", "--db", str(db)])
    assert series.exit_code == 0 and "Figure series (2)" in series.stdout
    found = runner.invoke(app, ["contradictions", "--db", str(db)])
    assert "Contradictions (1)" in found.stdout and "Valley Post" in found.stdout
    as_json = runner.invoke(app, ["contradictions", "--db", str(db), "--json"])
    row = json.loads(as_json.stdout)
    assert {row["a"]["value"], row["b"]["value"]} == {85, 97}

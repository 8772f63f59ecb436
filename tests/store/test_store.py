"""The DuckDB store: versioned idempotent writes, item tables keyed to spans, exports, the API."""
from __future__ import annotations

import json

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

import newsgraph
from newsgraph.errors import StoreError
from newsgraph.store import StoreWriter, connect
from newsgraph.store.export import export_rows

from ..corpus.conftest import attack_records, flood_records, unrelated_records


def _fill(path):
    with StoreWriter(path) as writer:
        for record in flood_records() + attack_records() + unrelated_records():
            writer.add(record, record.text)
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """A store read (never written) by the tests that use it."""
    return _fill(tmp_path_factory.mktemp("store") / "t.duckdb")


@pytest.fixture
def fresh_db(tmp_path):
    return _fill(tmp_path / "t.duckdb")


def _count(path, sql):
    con = connect(path, read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_store_same_document_twice_stored_once(fresh_db):
    db = fresh_db
    record = attack_records()[0]
    with StoreWriter(db) as writer:
        assert writer.add(record, record.text) is False
    assert _count(db, "SELECT count(*) FROM documents WHERE doc_id = 'attack-x'") == [(1,)]


def test_store_changed_text_becomes_new_version(fresh_db):
    db = fresh_db
    record = attack_records()[0]
    changed = record.text.replace("three officers", "four officers")
    with StoreWriter(db) as writer:
        assert writer.add(record.model_copy(update={"figures": []}), changed) is True
    rows = _count(db, "SELECT version, n_chars FROM documents WHERE doc_id = 'attack-x' ORDER BY version")
    assert [v for v, _ in rows] == [1, 2]
    latest = _count(db, "SELECT count(*) FROM figures JOIN latest_documents USING (doc_id, version) "
                        "WHERE doc_id = 'attack-x'")
    assert latest == [(0,)]


def test_store_spans_join_back_to_text(db):
    rows = _count(db, "SELECT m.text, substr(d.text, m.start_char + 1, m.end_char - m.start_char) "
                      "FROM place_mentions m JOIN documents d USING (doc_id, version)")
    assert rows and all(a == b for a, b in rows)
    figures = _count(db, "SELECT f.text, substr(d.text, f.start_char + 1, f.end_char - f.start_char) "
                         "FROM figures f JOIN documents d USING (doc_id, version)")
    assert figures and all(a == b for a, b in figures)


def test_store_reader_without_database_gets_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        connect(tmp_path / "missing.duckdb", read_only=True)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_formats_readable_without_newsgraph(db, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    assert export_rows(db, table="events", fmt=fmt, output=out) == 3
    if fmt == "parquet":
        frame = pq.read_table(out).to_pandas()
        assert list(frame.loc[frame.doc_id == "attack-x", "source"].iloc[0]) == ["Gunmen"]
        assert duckdb.connect().execute(f"SELECT count(*) FROM '{out}'").fetchone()[0] == 3
    elif fmt == "csv":
        frame = pd.read_csv(out)
        assert json.loads(frame.loc[frame.doc_id == "attack-x", "source"].iloc[0]) == ["Gunmen"]
    else:
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert {r["outlet"] for r in rows} == {"Lagos Ledger", "Sahel Courier", "Harbour Times"}


@pytest.mark.parametrize("table", ["documents", "entities", "places", "figures", "quotes", "times"])
def test_export_every_table(db, tmp_path, table):
    out = tmp_path / f"{table}.parquet"
    export_rows(db, table=table, fmt="parquet", output=out)
    assert "doc_id" in pq.read_schema(out).names


def test_export_parquet_needs_output(db):
    with pytest.raises(StoreError, match="-o FILE"):
        export_rows(db, table="events", fmt="parquet")


def test_export_acled_shape(db, tmp_path):
    out = tmp_path / "acled.csv"
    export_rows(db, table="events", fmt="csv", shape="acled", output=out)
    frame = pd.read_csv(out)
    assert len(frame) == 2  # the two attack reports; the CONSULT event has no ACLED type
    row = frame[frame.doc_id == "attack-x"].iloc[0]
    assert (row.event_type, row.sub_event_type) == ("Battles", "Armed clash")
    assert (row.event_date, row.time_precision, row.location) == ("2025-02-10", 1, "Maiduguri")
    assert row.fatalities == 3 and row.actor1 == "Gunmen" and row.source == "Lagos Ledger"
    assert row.geo_precision == 1 and "stormed" in row.notes


def test_export_gkg_shape(db, tmp_path):
    out = tmp_path / "gkg.jsonl"
    export_rows(db, table="documents", fmt="jsonl", shape="gkg", output=out)
    rows = {r["gkg_record_id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert len(rows) == 7
    flood = rows["flood-a1"]
    assert flood["date"] == 20250804000000
    assert flood["counts"].startswith("KILL#40#people#5#Sindh#PK#")
    assert flood["organizations"] == "Provincial Disaster Management Authority"
    assert "1#Pakistan#PK" in flood["locations"]


def test_api_open_returns_dataframes(db):
    with newsgraph.open(db) as store:
        assert len(store.events()) == 3
        assert set(store.figures().category) == {"killed"}
        assert len(store.stories()) == 3
        series = store.series()
        assert set(series.series_id) == {1, 2}
        contradictions = store.contradictions()
        assert len(contradictions) == 1 and {contradictions.a_value[0], contradictions.b_value[0]} == {85, 97}
        events = store.canonical_events()
        assert events.iloc[0].n_docs == 2


def test_export_mapping_resources_load():
    from newsgraph.record import EVENT_TYPES, FIGURE_CATEGORIES
    from newsgraph.store.shapes import acled_map, gkg_count_types

    acled_types = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                   "Strategic developments"}
    assert all(t in EVENT_TYPES for t, _ in acled_map()) and {e for e, _ in acled_map().values()} <= acled_types
    assert all((t, None) in acled_map() for t, _ in acled_map())  # every mapped type has a fallback row
    assert set(gkg_count_types()) == set(FIGURE_CATEGORIES) - {"other"}

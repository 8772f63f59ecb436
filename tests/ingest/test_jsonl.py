import datetime as dt
import json

import pytest

from newsgraph.article import Article, parse_published
from newsgraph.errors import InputError
from newsgraph.ingest import Skip, check_text, read_input


def write_lines(tmp_path, lines):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_ingest_jsonl_reads_articles_and_reports_bad_lines(tmp_path):
    path = write_lines(tmp_path, [
        json.dumps({"doc_id": "a", "published": "2024-01-02", "text": "One."}),
        "{not json",
        json.dumps({"doc_id": "b", "text": 5}),
        json.dumps({"doc_id": "c", "published": "2024-13-40", "text": "Bad date."}),
        "",
        json.dumps({"doc_id": "d", "published": None, "text": "No date.", "source": "Wire"}),
    ])
    items = list(read_input(path))
    arts = [i for i in items if isinstance(i, Article)]
    skips = [i for i in items if isinstance(i, Skip)]
    assert [a.doc_id for a in arts] == ["a", "d"]
    assert arts[0].published == dt.date(2024, 1, 2) and arts[1].published is None
    assert arts[1].source == "Wire"
    assert [s.where for s in skips] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "not valid JSON" in skips[0].reason
    assert "'text' is missing or not a string" in skips[1].reason
    assert "published='2024-13-40'" in skips[2].reason


def test_ingest_jsonl_default_published_fills_missing_dates(tmp_path):
    path = write_lines(tmp_path, [json.dumps({"doc_id": "a", "text": "x"})])
    (art,) = read_input(path, published=dt.date(2025, 5, 1))
    assert art.published == dt.date(2025, 5, 1)


def test_ingest_text_file_decodes_latin1_without_crashing(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes("Caf\u00e9 owners in S\u00e3o Paulo protested.".encode("cp1252"))
    (art,) = read_input(path)
    assert art.doc_id == "story" and art.text.startswith("Café")


def test_ingest_missing_file_names_the_path(tmp_path):
    with pytest.raises(InputError, match="nope.txt: no such file"):
        list(read_input(tmp_path / "nope.txt"))


@pytest.mark.parametrize("text,reason", [
    ("", "empty text"),
    ("   \n ", "empty text"),
    ("abc\x00def", "binary content"),
    ("\x01\x02\x03\x04" * 10 + "text", "binary content"),
    ("a" * 1_000_001, "text too long"),
])
def test_ingest_check_text_rejects_unprocessable(text, reason):
    assert check_text(text).startswith(reason)


def test_ingest_check_text_accepts_ordinary_text():
    assert check_text("Ordinary news text.\n") is None


def test_article_parse_published_accepts_timestamps_and_rejects_garbage():
    assert parse_published("2024-07-09T10:00:00Z") == dt.date(2024, 7, 9)
    assert parse_published(None) is None
    with pytest.raises(InputError, match="expected a date YYYY-MM-DD"):
        parse_published("yesterday")

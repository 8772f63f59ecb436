"""The extract and demo commands, run for real as a user would."""
import json
import subprocess
import sys

import pytest

NG = [sys.executable, "-m", "newsgraph"]
TEXT = "The Red Cross said on Monday that 12 people were killed in Kharkiv.\n"


def run(*args, stdin=None, cwd=None):
    return subprocess.run([*NG, *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=300)


def test_cli_extract_text_file_gives_one_pretty_record(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    proc = run("extract", str(path), "--published", "2024-03-05")
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["doc_id"] == "story" and record["published"] == "2024-03-05"
    assert proc.stdout.startswith("{\n")
    assert "1 record(s) written, 0 item(s) skipped" in proc.stderr


def test_cli_extract_stdin(tmp_path):
    proc = run("extract", "-", stdin=TEXT)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["doc_id"] == "stdin"


def test_cli_extract_corpus_reports_bad_line_and_exits_1(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"doc_id": "a", "published": "2024-01-01", "text": TEXT}) + "\n"
        + "{broken\n"
        + json.dumps({"doc_id": "b", "published": None, "text": ""}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out" / "records.jsonl"
    proc = run("extract", str(corpus), "-o", str(out), "--no-progress")
    assert proc.returncode == 1
    lines = out.read_text().splitlines()
    assert [json.loads(line)["doc_id"] for line in lines] == ["a"]
    assert "1 record(s) written, 2 item(s) skipped" in proc.stderr
    assert f"skipped {corpus}:2: not valid JSON" in proc.stderr
    assert "skipped b: empty text" in proc.stderr


def test_cli_extract_bad_published_is_a_clear_error(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text(TEXT)
    proc = run("extract", str(path), "--published", "05/03/2024")
    assert proc.returncode == 1
    assert "Error: --published='05/03/2024', expected a date YYYY-MM-DD or null" in proc.stderr


def test_cli_extract_missing_input(tmp_path):
    proc = run("extract", str(tmp_path / "missing.jsonl"))
    assert proc.returncode == 1
    assert f"Error: {tmp_path / 'missing.jsonl'}: no such file" in proc.stderr


def test_cli_demo_writes_record_and_prints_tables(tmp_path):
    proc = run("demo", "-o", str(tmp_path / "demo.json"))
    assert proc.returncode == 0, proc.stderr
    record = json.loads((tmp_path / "demo.json").read_text())
    assert record["doc_id"] == "demo-harbour-talks"
    assert record["text"] and "Geneva" in record["text"]
    assert "Full record (JSON, FORMAT.md)" in proc.stdout


@pytest.mark.parametrize("command", ["extract", "demo"])
def test_cli_every_command_has_help(command):
    proc = run(command, "--help")
    assert proc.returncode == 0 and "Usage" in proc.stdout

"""`newsgraph gazetteer import|info|lookup`."""
from __future__ import annotations

from typer.testing import CliRunner

import newsgraph.cli.gazetteer as cli_gaz
from newsgraph.cli import app
from newsgraph.gazetteer import Gazetteer
from newsgraph.gazetteer.sources import jsonl_entries

ROW = ["9000001", "Qaryat Zahr", "Qaryat Zahr", "Karyat Zahir", "34.10", "36.20", "P", "PPL", "LB", "", "05", "", "", "",
       "4200", "", "300", "Asia/Beirut", "2024-01-01"]


def _small_index(home):
    files = sorted((home / "gazetteer" / "imports").glob("*.jsonl"))
    return Gazetteer.build([jsonl_entries(p, f"import:{p.stem}") for p in files])


def test_gazetteer_cli_import_then_lookup(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("NEWSGRAPH_HOME", str(home))
    monkeypatch.setattr(cli_gaz, "load_gazetteer", lambda rebuild=False: _small_index(home))  # skip the 10 s full build
    dump = tmp_path / "cities.txt"
    dump.write_text("\t".join(ROW) + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["gazetteer", "import", str(dump)])
    assert result.exit_code == 0, result.output
    assert "imported 1 places" in result.output
    result = runner.invoke(app, ["gazetteer", "lookup", "Karyat Zahir"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Qaryat Zahr\tLB\tvillage\t34.1\t36.2\t4200\timport:cities")
    result = runner.invoke(app, ["gazetteer", "info"])
    assert "import:cities\t1 rows" in result.stdout


def test_gazetteer_cli_import_missing_file_exits_1(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_HOME", str(tmp_path / "home"))
    result = CliRunner().invoke(app, ["gazetteer", "import", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'nope.txt'}: no such file; give a GeoNames dump such as cities500.txt or allCountries.zip" in result.output

"""The command line as a user runs it: a real process, data on stdout, messages on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SAMPLES

COMMANDS = ["run", "articles", "show", "export", "runs", "eval"]


def chronique(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "chronique", *args], capture_output=True, text=True, timeout=600
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.db"
    chronique("run", str(SAMPLES), "--db", str(db))
    return db


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = chronique(command, "--help")
    assert "Usage:" in result.stdout and len(result.stdout.splitlines()) > 4


def test_run_prints_summary_and_store(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    result = chronique("run", str(SAMPLES), "--db", str(db), "--json")
    summary = json.loads(result.stdout)
    assert summary["inputs"] == 5 and summary["cleaned"] == 5
    assert Path(summary["store"]) == db


def test_articles_json_and_search(demo_db: Path) -> None:
    rows = [
        json.loads(line)
        for line in chronique("articles", "--db", str(demo_db), "--json").stdout.splitlines()
    ]
    assert len(rows) == 5
    found = chronique("articles", "--db", str(demo_db), "--json", "--search", "palmyre")
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    assert len(hits) == 1 and hits[0]["origin"].endswith("003_edd8803b156ff1d8.txt")


def test_show_prints_text_and_removed(demo_db: Path) -> None:
    rows = [
        json.loads(line)
        for line in chronique("articles", "--db", str(demo_db), "--json").stdout.splitlines()
    ]
    article = next(row for row in rows if row["origin"].endswith("001_9f8f024dc7b611ba.txt"))
    result = chronique("show", article["id"][:8], "--db", str(demo_db))
    assert "Sergueï Lavrov" in result.stdout
    assert "removed (" in result.stdout


def test_export_articles_jsonl_fields(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    result = chronique(
        "export", "--db", str(demo_db), "--table", "articles", "--format", "jsonl", "-o", str(out)
    )
    assert "5 rows" in result.stderr and result.stdout == ""
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    fields = {
        "id",
        "external_id",
        "url",
        "source",
        "title",
        "page_date",
        "text",
        "lang",
        "rejected",
        "duplicate_of",
        "removed",
    }
    assert all(fields <= set(row) for row in rows)
    assert all(row["lang"] == "fr" for row in rows)


def test_errors_are_clear(tmp_path: Path, demo_db: Path) -> None:
    result = chronique("articles", "--db", str(tmp_path / "none.db"), check=False)
    assert result.returncode == 2 and "no store at" in result.stderr
    result = chronique("export", "--db", str(demo_db), "--table", "nope", check=False)
    assert result.returncode == 2 and "unknown export table 'nope'" in result.stderr
    assert "articles" in result.stderr

"""What a user sees when inputs or the store are wrong: the stderr line and the exit code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from .conftest import SAMPLES

ENGLISH = (
    "Heavy fighting broke out on Tuesday in the northern city of Aleppo, where government "
    "forces and rebel groups exchanged artillery fire for several hours, according to a "
    "monitoring group based in London. At least twelve people were killed and dozens were "
    "wounded, the group said in a statement released in the evening.\n"
)
ARABIC = (
    "اندلعت اشتباكات عنيفة يوم الثلاثاء في مدينة حلب شمال سوريا بين القوات الحكومية وفصائل "
    "المعارضة، وفق ما أفاد المرصد السوري لحقوق الإنسان. وقتل ما لا يقل عن اثني عشر شخصا "
    "وأصيب العشرات بجروح، بحسب بيان صدر مساء اليوم.\n"
)


def chronique(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "CHRONIQUE_DB"}
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "chronique", *args],
        capture_output=True, text=True, timeout=600, env=environ,
    )


def _pdf() -> bytes:
    stream = zlib.compress(b"BT /F1 12 Tf 72 712 Td (Combats a Alep) Tj ET" * 20)
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length " + str(len(stream)).encode()
            + b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream\nendobj\n%%EOF\n")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding one seed article, ingested from a date folder."""
    root = tmp_path_factory.mktemp("errors")
    folder = root / "in" / "2016-12-08"
    folder.mkdir(parents=True)
    shutil.copy(SAMPLES / "001_9f8f024dc7b611ba.txt", folder / "a.txt")
    db = root / "store.db"
    result = chronique("run", str(root / "in"), "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    return db


def test_missing_path_exits_1_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    result = chronique("run", str(tmp_path / "typo"), "--db", str(db))
    assert result.returncode == 1
    assert f"error: {tmp_path / 'typo'}: no such file or folder" in result.stderr
    assert "error: nothing usable came in" in result.stderr
    assert not db.exists()


def test_url_is_not_fetched(tmp_path: Path) -> None:
    result = chronique("run", "https://example.org/article", "--db", str(tmp_path / "x.db"))
    assert result.returncode == 1
    assert "error: https://example.org/article: a URL: pages are not fetched" in result.stderr


def test_all_rejected_folder_counts_reasons_and_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(_pdf())
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "english.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "arabic.txt").write_text(ARABIC, encoding="utf-8")
    result = chronique("run", str(folder), "--db", str(tmp_path / "x.db"), "--json")
    assert result.returncode == 1, result.stderr
    lines = [line.strip() for line in result.stderr.splitlines()]
    assert "rejected 4 of 4 articles of this run:" in lines
    assert "1 language en: not supported (French is)" in lines
    assert "1 language ar: not supported (French is)" in lines
    assert any(line.startswith("1 binary: not text: PDF") for line in lines)
    assert "1 empty: empty input" in lines
    assert "error: nothing usable came in" in result.stderr
    summary = json.loads(result.stdout)
    assert summary["scope"] == "this run" and summary["cleaned"] == 0


def test_one_good_input_and_one_missing_path_exits_0(store: Path, tmp_path: Path) -> None:
    result = chronique("run", str(SAMPLES / "001_9f8f024dc7b611ba.txt"), str(tmp_path / "nope"),
                       "--db", str(store), "--json")
    assert result.returncode == 0, result.stderr
    assert f"error: {tmp_path / 'nope'}: no such file or folder" in result.stderr
    summary = json.loads(result.stdout)
    assert (summary["inputs"], summary["unchanged"], summary["cleaned"]) == (1, 1, 1)


@pytest.mark.parametrize(
    "command",
    [["timeline"], ["merge"], ["status"], ["articles"], ["export", "--table", "events"],
     ["runs"], ["show", "abc"], ["serve"]],
)
def test_reading_commands_refuse_a_missing_store(command: list[str], tmp_path: Path) -> None:
    db = tmp_path / "typo.db"
    result = chronique(*command, "--db", str(db))
    assert result.returncode == 2
    assert f"error: no store at {db}; create one with: chronique run PATH --db {db}" in " ".join(
        result.stderr.split())
    assert not db.exists()


def test_chronique_db_is_read_by_every_command(store: Path) -> None:
    env = {"CHRONIQUE_DB": str(store)}
    status = chronique("status", "--json", env=env)
    assert status.returncode == 0, status.stderr
    counts = json.loads(status.stdout)
    assert counts["articles"] == 1 and counts["events"] >= counts["events_exported"]
    for command in (["timeline"], ["articles", "--json"], ["runs"], ["merge"],
                    ["export", "--table", "events", "--format", "jsonl"]):
        result = chronique(*command, env=env)
        assert result.returncode == 0, (command, result.stderr)


def test_run_counts_this_run_status_counts_the_store(store: Path) -> None:
    result = chronique("run", str(SAMPLES / "003_edd8803b156ff1d8.txt"), "--db", str(store))
    assert result.returncode == 0, result.stderr
    assert "this run" in result.stdout
    assert "events in the store" in result.stdout and "exported" in result.stdout
    summary = json.loads(chronique("runs", "--db", str(store)).stdout.splitlines()[-1])["stats"]
    assert (summary["inputs"], summary["cleaned"]) == (1, 1)
    counts = json.loads(chronique("status", "--db", str(store), "--json").stdout)
    assert counts["articles"] >= 2 and counts["cleaned"] >= 2


def test_date_folder_is_the_page_date_claim(store: Path) -> None:
    rows = [json.loads(line) for line in
            chronique("articles", "--db", str(store), "--json").stdout.splitlines()]
    row = next(row for row in rows if row["origin"].endswith("a.txt"))
    assert (row["page_date"], row["page_date_source"]) == ("2016-12-08", "path")


def test_bad_published_date_is_a_usage_error(tmp_path: Path) -> None:
    result = chronique("run", str(SAMPLES), "--db", str(tmp_path / "x.db"),
                       "--published", "8 décembre")
    assert result.returncode == 2
    assert "--published '8 décembre': expected YYYY-MM-DD, YYYY-MM or YYYY" in result.stderr


def test_help_documents_exit_codes_and_the_shared_db_option() -> None:
    result = chronique("--help")
    text = " ".join(result.stdout.split())
    assert "Exit codes: 0 done; 1 nothing usable came in" in text
    assert "CHRONIQUE_DB" in text
    for command in ("run", "status", "timeline", "merge", "serve", "export"):
        help_text = " ".join(chronique(command, "--help").stdout.split())
        assert "--db" in help_text and "CHRONIQUE_DB" in help_text, command

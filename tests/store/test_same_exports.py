"""The same corpus through SQLite and PostgreSQL gives identical exports."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES

TABLES = ("events", "event_mentions", "articles", "episodes", "actors", "places")


def chronique(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "chronique", *args], capture_output=True,
                            text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    return result.stdout


def sorted_sha1(path: Path) -> str:
    lines = sorted(path.read_text(encoding="utf-8").splitlines())
    return hashlib.sha1("\n".join(lines).encode()).hexdigest()


def exports(db: str, out: Path) -> dict[str, str]:
    chronique("run", str(SAMPLES), "--db", db)
    chronique("run", str(SAMPLES), "--db", db)  # a rerun changes nothing
    digests = {}
    for table in TABLES:
        target = out / f"{table}.jsonl"
        chronique("export", "--db", db, "--table", table, "--format", "jsonl", "-o", str(target))
        digests[table] = sorted_sha1(target)
    status = json.loads(chronique("status", "--db", db, "--json"))
    status.pop("store")
    digests["status"] = json.dumps(status, sort_keys=True)
    return digests


def test_sqlite_and_postgresql_give_identical_exports(tmp_path: Path, postgres_url: str) -> None:
    (tmp_path / "sqlite").mkdir()
    (tmp_path / "postgresql").mkdir()
    on_sqlite = exports(str(tmp_path / "seeds.db"), tmp_path / "sqlite")
    on_postgres = exports(postgres_url, tmp_path / "postgresql")
    assert on_postgres == on_sqlite
    events = (tmp_path / "postgresql" / "events.jsonl").read_text(encoding="utf-8")
    assert events.count("\n") >= 5  # the seeds' events, not an empty file on both sides

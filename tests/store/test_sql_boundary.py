"""SQL lives in chronique.store only: the runners, the merge, the exports, the API and the
commands talk to the store through its methods, so that every backend works without them."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "chronique"
CLIENTS = ("run", "merge", "export", "api", "commands")
#: the basemap's tiles are their own SQLite file (MBTiles), not the store
OWN_FILES = {"api/basemap.py"}

SQL = re.compile(
    r"\b(SELECT\s+[\w*(]|INSERT\s+INTO|INSERT\s+OR|DELETE\s+FROM|UPDATE\s+\w+\s+SET"
    r"|CREATE\s+(TABLE|INDEX|VIRTUAL|TRIGGER|UNIQUE)|DROP\s+(TABLE|INDEX)|ALTER\s+TABLE|PRAGMA\s)"
)
RAW = re.compile(r"\.(execute|executemany|executescript|ensure_table)\(|\bsqlite3\b|\bpsycopg\b")


def offences() -> list[str]:
    found = []
    for folder in CLIENTS:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            name = path.relative_to(PACKAGE).as_posix()
            if name in OWN_FILES:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if SQL.search(line) or RAW.search(line):
                    found.append(f"{name}:{number}: {line.strip()}")
    return found


def test_no_sql_outside_the_store() -> None:
    assert offences() == []


def test_the_check_sees_sql() -> None:
    assert SQL.search('rows = store.execute("SELECT id FROM events")')
    assert SQL.search("DELETE FROM reviews WHERE id = ?")
    assert RAW.search("store.execute(query)")
    assert not SQL.search("select the events of one place")

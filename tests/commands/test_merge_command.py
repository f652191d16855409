"""``chronique merge`` and ``chronique timeline`` on a small store."""

from __future__ import annotations

import sys
from pathlib import Path

from typer.testing import CliRunner

from chronique.commands import build_app
from chronique.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "merge"))
from builders import reprint_001, seed_000, seed_001  # noqa: E402


def test_merge_then_timeline(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    store = open_store(db)
    store.put([seed_000(), seed_001(), reprint_001()])
    store.close()
    runner = CliRunner()
    first = runner.invoke(build_app(), ["merge", "--db", db])
    assert first.exit_code == 0, first.output
    assert "5 events: 5 new, 0 updated, 0 removed" in first.stdout
    again = runner.invoke(build_app(), ["merge", "--db", db])
    assert "0 new, 0 updated, 0 removed, 5 unchanged" in again.stdout
    text = runner.invoke(build_app(), ["timeline", "--db", db, "--since", "2017"])
    assert text.exit_code == 0
    lines = text.stdout.splitlines()
    assert lines[0].startswith("épisode : ") and "Damas, 2017-03-19 → 2017-03-19" in lines[0]
    assert [line[:10] for line in lines if line[:2] == "20"] == ["2017-03-19"]
    html = runner.invoke(build_app(), ["timeline", "--db", db, "--format", "html", "--top", "1"])
    assert html.stdout.startswith("<!DOCTYPE html>") and "2016-12-08" in html.stdout
    bad = runner.invoke(build_app(), ["timeline", "--db", db, "--format", "pdf"])
    assert bad.exit_code != 0

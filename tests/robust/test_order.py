"""The same articles give the same store whatever the order they came in: the canonical
duplicate of a group and the merged events do not depend on arrival order."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronique.commands import build_app

from ..conftest import SAMPLES


def near_duplicates(folder: Path, seed: int = 7) -> list[Path]:
    """Seed articles, each with reprints that differ by a few words, cut or retyped."""
    rng = random.Random(seed)
    paths = []
    for source in sorted(SAMPLES.glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        words = text.split(" ")
        versions = [text]
        for n in range(3):
            changed = list(words)
            for _ in range(rng.randint(1, 6)):
                changed[rng.randrange(len(changed))] = rng.choice(["hier", "lundi", "selon"])
            cut = changed[: len(changed) - rng.randint(0, len(changed) // 8)]
            versions.append(f"Reprise {n}\n\n" + " ".join(cut))
        for n, version in enumerate(versions):
            path = folder / f"{source.stem}-{n}.txt"
            path.write_text(version, encoding="utf-8")
            paths.append(path)
        copy = folder / f"copy-of-{source.stem}.txt"  # the same text under another name
        copy.write_text(text, encoding="utf-8")
        paths.append(copy)
    return paths


def _store(tmp_path: Path, name: str, batches: list[list[Path]], extra: list[str]) -> str:
    db = str(tmp_path / f"{name}.db")
    app, runner = build_app(), CliRunner()
    for batch in batches:
        result = runner.invoke(app, ["run", *map(str, batch), "--db", db, *extra])
        assert result.exit_code == 0, result.output
    return db


def _export(db: str, table: str) -> list[str]:
    result = CliRunner().invoke(build_app(), ["export", "--db", db, "--table", table,
                                              "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return sorted(result.stdout.splitlines())


@pytest.mark.parametrize("full", [False, True], ids=["prepare", "analysis-and-merge"])
def test_two_orders_give_identical_sorted_exports(tmp_path: Path, full: bool) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    paths = near_duplicates(folder)
    if full:  # the whole analysis: three of the seeds and their reprints keep it short
        paths = [p for p in paths if p.name[:3] in ("000", "001", "004")]
    config = tmp_path / "prepare.toml"
    config.write_text('[pipeline]\nanalyze = ["sentences"]\nafter = []\n')
    extra = [] if full else ["--config", str(config)]
    shuffled = list(paths)
    random.Random(3).shuffle(shuffled)
    half = len(paths) // 2
    one = _store(tmp_path, "one", [paths[:half], paths[half:]], extra)
    two = _store(tmp_path, "two", [shuffled[half:], shuffled[:half]], extra)
    articles = _export(one, "articles")
    copies = [p for p in paths if p.name.startswith("copy-of-")]
    assert len(articles) == len(paths) - len(copies)  # a copy is its original's article
    assert sum('"duplicate_of": null' not in line for line in articles) >= len(paths) // 2
    assert articles == _export(two, "articles")
    assert not any(copy.name in line for copy in copies for line in articles)  # sorted first
    if full:
        events = _export(one, "events")
        assert events and events == _export(two, "events")

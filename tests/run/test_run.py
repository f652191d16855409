"""The main job end to end on real files: bad input recorded, reruns idempotent, kills resumed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chronique.config import load_config
from chronique.run.local import run_paths
from chronique.store import open_store

from ..conftest import SAMPLES

PREPARE_ONLY = {"pipeline": {"analyze": ["sentences"], "after": []}}


def config_for(db: Path, **flags: dict) -> dict:
    return load_config(flags={"store": {"url": str(db)}, **flags}, environ={})


def bad_inputs(folder: Path) -> dict[str, str]:
    """One file per kind of bad input; returns file name -> expected reason prefix."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.bin").write_bytes(b"\x7fELF\x00\x00\x01" + os.urandom(2000))
    (folder / "huge.txt").write_bytes(("Les combats continuent à Alep. " * 1_700_000).encode())
    (folder / "broken.html").write_text(
        "<html><body><div><p>Des frappes aériennes ont visé Idleb mercredi, selon l'OSDH."
        "<p>Au moins douze civils ont été tués.<div><span>",
        encoding="utf-8",
    )
    (folder / "latin1.txt").write_bytes(
        "Les forces du régime syrien ont repris le quartier de Djobar à l'est de Damas, "
        "a annoncé l'armée samedi.".encode("latin-1")
    )
    (folder / "cut.warc.gz").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Len")
    (folder / "mixed.jsonl").write_text(
        json.dumps(
            {
                "id": "ok-1",
                "text": "Des combats ont éclaté à Homs dimanche soir, "
                "faisant au moins trois morts selon une ONG.",
            }
        )
        + "\n{broken json\n",
        encoding="utf-8",
    )
    return {
        "empty.txt": "empty",
        "binary.bin": "binary",
        "huge.txt": "too-large",
        "cut.warc.gz": "warc",
        "mixed.jsonl:2": "jsonl",
    }


def test_bad_input_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    expected = bad_inputs(tmp_path / "in")
    db = tmp_path / "c.db"
    stats = run_paths([tmp_path / "in"], config=config_for(db, **PREPARE_ONLY))
    store = open_store(str(db))
    by_origin = {Path(a.origin).name: a for a in store.iter_articles()}
    for name, reason in expected.items():
        article = next(a for origin, a in by_origin.items() if origin.startswith(name))
        assert article.rejected and article.rejected.startswith(reason), (name, article.rejected)
    good = {name: a for name, a in by_origin.items() if a.rejected is None}
    assert set(good) == {"broken.html", "latin1.txt", "mixed.jsonl:1"}
    assert "Djobar à l'est de Damas" in good["latin1.txt"].text
    assert "Au moins douze civils ont été tués" in good["broken.html"].text
    assert good["mixed.jsonl:1"].external_id == "ok-1"
    assert sum(stats.rejected.values()) == len(expected)
    huge = next(a for n, a in by_origin.items() if n == "huge.txt")
    # rejected from its size before it is read: the reason says how large it is
    size = (tmp_path / "in" / "huge.txt").stat().st_size
    assert huge.raw is None and huge.rejected == f"too-large: {size} bytes > limit 5000000"


def test_a_text_longer_than_the_parser_takes_is_rejected_and_the_run_goes_on(
        tmp_path: Path) -> None:
    from chronique.nlp import load

    folder = tmp_path / "in"
    folder.mkdir()
    seed = next(SAMPLES.glob("000_*.txt"))
    (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    long_text = "\n\n".join(f"Paragraphe {n} : les combats ont repris à Alep, selon l'OSDH."
                              for n in range(400))
    (folder / "long.txt").write_text(long_text, encoding="utf-8")
    nlp = load()
    limit, nlp.max_length = nlp.max_length, 20_000  # the real model, a lower limit
    try:
        run_paths([folder], config=config_for(tmp_path / "c.db"))
    finally:
        nlp.max_length = limit
    by_origin = {Path(a.origin).name: a for a in open_store(str(tmp_path / "c.db")).iter_articles()}
    assert "text too long to parse" in (by_origin["long.txt"].rejected or "")
    assert by_origin[seed.name].rejected is None and by_origin[seed.name].events


def test_rerun_adds_no_row_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    first = run_paths([SAMPLES], config=config_for(db))
    store = open_store(str(db))
    before = store.execute("SELECT id, updated, data FROM articles ORDER BY id")
    second = run_paths([SAMPLES], config=config_for(db))
    after = store.execute("SELECT id, updated, data FROM articles ORDER BY id")
    assert first.new == 5 and second.new == 0 and second.unchanged == 5 and second.analyzed == 0
    assert before == after


def test_seeds_are_not_linked_as_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    run_paths([SAMPLES], config=config_for(db, **PREPARE_ONLY))
    assert [a.duplicate_of for a in open_store(str(db)).iter_articles()] == [None] * 5


def test_retypeset_copy_is_linked_to_its_original(tmp_path: Path) -> None:
    original = next(SAMPLES.glob("001_*.txt")).read_text(encoding="utf-8")
    body = original.split("Les forces du régime syrien, appuyées", 1)[1].split("Source::")[0]
    body = "Les forces du régime syrien, appuyées" + body
    retyped = "  ".join(body.split(" "))  # other whitespace
    retyped = retyped.replace("Onze personnes sont mortes", "Onze patients sont morts")
    retyped = (
        "ACCUEIL > MONDE > SYRIE\n\n" + retyped + "\n\n© Un autre site 2016. Tous droits réservés."
    )
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_original.txt").write_text(original, encoding="utf-8")
    (folder / "b_reprint.txt").write_text(retyped, encoding="utf-8")
    db = tmp_path / "c.db"
    run_paths([folder], config=config_for(db, **PREPARE_ONLY))
    articles = {Path(a.origin).name: a for a in open_store(str(db)).iter_articles()}
    reprint = articles["b_reprint.txt"]
    assert reprint.duplicate_of == articles["a_original.txt"].id
    assert reprint.similarity is not None and 0.5 <= reprint.similarity < 1.0
    assert articles["a_original.txt"].duplicate_of is None


def test_interrupted_run_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(SAMPLES.glob("*.txt"))
    for copy in range(60):  # distinct articles: each copy gets its own first line
        for seed in seeds:
            text = f"Dépêche numéro {copy} de {seed.name}.\n" + seed.read_text(encoding="utf-8")
            (folder / f"{copy:03d}_{seed.name}").write_text(text, encoding="utf-8")
    db = tmp_path / "c.db"
    command = [sys.executable, "-m", "chronique", "run", str(folder), "--db", str(db)]
    env = {**os.environ, "CHRONIQUE_WORKERS": "1"}
    process = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.time() + 120
    store = None
    while time.time() < deadline:
        if db.exists():
            store = store or open_store(str(db))
            done = store.execute("SELECT count(*) AS n FROM articles")[0]["n"]
            if done >= 40:
                break
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert store is not None
    partial = store.execute("SELECT count(*) AS n FROM articles")[0]["n"]
    assert 0 < partial < 300, "the kill must land mid-run for this test to mean anything"
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    rows = store.execute("SELECT id, analyzed FROM articles")
    assert len(rows) == 300 and len({row["id"] for row in rows}) == 300
    assert all(row["analyzed"] for row in rows)


@pytest.mark.parametrize("policy", ["record", "raise"])
def test_error_policy(tmp_path: Path, policy: str) -> None:
    from chronique.errors import StageError
    from chronique.pipeline import Pipeline
    from chronique.types import Article

    pipeline = Pipeline(["decode"], {"decode": {"max_bytes": -1}}, on_error=policy)
    article = Article(id="x", raw=b"abc", fmt="text")
    if policy == "raise":
        result = pipeline(article)  # a rejection is not an error: no exception
        assert result.rejected.startswith("too-large")
    else:
        assert pipeline(article).rejected.startswith("too-large")
    with pytest.raises(StageError):
        Pipeline(["decode"], on_error="raise")(Article(id="y", raw=object(), fmt="text"))  # type: ignore[arg-type]

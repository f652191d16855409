"""The analysis budget: overlong texts are cut or rejected before the parser, and an article
that runs out of time or memory is rejected with its reason while the batch goes on."""

from __future__ import annotations

import time
from pathlib import Path

from chronique.config import load_config
from chronique.run.local import run_paths
from chronique.run.watchdog import guarded_batch
from chronique.stages.budget import Budget, cut_sentences
from chronique.store import open_store
from chronique.types import Article

SENTENCE = ("les forces du régime ont bombardé la ville où des rebelles combattent depuis des "
            "mois selon une ONG qui fait état de morts et de blessés parmi les civils")
WORDS = SENTENCE.split(" ")


def unpunctuated(chars: int) -> str:
    text = " ".join(WORDS[i % len(WORDS)] for i in range(chars // 4))
    return text[:chars]


def test_an_unpunctuated_run_is_cut_without_moving_any_offset() -> None:
    text = unpunctuated(20_000)
    cut, cuts = cut_sentences(text, 100)
    assert len(cut) == len(text) and cuts >= 30
    assert [i for i, (a, b) in enumerate(zip(text, cut, strict=True)) if a != b] == \
        [i for i, c in enumerate(cut) if c == "\n"]
    assert max(len(line.split()) for line in cut.split("\n")) <= 100
    punctuated = "Des combats ont eu lieu. " * 200
    assert cut_sentences(punctuated, 100) == (punctuated, 0)


def test_an_article_over_the_token_budget_is_rejected_with_its_size() -> None:
    article = Budget(max_tokens=1000, max_sentence_tokens=150)(
        Article(id="x", text=unpunctuated(50_000)))
    assert article.rejected and article.rejected.startswith("over-budget:")
    assert "max_tokens" in article.rejected


def _slow_or_fast(articles):
    for article in articles:
        if "x" in article.done:  # as the pipeline does: a stage applied is not applied again
            continue
        if article.id == "slow":
            while True:  # a stage that never ends
                time.sleep(0.01)
        if article.id == "fat":
            article.ext["ballast"] = b"x" * (400 * 2**20)  # written: resident
            time.sleep(2)
        article.done.append("x")
    return list(articles)


def test_the_watchdog_rejects_the_article_over_budget_and_the_batch_goes_on() -> None:
    batch = [Article(id=name) for name in ("a", "slow", "b", "fat", "c")]
    started = time.monotonic()
    out = guarded_batch(_slow_or_fast, batch, 3.0, 200)
    assert time.monotonic() - started < 60
    assert [a.id for a in out] == ["a", "slow", "b", "fat", "c"]
    reasons = {a.id: a.rejected for a in out}
    assert "took more than 3 s" in reasons.pop("slow")
    assert "memory" in reasons.pop("fat")
    assert reasons == {"a": None, "b": None, "c": None}
    assert all(a.done == ["x"] for a in out if a.rejected is None)


def test_a_megabyte_of_unpunctuated_text_is_settled_within_a_minute(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "mega.txt").write_text(unpunctuated(1_000_000))
    (folder / "long-line.txt").write_text(unpunctuated(30_000))
    (folder / "ok.txt").write_text("Des combats ont fait trois morts à Homs samedi, selon une "
                                   "ONG.")
    db = tmp_path / "b.db"
    config = load_config(flags={"store": {"url": str(db)}}, environ={})
    started = time.monotonic()
    stats = run_paths([folder], config=config)
    assert time.monotonic() - started < 60
    store = open_store(str(db))
    rows = {Path(r["origin"]).name: r for r in store.execute(
        "SELECT origin, rejected, analyzed, data FROM articles")}
    assert rows["mega.txt"]["rejected"].startswith("over-budget: ")
    assert rows["long-line.txt"]["rejected"] is None and rows["long-line.txt"]["analyzed"]
    assert '"sentence_cuts"' in rows["long-line.txt"]["data"]
    assert rows["ok.txt"]["analyzed"] and stats.analyzed == 2
    store.close()
    again = run_paths([folder], config=config)  # nothing is picked up again
    assert again.analyzed == 0


def test_the_guard_works_in_the_process_pool_and_nothing_is_retried(tmp_path: Path) -> None:
    """Worker processes guard their articles too: with a budget no analysis can keep, every
    article is rejected over budget, the run ends, and the next run picks none up again."""
    from ..conftest import SAMPLES

    folder = tmp_path / "in"
    folder.mkdir()
    for source in sorted(SAMPLES.glob("00[01]_*.txt")):
        (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "pool.db"
    config = load_config(flags={"store": {"url": str(db)},
                                "run": {"workers": 2, "article_seconds": 1e-6}}, environ={})
    stats = run_paths([folder], config=config)
    assert stats.analyzed == 2 and stats.rejected["over-budget"] == 2
    store = open_store(str(db))
    reasons = [row["rejected"] for row in store.execute("SELECT rejected FROM articles")]
    store.close()
    assert all(r.startswith("over-budget: analysis took more than 1e-06 s") for r in reasons)
    assert run_paths([folder], config=config).analyzed == 0

"""Invalid values from input: refused at the door with their reason, and no stored row can make
``merge``, ``timeline`` or an export fail."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronique.commands import build_app
from chronique.ingest import article_from_raw
from chronique.store import open_store
from chronique.types import RawItem
from chronique.validate import check_date

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "merge"))
from builders import seed_000, seed_001  # noqa: E402

BAD = ["2016-02-30", "2016-13-01", "10000-01-01"]


@pytest.mark.parametrize("value", [*BAD, "2016-00", "0000-01-01", "2016-02-10T25:00", "hier",
                                   "2016-1-1-1", "\ud800", "2016\x00"])
def test_invalid_dates_are_refused_with_a_reason(value: str) -> None:
    checked, why = check_date(value)
    assert checked is None and why


@pytest.mark.parametrize("value", ["2016", "2016-02", "2016-02-29", "2016-02-10T12:30:00Z",
                                   "2016-02-10 12:30:00+01:00", "Wed, 10 Feb 2016 10:00:00 GMT"])
def test_real_dates_pass_unchanged(value: str) -> None:
    assert check_date(value) == (value, None)


def test_the_raw_claim_is_kept_with_its_reason_never_typed() -> None:
    article = article_from_raw(RawItem(origin="x.jsonl:1", fmt="text", data="Texte.",
                                       page_date="2016-02-30", page_date_source="jsonl"))
    assert article.published is not None and article.published.page_date is None
    assert article.meta["page_date_raw"] == "2016-02-30"
    assert "2016-02-30" in article.published.reasons[0]
    assert "day is out of range" in article.published.reasons[0]


def _poisoned(article, date: str):
    """An article as an older version could have stored it: the bad date typed everywhere."""
    article.published = replace(article.published, page_date=date, value=date)
    article.events = [replace(mention, date=date) for mention in article.events]
    return article


def test_stored_bad_dates_never_break_merge_timeline_or_exports(tmp_path: Path) -> None:
    db = str(tmp_path / "poisoned.db")
    store = open_store(db)
    store.put([_poisoned(seed_000(), BAD[0]), _poisoned(seed_001(), BAD[1]),
               replace(_poisoned(seed_001(), BAD[2]), id="a001b", source="b.example")])
    store.close()
    app, runner = build_app(), CliRunner()
    for _ in range(2):  # the next merge succeeds too
        merged = runner.invoke(app, ["merge", "--db", db])
        assert merged.exit_code == 0, merged.output
    for args in (["timeline", "--db", db], ["timeline", "--db", db, "--format", "html"],
                 ["export", "--db", db, "--table", "episodes", "--format", "jsonl"],
                 *(["export", "--db", db, "--table", "events", "--format", fmt]
                   for fmt in ("acled-csv", "ucdp-csv", "geojson", "jsonl", "csv"))):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    events = runner.invoke(app, ["export", "--db", db, "--table", "events", "--format", "jsonl"])
    dates = {json.loads(line).get("date") for line in events.stdout.splitlines()}
    assert not dates & set(BAD), "an impossible date was exported as a date"


def test_run_then_merge_on_bad_published_dates(tmp_path: Path) -> None:
    texts = [
        "Des combats ont fait dix morts à Alep samedi, selon l'OSDH. L'armée a bombardé la ville.",
        "Des combats ont fait six morts à Alep dimanche, selon l'OSDH. Les rebelles ont riposté.",
        "Un attentat à la voiture piégée a tué douze personnes à Bagdad mardi, selon la police.",
    ]
    source = tmp_path / "bad.jsonl"
    source.write_text("".join(json.dumps({"id": f"b{i}", "text": text, "published": date}) + "\n"
                              for i, (text, date) in enumerate(zip(texts, BAD, strict=True))))
    db = str(tmp_path / "run.db")
    app, runner = build_app(), CliRunner()
    run = runner.invoke(app, ["run", str(source), "--db", db])
    assert run.exit_code == 0, run.output
    store = open_store(db)
    articles = {article.external_id: article for article in store.iter_articles()}
    store.close()
    for i, date in enumerate(BAD):
        article = articles[f"b{i}"]
        assert article.rejected is None
        assert article.meta["page_date_raw"] == date
        assert article.published.page_date != date and article.published.value != date
        assert any(date in reason and "refused" in reason for reason in article.published.reasons)
    again = runner.invoke(app, ["merge", "--db", db])
    assert again.exit_code == 0, again.output

"""The whole job on real text: seeds plus a reprint of 001 through every stage and the merge."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronique.config import load_config
from chronique.merge.store import load_events
from chronique.merge.timeline import build_timeline
from chronique.run.local import run_paths
from chronique.store import open_store

from .conftest import SAMPLES

TOLL = "Depuis le début de l’offensive, 384 civils ont été tués"


def reprint_of(original: str) -> str:
    """001 as another site would carry it: other whitespace, header and footer, and one
    sentence changed (a different toll)."""
    body = original.split("Les forces du régime syrien, appuyées", 1)[1].split("Source::")[0]
    body = "Les forces du régime syrien, appuyées" + body
    assert TOLL in body
    body = body.replace(TOLL, "Depuis le début de l’offensive, 390 civils ont été tués")
    retyped = "\n\n".join(" ".join(paragraph.split()) for paragraph in body.split("\n\n"))
    return ("ACCUEIL > MONDE > PROCHE-ORIENT\n\nSyrie : le régime à l'assaut du dernier carré "
            "rebelle d'Alep\n\n" + retyped + "\n\n© Le Quotidien du Levant 2016\n")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("in")
    for seed in ("000", "001", "002", "003"):
        path = next(SAMPLES.glob(f"{seed}_*.txt"))
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    original = next(SAMPLES.glob("001_*.txt")).read_text(encoding="utf-8")
    (folder / "005_reprint.txt").write_text(reprint_of(original), encoding="utf-8")
    db = tmp_path_factory.mktemp("db") / "e2e.db"
    run_paths([folder], config=load_config(flags={"store": {"url": str(db)}}, environ={}))
    return open_store(str(db))


def _ids(store) -> dict[str, str]:
    return {Path(a.origin or "").name[:3]: a.id for a in store.iter_articles()}


def test_reprint_is_linked_and_adds_sources_not_events(store) -> None:
    ids = _ids(store)
    reprint = store.get(ids["005"])
    assert reprint.duplicate_of == ids["001"]
    events = load_events(store)
    shared = [e for e in events
              if {m.split("#")[0] for m in e.mentions} >= {ids["001"], ids["005"]}]
    assert len(shared) >= 10, "the reprint's mentions must join the original's events"
    alone = {key: [e for e in events if {m.split("#")[0] for m in e.mentions} == {ids[key]}]
             for key in ("001", "005")}
    assert alone["005"] == [] and len(alone["001"]) <= 2


def test_conflicting_tolls_stay_separate_claims(store) -> None:
    ids = _ids(store)
    event = next(e for e in load_events(store)
                 if any(c.best == 384 for c in e.claims) or any(c.best == 390 for c in e.claims))
    tolls = {(c.article_id, c.best) for c in event.claims if c.kind == "killed"}
    assert (ids["001"], 384) in tolls and (ids["005"], 390) in tolls
    assert event.fatalities_best in (384, 390)


def test_timeline_of_the_seeds_is_dated_right(store) -> None:
    days = {day.date: day for day in build_timeline(store)}
    assert "2017-03-19" in days
    assert any("Damas" in (entry.summary or "") or "Djobar" in (entry.summary or "")
               for entry in days["2017-03-19"].entries)


def test_seed_001_is_not_believed_a_month_too_early(store) -> None:
    # 001 writes "engagées depuis le 15 novembre": the article is later than that day, in the
    # Aleppo offensive while John Kerry was in office, not in November for sure
    claim = store.get(_ids(store)["001"]).published
    assert claim.contradicted and claim.precision == "range"
    start, _, end = claim.value.partition("/")
    assert start == "2016-11-15" and end >= "2016-12-22"

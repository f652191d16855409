"""The places evaluation on francophone-dev's gold events, per country, with pinned floors.

Measured when the floors were set (``chronique eval places ../shared/data/francophone-dev``):
see the figures in ``docs/evaluation.md``. The set-aside articles (no rule or data entry was
written from them) are pinned apart. Lowering a floor is a visible change. The evaluation parses
30 articles with the spaCy model, hence the ``slow`` mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronique.eval.places import evaluate_gold, set_aside

FLOOR_ALL = 0.85
FLOOR_TUNED = 0.85
FLOOR_SET_ASIDE = 0.75
#: countries with three required gold events or more whose every gold place is found today
COMPLETE = ("Democratic Republic of Congo", "Lebanon", "Mali", "Niger", "Palestine", "Sudan",
            "Ukraine")


@pytest.fixture(scope="module")
def folder(francophone_dev: Path) -> Path:
    return francophone_dev


def test_set_aside_rule() -> None:
    assert set_aside("ne-05") and set_aside("cd-02") and not set_aside("ml-01")


@pytest.mark.slow
def test_francophone_places_floors(folder: Path) -> None:
    report = evaluate_gold(folder)
    for (part, country), tally in sorted(report.by_country.items()):
        print(f"{part}\t{country}\t{tally.found}/{tally.total}\t{tally.share:.3f}")
    assert report.share("all") >= FLOOR_ALL
    assert report.share("tuned") >= FLOOR_TUNED
    assert report.share("set-aside") >= FLOOR_SET_ASIDE
    for country in COMPLETE:
        assert report.share("all", country) == 1.0, country

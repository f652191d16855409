"""The five sample articles against the hand-written table of their event mentions
(tests/stages/seed_events.py): the whole analyze pipeline (the seeds are analyzed once per
session, see ``analyzed_seeds`` in tests/conftest.py), and event detection and typing alone
(sentences + events, no upstream spans)."""

from __future__ import annotations

import pytest

from chronique.eval.events import Report, locate, score_article
from chronique.stages.events import EventStage
from chronique.stages.sentences import SentenceStage
from chronique.types import Article
from tests.conftest import seed_article
from tests.stages.seed_events import SEEDS

#: Floors of the whole pipeline on the seeds, per field (F1), just below the measured figures:
#: event 0.959, event_type 0.958, sub_event_type 0.960, actor1 0.878, actor2 0.800,
#: place 0.938, date 0.889, figures 0.706, source 0.833.
PIPELINE_FLOORS = {"event": 0.93, "event_type": 0.93, "sub_event_type": 0.93, "actor1": 0.85,
                   "actor2": 0.75, "place": 0.9, "date": 0.85, "figures": 0.68, "source": 0.8}
#: Floors of event detection and typing with no upstream spans (measured: see the report).
ALONE_FLOORS = {"event": 0.9, "event_type": 0.9, "sub_event_type": 0.85}


class Alone:
    """Sentences and events only: what the events stage finds without upstream spans."""

    def __call__(self, article: Article) -> Article:
        return EventStage()(SentenceStage()(article))


def _print(report: Report, title: str) -> None:
    print(f"\n{title} ({report.articles} articles)")
    for row in report.rows():
        print("  {field:15} P={precision:.3f} R={recall:.3f} F1={f1:.3f} "
              "(tp={tp} fp={fp} fn={fn})".format(**row))


def test_every_anchor_is_in_its_seed():
    for key, gold in SEEDS.items():
        text = seed_article(key).text
        phrases = [a for e in gold["events"] for a in e["anchors"]]
        for phrase in phrases + gold["not_events"] + gold["ignore"]:
            assert locate(text, phrase) is not None, (key, phrase)


@pytest.fixture(scope="module")
def alone() -> dict[str, Article]:
    return {key: Alone()(seed_article(key)) for key in SEEDS}


def test_detection_and_typing_alone_meet_their_floors(alone):
    report = Report()
    for key, article in alone.items():
        score_article(article, {"file": key, **SEEDS[key]}, report)
    _print(report, "seeds, events stage alone")
    assert not report.false_occurred
    for name, floor in ALONE_FLOORS.items():
        assert report.counts[name].f1 >= floor, (name, report.counts[name])


def test_no_occurred_event_from_the_hypotheticals_of_004(alone):
    article = alone["004"]
    for phrase in SEEDS["004"]["not_events"]:
        start, end = locate(article.text, phrase)
        occurred = [m for m in article.mentions if m.occurred and start <= m.start < end]
        assert occurred == [], phrase


@pytest.fixture
def analyzed(analyzed_seeds) -> dict[str, Article]:
    return analyzed_seeds


def test_pipeline_meets_its_floors_on_the_seeds(analyzed):
    report = Report()
    for key, gold in SEEDS.items():
        score_article(analyzed[key], {"file": key, **gold}, report)
    _print(report, "seeds, whole analyze pipeline")
    assert not report.false_occurred
    for name, floor in PIPELINE_FLOORS.items():
        assert report.counts[name].f1 >= floor, (name, report.counts[name])


def _occurred(article: Article, phrase: str):
    start, end = locate(article.text, phrase)
    return [m for m in article.mentions if m.occurred and m.start < end and start < m.end]


def test_004_offensive_launched_wednesday_against_regime_forces(analyzed):
    article = analyzed["004"]
    (attack, *_) = _occurred(article, "Lancée mercredi contre les forces du régime")
    assert attack.event_type == "Battles"
    assert attack.date == "2024-11-27" and attack.date_precision == 1
    assert any("régime" in m.text for m in attack.actor2)
    killed = [f for f in attack.figures if f.kind == "killed"]
    assert killed and max(f.low or f.best or 0 for f in killed) >= 240
    assert attack.attribution is not None and "OSDH" in attack.attribution.text


def test_004_offensive_by_hts_and_allies_in_north_west_syria(analyzed):
    article = analyzed["004"]
    (offensive, *_) = _occurred(article, "Une offensive d’ampleur menée par les djihadistes")
    assert offensive.actor1 and offensive.assoc1
    assert offensive.place is not None and offensive.place.country == "SY"


def test_004_russian_strikes_killed_24_civilians_of_whom_19_children(analyzed):
    article = analyzed["004"]
    strikes = _occurred(article, "victimes de frappes aériennes russes")
    strike = next(m for m in strikes if m.kind == "air_strike")
    assert sorted(f.best for f in strike.figures if f.kind == "killed") == [19, 24]


def test_004_fourteen_thousand_displaced_per_ocha(analyzed):
    article = analyzed["004"]
    mentions = _occurred(article, "fait état de plus de 14 000 déplacés")
    figures = [f for m in mentions for f in m.figures if f.kind in ("displaced", "fled")]
    assert any(f.best == 14000 for f in figures)
    assert any(m.attribution and "OCHA" in m.attribution.text for m in mentions)


def test_004_iranian_general_killed(analyzed):
    article = analyzed["004"]
    assert _occurred(article, "Un général iranien des Gardiens de la Révolution a également")


def test_001_384_civilians_killed_in_east_aleppo_per_osdh(analyzed):
    article = analyzed["001"]
    (toll, *_) = _occurred(article, "Depuis le début de l’offensive, 384 civils ont été tués")
    assert any(f.best == 384 and f.kind == "killed" for f in toll.figures)
    assert toll.place is not None and "Alep" in (toll.place.text or "")
    assert toll.attribution is not None and "OSDH" in toll.attribution.text


def test_003_surrender_is_an_unconfirmed_claim_of_the_russian_ministry(analyzed):
    article = analyzed["003"]
    (claim, *_) = _occurred(article, "1200 combattants djihadistes auraient rendu les armes")
    assert claim.certainty == "unconfirmed"
    assert claim.attribution is not None and "ministère" in claim.attribution.text.casefold()

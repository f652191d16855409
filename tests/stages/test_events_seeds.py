"""The five sample articles against the hand-written table of their event mentions
(tests/stages/seed_events.py): the whole analyze pipeline when its stages are registered, and
event detection and typing alone (sentences + events, no upstream spans) always."""

from __future__ import annotations

import pytest

from chronique import registry
from chronique.eval.events import Report, evaluate, locate, score_article
from chronique.stages.events import EventStage
from chronique.stages.sentences import SentenceStage
from chronique.types import Article, DateClaim
from tests.conftest import SAMPLES
from tests.stages.seed_events import SEEDS

UPSTREAM = ("times", "places", "actors", "figures")
MISSING = [name for name in UPSTREAM if name not in registry.stages]
needs_pipeline = pytest.mark.skipif(
    bool(MISSING), reason=f"upstream stages not registered yet: {', '.join(MISSING)}")

#: Floors of the whole pipeline on the seeds, per field (F1).
PIPELINE_FLOORS = {"event": 0.6, "event_type": 0.5, "sub_event_type": 0.4, "actor1": 0.3,
                   "place": 0.3, "date": 0.3, "figures": 0.4, "source": 0.3}
#: Floors of event detection and typing with no upstream spans (measured: see the report).
ALONE_FLOORS = {"event": 0.9, "event_type": 0.9, "sub_event_type": 0.85}


def seed_article(key: str) -> Article:
    path = next(SAMPLES.glob(f"{key}_*.txt"))
    published = SEEDS[key]["published"]
    return Article(id=key, text=path.read_text(encoding="utf-8"), lang="fr",
                   published=DateClaim(page_date=published, page_date_source="meta",
                                       value=published, precision="day"))


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
        occurred = [m for m in article.events if m.occurred and start <= m.start < end]
        assert occurred == [], phrase


@pytest.fixture(scope="module")
def analyzed() -> dict[str, Article]:
    from chronique.eval.events import analyze_pipeline

    pipeline = analyze_pipeline()
    return {key: pipeline(seed_article(key)) for key in SEEDS}


@needs_pipeline
def test_pipeline_meets_its_floors_on_the_seeds():
    report = evaluate((seed_article(key), {"file": key, **gold}) for key, gold in SEEDS.items())
    _print(report, "seeds, whole analyze pipeline")
    assert not report.false_occurred
    for name, floor in PIPELINE_FLOORS.items():
        assert report.counts[name].f1 >= floor, (name, report.counts[name])


def _occurred(article: Article, phrase: str):
    start, end = locate(article.text, phrase)
    return [m for m in article.events if m.occurred and m.start < end and start < m.end]


@needs_pipeline
def test_004_offensive_launched_wednesday_against_regime_forces(analyzed):
    article = analyzed["004"]
    (attack, *_) = _occurred(article, "Lancée mercredi contre les forces du régime")
    assert attack.event_type == "Battles"
    assert attack.date == "2024-11-27" and attack.date_precision == 1
    assert any("régime" in m.text for m in attack.actor2)
    killed = [f for f in attack.figures if f.kind == "killed"]
    assert killed and max(f.low or f.best or 0 for f in killed) >= 240
    assert attack.attribution is not None and "OSDH" in attack.attribution.text


@needs_pipeline
def test_004_offensive_by_hts_and_allies_in_north_west_syria(analyzed):
    article = analyzed["004"]
    (offensive, *_) = _occurred(article, "Une offensive d’ampleur menée par les djihadistes")
    assert offensive.actor1 and offensive.assoc1
    assert offensive.place is not None and offensive.place.country == "SY"


@needs_pipeline
def test_004_russian_strikes_killed_24_civilians_of_whom_19_children(analyzed):
    article = analyzed["004"]
    strikes = _occurred(article, "victimes de frappes aériennes russes")
    strike = next(m for m in strikes if m.kind == "air_strike")
    assert sorted(f.best for f in strike.figures if f.kind == "killed") == [19, 24]


@needs_pipeline
def test_004_fourteen_thousand_displaced_per_ocha(analyzed):
    article = analyzed["004"]
    mentions = _occurred(article, "fait état de plus de 14 000 déplacés")
    figures = [f for m in mentions for f in m.figures if f.kind in ("displaced", "fled")]
    assert any(f.best == 14000 for f in figures)
    assert any(m.attribution and "OCHA" in m.attribution.text for m in mentions)


@needs_pipeline
def test_004_iranian_general_killed(analyzed):
    article = analyzed["004"]
    assert _occurred(article, "Un général iranien des Gardiens de la Révolution a également")


@needs_pipeline
def test_001_384_civilians_killed_in_east_aleppo_per_osdh(analyzed):
    article = analyzed["001"]
    (toll, *_) = _occurred(article, "Depuis le début de l’offensive, 384 civils ont été tués")
    assert any(f.best == 384 and f.kind == "killed" for f in toll.figures)
    assert toll.place is not None and "Alep" in (toll.place.text or "")
    assert toll.attribution is not None and "OSDH" in toll.attribution.text


@needs_pipeline
def test_003_surrender_is_an_unconfirmed_claim_of_the_russian_ministry(analyzed):
    article = analyzed["003"]
    (claim, *_) = _occurred(article, "1200 combattants djihadistes auraient rendu les armes")
    assert claim.certainty == "unconfirmed"
    assert claim.attribution is not None and "ministère" in claim.attribution.text.casefold()

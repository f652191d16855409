"""Incident-level scoring (chronique.eval.incidents): its rules on hand-built records, then the
pinned floors of the whole pipeline on francophone-dev (its tuned part and its unseen third
apart), the cl-tls-fr annotations and the seeds.

Floors were set a little under the figures measured with
``chronique eval events --francophone ../shared/data/francophone-dev`` (see
docs/evaluation.md); lowering one is a visible change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronique.eval import incidents as inc
from chronique.types import ActorMention, Article, EventMention, Evidence, Figure
from tests.conftest import REPO, shared_data_dir

CLTLS = shared_data_dir() / "cl-tls-fr" / "fr"

TEXT = ("Des hommes armés ont tué cinq civils lundi à Kidal. Le bilan est de cinq morts. "
        "Depuis 2012, la région connaît des violences. Une frappe a touché Gao.")


def _event(start: int, end: int, *, killed: int | None = None) -> EventMention:
    sentence = TEXT[start:end]
    figures = [Figure(start, end, "figures", sentence, kind="killed", low=killed, best=killed,
                      high=killed)] if killed is not None else []
    return EventMention(start, end, "incidents", sentence, kind="attack",
                        event_type="Violence against civilians", sub_event_type="Attack",
                        figures=figures,
                        evidence=[Evidence("sentence", "a", start, end, "incidents", sentence)])


def _span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


GOLD = {
    "id": "a",
    "country": "Mali",
    "events": [
        {"id": "a-1", "event_type": "Violence against civilians", "sub_event_type": "Attack",
         "quote": "ont tué cinq civils lundi à Kidal", "fatalities": {"best": 5}},
        {"id": "a-2", "optional": True, "quote": "Une frappe a touché Gao",
         "event_type": "Explosions/Remote violence"},
    ],
    "context": ["Depuis 2012, la région connaît des violences"],
}


def test_one_incident_one_event_and_every_other_event_classed() -> None:
    article = Article(id="a", text=TEXT)
    article.events = [
        _event(*_span("Des hommes armés ont tué cinq civils lundi à Kidal."), killed=5),
        _event(*_span("Le bilan est de cinq morts.")),  # the same incident again: a fragment
        _event(*_span("Depuis 2012, la région connaît des violences.")),
        _event(*_span("Une frappe a touché Gao.")),  # optional: neither credit nor penalty
    ]
    article.events[1].evidence.append(Evidence(
        "sentence", "a", *_span("Des hommes armés ont tué cinq civils lundi à Kidal."),
        "incidents", "Des hommes armés ont tué cinq civils lundi à Kidal."))
    report = inc.Report()
    inc.score_article(article, GOLD, report)
    assert (report.required, report.system, report.matched_required) == (1, 4, 1)
    assert report.unmatched["fragment"] == 1 and report.unmatched["context"] == 1
    assert report.unmatched["optional"] == 0 and report.matched == 2  # the optional matched
    assert report.precision == pytest.approx(2 / 4)  # the fragment and the context count
    assert report.recall == 1.0
    assert dict(report.countries["Mali"]) == {"required": 1, "matched": 1, "records": 1}
    assert report.summary()["by_country"]["Mali"].startswith("1/1 incidents")
    assert report.accuracy("fatalities") == 1.0
    assert report.accuracy("type") == 0.5  # the optional strike was typed an attack


def test_an_optional_incident_told_twice_costs_nothing() -> None:
    article = Article(id="a", text=TEXT)
    article.events = [_event(*_span("Des hommes armés ont tué cinq civils lundi à Kidal."),
                             killed=5),
                      _event(*_span("Une frappe a touché Gao.")),
                      _event(*_span("Une frappe a touché Gao."))]
    report = inc.Report()
    inc.score_article(article, GOLD, report)
    assert report.unmatched["optional"] == 1 and report.precision == 1.0


def test_a_wrong_toll_spoils_the_record() -> None:
    article = Article(id="a", text=TEXT)
    article.events = [_event(*_span("Des hommes armés ont tué cinq civils lundi à Kidal."),
                             killed=50)]
    report = inc.Report()
    inc.score_article(article, GOLD, report)
    assert report.matched == 1 and report.records == 0 and report.record_f1 == 0.0


def test_an_annotation_in_the_article_words_reads_every_name_of_the_actor() -> None:
    """``names = "words"`` is said once for an article (the anchors format); each of its
    incidents is judged against the article's words and the canonical name as well as the
    exported ACLED name."""
    article = Article(id="a", text=TEXT)
    event = _event(*_span("Des hommes armés ont tué cinq civils lundi à Kidal."), killed=5)
    event.actor1 = [ActorMention(0, 16, "actors", "Des hommes armés", canonical="hommes armés",
                                 acled="Unidentified Armed Group (Mali)")]
    article.events = [event]
    words = {**GOLD, "names": "words",
             "events": [{**GOLD["events"][0], "actor1": "hommes armés"}]}
    report = inc.Report()
    inc.score_article(article, words, report)
    assert report.accuracy("actor1") == 1.0
    acled = {**words, "names": None}  # the exported name alone does not say "hommes armés"
    report = inc.Report()
    inc.score_article(article, acled, report)
    assert report.accuracy("actor1") == 0.0


def test_an_incident_the_gold_gives_no_type_judges_no_type() -> None:
    """An optional incident of the anchors format ("ignore") names no type: matching it
    neither credits nor blames the event's type."""
    article = Article(id="a", text=TEXT)
    article.events = [_event(*_span("Une frappe a touché Gao."))]
    untyped = {**GOLD, "events": [{"id": "a-2", "optional": True,
                                   "quote": "Une frappe a touché Gao"}]}
    report = inc.Report()
    inc.score_article(article, untyped, report)
    assert report.matched == 1 and report.accuracy("type") is None


def test_unseen_third_is_fixed_by_the_id() -> None:
    assert inc.unseen("ne-05") and inc.unseen("lb-03") and not inc.unseen("ml-01")


# -- floors of the whole pipeline ---------------------------------------------------------------

#: set, measure: precision, recall, events per matched incident (at most), record F1, and
#: per-field accuracies on matched events
#: (the tuned part's actor2 0.92 → 0.90: an incident matched since the parse no longer cuts
#: sentences inside a line has no actor2 where the gold names the army; the cl-tls-fr record F1
#: 0.72 → 0.70: an attack on demonstrators told in one sentence is now its own incident and a
#: teaser of another story, matched to an ignored phrase, no longer an event; the unseen
#: third's date 0.85 → 0.75 as its recall rose 0.83 → 0.92: the incident matched since "deux
#: agents" count police officers has another day than the gold's)
FLOORS = {
    "tune": {"precision": 0.97, "recall": 0.9, "per_matched": 1.05, "record_f1": 0.75,
             "type": 0.92, "actor1": 0.97, "actor2": 0.9, "place": 0.9, "date": 0.85,
             "fatalities": 0.85, "max_context": 0, "max_not_occurred": 0},
    "unseen": {"precision": 0.8, "recall": 0.9, "per_matched": 1.15, "record_f1": 0.22,
               "type": 0.85, "actor1": 0.6, "place": 0.45, "date": 0.75, "fatalities": 0.65},
    "cltls": {"precision": 0.95, "recall": 0.84, "per_matched": 1.05, "record_f1": 0.72,
              "type": 0.88, "actor1": 0.75, "actor2": 0.95, "place": 0.88, "date": 0.9},
    "seeds": {"precision": 0.95, "recall": 0.92, "per_matched": 1.05, "record_f1": 0.95,
              "type": 0.95, "actor1": 0.95, "actor2": 0.75, "place": 0.95, "date": 0.95,
              "fatalities": 0.95},
}

def _check(report: inc.Report, floors: dict[str, float]) -> None:
    print(report.summary())
    for name, floor in floors.items():
        if name == "per_matched":
            assert report.per_matched <= floor, (name, report.summary())
        elif name.startswith("max_"):  # events from statements of that class, at most
            assert report.unmatched[name[4:]] <= floor, (name, report.summary())
        elif name in ("precision", "recall", "record_f1"):
            assert getattr(report, name) >= floor, (name, report.summary())
        else:
            assert (report.accuracy(name) or 0.0) >= floor, (name, report.summary())
    assert report.unmatched["not_occurred"] <= 1, report.summary()


@pytest.fixture(scope="module")
def francophone(francophone_dev: Path) -> Path:
    return francophone_dev


@pytest.mark.slow
@pytest.mark.parametrize("part", ["tune", "unseen"])
def test_francophone_incident_floors(francophone: Path, part: str) -> None:
    _check(inc.evaluate(inc.francophone(francophone, split=part), name=part), FLOORS[part])


@pytest.mark.slow
def test_cltls_incident_floors(shared_data: Path) -> None:
    gold = REPO / "tests" / "data" / "events_cltls"
    _check(inc.evaluate(inc.cltls(gold, CLTLS), name="cl-tls-fr"), FLOORS["cltls"])


@pytest.mark.slow
def test_seed_incident_floors() -> None:
    report = inc.evaluate(inc.cltls(REPO / "tests" / "data" / "events_seeds",
                                    REPO / "samples" / "seeds"), name="seeds")
    _check(report, FLOORS["seeds"])

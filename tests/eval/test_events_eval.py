"""Scoring of event mentions (chronique.eval.events) and the evaluation on 21 hand-annotated
articles of cl-tls-fr (tests/data/events_cltls)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from chronique.commands import build_app
from chronique.eval.events import (
    Report,
    analyze_pipeline,
    evaluate,
    gold_articles,
    held_out,
    load_gold,
    score_article,
)
from chronique.stages.events import EventStage
from chronique.stages.sentences import SentenceStage
from chronique.types import ActorMention, Article, EventMention, Evidence, Figure, Place

GOLD = Path(__file__).resolve().parents[1] / "data" / "events_cltls"

TEXT = "Les rebelles ont pris Brega lundi. Si Alep tombait, ce serait grave. La trêve tient."


def _mention(trigger: str, **fields) -> EventMention:
    start = TEXT.index(trigger)
    end = start + len(trigger)
    return EventMention(start=start, end=end, stage="events", text=trigger, evidence=[
        Evidence("trigger", "a", start, end, "events", trigger)], **fields)


def _gold() -> dict:
    return {"file": "a", "events": [
        {"anchors": ["Les rebelles ont pris Brega lundi"], "event_type": "Battles",
         "sub_event_type": "Non-state actor overtakes territory", "actor1": "rebelles",
         "place": ["Brega", "Marsa Brega"], "date": "2011-07-18",
         "figures": [{"kind": "killed", "best": 3}]},
    ], "not_events": ["Si Alep tombait"], "ignore": ["La trêve tient"]}


def test_scores_written_by_hand():
    rebels = ActorMention(4, 12, "actors", "rebelles")
    article = Article(id="a", text=TEXT, events=[
        _mention("pris", event_type="Battles", sub_event_type="Armed clash", actor1=[rebels],
                 place=Place(22, 27, "places", "Brega", name="Marsa Brega"), date="2011-07-18",
                 figures=[Figure(0, 1, "figures", kind="fled", best=3)]),
        _mention("tombait", event_type="Battles"),  # occurred, but a hypothesis: penalised
        _mention("trêve", event_type="Strategic developments"),  # ignored phrase: not counted
    ])
    report = Report()
    score_article(article, _gold(), report)
    counts = report.counts
    assert (counts["event"].tp, counts["event"].fp, counts["event"].fn) == (1, 1, 0)
    assert (counts["event_type"].tp, counts["event_type"].fp) == (1, 0)
    assert (counts["sub_event_type"].tp, counts["sub_event_type"].fp,
            counts["sub_event_type"].fn) == (0, 1, 1)
    assert counts["actor1"].tp == 1 and counts["place"].tp == 1 and counts["date"].tp == 1
    assert (counts["figures"].tp, counts["figures"].fp, counts["figures"].fn) == (0, 1, 1)
    assert counts["event"].precision == 0.5 and counts["event"].recall == 1.0
    assert len(report.false_occurred) == 1


def test_missed_event_counts_every_annotated_field():
    report = Report()
    score_article(Article(id="a", text=TEXT), _gold(), report)
    assert report.counts["event"].fn == 1
    assert report.counts["figures"].fn == 1 and report.counts["place"].fn == 1
    assert report.counts["source"].fn == 0  # not annotated for this event


def test_the_annotations_cover_at_least_twenty_articles(shared_data):
    gold = load_gold(GOLD)
    assert len(gold) >= 20
    assert sum(len(entry["events"]) for entry in gold) >= 40
    for article, entry in gold_articles(gold, shared_data / "cl-tls-fr" / "fr"):
        score_article(article, entry, Report())  # every anchor is found in its article


class Alone:
    def __call__(self, article: Article) -> Article:
        return EventStage()(SentenceStage()(article))


def _print(report: Report, title: str) -> None:
    print(f"\n{title} ({report.articles} articles)")
    for row in report.rows():
        print("  {field:15} P={precision:.3f} R={recall:.3f} F1={f1:.3f} "
              "(tp={tp} fp={fp} fn={fn})".format(**row))


def test_detection_and_typing_alone_on_cltls(shared_data):
    pairs = gold_articles(load_gold(GOLD), shared_data / "cl-tls-fr" / "fr")
    report = evaluate(pairs, pipeline=Alone())
    _print(report, "cl-tls-fr, events stage alone")
    floors = {"event": 0.78, "event_type": 0.78, "sub_event_type": 0.7}
    for name, floor in floors.items():
        assert report.counts[name].f1 >= floor, (name, report.counts[name])


#: Floors of the whole pipeline on all 21 articles and on the 5 held out (heldout.txt), just
#: below the measured F1 (see tests/data/events_cltls/README.md for the figures).
FLOORS_ALL = {"event": 0.83, "event_type": 0.81, "sub_event_type": 0.76, "actor1": 0.55,
              "actor2": 0.6, "place": 0.7, "date": 0.77, "figures": 0.75}
FLOORS_HELDOUT = {"event": 0.75, "event_type": 0.85, "sub_event_type": 0.85, "date": 0.8}


def test_pipeline_on_cltls_meets_its_floors_on_all_and_held_out_articles(shared_data):
    held = {name.removesuffix(".json") for name in held_out(GOLD)}
    pipeline = analyze_pipeline()
    reports = {"all": Report(), "tune": Report(), "heldout": Report()}
    for article, entry in gold_articles(load_gold(GOLD), shared_data / "cl-tls-fr" / "fr"):
        analyzed = pipeline(article)
        split = "heldout" if entry["file"].replace("/", "__").removesuffix(".txt") in held \
            else "tune"
        for name in ("all", split):
            score_article(analyzed, entry, reports[name])
    for name, report in reports.items():
        _print(report, f"cl-tls-fr, whole analyze pipeline ({name})")
    assert reports["heldout"].articles == len(held) == 5
    for report, floors in ((reports["all"], FLOORS_ALL), (reports["heldout"], FLOORS_HELDOUT)):
        for name, floor in floors.items():
            assert report.counts[name].f1 >= floor, (name, report.counts[name])


def test_eval_command_prints_figures_and_errors_as_json(shared_data):
    result = CliRunner().invoke(build_app(), [
        "eval", "events", "--gold", str(GOLD), "--data", str(shared_data / "cl-tls-fr" / "fr"),
        "--split", "heldout", "--errors", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["articles"] == 5 and data["split"] == "heldout"
    assert {row["field"] for row in data["fields"]} >= {"event", "actor1", "place", "date"}
    assert all({"file", "field", "gold", "predicted"} <= set(e) for e in data["errors"])


def test_eval_command_refuses_an_unknown_split(shared_data):
    result = CliRunner().invoke(build_app(), [
        "eval", "events", "--gold", str(GOLD), "--data", str(shared_data / "cl-tls-fr" / "fr"),
        "--split", "everything"])
    assert result.exit_code == 1

"""Leave-one-topic-out figures for the timeline's day weights (:class:`Weights`).

For each dev topic of cl-tls-fr, the settings of a coarse grid that give the best mean Date-F1
on the two other topics are applied to it; several settings usually tie, so the held-out
figures are given as the mean over the tied settings with their range. Reads analysed stores
(one per topic; they are merged first, which changes nothing when already merged)::

    CHRONIQUE_SHARED_DATA=/path/to/shared/data PYTHONPATH=src python bench/tls_weights_loo.py \
        --db-pattern /tmp/{topic}.db
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import statistics
from pathlib import Path

from chronique.eval.timeline import date_f1, evaluate, parse_reference
from chronique.merge.mentions import OCCURRED
from chronique.merge.run import merge_store
from chronique.merge.store import load_events
from chronique.merge.timeline import Weights, date_candidates, timeline_of
from chronique.store import open_store

TOPICS = ("egypt", "libya", "yemen")
GRID = {"relative": (0.25, 0.5), "published": (0.0, 0.5), "retrospective": (1.0, 1.5, 2.0),
        "sources": (0.5, 1.0, 2.0), "fatalities": (0.0, 0.5, 1.0)}
SHARED = Path(os.environ.get("CHRONIQUE_SHARED_DATA",
                             Path(__file__).resolve().parents[1].parent / "shared" / "data"))


def load_topic(topic: str, db: str) -> tuple:
    ref = parse_reference((SHARED / "cl-tls-fr" / "fr" / "reference" / f"{topic}.txt")
                          .read_text(encoding="utf-8"))
    store = open_store(db)
    merge_store(store)
    first, last = min(ref).isoformat(), max(ref).isoformat()
    events = [e for e in load_events(store, since=first, until=last) if e.modality in OCCURRED]
    articles = list(store.iter_articles(include_rejected=False))
    store.close()
    return events, articles, ref


def timeline(data: tuple, weights: Weights) -> dict:
    events, articles, ref = data
    first, last = min(ref).isoformat(), max(ref).isoformat()
    candidates = [c for c in date_candidates(articles, weights=weights)
                  if first <= c.date <= last]
    per_day = max(1, round(sum(map(len, ref.values())) / len(ref)))
    days = timeline_of(events, candidates, top=len(ref), per_day=per_day, weights=weights)
    return {dt.date.fromisoformat(day.date): day.summary[:per_day]
            for day in days if day.summary}


def figures(data: tuple, weights: Weights) -> dict:
    result = evaluate(timeline(data, weights), data[2])
    return {"date_f1": result["date_f1"]["f_score"],
            "ar1": result["align_m1"]["rouge_1"]["f_score"],
            "ar2": result["align_m1"]["rouge_2"]["f_score"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db-pattern", required=True, help="e.g. /tmp/{topic}.db")
    args = parser.parse_args()
    data = {topic: load_topic(topic, args.db_pattern.format(topic=topic)) for topic in TOPICS}
    grid = [Weights(**dict(zip(GRID, values, strict=True)))
            for values in itertools.product(*GRID.values())]
    scores = {w: {t: date_f1(timeline(data[t], w), data[t][2])["f_score"] for t in TOPICS}
              for w in grid}
    for held in TOPICS:
        others = [t for t in TOPICS if t != held]
        best = max(sum(scores[w][t] for t in others) for w in grid)
        tied = [w for w in grid if abs(sum(scores[w][t] for t in others) - best) < 1e-9]
        runs = [figures(data[held], w) for w in tied]
        row = {"held_out": held, "train_date_f1": round(best / len(others), 3),
               "tied_settings": len(tied)}
        for name in ("date_f1", "ar1", "ar2"):
            values = [run[name] for run in runs]
            row[name] = [round(statistics.mean(values), 3), round(min(values), 3),
                         round(max(values), 3)]
        print(json.dumps(row))
    default = Weights()
    print(json.dumps({"default": {t: {k: round(v, 3) for k, v in figures(data[t], default)
                                      .items()} for t in TOPICS}}))


if __name__ == "__main__":
    main()

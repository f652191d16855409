"""Cross-check chronique.eval.timeline against the tilse package on random French timelines.

Needs a Python with ``tilse`` (and numpy, scipy, nltk) installed; the project's code used here
only needs the standard library::

    CHRONIQUE_SHARED_DATA=/path/to/shared/data PYTHONPATH=src python-with-tilse \
        bench/tilse_crosscheck.py

tilse is run with its Python ROUGE (``rouge_computation="reimpl"``) without stemming or stop
words, on the same tokens; every figure must agree to 1e-9.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
from pathlib import Path

from chronique.eval.timeline import agreement, align_m1, concat, date_f1, parse_reference, tokens

SHARED = Path(os.environ.get("CHRONIQUE_SHARED_DATA",
                             Path(__file__).resolve().parents[1].parent / "shared" / "data"))
REFERENCE = SHARED / "cl-tls-fr" / "fr" / "reference"


def tilse_scores(pred, ref):
    from tilse.data.timelines import GroundTruth
    from tilse.data.timelines import Timeline as TilseTimeline
    from tilse.evaluation import dates, rouge

    evaluator = rouge.TimelineRougeEvaluator(measures={"rouge_1", "rouge_2"},
                                             rouge_computation="reimpl")
    evaluator.rouge = rouge.RougeReimplementation(stem=False, ignore_stopwords=False)
    as_text = {day: [" ".join(tokens(s)) for s in sents] for day, sents in pred.items()}
    ref_text = {day: [" ".join(tokens(s)) for s in sents] for day, sents in ref.items()}
    predicted, truth = TilseTimeline(as_text), GroundTruth([TilseTimeline(ref_text)])
    return {
        "date_f1": dates.evaluate_dates(predicted, truth)["f_score"],
        "concat": evaluator.evaluate_concat(predicted, truth),
        "agreement": evaluator.evaluate_agreement(predicted, truth),
        "align_m1": evaluator.evaluate_align_date_content_costs_many_to_one(predicted, truth),
    }


def main(reference_dir: Path = REFERENCE) -> int:
    rng = random.Random(7)
    worst = 0.0
    for topic in ("egypt", "libya", "yemen"):
        ref = parse_reference((reference_dir / f"{topic}.txt").read_text(encoding="utf-8"))
        days = sorted(ref)
        for trial in range(5):
            pred = {}
            for day in rng.sample(days, k=min(len(days), 12)):
                shifted = day + dt.timedelta(days=rng.choice([0, 0, 1, -2, 5]))
                pool = ref[rng.choice(days)] + ref[day]
                pred[shifted] = rng.sample(pool, k=min(2, len(pool)))
            theirs = tilse_scores(pred, ref)
            gaps = [abs(theirs["date_f1"] - date_f1(pred, ref)["f_score"])]
            for name, metric in (("concat", concat), ("agreement", agreement),
                                 ("align_m1", align_m1)):
                for n in (1, 2):
                    ours = metric(pred, ref, n)
                    for key in ("precision", "recall", "f_score"):
                        gaps.append(abs(theirs[name][f"rouge_{n}"][key] - ours[key]))
            worst = max(worst, max(gaps))
            print(f"{topic} trial {trial}: max |ours - tilse| = {max(gaps):.2e}")
    print(f"worst difference: {worst:.2e}")
    return 0 if worst < 1e-9 else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else REFERENCE))

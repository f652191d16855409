"""Floors for the timeline on the dev topics of cl-tls-fr.

Two gates: the whole pipeline (``chronique eval timeline``: every stage, the merge and the
timeline, about a minute and a half per topic on a loaded two-core machine), and the timeline
layer alone fed only the explicit full dates of the text (bench/tls_explicit_dates.py), which
measures reference counting, stamp filtering, ranking and sentence choice on inputs it makes
itself. Lowering a floor is a visible change.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

PIPELINE_FLOORS = {  # topic: (Date-F1, align+ m:1 ROUGE-1 F), measured 0.305/0.085,
    # 0.357/0.133 and 0.122/0.056 (year-less days of undated articles and of articles believed
    # within a range of years take the year the collection names; a day's summary prefers the
    # sentences that write the day out; articles dated from photo captions and office holders)
    "egypt": (0.30, 0.08),
    "libya": (0.35, 0.125),
    "yemen": (0.12, 0.05),  # 11 articles for 121 reference days: bounded by 0.180
}
FLOORS = {  # topic: (Date-F1, align+ m:1 ROUGE-1 F), measured 0.220/0.074 and 0.238/0.060
    "egypt": (0.21, 0.07),
    "libya": (0.23, 0.055),
}


def bench_module(repo_root: Path):
    spec = importlib.util.spec_from_file_location(
        "tls_explicit_dates", repo_root / "bench" / "tls_explicit_dates.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("topic", sorted(FLOORS))
def test_timeline_floor_on_explicit_dates(topic: str, repo_root: Path, shared_data: Path) -> None:
    module = bench_module(repo_root)
    module.SHARED = shared_data
    result = module.run_topic(topic)
    print(result)
    date_floor, ar1_floor = FLOORS[topic]
    assert result["date_f1"] >= date_floor
    assert result["ar1_f"] >= ar1_floor


@pytest.mark.slow
@pytest.mark.parametrize("topic", sorted(PIPELINE_FLOORS))
def test_timeline_floor_of_the_whole_pipeline(topic: str, shared_data: Path) -> None:
    from chronique.eval.timeline import evaluate_topic

    root = shared_data / "cl-tls-fr" / "fr"
    result = evaluate_topic(root / topic, root / "reference" / f"{topic}.txt")
    figures = (result["date_f1"]["f_score"], result["align_m1"]["rouge_1"]["f_score"])
    print(topic, figures)
    date_floor, ar1_floor = PIPELINE_FLOORS[topic]
    assert figures[0] >= date_floor
    assert figures[1] >= ar1_floor

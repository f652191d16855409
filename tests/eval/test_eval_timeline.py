"""Timeline metrics as tilse defines them, on tiny examples computed by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronique.eval.timeline import (
    agreement,
    align_m1,
    concat,
    date_f1,
    evaluate_topic,
    parse_reference,
    tokens,
)

D = dt.date.fromisoformat
PRED = {D("2011-01-25"): ["Le peuple manifeste au Caire."]}
REF = {D("2011-01-25"): ["manifestation au caire ."],
       D("2011-01-28"): ["le peuple veut la chute"]}


def test_french_tokens_lowercase_no_stemming() -> None:
    assert tokens("L’ancien directeur rejoint les Manifestants.") == [
        "l", "ancien", "directeur", "rejoint", "les", "manifestants"]


def test_parse_reference_blocks() -> None:
    # the second sentence ends with the separator glued to it, as in the yemen reference
    text = ("2011-01-25\nune manifestation est organisée au Caire .\n"
            "Des milliers de personnes .--------\n--------------------------------\n"
            "2011-01-27\nWaël Ghoneim est arrêté .\n"
            "--------------------------------\n")
    assert parse_reference(text) == {
        D("2011-01-25"): ["une manifestation est organisée au Caire .",
                          "Des milliers de personnes ."],
        D("2011-01-27"): ["Waël Ghoneim est arrêté ."]}


@pytest.mark.parametrize(("metric", "n", "expected"), [
    # pred: le peuple manifeste au caire (5); ref: manifestation au caire | le peuple veut la chute
    (concat, 1, (4 / 5, 4 / 8)),
    (concat, 2, (2 / 4, 2 / 7)),  # au caire, le peuple; 7 reference bigrams across the days
    (agreement, 1, (2 / 5, 2 / 8)),  # only 01-25 matches: au, caire
    # recall: 01-28 aligned to the only predicted day, 3 days off: (le, peuple) weighted 1/4
    (align_m1, 1, (2 / 5, (2 + 2 / 4) / 8)),
])
def test_rouge_variants(metric, n: int, expected: tuple[float, float]) -> None:
    scores = metric(PRED, REF, n)
    assert scores["precision"] == pytest.approx(expected[0])
    assert scores["recall"] == pytest.approx(expected[1])
    p, r = expected
    assert scores["f_score"] == pytest.approx(2 * p * r / (p + r))


def test_date_f1() -> None:
    assert date_f1(PRED, REF) == pytest.approx(
        {"precision": 1.0, "recall": 0.5, "f_score": 2 / 3})


def test_align_m1_aligns_on_content_before_date_distance() -> None:
    pred = {D("2011-01-26"): ["le peuple veut la chute"]}
    ref = {D("2011-01-25"): ["manifestation au caire"],
           D("2011-01-28"): ["le peuple veut la chute"]}
    scores = align_m1(pred, ref, 1)
    # precision: 01-26 goes to 01-28 (cost 0: same words) though 01-25 is nearer; weight 1/3
    assert scores["precision"] == pytest.approx((5 / 3) / 5)
    # recall: 01-25 matches nothing; 01-28 gets the 5 tokens weighted 1/3
    assert scores["recall"] == pytest.approx((5 / 3) / 8)
    assert date_f1(pred, ref)["f_score"] == 0


def test_identical_timelines_score_one() -> None:
    for metric in (concat, agreement, align_m1):
        assert metric(REF, REF, 2)["f_score"] == pytest.approx(1.0)


def test_reference_files_parse(shared_data: Path) -> None:
    root = shared_data / "cl-tls-fr" / "fr" / "reference"
    days = {topic: len(parse_reference((root / f"{topic}.txt").read_text(encoding="utf-8")))
            for topic in ("egypt", "libya", "yemen")}
    assert days == {"egypt": 59, "libya": 28, "yemen": 121}


def test_eval_runs_the_pipeline_on_neutral_file_names(tmp_path: Path) -> None:
    """The corpus goes through the real pipeline under neutral names: the folder date (the
    truth) is never an input."""
    from chronique.store import open_store

    corpus = tmp_path / "egypt"
    (corpus / "2011-01-26").mkdir(parents=True)
    (corpus / "2011-01-26" / "a.txt").write_text(
        "Le 25 janvier 2011, une manifestation a été organisée au Caire contre le président "
        "Hosni Moubarak, selon des témoins.", encoding="utf-8")
    reference = tmp_path / "egypt.txt"
    reference.write_text("2011-01-25\nune manifestation est organisée au Caire .\n"
                         + "-" * 32 + "\n2011-01-28\nle peuple veut la chute\n" + "-" * 32 + "\n",
                         encoding="utf-8")
    db = tmp_path / "topic.db"
    result = evaluate_topic(corpus, reference, db=str(db))
    origins = [article.origin or "" for article in open_store(str(db)).iter_articles()]
    assert len(origins) == 1 and "2011" not in origins[0] and "egypt" not in origins[0]
    assert result["date_f1"]["f_score"] == pytest.approx(2 / 3)
    assert result["system_days"] == 1 and result["reference_days"] == 2


"""Evaluation of the actors stage against hand annotations; floors are pinned here."""

from __future__ import annotations

import pytest

from chronique.eval.actors import CLTLS_HELDOUT, evaluate_cltls, evaluate_seeds, expand

SEED_FLOORS = {"strict_f1": 0.95, "relaxed_f1": 0.95, "consistent": 1.0}
CLTLS_FLOORS = {"precision": 0.88, "recall": 0.88, "f1": 0.89, "strict_f1": 0.87}
HELDOUT_FLOORS = {"f1": 0.85, "strict_f1": 0.84}


def test_expand_places_longest_surfaces_first():
    text = "Le régime syrien et le régime de Bachar al-Assad, puis M. Assad."
    rows = [("régime", "gov", "*"), ("régime syrien", "gov", "*"), ("Assad", "bashar", "2"),
            ("Bachar al-Assad", "bashar", "*")]
    assert expand(text, rows) == [(3, 16, "gov"), (23, 29, "gov"), (33, 48, "bashar"),
                                  (58, 63, "bashar")]


@pytest.mark.slow
def test_seed_mentions_typed_f1_and_one_id_per_actor():
    report = evaluate_seeds()
    print("\n".join(report.lines()))
    assert report.gold >= 150
    assert report.strict.f1 >= SEED_FLOORS["strict_f1"], report.strict.misses
    assert report.relaxed.f1 >= SEED_FLOORS["relaxed_f1"]
    assert report.consistent >= SEED_FLOORS["consistent"]


@pytest.mark.slow
def test_cltls_resolved_mentions(shared_data):
    report = evaluate_cltls(shared_data / "cl-tls-fr")
    print("\n".join(report.lines()))
    assert report.documents >= 20
    assert report.relaxed.precision >= CLTLS_FLOORS["precision"], report.relaxed.extras
    assert report.relaxed.recall >= CLTLS_FLOORS["recall"], report.relaxed.misses
    assert report.relaxed.f1 >= CLTLS_FLOORS["f1"]
    assert report.strict.f1 >= CLTLS_FLOORS["strict_f1"]


@pytest.mark.slow
def test_cltls_heldout_resolved_mentions(shared_data):
    report = evaluate_cltls(shared_data / "cl-tls-fr", CLTLS_HELDOUT, name="held-out")
    print("\n".join(report.lines()))
    assert report.relaxed.f1 >= HELDOUT_FLOORS["f1"], (report.relaxed.misses, report.relaxed.extras)
    assert report.strict.f1 >= HELDOUT_FLOORS["strict_f1"]

"""Evaluation of the actors stage against hand annotations; floors are pinned here."""

from __future__ import annotations

import pytest

from chronique.eval.actors import (
    CLTLS_HELDOUT,
    acled_key,
    evaluate_cltls,
    evaluate_francophone,
    evaluate_seeds,
    expand,
    gold_actors,
)

SEED_FLOORS = {"strict_f1": 0.95, "relaxed_f1": 0.95, "consistent": 1.0}
CLTLS_FLOORS = {"precision": 0.88, "recall": 0.88, "f1": 0.89, "strict_f1": 0.87}
HELDOUT_FLOORS = {"f1": 0.85, "strict_f1": 0.84}
#: francophone-dev: share of the gold actors found in their article (named groups, forces and
#: organisations; all actors with civilians and unidentified armed groups), per split
FRANCOPHONE_FLOORS = {"tune": {"named": 0.95, "every": 0.90},
                      "heldout": {"named": 0.75, "every": 0.75}}


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


def test_acled_names_compare_without_their_period():
    assert acled_key("Military Forces of Mali (2021-)") == acled_key("Military Forces of Mali")
    assert acled_key("Military Forces of Burkina Faso (2015-2022)") == \
        "military forces of burkina faso"
    assert acled_key("Unidentified Armed Group (Niger)") == "unidentified armed group (niger)"


def test_gold_actors_split_sides_and_skip_actors_the_text_does_not_name():
    events = [{"actor1": "Military Forces of Mali; Wagner Group", "actor1_text": "l'armée",
               "actor2": "Civilians (Mali)", "actor2_text": "(victims not named)"},
              {"actor1": None, "actor1_text": None}]
    assert gold_actors(events) == {"Military Forces of Mali", "Wagner Group"}


@pytest.fixture(scope="module")
def francophone(francophone_dev):
    return francophone_dev


@pytest.mark.slow
@pytest.mark.parametrize("split", ["tune", "heldout"])
def test_francophone_gold_actors_are_found_per_country(francophone, split):
    report = evaluate_francophone(francophone, split=split)
    print("\n".join(report.lines()))
    floors = FRANCOPHONE_FLOORS[split]
    assert len(report.every) >= 7
    assert report.total(report.named).share >= floors["named"], report.misses
    assert report.total(report.every).share >= floors["every"], report.misses
    assert report.wrong_homonyms == []

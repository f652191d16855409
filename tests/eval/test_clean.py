"""Floors of the cleaner on hand-labelled cl-tls-fr pages and on the whole corpus.

Measured (``chronique eval clean tests/data/clean_labels --corpus ../shared/data/cl-tls-fr/fr``):
precision 0.990, recall 0.939, body survival 0.990, comments removed in 7/7 labelled pages and
in 3/3 pages with an explicit comment marker in their last four fifths. The floors sit just below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronique.eval.clean import score_corpus, score_labels

LABELS = Path(__file__).resolve().parents[1] / "data" / "clean_labels"


@pytest.fixture(scope="module")
def scores():
    return score_labels(LABELS)


def test_enough_labelled_pages(scores) -> None:
    assert scores.articles >= 30


def test_removal_precision_floor(scores) -> None:
    print(f"precision {scores.precision:.3f}")
    assert scores.precision >= 0.98


def test_removal_recall_floor(scores) -> None:
    print(f"recall {scores.recall:.3f}")
    assert scores.recall >= 0.92


def test_body_survival_floor(scores) -> None:
    print(f"body survival {scores.body_survival:.3f}")
    assert scores.body_survival >= 0.98


def test_labelled_comments_removed(scores) -> None:
    assert scores.comment_articles >= 5
    assert scores.comment_articles_removed / scores.comment_articles >= 0.85


def test_corpus_comments_removed(shared_data: Path) -> None:
    corpus = score_corpus(shared_data / "cl-tls-fr" / "fr")
    print(f"comments removed {corpus.comments_removed}/{corpus.with_comments}")
    assert corpus.articles >= 200 and corpus.with_comments >= 3
    assert corpus.comments_removed / corpus.with_comments >= 0.9

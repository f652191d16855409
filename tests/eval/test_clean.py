"""Floors of the cleaner on hand-labelled cl-tls-fr pages and on the whole corpus.

Measured (``chronique eval clean tests/data/clean_labels --corpus ../shared/data/cl-tls-fr/fr``):
42 pages, 1229 lines: removal precision 0.995, recall 0.946, body-line survival 0.995, reader
comments removed in 9/9 labelled pages that have them; with site furniture (sites grouped by page
footer) precision 0.995, recall 0.953; over the corpus, comments removed in 3/3 pages with an
explicit comment marker in their last four fifths. The floors sit just below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronique.eval.clean import corpus_sites, score_corpus, score_labels

LABELS = Path(__file__).resolve().parents[1] / "data" / "clean_labels"


@pytest.fixture(scope="module")
def scores():
    return score_labels(LABELS)


def test_enough_labelled_pages(scores) -> None:
    assert scores.articles >= 40


def test_removal_precision_floor(scores) -> None:
    print(f"precision {scores.precision:.3f}")
    assert scores.precision >= 0.985


def test_removal_recall_floor(scores) -> None:
    print(f"recall {scores.recall:.3f}")
    assert scores.recall >= 0.935


def test_body_survival_floor(scores) -> None:
    print(f"body survival {scores.body_survival:.3f}")
    assert scores.body_survival >= 0.985


def test_labelled_comments_removed(scores) -> None:
    assert scores.comment_articles >= 8
    assert scores.comment_articles_removed / scores.comment_articles >= 0.88


def test_site_furniture_adds_recall_without_losing_body(shared_data: Path, scores) -> None:
    with_sites = score_labels(LABELS, sites=corpus_sites(shared_data / "cl-tls-fr" / "fr"))
    print(f"with site furniture: recall {with_sites.recall:.3f}")
    assert with_sites.recall >= 0.945
    assert with_sites.recall >= scores.recall
    assert with_sites.body_survival >= 0.985


def test_corpus_comments_removed(shared_data: Path) -> None:
    corpus = score_corpus(shared_data / "cl-tls-fr" / "fr")
    print(f"comments removed {corpus.comments_removed}/{corpus.with_comments}")
    assert corpus.articles >= 200 and corpus.with_comments >= 3
    assert corpus.comments_removed / corpus.with_comments >= 0.9

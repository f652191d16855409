"""French quantities: values a reader would write down from the phrase."""

from __future__ import annotations

import pytest

from chronique.figures.numbers import find_quantities, parse_quantity


@pytest.mark.parametrize(
    ("phrase", "low", "best", "high", "acled"),
    [
        ("320.000 morts", 320000, 320000, 320000, 320000),
        ("14 000 déplacés", 14000, 14000, 14000, 14000),
        ("14\u00a0000 déplacés", 14000, 14000, 14000, 14000),
        ("14\u202f000 déplacés", 14000, 14000, 14000, 14000),
        ("1,5 million de réfugiés", 1500000, 1500000, 1500000, 1500000),
        ("trois cents civils", 300, 300, 300, 300),
        ("Onze personnes sont mortes", 11, 11, 11, 11),
        ("vingt-quatre morts", 24, 24, 24, 24),
        ("plus de 240 morts", 240, 240, None, 240),
        ("au moins 45 enfants", 45, 45, None, 45),
        ("près de 150 civils", 150, 150, 150, 150),
        ("près d'une centaine de soldats", 100, 100, 100, 100),
        ("plus d'un millier de déplacés", 1000, 1000, None, 1000),
        ("environ 300 blessés", 300, 300, 300, 300),
        ("quelque 200 morts", 200, 200, 200, 200),
        ("moins de 50 morts", 0, 50, 50, 50),
        ("une centaine de morts", 80, 100, 120, 100),
        ("une cinquantaine de localités", 40, 50, 60, 50),
        ("des dizaines de morts", 12, None, 99, 12),
        ("des centaines de blessés", 100, None, 999, 100),
        ("des milliers de réfugiés", 1000, None, 9999, 1000),
        ("des dizaines de milliers de déplacés", 12000, None, 99999, 12000),
        ("des millions de déplacés", 1000000, None, None, 1000000),
        ("plusieurs morts", 2, None, 9, 3),
        ("les 220 à 250 morts", 220, 220, 250, 220),
        ("entre 30 et 40 blessés", 30, 30, 40, 30),
        ("de 0,5 à 1 million de morts", 500000, 500000, 1000000, 500000),
    ],
)
def test_values(phrase: str, low: int | None, best: int, high: int | None, acled: int) -> None:
    quantity = parse_quantity(phrase)
    assert quantity is not None
    assert (quantity.low, quantity.best, quantity.high, quantity.acled) == (low, best, high, acled)


@pytest.mark.parametrize(
    ("phrase", "covered"),
    [
        ("a fait plus de 240 morts", "plus de 240"),
        ("dont au moins 45 enfants", "au moins 45"),
        ("Près de 150 civils", "Près de 150"),
        ("des dizaines de milliers de civils", "des dizaines de milliers"),
    ],
)
def test_span_covers_qualifier(phrase: str, covered: str) -> None:
    quantity = parse_quantity(phrase)
    assert quantity is not None
    assert phrase[quantity.start : quantity.end] == covered


def test_percent_is_marked() -> None:
    quantity = parse_quantity("contrôle désormais plus de 80% des quartiers rebelles")
    assert quantity is not None and quantity.percent and quantity.best == 80


def test_a_share_is_never_a_count() -> None:
    share = parse_quantity("dont près de la moitié sont des enfants")
    assert share is not None and share.share == 0.5
    assert (share.low, share.best, share.high) == (None, None, None)


def test_definite_number_refers_back() -> None:
    quantity = parse_quantity("Parmi les 240 morts, on dénombre")
    assert quantity is not None and quantity.definite


def test_several_in_one_sentence_in_order() -> None:
    text = "384 civils ont été tués, dont au moins 45 enfants, et 105 civils, dont 35 enfants."
    assert [q.best for q in find_quantities(text)] == [384, 45, 105, 35]


def test_range_span_and_mode() -> None:
    quantity = parse_quantity("entre 30 et 40 blessés")
    assert quantity is not None
    assert (quantity.text, quantity.mode) == ("entre 30 et 40", "range")


def test_not_a_range() -> None:
    text = "6.000 morts, dont 3.000 à Tripoli et 2.000 à Benghazi"
    assert [q.best for q in find_quantities(text)] == [6000, 3000, 2000]

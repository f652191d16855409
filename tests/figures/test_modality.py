"""Modality of a clause and hearsay certainty, from French sentences."""

from __future__ import annotations

import pytest

from chronique.figures.modality import certainty, modality


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Si Alep venait à tomber, cela représenterait un revers majeur pour Damas.",
            "tomber",
            "hypothetical",
        ),
        (
            "Si Alep venait à tomber, cela représenterait un revers majeur pour Damas.",
            "revers",
            "hypothetical",
        ),
        (
            "Si la progression des djihadistes se confirme, c'est toute la ville qui "
            "pourrait basculer.",
            "basculer",
            "hypothetical",
        ),
        (
            "Au cas où les rebelles attaqueraient, l'armée riposterait.",
            "attaqueraient",
            "hypothetical",
        ),
        (
            "Les derniers quartiers, dont la conquête représenterait un tournant.",
            "conquête",
            "conditional",
        ),
        (
            "Le régime veut s'emparer de la ville, une prise qui constituerait sa plus "
            "importante victoire.",
            "prise",
            "conditional",
        ),
        (
            "Cette offensive pourrait bien marquer un tournant dans la guerre.",
            "marquer",
            "possible",
        ),
        (
            "Les civils syriens risquent une fois de plus d'en payer le prix fort.",
            "payer",
            "possible",
        ),
        (
            "L'armée syrienne a annoncé, samedi matin, qu'elle enverrait des renforts vers "
            "la cité.",
            "enverrait",
            "future",
        ),
        (
            "Un nouveau round de négociations est prévu à partir de mercredi à Genève.",
            "négociations",
            "future",
        ),
        ("L'armée va lancer une offensive sur Idleb.", "offensive", "future"),
        ("Les efforts se poursuivront, a dit un responsable américain.", "efforts", "future"),
        (
            "Kerry et Lavrov n'ont ainsi fait aucun progrès après deux rencontres.",
            "progrès",
            "negated",
        ),
        ("Les forces n'ont pas repris la ville.", "repris", "negated"),
        ("Aucun civil n'a été tué dans l'attaque.", "tué", "negated"),
        ("Une information qui n'a pu être confirmée par l'OSDH.", "confirmée", "negated"),
        ("Le confinement permet d'éviter des milliers de morts.", "milliers de morts", "negated"),
        (
            "Le régime parviendra-t-il à endiguer cette percée aux portes d'Alep ?",
            "endiguer",
            "question",
        ),
        ("Depuis le début de l'offensive, 384 civils ont été tués.", "tués", "asserted"),
        ("Le bilan humain de ces affrontements ne cesse de s'alourdir.", "alourdir", "asserted"),
        (
            "Les combattants ne sont plus qu'à deux kilomètres de la ville.",
            "combattants",
            "asserted",
        ),
        (
            "Le ministère prétend que 1200 combattants auraient rendu les armes.",
            "rendu les armes",
            "asserted",
        ),
        (
            "Les forces du régime ont commencé à bombarder les zones civiles.",
            "bombarder",
            "asserted",
        ),
        (
            "Kerry et Lavrov n'ont ainsi fait aucun progrès après deux brèves rencontres "
            "informelles.",
            "rencontres",
            "asserted",
        ),
    ],
)
def test_modality(text: str, words: str, expected: str) -> None:
    assert modality(text, *span(text, words), lang="fr") == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Le ministère prétend que 1200 combattants auraient rendu les armes.",
            "rendu les armes",
            "claimed",
        ),
        ("Selon Moscou, le régime aurait repris plus de 90 % du territoire.", "repris", "claimed"),
        ("Le bilan s'élèverait à 50 morts selon une ONG.", "50 morts", "claimed"),
        ("Depuis le début de l'offensive, 384 civils ont été tués.", "384 civils", "reported"),
        ("La conquête représenterait un tournant.", "conquête", "reported"),
    ],
)
def test_hearsay_certainty(text: str, words: str, expected: str) -> None:
    assert certainty(text, *span(text, words), lang="fr") == expected


def test_only_the_clause_counts() -> None:
    text = "La ville est tombée mardi. Si Damas tombait, ce serait la fin."
    assert modality(text, *span(text, "tombée")) == "asserted"
    assert modality(text, *span(text, "tombait")) == "hypothetical"

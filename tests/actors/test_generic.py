"""Generic phrases ("le régime", "les forces du régime", "l'armée syrienne") found in French text."""

from __future__ import annotations

import pytest

from chronique.actors.generic import compile_terms, find_generics
from chronique.lang import table


def _found(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_generics(text, compile_terms(table("fr", "actor_terms")))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les forces du régime ont repris la ville.", ["forces du régime"]),
        ("Le régime syrien et les rebelles négocient.", ["régime syrien", "rebelles"]),
        ("L'armée syrienne avance ; LE RÉGIME dément.", ["armée syrienne", "RÉGIME"]),
        ("Selon l'Observatoire, les djihadistes ont fui.", ["Observatoire", "djihadistes"]),
        # a determiner split across a line break still introduces the form
        ("Elle visait de la\n coalition les forces pro-gouvernementales.",
         ["forces pro-gouvernementales"]),
        # "gouvernement" needs a definite or possessive determiner
        ("Un gouvernement d'union ; au gouvernement ; le gouvernement a dit.", ["gouvernement"]),
        # never inside a word or after a hyphen
        ("L'ex-régime et les antirégime.", []),
        ("Aucun acteur ici.", []),
    ],
)
def test_generic_phrases(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


def test_text_with_unusual_case_folding_is_read_the_same() -> None:
    """A text whose case folding is not plain (Greek final sigma) takes the slow path."""
    assert _found("Le régime syrien (ς) a parlé.") == ["régime syrien"]


def test_letters_of_other_scripts_do_not_hide_the_forms() -> None:
    """Greek letters match no letter of the French forms: the words around them are read as
    usual; a long s (ſ), which matches "s" when case is ignored, is read as "s"."""
    assert _found("Le régime syrien (ς, σ, µ) a parlé ; l'armée ſyrienne aussi.") == [
        "régime syrien", "armée ſyrienne"]

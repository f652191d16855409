"""Any text: no exception, every span inside the text and equal to its own words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chronique.figures.attribution import find_attributions
from chronique.figures.extract import extract_figures
from chronique.figures.modality import modality
from chronique.stages.sentences import split_sentences
from chronique.types import Sentence

PIECES = [
    "plus de 240 morts",
    "dont",
    "24 civils",
    " selon l'OSDH",
    ", a annoncé la Croix-Rouge",
    "Si",
    " l'ont été",
    "des dizaines de milliers de déplacés",
    "la moitié",
    " 14 000",
    "auraient rendu les armes",
    ", ",
    ". ",
    "« ",
    " »",
    "?",
    "n'a pu être confirmée",
    "\n",
    "Parmi les",
    " et ",
    "1,5 million",
    "80%",
    "qu'",
    "-t-il",
    "(OSDH)",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=25))
def test_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    sentences = [Sentence(s, e, "sentences", text[s:e]) for s, e in split_sentences(text)]
    for figure in extract_figures(text, sentences, lang="fr"):
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start : figure.end] == figure.text
        assert figure.part_of is None or figure.part_of >= 0
    for attribution in find_attributions(text, sentences, lang="fr"):
        assert 0 <= attribution.start <= attribution.end <= len(text)
        assert text[attribution.start : attribution.end] == attribution.text
    if text:
        assert modality(text, 0, len(text), lang="fr") in {
            "asserted",
            "hypothetical",
            "conditional",
            "possible",
            "future",
            "negated",
            "question",
        }

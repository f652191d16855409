"""Sentence starts forced after line breaks, before the parser sees the text."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from chronique.nlp import _line_breaks  # noqa: E402


def _starts(text: str) -> list[str]:
    doc = _line_breaks(spacy.blank("fr").make_doc(text))
    return [token.text for token in doc[1:] if token.is_sent_start]  # the first is always one


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Alep sous les bombes\nDes frappes ont visé la ville.", ["Des"]),
        ("Titre\n\nPremier paragraphe.\n \nSecond paragraphe", ["Premier", "Second"]),
        ("Une seule phrase, sans retour à la ligne.", []),
        ("\nAlep", ["Alep"]),
        ("Fin du texte\n", []),
        ("Damas \nHoms\r\nHama", ["Homs", "Hama"]),
    ],
)
def test_a_sentence_starts_after_each_line_break(text: str, starts: list[str]) -> None:
    assert _starts(text) == starts


def test_other_sentence_starts_are_kept() -> None:
    doc = spacy.blank("fr").make_doc("Alep\nDamas Homs Hama")
    doc[3].is_sent_start = False
    doc[4].is_sent_start = True
    _line_breaks(doc)
    assert [token.is_sent_start for token in doc] == [True, None, True, False, True]


@pytest.mark.parametrize(("text", "token"), [
    ("Les insurgés ont pris la ville d'Al-Kharba, selon des témoins.", "Al-Kharba"),
    ("Des tirs ont visé El-Daein, dans le Darfour.", "El-Daein"),
    ("Trois civils ont été tués à Tanwalbougou, dans le Centre-Est.", "Centre-Est"),
])
def test_a_hyphenated_name_is_one_token_and_no_sentence_break(text: str, token: str) -> None:
    from chronique.nlp import load

    doc = load()(text)
    assert token in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_lowercase_hyphen_words_split_as_the_model_does() -> None:
    from chronique.nlp import load

    assert [t.text for t in load()("a-t-il dit")] == ["a", "-t", "-il", "dit"]

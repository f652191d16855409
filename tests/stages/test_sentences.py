"""Sentences: line breaks end sentences, abbreviations do not."""

from __future__ import annotations

import pytest

from chronique.stages.sentences import split_sentences

ABBR = frozenset(["M.", "Dr."])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les plus violents affrontements depuis 2020\nCet assaut sur Alep constitue une escalade.",
            [
                "Les plus violents affrontements depuis 2020",
                "Cet assaut sur Alep constitue une escalade.",
            ],
        ),
        (
            "Il a parlé à M. Assad hier. Puis il est parti.",
            ["Il a parlé à M. Assad hier.", "Puis il est parti."],
        ),
        (
            "« Ce sera une étape énorme. » Le conflit a fait 300.000 morts.",
            ["« Ce sera une étape énorme. »", "Le conflit a fait 300.000 morts."],
        ),
        (
            "Le régime parviendra-t-il à endiguer cette percée ? Ou assistera-t-on à un renversement ?",
            [
                "Le régime parviendra-t-il à endiguer cette percée ?",
                "Ou assistera-t-on à un renversement ?",
            ],
        ),
        (
            "Selon J. Dupont, 80.000 personnes ont fui.",
            ["Selon J. Dupont, 80.000 personnes ont fui."],
        ),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    spans = split_sentences(text, ABBR)
    assert [text[start:end] for start, end in spans] == expected

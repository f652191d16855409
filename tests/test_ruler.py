"""The entity ruler's lookup matcher finds what spaCy's Matcher finds, in the same order."""

from __future__ import annotations

from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from chronique.ruler import LookupMatcher, install  # noqa: E402

PATTERNS: list[dict[str, Any]] = [
    {"label": "ORG", "pattern": [{"ORTH": "EI"}], "id": "isis"},
    {"label": "ORG", "pattern": [{"LOWER": "daech", "IS_LOWER": False}], "id": "isis"},
    {"label": "ORG", "pattern": [{"LOWER": "daesh", "IS_LOWER": False}], "id": "isis"},
    {"label": "ORG", "pattern": [{"LOWER": "chabiha"}], "id": "shabiha"},
    {"label": "ORG", "pattern": [{"ORTH": "Le"}, {"ORTH": "Monde"}], "id": "le-monde"},
    {"label": "LOC", "pattern": [{"LOWER": "égypte", "IS_LOWER": False}], "id": "egypt"},
    {"label": "LOC", "pattern": [{"LOWER": "egypte", "IS_LOWER": False}], "id": "egypt"},
    {"label": "ORG", "pattern": [{"ORTH": "Egyptiens"}], "id": "egypt"},
    {"label": "ORG", "pattern": [{"ORTH": "Etat"}, {"ORTH": "islamique"}], "id": "isis"},
    {"label": "PER", "pattern": [{"ORTH": "Etat"}], "id": "etat"},
    {"label": "ORG", "pattern": "armée syrienne libre", "id": "fsa"},
]

TEXTS = [
    "Selon Le Monde, l'EI (ou Daech, DAECH, daech) a frappé en Egypte et en ÉGYPTE.",
    "Les chabiha et les Chabiha de l'Etat islamique ; le monde, LE MONDE, Le Monde.",
    "L'Etat islamique et l'armée syrienne libre : les Egyptiens, les égyptiens.",
    "",
    "Etat",
]


@pytest.fixture(scope="module")
def rulers() -> tuple[Any, Any]:
    """The same patterns in a ruler with spaCy's Matcher and in one with the lookup."""
    made = []
    for lookup in (False, True):
        nlp = spacy.blank("fr")
        ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
        ruler.add_patterns(PATTERNS)
        if lookup:
            assert install(ruler, PATTERNS)
        made.append(nlp)
    return made[0], made[1]


@pytest.mark.parametrize("text", TEXTS)
def test_lookup_returns_the_matchers_list(rulers: tuple[Any, Any], text: str) -> None:
    reference, fast = rulers
    doc = fast.make_doc(text)
    ruler = fast.get_pipe("entity_ruler")
    assert isinstance(ruler.matcher, LookupMatcher)
    assert ruler.matcher(doc) == reference.get_pipe("entity_ruler").matcher(doc)


@pytest.mark.parametrize("text", TEXTS)
def test_same_entities(rulers: tuple[Any, Any], text: str) -> None:
    reference, fast = rulers
    expected = [(ent.text, ent.label_, ent.ent_id_) for ent in reference(text).ents]
    assert [(ent.text, ent.label_, ent.ent_id_) for ent in fast(text).ents] == expected


def test_entities_read_by_hand(rulers: tuple[Any, Any]) -> None:
    _, fast = rulers
    doc = fast("Selon Le Monde, Daech et les chabiha ont quitté l'Egypte ; l'Etat islamique aussi.")
    assert [(ent.text, ent.ent_id_) for ent in doc.ents] == [
        ("Le Monde", "le-monde"), ("Daech", "isis"), ("chabiha", "shabiha"),
        ("Egypte", "egypt"), ("Etat islamique", "isis"),
    ]
    assert [ent.text for ent in fast("le monde est daech").ents] == []


def test_patterns_added_later_go_to_the_matcher() -> None:
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(PATTERNS)
    assert install(ruler, PATTERNS)
    ruler.add_patterns([{"label": "ORG", "pattern": [{"LOWER": "hts"}], "id": "hts"}])
    assert [ent.ent_id_ for ent in nlp("HTS et EI").ents] == ["hts", "isis"]


def test_patterns_with_operators_keep_the_matcher() -> None:
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("entity_ruler")
    patterns = [*PATTERNS, {"label": "ORG", "pattern": [{"LOWER": "front"}, {"IS_PUNCT": True,
                                                                            "OP": "?"}]}]
    ruler.add_patterns(patterns)
    assert not install(ruler, patterns)
    assert not isinstance(ruler.matcher, LookupMatcher)

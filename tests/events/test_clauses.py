"""Clauses from the parse (real spaCy model): which verb a trigger's event belongs to."""

from __future__ import annotations

import pytest

from chronique.events.clauses import clause_head
from chronique.nlp import load

pytestmark = pytest.mark.slow


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_a_bare_participle_after_a_comma_stays_in_the_clause_it_follows() -> None:
    # "suivis d'un raid": what followed the shelling, told in the shelling's clause
    doc = load()("Les assaillants ont d'abord tiré des obus sur le marché central et la gare "
                 "routière de Mellit, suivis d'un raid de motards armés.")
    followed = _token(doc, "suivis")
    assert followed.dep_ == "advcl"  # the parse this sentence gets
    assert clause_head(_token(doc, "raid")).i == clause_head(_token(doc, "obus")).i


def test_a_participle_with_its_own_auxiliary_is_a_clause_of_its_own() -> None:
    doc = load()("Les rebelles ont attaqué la ville, puis ils se sont retirés vers le nord.")
    assert clause_head(_token(doc, "retirés")).i != clause_head(_token(doc, "attaqué")).i

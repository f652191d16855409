"""Corpus-level furniture, scoped to one site."""

from __future__ import annotations

from chronique.clean.site import remove_lines, site_furniture

WIRE = "Au moins dix personnes ont été tuées lundi dans un attentat à Bagdad, selon la police."


def _page(body: str) -> str:
    return f"Le Quotidien du Soir\n{body}\nRecevez chaque matin l'essentiel de l'actualité\n"


def test_lines_recurring_on_one_site_are_furniture() -> None:
    texts = [_page(f"Article numéro {i} sur la guerre, avec des faits précis.") for i in range(5)]
    found = site_furniture(texts)
    assert found == {"le quotidien du soir", "recevez chaque matin l'essentiel de l'actualité"}
    cleaned = remove_lines(texts[0], found)
    assert cleaned.text == "Article numéro 0 sur la guerre, avec des faits précis."
    assert {r.reason for r in cleaned.removed} == {"site-furniture"}
    for r in cleaned.removed:
        assert texts[0][r.raw_start : r.raw_end] == r.text


def test_a_wire_paragraph_on_few_pages_of_a_site_survives() -> None:
    texts = [_page(WIRE)] * 2 + [_page(f"Autre sujet {i}, sans rapport.") for i in range(8)]
    assert WIRE.lower() not in site_furniture(texts)


def test_needs_min_articles() -> None:
    assert site_furniture([_page("a"), _page("b")], min_articles=3) == set()

"""The dating stage: page dates checked against the content (seeds 000, 001, 004)."""

from __future__ import annotations

import pytest

from chronique.stages.dating import DatingStage
from chronique.stages.sentences import SentenceStage
from chronique.timex.dating import find_date_line
from chronique.types import Article, DateClaim


def dated(text: str, page_date: str | None = None, source: str | None = None) -> Article:
    article = Article(id="a", text=text, lang="fr")
    if page_date:
        article.published = DateClaim(page_date=page_date, page_date_source=source)
    return DatingStage()(SentenceStage()(article))


def test_seed_000_is_dated_from_its_date_line_and_ce_dimanche_19(seeds: dict[str, str]) -> None:
    article = dated(seeds["000"], "2017-03", "text-line")
    claim = article.published
    assert claim is not None
    assert (claim.value, claim.precision) == ("2017-03-19", "day")
    assert claim.page_date == "2017-03" and claim.page_date_source == "text-line"
    assert not claim.contradicted
    spans = [article.text[c.start : c.end] for c in claim.evidence if c.start >= 0]
    assert "ce dimanche 19" in spans


def test_seed_000_date_line_is_found_without_help(seeds: dict[str, str]) -> None:
    claim = dated(seeds["000"]).published
    assert claim is not None
    assert (claim.page_date, claim.page_date_source) == ("2017-03", "text-line")
    assert claim.value == "2017-03-19"


def test_seed_001_page_date_is_contradicted_with_the_evidence_named(seeds: dict[str, str]) -> None:
    article = dated(seeds["001"], "2024-04-24", "text-line")
    claim = article.published
    assert claim is not None and claim.contradicted
    reasons = " ".join(claim.reasons)
    assert "John Kerry" in reasons and "Secretary of State" in reasons
    assert "15 novembre" in reasons
    # the date believed lies in the Aleppo offensive while Kerry was in office
    assert claim.value is not None and claim.value.startswith("2016-11")
    assert claim.precision == "range"
    kerry = next(c for c in claim.evidence if c.kind == "role")
    assert article.text[kerry.start : kerry.end] == "John Kerry"


def test_seed_004_page_date_is_kept(seeds: dict[str, str]) -> None:
    claim = dated(seeds["004"], "2024-11-29", "meta").published
    assert claim is not None
    assert (claim.value, claim.precision, claim.contradicted) == ("2024-11-29", "day", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publié le 21 mars 2017 à 20h16\nLes forces…", "2017-03-21"),
        ("mercredi, avril 24, 2024\n\nLe régime syrien…", "2024-04-24"),
        (" date 2017-03 Des rues désertes…", "2017-03"),
        ("Egypte: tensions\n08-07-13 à 12h47\nà Le Caire (AFP)", "2013-07-08"),
        ("Par C. T. Publié le 25 juin 2013 à 16h51 - Mis à jour le 26 juin 2013", "2013-06-25"),
        ("Des combats ont eu lieu.\nIls ont fait dix morts.", None),
        # a byline long before its "Publié le"
        ("Par Claire Talon et Claire Talon (Le Caire, correspondance) Publié le 25 juin 2012 "
         "à 13h37 - Mis à jour le 25 juin 2012 à 20h37", "2012-06-25"),
        # a dispatch's dateline: a place, a comma, the date, a dash (an agency may come first)
        ("Niamey, 9 juin 2023 - Au moins douze militaires ont été tués jeudi dans une "
         "embuscade dans la région de Tillabéri, a annoncé le ministère de la Défense.",
         "2023-06-09"),
        ("Goma, 3 mai 2023 (AFP) - Des combats ont opposé mercredi l'armée et des rebelles "
         "du M23 près de Sake, dans la province du Nord-Kivu, selon des sources locales.",
         "2023-05-03"),
        # a date after a comma inside a sentence is no dateline
        ("Des combats ont éclaté à Sake, 3 mai 2023 selon les habitants, puis ont repris "
         "plus au nord pendant toute la semaine qui a suivi, ont indiqué des sources locales.",
         None),
        # "publié le" inside a sentence is not a date line
        ("Le bureau officiel du premier ministre égyptien a publié le 12 mars 2012 le compte "
         "rendu d'une réunion qui a duré plus de trois heures dans la capitale.", None),
    ],
)
def test_date_lines(text: str, expected: str | None) -> None:
    found = find_date_line(text)
    assert (found.value if found else None) == expected


def test_page_date_contradicted_by_a_duration_from_a_known_start() -> None:
    text = "Depuis six ans, la guerre en Syrie a fait des centaines de milliers de morts."
    claim = dated(text, "2024-05-02", "meta").published
    assert claim is not None and claim.contradicted
    assert any("six ans" in reason for reason in claim.reasons)


@pytest.mark.parametrize(
    "text",
    ["Publié le 32/13/2016 à 25h99\nTexte.", "date 2016-02-30\nLe 2016-02-30, en 0025.",
     "dimanche 31 et lundi 32", ""],
)
def test_malformed_dates_never_crash(text: str) -> None:
    for page in (None, "2016-02-30", "0025", "32/13/2016", "9999-12-31", "0001-01-01"):
        claim = dated(text, page, "meta").published
        assert claim is not None


def test_a_weekday_date_with_no_year_is_placed_within_the_office_holders_term() -> None:
    """"mercredi 22 juin" with John Kerry as Secretary of State (2013-02-01 to 2017-01-20): of
    those years only 2016 has a Wednesday 22 June."""
    from chronique.timex.dating import date_article

    claim = date_article("Le secrétaire d'État américain John Kerry a rencontré mercredi 22 juin "
                         "son homologue russe pour parler de la Syrie.")
    assert (claim.value, claim.precision) == ("2016-06-22", "day")
    # with no evidence of the years, no year is guessed
    claim = date_article("Le ministre a rencontré mercredi 22 juin son homologue russe.")
    assert claim.value is None


def test_a_weekday_date_with_no_year_follows_the_founding_of_a_group_the_text_names() -> None:
    """The Alliance Fleuve Congo was formed on 15 December 2023: a "lundi 3 mars" it fought in
    falls after that, before the data's horizon, and only 2025 has a Monday 3 March then."""
    from chronique.timex.dating import date_article

    text = ("Des combattants de l'Alliance Fleuve Congo ont pris lundi 3 mars une colline près "
            "de Walikale, selon des sources locales.")
    claim = date_article(text)
    assert (claim.value, claim.precision) == ("2025-03-03", "day")
    assert any(c.kind == "founded" and "2023-12-15" in c.note for c in claim.evidence)
    # the same day with no group named: no year is guessed
    claim = date_article(text.replace("l'Alliance Fleuve Congo", "un groupe armé"))
    assert claim.value is None
    # a page date is never overruled by a founding, only checked against the text's own dates
    claim = date_article(text, page_date="2025-03-04", page_date_source="meta")
    assert claim.value == "2025-03-04" and not claim.contradicted


def test_a_weekday_date_that_several_years_of_the_evidence_fit_is_the_latest() -> None:
    """The GSIM was formed on 2 March 2017: between then and the data's horizon both 2019 and
    2024 have a Saturday 22 June; an undated page is read as the latest of them, with the
    evidence saying why."""
    from chronique.timex.dating import date_article

    claim = date_article("Des combattants du Groupe de soutien à l'islam et aux musulmans ont "
                         "attaqué samedi 22 juin un poste de l'armée près de Djibo.")
    assert (claim.value, claim.precision) == ("2024-06-22", "day")
    assert any(c.kind == "founded" for c in claim.evidence)


def test_a_name_two_entries_share_dates_nothing() -> None:
    """"RSF" is the Rapid Support Forces (formed in 2013) and Reporters sans frontières: the
    acronym alone says nothing of the year."""
    from chronique.timex.dating import date_article

    claim = date_article("RSF a dénoncé vendredi 14 avril l'arrestation de deux journalistes.")
    assert not any(c.kind == "founded" for c in claim.evidence)
    assert claim.value is None

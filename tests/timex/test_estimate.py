"""Dating an article with no page date from the days its content writes out."""

from __future__ import annotations

import pytest

from chronique.timex.dating import date_article


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        # a weekday written with its day and month fixes the year among the years written
        ("Les manifestations continuent en 2011. Lundi 21 février, des milliers de personnes "
         "ont défilé à Benghazi.", "2011-02-21", "day"),
        # the latest day written out, with a day written the day before it: a run of news
        ("Le 20 février 2011, la police a tiré. Le 21 février 2011, l'armée a quitté la ville.",
         "2011-02-21", "day"),
        # one day recalled, nothing else: only the month is believed
        ("Le 3 mars 2011, le procureur a ouvert une enquête.", "2011-03", "month"),
        # "aujourd'hui" before the day says it is the day of writing
        ("Les internautes ont suivi en direct ce qui se passait aujourd'hui (18 septembre "
         "2011) à Sanaa.", "2011-09-18", "day"),
        # "ce mercredi" after "dimanche 7 juillet": the Wednesday that follows
        ("Dimanche 7 juillet 2013, le procureur a accusé le prédicateur. Ce mercredi, "
         "l'armée a annoncé de nouvelles arrestations.", "2013-07-10", "day"),
        # "hier" before the day: written the day after
        ("La police a tiré sur la foule en 2011. Hier, lundi 21 février, l'armée a quitté "
         "Benghazi.", "2011-02-22", "day"),
        # a time stamp dates the page
        ("Joshua Keating — 3 juillet 2013 à 23h49\nL'armée a destitué le président.",
         "2013-07-03", "day"),
    ],
)
def test_the_date_comes_from_the_days_written(text: str, value: str, precision: str) -> None:
    claim = date_article(text)
    assert (claim.value, claim.precision) == (value, precision)


@pytest.mark.parametrize(
    "text",
    [
        # a day that is part of a name ("le pont du 6 octobre") dates nothing
        "En 2013, des milliers de manifestants traversent le pont du 6 octobre vers Tahrir.",
        # a limit or a plan is not a day already reported
        "En 2013, le festival débute ce soir et se poursuit jusqu'au 24 novembre.",
        # a day cited in a numbered note is a source, not the news
        "L'armée a pris le pouvoir en 2013.\n(1) Le Monde du 5 juillet 2013.",
        # no year anywhere: "samedi 19 février" alone does not say which year
        "Samedi 19 février, des milliers de personnes ont manifesté.",
    ],
)
def test_no_day_is_believed_from(text: str) -> None:
    claim = date_article(text)
    assert claim.precision != "day", claim.value


def test_a_year_written_once_long_after_the_others_is_page_furniture() -> None:
    text = ("Révolte en 2011. Lundi 21 février 2011, la foule a envahi la place. Mardi 22 "
            "février 2011, l'armée a tiré. Lire aussi : un chat élu maire le 11 novembre 2020.")
    claim = date_article(text)
    assert (claim.value, claim.precision) == ("2011-02-22", "day")


def test_a_weekday_that_fits_only_an_old_year_written_is_not_believed() -> None:
    # 3 July 1929 was a Wednesday, but 1928 is history here, not the year of the article
    text = ("Les Frères musulmans, fondés en 1928, manifestent. Le président a été déposé par "
            "l'armée mercredi 3 juillet.")
    claim = date_article(text)
    assert not (claim.value or "").startswith("1929")

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


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        # a role that ended before the days the text reports is named for the past: it does not
        # bound the article (Moubarak left office in 2011)
        ("Lundi 24 juin 2013, le tribunal a entendu Hosni Moubarak, le président égyptien. "
         "Mardi 25 juin 2013, l'audience a repris.", "2013-06-25", "day"),
        # a photo caption's day: a credited line, or a short line that ends on its day
        ("Les rebelles reculent en 2011.\nDes soldats évacuent un blessé. /Photo prise le 29 "
         "avril 2011/REUTERS\nLa frontière reste ouverte.", "2011-04-29", "day"),
        ("Les rebelles reculent en 2011.\nUn minibus chargé de familles quitte le centre de "
         "Benghazi, le 16 mars 2011.\nLa ville se vide.", "2011-03-16", "day"),
        # the paragraph names the day's weekday alone (3 March 2011 was a Thursday)
        ("Le procureur a annoncé jeudi l'ouverture d'une enquête : « le 3 mars 2011, le bureau "
         "du procureur a décidé d'ouvrir une enquête ».", "2011-03-03", "day"),
        # "ce mercredi" above the day is the page's furniture, not the week of writing
        ("L'essentiel de l'actualité de ce mercredi matin\nLe procureur a annoncé jeudi "
         "l'ouverture d'une enquête : « le 3 mars 2011, le bureau a décidé d'ouvrir une "
         "enquête ».", "2011-03-03", "day"),
        # a day whose weekday is named elsewhere only: the month alone
        ("Le 3 mars 2011, le procureur a ouvert une enquête.\nJeudi, la foule a manifesté.",
         "2011-03", "month"),
    ],
)
def test_the_day_is_believed_from(text: str, value: str, precision: str) -> None:
    claim = date_article(text)
    assert (claim.value, claim.precision) == (value, precision)


def test_a_day_of_another_age_does_not_take_the_article_s_year() -> None:
    text = ("Le 2 juin 2012, le musée a rouvert ses portes. Il rappelle que le 4 juillet 1776, "
            "les colonies ont déclaré leur indépendance.")
    claim = date_article(text)
    assert (claim.value, claim.precision) == ("2012-06", "month")


def test_what_lasts_since_a_day_is_later_than_that_day() -> None:
    # without "depuis", the 20th written two days before would make the 22nd the day
    text = ("Le 20 mars 2011, un missile a frappé sa résidence. Kadhafi n'était pas apparu en "
            "public depuis le 22 mars 2011.")
    claim = date_article(text)
    assert claim.precision != "day", claim.value


def test_readers_comments_below_the_head_do_not_date_the_page() -> None:
    body = "\n".join(f"Paragraphe {n} sur la situation au Caire." for n in range(30))
    text = (f"Lundi 8 juillet 2013, l'armée a tiré sur la foule.\n{body}\n"
            "Ahmed — 10 juillet 2013 à 02h13\nBravo pour cet article.")
    claim = date_article(text)
    assert (claim.value, claim.precision) == ("2013-07-08", "day")


def test_a_date_line_older_than_the_days_reported_is_not_the_page_date() -> None:
    text = ("Publié le 28 janvier 2013\nDimanche 10 février 2013, des milliers de personnes ont "
            "manifesté. Lundi 11 février 2013, la police a dispersé la foule.")
    claim = date_article(text)
    assert claim.page_date is None
    assert (claim.value, claim.precision) == ("2013-02-11", "day")


def test_the_year_of_a_day_is_the_one_the_office_holders_allow() -> None:
    # Hague became Foreign Secretary in May 2010, Kadhafi died in October 2011: a 30 March
    # between the two is of 2011
    text = ("Le ministre britannique des Affaires étrangères William Hague a appelé le dirigeant "
            "libyen Mouammar Kadhafi à quitter le pouvoir.\n(Un insurgé à Ajdabiya, le 30 mars, "
            "Reuters)")
    claim = date_article(text)
    assert (claim.value, claim.precision) == ("2011-03-30", "day")


def test_a_time_stamp_older_than_the_days_reported_stamps_a_linked_piece() -> None:
    # the page lists related videos with their stamps; it reports 11 February
    text = ("Crise égyptienne : les Black Blocs\nL'actu en vidéo\n"
            "Bataille rangée place Tahrir\nle 28 janvier 2013 à 11:44\n"
            "Une manifestation a eu lieu devant le palais présidentiel le 11 février 2013, "
            "deux ans après la chute de Moubarak.")
    claim = date_article(text)
    assert claim.value != "2013-01-28"
    assert (claim.value or "")[:7] == "2013-02"


def test_the_stamps_of_a_live_page_s_updates_do_not_unseat_its_first() -> None:
    text = ("EN DIRECT : Égypte\nDébut du direct : 14/08/2013 à 07:41\n"
            "Mise à jour : 16/08/2013 à 23:01\nL'armée a dispersé les sit-in au Caire.")
    claim = date_article(text)
    assert (claim.value, claim.precision) == ("2013-08-14", "day")


def test_a_weekday_may_fix_the_year_after_a_run_of_recent_years() -> None:
    # Wednesday 3 July: 2013, the year after the years written (2011, 2012)
    text = ("Les élections de 2011 et de 2012 ont déçu. Mercredi 3 juillet, l'armée a destitué "
            "le président.")
    claim = date_article(text)
    assert (claim.value, claim.precision) == ("2013-07-03", "day")


def test_an_office_holder_named_for_the_past_stays_in_the_evidence_without_weight() -> None:
    text = ("Lundi 24 juin 2013, le tribunal a entendu Hosni Moubarak, le président égyptien. "
            "Mardi 25 juin 2013, l'audience a repris.")
    claim = date_article(text)
    role = next(c for c in claim.evidence if c.kind == "role")
    assert text[role.start : role.end] == "Hosni Moubarak"
    assert role.weight == 0 and "named for the past" in role.note
    assert not claim.contradicted

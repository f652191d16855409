"""The French temporal tagger on hand-written sentences (expected values written from the text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronique.timex import tag

REF = "2016-12-08"  # a Thursday

CASES = [
    # a number after a weekday that counts people is no day of the month
    ("Les combats ont fait dimanche 12 morts à Alep.", REF, [("dimanche", "DATE", "2016-12-04")]),
    ("Les frappes ont tué mardi 14 civils dans la province.", REF,
     [("mardi", "DATE", "2016-12-06")]),
    ("Le dimanche 4, douze civils ont été tués.", REF, [("Le dimanche 4", "DATE", "2016-12-04")]),
    # a name after the day, a particle before it, is no verb in the future ("al-Noura")
    ("Des paramilitaires ont tué 35 villageois lors d'une attaque mardi contre le village de "
     "Wad al-Noura.", REF, [("mardi", "DATE", "2016-12-06")]),
    # a place labelling a round-up's paragraph is no verb in the future ("Tadjoura :")
    ("Tadjoura : Mardi, deux bergers ont été enlevés.", REF, [("Mardi", "DATE", "2016-12-06")]),
    # a day that names a place is no time expression; the same day elsewhere is one
    ("Les manifestants ont bloqué le pont du 6 Octobre au Caire.", REF, []),
    ("Le 6 octobre, les manifestants ont bloqué le pont.", REF,
     [("Le 6 octobre", "DATE", "2016-10-06")]),
    ("La foule s'est massée place du 14 Juillet.", REF, []),
    # a group named after a day
    ("Trois membres du collectif du 9 mars ont été arrêtés.", REF, []),
    ("Les combattants de la brigade du 9 mars tiennent le port.", REF, []),
    ("Le 15 novembre 2016, des frappes ont touché Alep.", REF,
     [("Le 15 novembre 2016", "DATE", "2016-11-15")]),
    # the year may close a night told from one day to the next
    ("Dans la nuit du 2 au 3 mars 2014, le camp a été attaqué.", REF,
     [("la nuit du 2 au 3 mars 2014", "TIME", "2014-03-02TNI")]),
    # a night or a day told by its day of month alone, in the month of writing or before
    ("Dans la nuit du 6 au 7, le camp a été attaqué.", REF,
     [("la nuit du 6 au 7", "TIME", "2016-12-06TNI")]),
    ("Dans la nuit du 28 au 29, le camp a été attaqué.", REF,
     [("la nuit du 28 au 29", "TIME", "2016-11-28TNI")]),
    ("Cinq civils ont été tués le 3 courant près de la ville.", REF,
     [("le 3 courant", "DATE", "2016-12-03")]),
    ("La réunion se tiendra le 20 du mois en cours.", REF,
     [("le 20 du mois en cours", "DATE", "2016-12-20")]),
    # the day something was said anchors what is reported in its sentence, not the next one
    ("Douze soldats ont été tués mardi, a indiqué mercredi une source. La veille, huit civils "
     "avaient été tués.", REF,
     [("mardi", "DATE", "2016-12-06"), ("mercredi", "DATE", "2016-12-07"),
      ("La veille", "DATE", "2016-12-05")]),
    ("La police a précisé mercredi que les victimes avaient péri dans l'immeuble bombardé la "
     "veille.", REF,
     [("mercredi", "DATE", "2016-12-07"), ("la veille", "DATE", "2016-12-06")]),
    ("Les combats ont repris hier soir dans l'est de la ville.", REF,
     [("hier soir", "TIME", "2016-12-07TEV")]),
    ("Il y a trois jours, un convoi a été attaqué.", REF,
     [("Il y a trois jours", "DATE", "2016-12-05")]),
    ("La guerre dure depuis six ans.", REF, [("six ans", "DURATION", "P6Y")]),
    ("Le sommet aura lieu mardi prochain à Genève.", REF,
     [("mardi prochain", "DATE", "2016-12-13")]),
    ("Les rebelles ont attaqué mardi un poste de l'armée.", REF,
     [("mardi", "DATE", "2016-12-06")]),
    ("La conférence se tiendra lundi à Paris.", REF, [("lundi", "DATE", "2016-12-12")]),
    ("Le soulèvement a commencé en mars 2011.", REF, [("mars 2011", "DATE", "2011-03")]),
    ("Les bombardements se sont intensifiés cette semaine.", REF,
     [("cette semaine", "DATE", "2016-W49")]),
    ("Une explosion a retenti ce matin près du marché.", REF,
     [("ce matin", "TIME", "2016-12-08TMO")]),
    ("L'offensive a commencé début décembre.", REF, [("début décembre", "DATE", "2016-12")]),
    ("Des obus tombent chaque jour sur le quartier.", REF, [("chaque jour", "SET", "P1D")]),
    ("Le cessez-le-feu est entré en vigueur à 14 h 30.", REF,
     [("14 h 30", "TIME", "2016-12-08T14:30")]),
    ("Le bilan de l'an dernier était plus lourd.", REF, [("l'an dernier", "DATE", "2015")]),
    ("Le régime s'était déjà servi de ces armes dans les années 90.", REF,
     [("les années 90", "DATE", "199X")]),
    ("Les familles espèrent rentrer avant Noël.", REF, [("Noël", "DATE", "2016-12-25")]),
    ("Les civils ont été privés d'eau pendant deux semaines.", REF,
     [("deux semaines", "DURATION", "P2W")]),
    ("Jean Dupont, 38 ans, a été blessé par balle.", REF, []),
    ("Un jour, la paix reviendra ; le siège a duré plus d'un jour.", REF,
     [("plus d'un jour", "DURATION", "P1D")]),
    ("La situation est actuellement très tendue.", REF,
     [("actuellement", "TIME", "PRESENT_REF")]),
    ("Damas est en proie à de violents combats ce dimanche 19.", "2017-03",
     [("ce dimanche 19", "DATE", "2017-03-19")]),
    ("Lancée mercredi, l'attaque a déjà fait 240 morts.", "2024-11-29",
     [("mercredi", "DATE", "2024-11-27")]),
    ("Les faits remontent au 8 décembre.", None, [("8 décembre", "DATE", "XXXX-12-08")]),
    ("Le vote est prévu le 30 janvier prochain.", REF,
     [("le 30 janvier prochain", "DATE", "2017-01-30")]),
    ("Dans la nuit de samedi, la ville a été bombardée pendant plus de deux heures.", REF,
     [("la nuit de samedi", "TIME", "2016-12-03TNI"),
      ("plus de deux heures", "DURATION", "PT2H")]),
    ("Les élections auront lieu les 6 et 13 avril prochains.", REF,
     [("les 6", "DATE", "2017-04-06"), ("13 avril prochains", "DATE", "2017-04-13")]),
    ("Du 3 au 5 mars 2016, Alep a été bombardée.", REF,
     [("3", "DATE", "2016-03-03"), ("5 mars 2016", "DATE", "2016-03-05")]),
    ("Il y a deux semaines, un obus est tombé en fin d'après-midi.", REF,
     [("Il y a deux semaines", "DATE", "2016-W47"), ("fin d'après-midi", "TIME", "2016-12-08TAF")]),
    ("Le scrutin doit se tenir dans trois jours.", REF,
     [("dans trois jours", "DATE", "2016-12-11")]),
    ("mercredi, avril 24, 2024", REF, [("mercredi, avril 24, 2024", "DATE", "2024-04-24")]),
    (" date 2017-03 Des rues désertes", REF, [("2017-03", "DATE", "2017-03")]),
    ("Des frappes ont visé la ville dans la nuit de samedi à dimanche.", REF,
     [("la nuit de samedi à dimanche", "TIME", "2016-12-03TNI")]),
    # "d'ici": FTiB marks "ici" as the moment the span is counted from
    ("La ville devrait tomber d'ici la fin de l'année.", REF,
     [("ici", "DATE", "2016-12-08"), ("la fin de l'année", "DATE", "2016")]),
    ("La dette pourrait doubler d'ici à dix ans.", REF,
     [("ici", "TIME", "PRESENT_REF"), ("dix ans", "DURATION", "P10Y")]),
    # a bare month takes the year written earlier in its sentence; two-digit years after "en"
    ("En 2011, en mars, les premières manifestations ont éclaté.", REF,
     [("2011", "DATE", "2011"), ("mars", "DATE", "2011-03")]),
    ("Deux ruptures en 97 (en janvier et en octobre), rien en 98.", "1999-07-29",
     [("97", "DATE", "1997"), ("janvier", "DATE", "1997-01"), ("octobre", "DATE", "1997-10"),
      ("98", "DATE", "1998")]),
    ("Il a terminé en 12, loin derrière.", "1999-07-29", []),
    # periods counted from the last date mentioned
    ("Il a été élu en 2012. L'année suivante, il a démissionné.", REF,
     [("2012", "DATE", "2012"), ("L'année suivante", "DATE", "2013")]),
    ("La veille du 14 juillet, la ville a été bombardée.", REF,
     [("La veille", "DATE", "2016-07-13"), ("14 juillet", "DATE", "2016-07-14")]),
    ("Des tirs ont été entendus la nuit dernière.", REF,
     [("la nuit dernière", "TIME", "2016-12-07TNI")]),
    # lengths and recurrences
    ("Les trois derniers jours ont été les plus meurtriers.", REF,
     [("Les trois derniers jours", "DURATION", "P3D")]),
    ("Une dizaine de jours plus tard, le convoi est reparti.", REF,
     [("Une dizaine de jours", "DURATION", "P10D")]),
    # a count of days with a direction: from the day told last, not from the writing
    ("L'armée a repris le bourg mardi ; les rebelles l'avaient pris trois jours plus tôt.",
     REF, [("mardi", "DATE", "2016-12-06"), ("trois jours plus tôt", "DATE", "2016-12-03")]),
    ("Les combats ont commencé le 2 décembre ; une semaine auparavant, un convoi avait été "
     "attaqué.", REF,
     [("le 2 décembre", "DATE", "2016-12-02"), ("une semaine auparavant", "DATE", "2016-11-25")]),
    ("Il a été condamné à deux ans et demi de prison.", REF,
     [("deux ans et demi", "DURATION", "P30M")]),
    ("Les convois passent toutes les deux semaines.", REF,
     [("toutes les deux semaines", "SET", "P2W")]),
    ("Le marché rouvrira en janvier, uniquement le mercredi.", REF,
     [("janvier", "DATE", "2017-01"), ("le mercredi", "SET", "XXXX-WXX-3")]),
    ("Les réunions auront lieu les deuxième et quatrième jeudis de chaque mois.", REF,
     [("les deuxième et quatrième jeudis", "SET", "XXXX-WXX-4"), ("chaque mois", "SET", "P1M")]),
    ("La presse quotidienne en a parlé.", REF, []),
    ("Les moins de 17 ans ont gagné.", REF, []),
    # named parts of a year, clock times with the part of the day
    ("Les exportations ont chuté au premier trimestre 2016.", REF,
     [("premier trimestre 2016", "DATE", "2016-Q1")]),
    ("L'offensive reprendra au printemps prochain.", REF, [("printemps prochain", "DATE", "2017-SP")]),
    ("Le couvre-feu commence à 8 heures du soir.", REF,
     [("8 heures du soir", "TIME", "2016-12-08T20:00")]),
    ("Les prochaines élections sont prévues en mai.", REF,
     [("prochaines", "TIME", "FUTURE_REF"), ("mai", "DATE", "2017-05")]),
]

# a bare month told in the past, later in the year than the writing, is last year's; one told in
# the future or with no tense stays the nearest (a future nearby may be another clause's)
MONTH_TENSE_REF = "2016-03-10"
MONTH_TENSE = [
    ("En juin, une attaque avait fait quarante morts dans la zone.", "2015-06"),
    ("En juillet, les rebelles ont pris la ville.", "2015-07"),
    ("Les résultats du recensement de juin devraient être affinés.", "2016-06"),
    ("En février, une attaque avait fait quarante morts.", "2016-02"),
]


@pytest.mark.parametrize(("sentence", "value"), MONTH_TENSE)
def test_a_bare_month_in_the_past_is_the_last_one(sentence: str, value: str) -> None:
    assert [t.value for t in tag(sentence, reference=MONTH_TENSE_REF)] == [value]


# a day and month a past participle tells of, or that "depuis" opens, far ahead of the
# reference is last year's; a deadline a past verb sets is not bound by its tense
DAY_TENSE_REF = "2024-07-23"
DAY_TENSE = [
    ("L'attaque menée le 7 octobre dans le sud a fait de nombreux morts.", "2023-10-07"),
    ("Depuis le 7 octobre, au moins 500 personnes ont été tuées dans la région.", "2023-10-07"),
    ("Le médiateur a donné jusqu'au 30 septembre aux deux camps pour s'entendre.",
     "2024-09-30"),
]


@pytest.mark.parametrize(("sentence", "value"), DAY_TENSE)
def test_a_day_a_past_participle_tells_of_is_in_the_past(sentence: str, value: str) -> None:
    assert [t.value for t in tag(sentence, reference=DAY_TENSE_REF)] == [value]


# a bare weekday that is the reference's own weekday is the day of writing, whatever the tense
# (news reports the day's events; "dernier"/"prochain" move it a week)
SAME_WEEKDAY = [
    ("Les rebelles ont attaqué jeudi un poste de l'armée.", "2016-12-08"),
    ("Jeudi, des frappes ont touché le quartier.", "2016-12-08"),
    ("Le sommet se tiendra jeudi à Genève.", "2016-12-08"),
    ("Les négociations doivent reprendre jeudi.", "2016-12-08"),
    ("Les rebelles ont attaqué jeudi dernier un poste de l'armée.", "2016-12-01"),
    ("Le sommet se tiendra jeudi prochain à Genève.", "2016-12-15"),
    ("Les rebelles ont attaqué mercredi un poste de l'armée.", "2016-12-07"),
    ("Le sommet se tiendra vendredi à Genève.", "2016-12-09"),
]


@pytest.mark.parametrize(("sentence", "value"), SAME_WEEKDAY)
def test_weekday_of_the_reference_is_the_day_of_writing(sentence: str, value: str) -> None:
    (found,) = tag(sentence, reference=REF)
    assert found.type == "DATE" and found.value == value


@pytest.mark.parametrize(("sentence", "reference", "expected"), CASES)
def test_tag(sentence: str, reference: str | None, expected: list[tuple[str, str, str]]) -> None:
    found = tag(sentence, reference=reference)
    assert [(t.text, t.type, t.value) for t in found] == expected
    for t in found:
        assert sentence[t.start : t.end] == t.text


def test_offsets_survive_typographic_apostrophes() -> None:
    text = "L’offensive a commencé l’an dernier."
    (found,) = tag(text, reference=REF)
    assert (found.text, found.value) == ("l’an dernier", "2015")


@pytest.mark.parametrize(
    "text",
    ["Publié le 32/13/2016.", "Le 2016-02-30, rien.", "En l'an 0025 déjà.", "le 31 février 2016",
     "le 45 mars", "à 27 h 80", "dimanche 31", ""],
)
def test_malformed_dates_never_crash_nor_give_impossible_values(text: str) -> None:
    for reference in (REF, None, "2016-02", "0025", "2016-13-45", "n'importe quoi", "9999-12-31",
                      "0001-01-01"):
        for expr in tag(text, reference=reference):
            assert "-02-30" not in expr.value and "-13-" not in expr.value
            assert "-02-31" not in expr.value and "T27" not in expr.value


WORDS = ["le", "32", "13", "2016", "0025", "février", "30", "mardi", "dernier", "prochain", "h",
         "hier", "soir", "il", "y", "a", "ans", "depuis", "/", "-", ",", "1er", "mi-", "fin",
         "années", "90", "XIXe", "siècle", "la", "nuit", "de", "à", "dans", "heures", "99",
         "veille", "du", "prochaines", "premier", "trimestre", "tous", "les", "jeudis", "d'ici",
         "ce", "moment-là", "dizaine", "et", "demi", "matin", "en", "97", "l'année", "suivante",
         "trente", "hiver"]


@given(st.lists(st.sampled_from(WORDS), max_size=12),
       st.sampled_from([REF, None, "2016-02", "0025", "2016-02-30", "junk"]))
@settings(max_examples=300, deadline=None)
def test_any_word_salad_is_tagged_without_crashing(words: list[str], reference: str | None) -> None:
    text = " ".join(words)
    for expr in tag(text, reference=reference):
        assert 0 <= expr.start < expr.end <= len(text)
        assert text[expr.start : expr.end] == expr.text
        assert expr.type in ("DATE", "TIME", "DURATION", "SET") and expr.value

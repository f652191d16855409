"""Who, where and when of event mentions read from the sentence around them, with hand-made
upstream spans (actors, places, times, figures) on French sentences."""

from __future__ import annotations

import pytest

from chronique.stages.events import extract
from tests.stages.events_helpers import actor, article, figure, place, time

JIHADISTS = {"actor_id": "hts", "canonical": "Hayat Tahrir al-Cham", "kind": "jihadist-group",
             "sector": "IRG", "side": "Syrian insurgents", "how": "coreference"}
REBELS = {"actor_id": "libyan-rebels", "canonical": "Rebelles libyens", "kind": "rebel-group",
          "sector": "REB", "how": "generic"}
LOYALISTS = {"actor_id": "gaddafi-forces", "canonical": "Forces pro-Kadhafi",
             "kind": "state-forces", "sector": "MIL", "how": "generic"}


def _only(mentions, kind=None):
    found = [m for m in mentions if kind is None or m.kind == kind]
    assert len(found) == 1, [(m.kind, m.trigger) for m in mentions]
    return found[0]


def test_unnamed_allies_are_the_associated_actor_of_their_side():
    text = ("Une offensive d'ampleur menée par les djihadistes et leurs alliés secoue "
            "actuellement le nord-ouest de la Syrie.")
    mention = _only(extract(article(text, actors=[actor(text, "djihadistes", **JIHADISTS)])))
    assert [a.text for a in mention.actor1] == ["djihadistes"]
    assert [a.text for a in mention.assoc1] == ["leurs alliés"]
    assert mention.assoc1[0].canonical == "alliés de Hayat Tahrir al-Cham"
    assert any(e.field == "assoc1" and e.text == "leurs alliés" for e in mention.evidence)


def test_fighting_between_two_sides_resumed_is_a_clash():
    text = ("Dans l'est du pays, d'intenses combats de rue ont repris dimanche entre les rebelles "
            "libyens et les forces loyales dans un quartier du port pétrolier de Brega.")
    spans = {"actors": [actor(text, "rebelles libyens", **REBELS),
                        actor(text, "forces loyales", **LOYALISTS)],
             "places": [place(text, "Brega", where_prec=1)]}
    mention = _only(extract(article(text, published="2011-07-18", **spans)))
    assert mention.kind == "armed_clash"
    assert [a.text for a in mention.actor1] == ["rebelles libyens"]
    assert [a.text for a in mention.actor2] == ["forces loyales"]


@pytest.mark.parametrize("text, held_by", [
    ("Des véhicules kamikazes ont frappé des positions tenues par des loyalistes.",
     "loyalistes"),
    ("L'aviation a multiplié les frappes contre des secteurs occupés par les insurgés.",
     "insurgés"),
])
def test_who_holds_the_target_is_actor2(text, held_by):
    mention = _only(extract(article(text, actors=[actor(text, held_by, **REBELS)])))
    assert [a.text for a in mention.actor2] == [held_by]
    assert mention.actor1 == []


def test_victims_named_in_the_toll_are_actor2():
    text = "Les tirs d'obus de mortier ont fait 13 blessés parmi les rebelles."
    spans = {"actors": [actor(text, "rebelles", **REBELS)],
             "figures": [figure(text, "13 blessés parmi les rebelles", kind="injured", best=13,
                                who="rebels")]}
    mention = _only(extract(article(text, **spans)))
    assert [a.text for a in mention.actor2] == ["rebelles"]


def test_a_subject_pronoun_takes_the_party_named_before_it():
    text = ("Les insurgés ont poursuivi leur route vers le village d'Om Al-Far, qu'ils ont pris "
            "en fin d'après-midi.")
    mentions = extract(article(text, actors=[actor(text, "insurgés", **REBELS)]))
    taken = _only(mentions, "nonstate_overtakes")
    assert [a.text for a in taken.actor1] == ["insurgés"]


def test_a_past_event_is_not_dated_by_a_later_day():
    text = ("Alors que le procès ouvert ce lundi a été reporté au 8 janvier prochain, quelques "
            "milliers de manifestants ont défilé pacifiquement dans le centre-ville du Caire.")
    spans = {"times": [time(text, "ce lundi", "2013-11-04"),
                       time(text, "8 janvier prochain", "2014-01-08")],
             "places": [place(text, "Caire", where_prec=1)]}
    mention = _only(extract(article(text, published="2013-11-05", **spans)))
    assert mention.date == "2013-11-04" and mention.date_precision == 1


def test_undated_events_take_the_day_of_the_last_dated_one_of_the_week():
    text = ("A Taiz ce même vendredi, les manifestants ont scandé des slogans. "
            "Les manifestants de Hodeidah ont aussi scandé des slogans pour la liberté.")
    spans = {"times": [time(text, "ce même vendredi", "2011-09-30")]}
    first, second = extract(article(text, published="2011-10-03", **spans))
    assert (first.date, first.date_precision) == ("2011-09-30", 1)
    assert (second.date, second.date_precision) == ("2011-09-30", 2)
    assert [e.text for e in second.evidence if e.field == "date"] == ["ce même vendredi"]


def test_a_day_long_past_sets_no_date_for_the_events_after_it():
    text = ("Les manifestants ont défilé le 11 février 2011. "
            "Les manifestants de Hodeidah ont aussi scandé des slogans pour la liberté.")
    spans = {"times": [time(text, "le 11 février 2011", "2011-02-11")]}
    _, second = extract(article(text, published="2011-10-03", **spans))
    assert (second.date, second.date_precision) == ("2011-10-03", 2)


def test_a_range_of_believed_dates_gives_its_start_coarsely():
    text = "Des combats ont opposé les rebelles aux forces loyales."
    mention = _only(extract(article(text, published="2016-12-01/2016-12-31")))
    assert (mention.date, mention.date_precision, mention.date_prec) == ("2016-12-01", 3, 4)


def test_the_place_is_not_taken_from_a_quotation_and_follows_ou():
    text = 'Passons en Syrie, à Tadmor, où les manifestants ont aussi scandé "Syrie et Yémen".'
    spans = {"places": [place(text, "Syrie", where_prec=6, kind="country"),
                        place(text, "Tadmor", where_prec=1, kind="town"),
                        place(text, "Syrie", nth=1, where_prec=6, kind="country"),
                        place(text, "Yémen", where_prec=6, kind="country")]}
    mention = _only(extract(article(text, **spans)))
    assert mention.place is not None and mention.place.text == "Tadmor"


def test_a_restated_toll_goes_to_no_event_and_its_parts_to_their_own():
    text = ("L'offensive a fait plus de 240 morts. Parmi les 240 morts, on dénombre 24 civils "
            "dont 19 enfants, victimes de frappes aériennes russes.")
    figures = [figure(text, "240 morts", kind="killed", best=240),
               figure(text, "240 morts", nth=1, kind="killed", best=240, refers_to=0),
               figure(text, "24 civils", kind="killed", best=24, part_of=1, who="civilians"),
               figure(text, "19 enfants", kind="killed", best=19, part_of=2, who="children")]
    mentions = extract(article(text, figures=figures))
    offensive = _only(mentions, "armed_clash")
    strike = _only(mentions, "air_strike")
    assert [f.best for f in offensive.figures] == [240]
    assert sorted(f.best for f in strike.figures) == [19, 24]


def test_a_toll_told_of_another_place_is_not_the_event_s():
    text = ("Depuis le début de l'offensive, 384 civils ont été tués à Alep-Est. "
            "105 civils l'ont été à Alep-Ouest.")
    spans = {"places": [place(text, "Alep-Est", where_prec=1),
                        place(text, "Alep-Ouest", where_prec=1)],
             "figures": [figure(text, "384 civils", kind="killed", best=384),
                         figure(text, "105 civils", kind="killed", best=105)]}
    mentions = extract(article(text, **spans))
    assert [f.best for m in mentions for f in m.figures] == [384]

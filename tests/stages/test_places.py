"""The places stage on French sentences (gazetteer scan only) and on the five seeds (with the
model), raw text with its page furniture."""

from __future__ import annotations

import pytest

from chronique.pipeline import Pipeline
from chronique.stages.places import make_places
from chronique.types import Article, Place

INITIAL = ("raw", "meta", "id", "text", "lang")


def places_of(text: str, *, use_model: bool) -> list[Place]:
    article = Article(id="t", text=text, raw=text, lang="fr")
    pipeline = Pipeline(["sentences", "places"], options={"places": {"use_model": use_model}},
                        on_error="raise", initial=INITIAL)
    return pipeline(article).places


def by_text(places: list[Place]) -> dict[str, Place]:
    found: dict[str, Place] = {}
    for place in places:
        found.setdefault(place.text, place)
    return found


SENTENCES = [
    # sentence, span, gazetteer id, part
    ("L'aviation a bombardé le quartier de Djobar, à l'est de Damas.", "Djobar",
     "sy-dam-jobar", None),
    ("L'aviation a bombardé le quartier de Djobar, à l'est de Damas.", "Damas",
     "geonames:170654", "est"),
    ("Les rebelles tiennent Qabun et Bab Touma, à Damas.", "Qabun", "sy-dam-qaboun", None),
    ("Les rebelles tiennent Qabun et Bab Touma, à Damas.", "Bab Touma", "sy-dam-bab-touma", None),
    ("Les combats font rage à Alep-Est, selon l'OSDH.", "Alep-Est", "sy-alep-est", "est"),
    ("La partie orientale d'Alep est assiégée.", "Alep", "geonames:170063", "est"),
    ("Une offensive secoue le nord-ouest de la Syrie.", "Syrie", "geonames:163843",
     "nord-ouest"),
    ("Les rebelles ne tiennent plus que la province d'Idleb.", "province d'Idleb",
     "sy-gov-idlib", None),
    ("Des tirs ont visé Kallassé et Boustane al-Qasr, deux quartiers d'Alep.", "Kallassé",
     "sy-alep-kallaseh", None),
    ("Des tirs ont visé Kallassé et Boustane al-Qasr, deux quartiers d'Alep.",
     "Boustane al-Qasr", "sy-alep-bustan-al-qasr", None),
    ("Des milliers de manifestants ont occupé la place Tahrir au Caire.", "place Tahrir",
     "eg-cairo-tahrir", None),
    ("À Sanaa, la place du Changement était noire de monde.", "place du Changement",
     "ye-sanaa-change-square", None),
    ("Les djihadistes contrôlent de larges pans du nord-ouest syrien.", "nord-ouest syrien",
     "geonames:163843", "nord-ouest"),
    ("Un obus est tombé dans la vieille ville de Damas. La Vieille ville est désertée.",
     "Vieille ville", "sy-dam-old-city", None),
    ("À Alep, la Vieille ville a été reprise par l'armée.", "Vieille ville", "sy-alep-old-city",
     None),
    ("Les insurgés de Misrata résistent, à l'est de Tripoli, en Libye.", "Tripoli",
     "geonames:2210247", "est"),
    ("Les affrontements entre Bab el-Tebbaneh et Jabal Mohsen ont repris à Tripoli, au Liban.",
     "Tripoli", "geonames:266826", None),
    # the only quarter of that name, in a story that names no country
    ("Un obus a frappé mardi le quartier de Khalidiyeh, à Homs, selon un médecin.",
     "Khalidiyeh", "sy-homs-khalidiyeh", None),
]


@pytest.mark.parametrize(("sentence", "span", "gid", "part"), SENTENCES)
def test_sentences(sentence: str, span: str, gid: str, part: str | None) -> None:
    place = by_text(places_of(sentence, use_model=False)).get(span)
    assert place is not None, f"{span!r} not found"
    assert place.gazetteer_id == gid
    assert place.part == part
    assert place.resolved and place.lat is not None and place.where_prec is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Les soutiens russe et iranien du régime syrien restent cruciaux.",
        "Impuissante, l'opposition syrienne en exil a accusé la communauté internationale.",
        "LAISSER UN COMMENTAIRE",
        "The reCAPTCHA verification period has expired. Please reload the page.",
        "Les forces de Hayet Tahrir al-Cham et d'Ahrar al-Cham ont attaqué.",
    ],
)
def test_no_place_in_these_sentences(sentence: str) -> None:
    assert places_of(sentence, use_model=False) == []


def test_a_story_that_names_no_country_is_placed_by_its_conflict_s_cues() -> None:
    # "Obo" names towns in Japan (an alias of Obihiro), China and the Central African
    # Republic; a story of a CAR rebel coalition is about the last
    text = ("Trois gendarmes ont été tués mardi à Obo. Les rebelles de la CPC revendiquent "
            "l'attaque.")
    place = by_text(places_of(text, use_model=False))["Obo"]
    assert place.country == "CF"


def test_offsets_point_at_the_span() -> None:
    text = "Selon l’OSDH, le quartier de Djobar à Damas a été bombardé."
    for place in places_of(text, use_model=False):
        assert text[place.start:place.end] == place.text
        assert place.stage == "places"


def test_the_stage_is_registered_with_its_contract() -> None:
    from chronique.pipeline import stage_spec

    spec = stage_spec("places")
    assert spec.order == 30
    assert set(spec.requires) == {"text", "sentences"}
    assert spec.assigns == ("places",)
    assert callable(make_places())


# -- the seeds, with the model ---------------------------------------------------------------

SEED_PLACES = {
    "000": [("Damas", "geonames:170654"), ("Syrie", "geonames:163843"),
            ("Djobar", "sy-dam-jobar"), ("Qabun", "sy-dam-qaboun"),
            ("Bab Touma", "sy-dam-bab-touma"), ("Rukn al Din", "sy-dam-rukn-al-din"),
            ("place des Abbassides", "sy-dam-abbasiyyin"), ("Genève", "geonames:2660646")],
    "001": [("Alep", "geonames:170063"), ("Allemagne", "geonames:2921044"),
            ("Etats-Unis", "geonames:6252001"), ("Kallassé", "sy-alep-kallaseh"),
            ("Boustane al-Qasr", "sy-alep-bustan-al-qasr"),
            ("Vieille ville", "sy-alep-old-city"), ("Alep-Est", "sy-alep-est"),
            ("Vieille ville d’Alep", "sy-alep-old-city"), ("Alep-Ouest", "sy-alep-ouest"),
            ("Russie", "geonames:2017370"), ("Syrie", "geonames:163843"),
            ("province d’Idleb", "sy-gov-idlib"), ("Damas", "geonames:170654")],
    "002": [("Syrie", "geonames:163843"), ("Alep", "geonames:170063"),
            ("Washington", "geonames:4140963"), ("Moscou", "geonames:524901"),
            ("Etats-Unis", "geonames:6252001"), ("Russie", "geonames:2017370")],
    "003": [("Syrie", "geonames:163843"), ("Alep", "geonames:170063"),
            ("Palmyre", "geonames:163808"), ("Moscou", "geonames:524901"),
            ("Alep-Est", "sy-alep-est"), ("Russie", "geonames:2017370"),
            ("États-Unis", "geonames:6252001"), ("Paris", "geonames:2988507"),
            ("Genève", "geonames:2660646")],
    "004": [("Syrie", "geonames:163843"), ("Alep", "geonames:170063"),
            ("Idleb", "geonames:169389"), ("Russie", "geonames:2017370"),
            ("Damas", "geonames:170654")],
}

NEVER_PLACES = {
    "Etat", "État", "Impuissante", "reCAPTCHA", "The reCAPTCHA", "COMMENTAIRE", "Russes",
    "Américains", "Nouvelle", "Rabais", "Si", "Vierge", "Daech", "HTS", "Al-Qaïda",
    "Bachar al-Assad", "Bachar Al-Assad", "Ahrar al-Cham", "Cham", "Hayet Tahrir al-Cham",
    "OSDH", "RTLMONDE", "Etat américain", "État américain", "Please reload the page",
}


@pytest.fixture(scope="module")
def seed_places(seeds: dict[str, str]) -> dict[str, list[Place]]:
    return {key: places_of(text, use_model=True) for key, text in seeds.items()}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("seed", "span", "gid"),
    [(seed, span, gid) for seed, pairs in SEED_PLACES.items() for span, gid in pairs],
)
def test_seed_toponyms_resolve_right(seed_places: dict[str, list[Place]], seed: str, span: str,
                                     gid: str) -> None:
    places = [place for place in seed_places[seed] if place.text == span]
    assert places, f"{span!r} not found in seed {seed}"
    assert {place.gazetteer_id for place in places} == {gid}
    assert all(place.resolved for place in places)


@pytest.mark.slow
@pytest.mark.parametrize("seed", sorted(SEED_PLACES))
def test_no_boilerplate_or_invented_place_in_seeds(seed_places: dict[str, list[Place]],
                                                   seed: str) -> None:
    texts = {place.text for place in seed_places[seed]}
    assert not texts & NEVER_PLACES
    assert all(place.resolved for place in seed_places[seed])


@pytest.mark.slow
def test_geneva_is_in_switzerland(seed_places: dict[str, list[Place]]) -> None:
    geneva = [p for seed in ("000", "003") for p in seed_places[seed] if p.text == "Genève"]
    assert geneva and all(p.country == "CH" for p in geneva)


@pytest.mark.slow
def test_seed_parts(seed_places: dict[str, list[Place]]) -> None:
    parts = {(p.text, p.part) for p in seed_places["004"]}
    assert ("Syrie", "nord-ouest") in parts
    assert ("nord-ouest syrien", "nord-ouest") in parts
    east = [p for p in seed_places["001"] if p.text == "Alep-Est"]
    assert east and all(p.part == "est" and p.where_prec == 2 for p in east)

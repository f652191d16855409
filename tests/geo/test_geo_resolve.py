"""Resolution against the gazetteer, with and without a prior from the article."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronique.geo.gazetteer import Gazetteer, get_gazetteer
from chronique.geo.normalize import normalize
from chronique.geo.resolve import Context, Resolver, distance_km, precision


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(get_gazetteer())


def context_of(resolver: Resolver, *gids: str, countries: tuple[str, ...] = ()) -> Context:
    context = Context()
    for gid in gids:
        entry = resolver.gazetteer.get(gid)
        assert entry is not None, gid
        context.add(entry)
    for country in countries:
        context.countries[country] += 1
    return context


DAMASCUS = "geonames:170654"
ALEPPO = "geonames:170063"


@pytest.mark.parametrize(
    ("text", "name", "country", "lat", "lon"),
    [
        ("Genève", "Geneva", "CH", 46.20, 6.15),
        ("Paris", "Paris", "FR", 48.86, 2.35),
        ("Alep", "Aleppo", "SY", 36.20, 37.16),
        ("Damas", "Damascus", "SY", 33.51, 36.29),
        ("Palmyre", "Tadmur", "SY", 34.56, 38.28),
        ("Idleb", "Idlib", "SY", 35.93, 36.63),
        ("Le Caire", "Cairo", "EG", 30.05, 31.25),
        ("Moscou", "Moscow", "RU", 55.75, 37.62),
    ],
)
def test_well_known_places_resolve_without_context(
    resolver: Resolver, text: str, name: str, country: str, lat: float, lon: float
) -> None:
    result = resolver.resolve(text)
    assert result.entry is not None
    assert (result.entry.name, result.entry.country) == (name, country)
    assert distance_km(lat, lon, result.entry.lat, result.entry.lon) < 10  # type: ignore[arg-type]
    assert (result.where_prec, result.geo_precision) == (1, 1)


@pytest.mark.parametrize(("country", "expected"), [("LY", "LY"), ("LB", "LB")])
def test_the_articles_country_chooses_between_namesakes(
    resolver: Resolver, country: str, expected: str
) -> None:
    result = resolver.resolve("Tripoli", context_of(resolver, countries=(country,) * 3))
    assert result.entry is not None and result.entry.country == expected


@pytest.mark.parametrize(
    ("text", "gid"),
    [
        ("Djobar", "sy-dam-jobar"),
        ("Jobar", "sy-dam-jobar"),
        ("Qabun", "sy-dam-qaboun"),
        ("Bab Touma", "sy-dam-bab-touma"),
        ("Rukn al Din", "sy-dam-rukn-al-din"),
        ("place des Abbassides", "sy-dam-abbasiyyin"),
        ("Ghouta orientale", "sy-eastern-ghouta"),
    ],
)
def test_damascus_neighbourhoods(resolver: Resolver, text: str, gid: str) -> None:
    result = resolver.resolve(text, context_of(resolver, DAMASCUS), hint="neighbourhood")
    assert result.entry is not None and result.entry.gid == gid
    assert result.entry.country == "SY"


@pytest.mark.parametrize(
    ("text", "gid"),
    [
        ("Kallassé", "sy-alep-kallaseh"),
        ("Boustane al-Qasr", "sy-alep-bustan-al-qasr"),
        ("Vieille ville", "sy-alep-old-city"),
        ("Alep-Est", "sy-alep-est"),
        ("Alep-Ouest", "sy-alep-ouest"),
        ("Cheikh Maqsoud", "sy-alep-sheikh-maqsoud"),
    ],
)
def test_aleppo_neighbourhoods_and_parts(resolver: Resolver, text: str, gid: str) -> None:
    result = resolver.resolve(text, context_of(resolver, ALEPPO))
    assert result.entry is not None and result.entry.gid == gid


def test_jobar_is_never_yabroud(resolver: Resolver) -> None:
    result = resolver.resolve("Jobar", context_of(resolver, DAMASCUS), hint="neighbourhood")
    assert result.entry is not None
    yabroud = resolver.resolve("Yabroud").entry
    assert yabroud is not None and result.entry.gid != yabroud.gid
    assert distance_km(result.entry.lat, result.entry.lon, 33.51, 36.29) < 8  # type: ignore[arg-type]


def test_an_unknown_neighbourhood_falls_back_to_the_city(resolver: Resolver) -> None:
    result = resolver.resolve("Zqwertyville", context_of(resolver, DAMASCUS),
                              hint="neighbourhood")
    assert result.fallback
    assert result.entry is not None and result.entry.gid == DAMASCUS
    assert result.where_prec == 2


def test_a_far_namesake_is_not_taken_for_a_neighbourhood(resolver: Resolver) -> None:
    # "Maadi" is a district of Cairo; with only Aleppo in the article it is not resolved to a
    # town elsewhere: the article's city comes back, coarser.
    result = resolver.resolve("Maadi", context_of(resolver, ALEPPO), hint="neighbourhood")
    assert result.entry is None or result.entry.gid == ALEPPO


def test_a_weak_match_without_support_stays_unresolved(resolver: Resolver) -> None:
    result = resolver.resolve("Solenzara", context_of(resolver, countries=("LY",)))
    assert result.entry is None or result.entry.country in ("FR", "LY")


def test_a_small_town_of_a_country_the_article_never_names_is_a_namesake(
    resolver: Resolver,
) -> None:
    """In a story of Niger, "Tamarou" is not the Japanese town of Tamaru, nor "Goubé" a
    Mexican one; a great city abroad, or a town of a country the article names, still is."""
    niger = context_of(resolver, countries=("NE", "NE"))
    assert resolver.resolve("Tamarou", niger).entry is None
    assert resolver.resolve("Goubé", niger).entry is None
    paris = resolver.resolve("Paris", niger).entry
    assert paris is not None and paris.country == "FR"
    with_japan = context_of(resolver, countries=("NE", "NE", "JP"))
    tamaru = resolver.resolve("Tamarou", with_japan).entry
    assert tamaru is not None and tamaru.country == "JP"
    assert resolver.resolve("Tamarou").entry is not None  # no context: nothing to go by


def test_unresolved_keeps_its_candidates() -> None:
    resolver = Resolver(get_gazetteer(), min_confidence=0.999)
    result = resolver.resolve("Tripoli")
    assert result.entry is None
    assert {"geonames:2210247", "geonames:266826"} <= {c.gid for c in result.candidates}


@pytest.mark.parametrize(
    ("gid", "part", "codes"),
    [
        ("geonames:163843", None, (6, 3)),  # Syria
        ("geonames:163843", "nord-ouest", (5, 3)),
        ("sy-gov-idlib", None, (4, 3)),
        ("sy-eastern-ghouta", None, (3, 2)),
        (DAMASCUS, None, (1, 1)),
        (DAMASCUS, "est", (2, 2)),
        ("sy-alep-est", None, (2, 1)),
        ("sy-dam-jobar", None, (1, 1)),
    ],
)
def test_precision_codes(gid: str, part: str | None, codes: tuple[int, int]) -> None:
    entry = get_gazetteer().get(gid)
    assert entry is not None
    assert precision(entry, part) == codes


def test_a_users_file_adds_places(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text(
        "id\tname\tvariants\tkind\tlat\tlon\tcountry\tadmin1\tparent\tpart\tanchor\tsource\n"
        "xx-dam-test\tHayy Test\tHay Tesst\tneighbourhood\t33.52\t36.30\tSY\t\t"
        f"{DAMASCUS}\t\t\texample\n",
        encoding="utf-8",
    )
    gazetteer = Gazetteer([extra])
    result = Resolver(gazetteer).resolve("Hay Test", context_of(Resolver(gazetteer), DAMASCUS))
    assert result.entry is not None and result.entry.gid == "xx-dam-test"
    assert result.entry.admin1 == "13"


@pytest.mark.parametrize(("name", "country"), [
    ("Tchad", True), ("Burkina Faso", True), ("République centrafricaine", True),
    ("Côte d'Ivoire", True), ("Alep", False), ("Niamey", False), ("Kivu", False),
])
def test_names_a_country_agrees_with_the_lookup(resolver: Resolver, name: str,
                                                country: bool) -> None:
    """The set of country keys the scan of a text asks stands for a lookup per name."""
    gazetteer = resolver.gazetteer
    key = normalize(name)
    assert gazetteer.names_a_country(key) is country
    assert any(entry.kind == "country" for entry in gazetteer.lookup_key(key)) is country


def test_a_users_country_entry_names_a_country(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text(
        "id\tname\tvariants\tkind\tlat\tlon\tcountry\tadmin1\tparent\tpart\tanchor\tsource\n"
        "xx-land\tTerre de Test\t\tcountry\t1.0\t1.0\tXX\t\t\t\t\texample\n",
        encoding="utf-8",
    )
    assert Gazetteer([extra]).names_a_country(normalize("Terre de Test"))
    assert not Gazetteer().names_a_country(normalize("Terre de Test"))


def test_names_alike_in_consonants_but_not_in_length_are_not_one_place(
    resolver: Resolver,
) -> None:
    """In a story of Cameroon, "Bali Nyonga" (not in the gazetteer) is not the town of Blangwa
    in another region, though their consonants match; "Idleb" is still Idlib."""
    cameroon = context_of(resolver, countries=("CM", "CM"))
    found = resolver.resolve("Bali Nyonga", cameroon).entry
    assert found is None or "blangwa" not in found.name.casefold()
    idlib = resolver.resolve("Idleb", context_of(resolver, countries=("SY", "SY"))).entry
    assert idlib is not None and idlib.name.startswith("Idl")


def test_a_short_other_spelling_of_a_city_abroad_is_not_that_city(resolver: Resolver) -> None:
    """In a story of Burkina Faso, an unknown village "Solle" is not Seoul, though one of
    Seoul's many romanisations folds to the same three letters; a French name of a city abroad
    ("Genève") is still that city, and Seoul named by its own name is Seoul."""
    burkina = context_of(resolver, countries=("BF", "BF"))
    found = resolver.resolve("Solle", burkina).entry
    assert found is None or found.country == "BF"
    geneva = resolver.resolve("Genève", burkina).entry
    assert geneva is not None and geneva.country == "CH"
    seoul = resolver.resolve("Séoul", burkina).entry
    assert seoul is not None and seoul.country == "KR"


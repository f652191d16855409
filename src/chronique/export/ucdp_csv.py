"""UCDP GED-style CSV: the GED codebook's columns that an article can fill.

Columns follow the UCDP Georeferenced Event Dataset codebook (id, year, type_of_violence,
side_a, side_b, source_article, source_headline, where_prec, where_coordinates, adm_1,
latitude, longitude, country, date_prec, date_start, date_end, deaths_a, deaths_b,
deaths_civilians, deaths_unknown, best, high, low…). ``type_of_violence``: 1 state-based (a
government side), 2 non-state, 3 one-sided violence against civilians; empty for kinds that
are not organized violence (protests, agreements…). UCDP's own ids (conflict, dyad, side) are
left empty: they are UCDP's to assign.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, BinaryIO

from .. import registry
from .encode import require_events, write_csv

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
UCDP_COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_name", "dyad_dset_id", "dyad_name", "side_a_dset_id", "side_a", "side_b_dset_id",
    "side_b", "number_of_sources", "source_article", "source_office", "source_date",
    "source_headline", "source_original", "where_prec", "where_coordinates",
    "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid",
    "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
)
OWN_COLUMNS = ("event_type", "sub_event_type", "status", "certainty", "modality", "attribution",
               "article_id", "review", "evidence")
COLUMNS = UCDP_COLUMNS + OWN_COLUMNS


def _side(row: dict[str, Any], role: str) -> str | None:
    actors = [a for a in row.get("actors") or [] if a.get("role") == role]
    if not actors:
        return None
    return actors[0].get("side") or actors[0].get("canonical") or actors[0].get("text")


def _government(row: dict[str, Any]) -> bool:
    return any((a.get("side") or "").casefold().startswith("government")
               or (a.get("sector") or "").casefold() in ("state", "government", "military")
               for a in row.get("actors") or [])


def type_of_violence(row: dict[str, Any]) -> int | None:
    if row.get("event_type") not in VIOLENT_TYPES:
        return None
    if row.get("civilian_targeting"):
        return 3
    return 1 if _government(row) else 2


def ucdp_record(row: dict[str, Any]) -> dict[str, Any]:
    """The UCDP-style columns (and ours) of one events-table row."""
    side_a, side_b = _side(row, "actor1"), _side(row, "actor2")
    if side_b is None and row.get("civilian_targeting"):
        side_b = "Civilians"
    lat, lon = row.get("latitude"), row.get("longitude")
    date = row.get("date") or ""
    best = row.get("killed_best")
    record = {
        "id": row.get("id"), "relid": row.get("id"), "year": date[:4] or None,
        "active_year": None, "code_status": None, "type_of_violence": type_of_violence(row),
        "conflict_dset_id": None, "conflict_name": None, "dyad_dset_id": None,
        "dyad_name": f"{side_a} - {side_b}" if side_a and side_b else None,
        "side_a_dset_id": None, "side_a": side_a, "side_b_dset_id": None, "side_b": side_b,
        "number_of_sources": row.get("independent_sources") or (
            len((row.get("source") or "").split("; ")) if row.get("source") else None),
        "source_article": row.get("url") or row.get("source"), "source_office": row.get("source"),
        "source_date": row.get("published"), "source_headline": row.get("title"),
        "source_original": row.get("attribution"),
        "where_prec": row.get("where_prec"), "where_coordinates": row.get("location"),
        "where_description": row.get("location"), "adm_1": row.get("admin1"),
        "adm_2": row.get("admin2"), "latitude": lat, "longitude": lon,
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else None,
        "priogrid_gid": None, "country": row.get("country"), "country_id": None,
        "region": row.get("region"),
        "event_clarity": 1 if row.get("certainty") in (None, "reported") else 2,
        "date_prec": row.get("date_prec"), "date_start": row.get("date"),
        "date_end": row.get("date_end") or row.get("date"),
        "deaths_a": row.get("deaths_a"), "deaths_b": row.get("deaths_b"),
        "deaths_civilians": row.get("deaths_civilians"),
        "deaths_unknown": row.get("deaths_unknown"),
        "best": best, "high": row.get("killed_high") if row.get("killed_high") is not None
        else best,
        "low": row.get("killed_low") if row.get("killed_low") is not None else best,
    }
    return {**record, **{column: row.get(column) for column in OWN_COLUMNS}}


def write_ucdp_csv(rows: Iterable[dict[str, Any]], out: BinaryIO, *, table: str) -> int:
    """Write events as UCDP GED-style CSV; other tables are refused."""
    require_events("ucdp-csv", table)
    return write_csv((ucdp_record(row) for row in rows), COLUMNS, out)


registry.formats.register("ucdp-csv", write_ucdp_csv)

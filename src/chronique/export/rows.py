"""Rows of the ``events`` table: one flat dict per event, from a mention or a merged event.

:func:`event_row` reads any event-like object — an :class:`~chronique.types.EventMention` of
one article or a merged :class:`~chronique.types.Event` — and returns the same keys for both,
so the ACLED, UCDP and GeoJSON writers work on either. Scalars are flat (``actor1``,
``latitude``, ``killed_best``…); lists and dicts (``actors``, ``place``, ``figures``,
``evidence``, ``review``) stay nested for JSON Lines and are JSON-encoded by the tabular writers.

The table ``events`` yields one row per event mention of the stored articles: statements that
did not occur (hypothetical, conditional, possible, future, negated, questions) are left out
unless ``include_all``; the filters since/until/place/type/actor mean what they mean for merged
events (:func:`chronique.merge.store.matches`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .. import registry
from ..events.context import OCCURRED
from ..merge.mentions import main_country
from ..merge.store import matches
from ..serde import to_dict
from ..store.base import Store
from ..types import ActorMention, Article
from .countries import country_info

ROLES = ("actor1", "actor2", "assoc1", "assoc2")
#: UCDP where_prec of an event known only to its country
COUNTRY_ONLY = 6
CIVILIANS = frozenset({"civilians", "civilian", "children", "child", "women", "civils", "enfants",
                       "femmes", "patients", "residents", "habitants"})
SOLDIERS = frozenset({"soldiers", "soldats", "police", "policiers", "military", "troops"})
FIGHTERS = frozenset({"fighters", "combatants", "rebels", "jihadists", "militants", "insurgents",
                      "combattants", "rebelles", "djihadistes", "jihadistes"})
FIGURE_KINDS = ("killed", "injured", "missing", "arrested", "displaced", "evacuated", "fled")


def _name(mention: ActorMention) -> str:
    """The actor as ACLED names it where its dictionary entry or generic role says how, else
    its canonical name, else the article's words."""
    return getattr(mention, "acled", None) or mention.canonical or mention.text


def _names(mentions: list[ActorMention]) -> str:
    return "; ".join(dict.fromkeys(_name(m) for m in mentions))


def _figures(event: Any) -> list[dict[str, Any]]:
    """Figures as dicts with ``top`` (not a "dont" part of another figure of the event)."""
    if hasattr(event, "figures"):
        return [dict(to_dict(f), top=f.part_of is None) for f in event.figures]
    return [dict(to_dict(c), top=True, part_of=None) for c in getattr(event, "claims", [])]


def _count(figure: dict[str, Any], which: str) -> int | None:
    value = figure.get(which)
    return figure.get("best") if value is None else value


def figure_totals(event: Any) -> dict[str, int | None]:
    """``<kind>_low/best/high``: a mention's top-level figures of each kind summed; a merged
    event's claims of each kind reconciled across sources (its toll as the event states it)."""
    totals: dict[str, int | None] = {}
    if not hasattr(event, "figures"):
        from ..merge.reconcile import reconcile

        for kind in FIGURE_KINDS:
            triple = reconcile(event.claims, kind)
            totals.update(zip((f"{kind}_low", f"{kind}_best", f"{kind}_high"), triple,
                              strict=True))
        for which in ("low", "best", "high"):  # the event's own toll (a review may set it)
            totals[f"killed_{which}"] = getattr(event, f"fatalities_{which}", None)
        return totals
    figures = [f for f in _figures(event) if f["top"]]
    for kind in FIGURE_KINDS:
        own = [f for f in figures if f.get("kind") == kind]
        for which in ("low", "best", "high"):
            known = [v for v in (_count(f, which) for f in own) if v is not None]
            totals[f"{kind}_{which}"] = sum(known) if known else None
    return totals


def deaths_by_party(event: Any) -> dict[str, int | None]:
    """UCDP's deaths_a / deaths_b / deaths_civilians / deaths_unknown from the killed figures."""
    figures = [f for f in _figures(event) if f.get("kind") == "killed"]
    total = figure_totals(event).get("killed_best")
    if total is None:
        return dict.fromkeys(("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"))
    side_a_government = _government(event.actor1[0]) if event.actor1 else False
    if not hasattr(event, "figures"):
        return _merged_deaths(event, total, side_a_government)
    parts = {"a": 0, "b": 0, "civilians": 0}
    for figure in figures:
        who = (figure.get("who") or "").casefold()
        best = figure.get("best") or 0
        if who in CIVILIANS and (figure["top"] or not _is_civilian_parent(figure, figures)):
            parts["civilians"] += best
        elif who in SOLDIERS and figure["top"]:
            parts["a" if side_a_government else "b"] += best
        elif who in FIGHTERS and figure["top"]:
            parts["b" if side_a_government else "a"] += best
    unknown = max(total - sum(parts.values()), 0)
    return {"deaths_a": parts["a"], "deaths_b": parts["b"],
            "deaths_civilians": parts["civilians"], "deaths_unknown": unknown}


def _merged_deaths(event: Any, total: int, side_a_government: bool) -> dict[str, int | None]:
    """A merged event's deaths by party: each party's toll reconciled across the sources."""
    from ..merge.reconcile import reconcile

    def toll(who: frozenset[str]) -> int:
        return reconcile(event.claims, "killed", nested=True, who=who)[1] or 0

    soldiers, fighters = toll(SOLDIERS), toll(FIGHTERS)
    parts = {"a": soldiers if side_a_government else fighters,
             "b": fighters if side_a_government else soldiers, "civilians": toll(CIVILIANS)}
    unknown = max(total - sum(parts.values()), 0)
    return {"deaths_a": parts["a"], "deaths_b": parts["b"],
            "deaths_civilians": parts["civilians"], "deaths_unknown": unknown}


def _is_civilian_parent(figure: dict[str, Any], figures: list[dict[str, Any]]) -> bool:
    """Whether a nested civilian figure sits under another civilian figure of the event."""
    return any(other["top"] and (other.get("who") or "").casefold() in CIVILIANS
               for other in figures if other is not figure)


def _government(mention: ActorMention) -> bool:
    values = [(mention.sector or "").casefold(), (mention.kind or "").casefold()]
    return any(v in ("state", "government", "military", "police") for v in values) or (
        (mention.side or "").casefold().startswith("government"))


def _place(event: Any, country: str | None) -> dict[str, Any]:
    """Location columns; without a place, ``country`` (the articles' most named country) with
    UCDP ``where_prec`` 6 (only the country is known) and no coordinates."""
    place = event.place
    if place is None:
        return {"location": None, "latitude": None, "longitude": None, "country_code": country,
                "admin1": None, "admin2": None, "geo_precision": None,
                "where_prec": COUNTRY_ONLY if country else None}
    return {"location": place.name or place.text, "latitude": place.lat, "longitude": place.lon,
            "country_code": place.country, "admin1": place.admin1, "admin2": place.admin2,
            "geo_precision": place.geo_precision or _geo_precision(place.kind),
            "where_prec": place.where_prec}


def _geo_precision(kind: str | None) -> int | None:
    """ACLED geo_precision from the kind of place when the Places stage did not set it."""
    if kind in ("city", "town", "village", "neighbourhood", "district", "site"):
        return 1
    if kind in ("admin2", "region"):
        return 2
    if kind in ("admin1", "country"):
        return 3
    return None


def event_row(event: Any, *, article: Article | None = None, index: int | None = None,
              ) -> dict[str, Any]:
    """The flat row of one event mention (with its ``article``) or of one merged event."""
    attribution = getattr(event, "attribution", None)
    fallback = getattr(event, "country", None) or (main_country(article) if article else None)
    place = _place(event, fallback)
    country = country_info(place["country_code"])
    row: dict[str, Any] = {
        "id": getattr(event, "id", None) or (f"{article.id}#{index}" if article else None),
        "article_id": article.id if article else None,
        "kind": event.kind, "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "disorder_type": getattr(event, "disorder_type", None),
        "plover": event.plover, "plover_mode": event.plover_mode,
        "trigger": getattr(event, "trigger", None),
        "text": getattr(event, "text", None) or getattr(event, "summary", None),
        "date": event.date, "date_end": getattr(event, "date_end", None) or event.date,
        "date_precision": event.date_precision, "date_prec": getattr(event, "date_prec", None),
        **{role: _names(getattr(event, role)) or None for role in ROLES},
        "actor1_id": event.actor1[0].actor_id if event.actor1 else None,
        "actor2_id": event.actor2[0].actor_id if event.actor2 else None,
        "actors": [dict(to_dict(m), role=role) for role in ROLES for m in getattr(event, role)],
        **place, **country,
        "place": to_dict(event.place),
        "figures": _figures(event), **figure_totals(event),
        "source": _sources(event, article),
        "url": article.url if article else None,
        "title": article.title if article else None,
        "published": article.published.value if article and article.published else None,
        "attribution": attribution.source if attribution else None,
        "attribution_verb": attribution.verb if attribution else None,
        "attribution_strength": attribution.strength if attribution else None,
        "modality": event.modality, "certainty": event.certainty,
        "occurred": getattr(event, "occurred", event.modality in OCCURRED),
        "status": getattr(event, "status", "news"),
        "civilian_targeting": bool(getattr(event, "civilian_targeting", False)),
        "mentions": list(getattr(event, "mentions", [])),
        "episode_id": getattr(event, "episode_id", None),
        "review": dict(getattr(event, "review", {}) or {}),
        **_merged_fields(event),
        "evidence": [to_dict(item) for item in event.evidence],
    }
    row.update(deaths_by_party(event))
    return row


def _merged_fields(event: Any) -> dict[str, Any]:
    """What only a merged event has: its reconciled toll, every source's claim, a summary."""
    if not hasattr(event, "claims"):
        return {}
    from ..merge.timeline import claim_text

    return {
        "fatalities_low": event.fatalities_low, "fatalities_best": event.fatalities_best,
        "fatalities_high": event.fatalities_high,
        "claims": "; ".join(claim_text(claim) for claim in event.claims),
        "independent_sources": getattr(event, "independent_sources", None),
        "summary": event.summary,
    }


def _sources(event: Any, article: Article | None) -> str | None:
    from .outlets import outlet_names

    return "; ".join(outlet_names(event, article.source if article else None)) or None


def mention_rows(store: Store, *, include_all: bool = False, modality: str | None = None,
                 **filters: Any) -> Iterator[dict[str, Any]]:
    """One row per event mention of the stored articles (see the module docstring)."""
    for article in store.iter_articles(include_rejected=False):
        for index, mention in enumerate(article.events):
            occurred = mention.occurred and mention.modality in OCCURRED
            if not (include_all or modality or occurred):
                continue
            if modality and mention.modality != modality:
                continue
            if matches(mention, **filters):  # type: ignore[arg-type]
                yield event_row(mention, article=article, index=index)


def event_rows(store: Store, **options: Any) -> Iterator[dict[str, Any]]:
    """The merged events once the merge has run on this store, else the event mentions."""
    merged = store.count_events() > 0
    yield from (merged_rows if merged else mention_rows)(store, **options)


registry.tables.register("events", event_rows)
registry.tables.register("event_mentions", mention_rows)


def merged_rows(store: Store, *, include_all: bool = False, modality: str | None = None,
                **filters: Any) -> Iterator[dict[str, Any]]:
    """One row per merged event (:func:`chronique.merge.store.load_events`), reviews applied."""
    from ..merge.store import load_events

    for event in load_events(store, **filters):
        occurred = event.modality in OCCURRED
        if (include_all or modality or occurred) and (not modality or event.modality == modality):
            yield event_row(event)


registry.tables.register("merged_events", merged_rows)

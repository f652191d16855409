"""What the API serves, as plain rows built from the store: no HTTP here.

Events come from :func:`chronique.merge.store.load_events` (reviews applied); actors, places and
the timeline are aggregates over the same filtered events, so every view agrees with the others.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Any

from ..export.outlets import outlet_names
from ..merge.store import matches
from ..serde import to_dict
from ..store.base import Store
from ..types import ActorMention, Article, Event, Evidence

SNIPPET = 160  # characters of context around an evidence span when no sentence holds it


def event_status(event: Event) -> str:
    """The event's review status: accepted | rejected | edited | split | unreviewed."""
    overall = event.review.get("*", {}).get("status")
    if overall:
        return str(overall)
    fields = [value.get("status") for key, value in event.review.items() if key != "*"]
    return "edited" if fields else "unreviewed"


def actor_names(mentions: Iterable[ActorMention]) -> list[str]:
    names = [mention.canonical or mention.text or mention.actor_id or "" for mention in mentions]
    return list(dict.fromkeys(name for name in names if name))


def event_row(event: Event) -> dict[str, Any]:
    """One flat row per event: the list view, the CSV twin and GeoJSON properties."""
    place = event.place
    return {
        "id": event.id,
        "date": event.date,
        "date_end": event.date_end,
        "date_precision": event.date_precision,
        "kind": event.kind,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "place": (place.name or place.text) if place else None,
        "country": (place.country if place and place.country else None) or event.country,
        "admin1": place.admin1 if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "actor1": "; ".join(actor_names(event.actor1)),
        "actor2": "; ".join(actor_names(event.actor2)),
        "fatalities_low": event.fatalities_low,
        "fatalities_best": event.fatalities_best,
        "fatalities_high": event.fatalities_high,
        "certainty": event.certainty,
        "modality": event.modality,
        # an earlier incident its articles recall with its own date, not their news
        "background": getattr(event, "status", "news") == "background",
        "summary": event.summary,
        "sources": "; ".join(outlet_names(event)),
        "n_articles": len({m.split("#")[0] for m in event.mentions} or
                          {e.article_id for e in event.evidence}),
        "review": event_status(event),
        "reviewed_fields": "; ".join(sorted(key for key in event.review if key != "*")),
    }


def select(found: list[Event], **filters: Any) -> list[Event]:
    """The events passing the CLI's filters plus ``status`` (review status)."""
    status = filters.pop("status", None)
    given = {key: value for key, value in filters.items() if value}
    return [event for event in found if matches(event, **given)
            and (not status or event_status(event) == status)]


def event_detail(store: Store, event: Event) -> dict[str, Any]:
    """The whole event, each evidence with its article and the sentence around it."""
    data = to_dict(event)
    data["background"] = data.get("status") == "background"
    data["status"] = event_status(event)  # the review status (the record's is `background`)
    articles: dict[str, Article | None] = {}
    evidence = []
    for item in event.evidence:
        if item.article_id not in articles:
            articles[item.article_id] = store.get(item.article_id)
        evidence.append(_evidence(item, articles[item.article_id]))
    data["evidence"] = evidence
    for mention in event.mentions:
        article_id = mention.split("#")[0]
        if article_id not in articles:
            articles[article_id] = store.get(article_id)
    data["articles"] = [article_summary(article) for article in articles.values() if article]
    return data


def _evidence(item: Evidence, article: Article | None) -> dict[str, Any]:
    row = to_dict(item)
    row["context"] = None
    if article is not None:
        start, end = _context(article, item.start, item.end)
        row["context"] = {"start": start, "end": end, "text": article.text[start:end]}
        row["text"] = item.text or article.text[item.start:item.end]
        row["article_title"] = article.title
        row["article_source"] = article.source
    return row


def _context(article: Article, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``[start, end)``, else a window around it."""
    for sentence in article.sentences:
        if sentence.start <= start and end <= sentence.end:
            return sentence.start, sentence.end
    return max(0, start - SNIPPET), min(len(article.text), end + SNIPPET)


def article_summary(article: Article) -> dict[str, Any]:
    claim = article.published
    return {
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "published": claim.value if claim else None,
        "page_date": claim.page_date if claim else None,
        "lang": article.lang,
        "rejected": article.rejected,
        "n_events": len(article.events),
        "length": len(article.text),
    }


def article_detail(article: Article) -> dict[str, Any]:
    """Cleaned text, what cleaning removed, and every span found in it."""
    data = article_summary(article)
    data.update(
        text=article.text,
        removed=to_dict(article.removed),
        published_claim=to_dict(article.published),
        duplicate_of=article.duplicate_of,
        spans={
            "sentences": to_dict(article.sentences),
            "times": to_dict(article.times),
            "places": to_dict(article.places),
            "actors": to_dict(article.actors),
            "figures": to_dict(article.figures),
            "attributions": to_dict(article.attributions),
            "entities": to_dict(article.entities),
            "events": [_mention(mention) for mention in to_dict(article.events)],
        },
    )
    return data


def _mention(mention: dict[str, Any]) -> dict[str, Any]:
    keys = ("start", "end", "stage", "text", "kind", "event_type", "date", "modality",
            "certainty", "trigger")
    return {key: mention.get(key) for key in keys}


def article_page(store: Store, *, search: str | None = None, include_rejected: bool = True,
                 limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """One page of article summaries, counted, searched and cut in the store: only the rows
    of the page are read, and none is decoded whole."""
    total, rows = store.article_page(search=search, include_rejected=include_rejected,
                                     limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset,
            "items": [asdict(row) for row in rows]}


def articles(store: Store, *, search: str | None = None,
             include_rejected: bool = True) -> Iterator[Article]:
    return store.iter_articles(search=search or None, include_rejected=include_rejected)


def actors(found: list[Event]) -> list[dict[str, Any]]:
    """Actors of the events: name, id, roles, event count, fatalities."""
    table: dict[str, dict[str, Any]] = {}
    for event in found:
        for role in ("actor1", "actor2", "assoc1", "assoc2"):
            for mention in getattr(event, role):
                name = mention.canonical or mention.text or mention.actor_id
                if not name:
                    continue
                row = table.setdefault(name, {
                    "name": name, "actor_id": mention.actor_id, "kind": mention.kind,
                    "country": mention.country, "roles": set(), "events": set(),
                    "fatalities": 0})
                row["roles"].add(role)
                if event.id not in row["events"]:
                    row["events"].add(event.id)
                    row["fatalities"] += event.fatalities_best or 0
    rows = [{**row, "roles": "; ".join(sorted(row["roles"])), "events": len(row["events"])}
            for row in table.values()]
    return sorted(rows, key=lambda row: (-row["events"], row["name"]))


def places(found: list[Event]) -> list[dict[str, Any]]:
    """Places of the events with coordinates, event count, fatalities and date range."""
    table: dict[tuple[Any, ...], dict[str, Any]] = {}
    for event in found:
        place = event.place
        if place is None:
            continue
        name = place.name or place.text
        key = (name, place.lat, place.lon)
        row = table.setdefault(key, {
            "name": name, "gazetteer_id": place.gazetteer_id, "country": place.country,
            "admin1": place.admin1, "lat": place.lat, "lon": place.lon, "events": 0,
            "fatalities": 0, "first": event.date, "last": event.date})
        row["events"] += 1
        row["fatalities"] += event.fatalities_best or 0
        if event.date:
            row["first"] = min(filter(None, [row["first"], event.date]))
            row["last"] = max(filter(None, [row["last"], event.date]))
    return sorted(table.values(), key=lambda row: (-row["events"], str(row["name"])))


def timeline(found: list[Event]) -> list[dict[str, Any]]:
    """Events per day: count, fatalities, event ids."""
    counts: Counter[str] = Counter()
    deaths: Counter[str] = Counter()
    ids: dict[str, list[str]] = defaultdict(list)
    for event in found:
        if not event.date:
            continue
        counts[event.date] += 1
        deaths[event.date] += event.fatalities_best or 0
        ids[event.date].append(event.id)
    return [{"date": day, "events": counts[day], "fatalities": deaths[day], "ids": ids[day]}
            for day in sorted(counts)]


def feature(row: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON feature of a flat row with ``lat``/``lon`` (null geometry when unplaced)."""
    geometry = None
    if row.get("lat") is not None and row.get("lon") is not None:
        geometry = {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
    return {"type": "Feature", "id": row.get("id") or row.get("name"), "geometry": geometry,
            "properties": row}

"""The API's endpoints: reads (JSON with CSV and GeoJSON twins) and reviews (writes).

Lists take ``limit``/``offset`` and say their ``total``; the ``.csv``, ``.geojson`` and
``.jsonl`` twins stream every row (no cap unless ``limit`` is given).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse

from ..merge import review
from ..serde import to_dict
from ..store.base import Store
from ..types import Event
from . import queries
from .models import (
    ActorPage,
    ActorRow,
    ArticlePage,
    Detail,
    EventPage,
    EventRow,
    MergeRequest,
    Meta,
    PlacePage,
    PlaceRow,
    ReviewPage,
    ReviewRequest,
    ReviewRow,
    SplitRequest,
    Timeline,
)

read = APIRouter(prefix="/api")
write = APIRouter(prefix="/api")

MAX_PAGE = 1000
NO_CONTROL = r"^[^\x00-\x1f\x7f]*$"  # text parameters hold no control characters
CSV_TYPE = "text/csv; charset=utf-8"
GEOJSON_TYPE = "application/geo+json"
JSONL_TYPE = "application/x-ndjson"
EVENT_COLUMNS = list(EventRow.model_fields)
TEXT = {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "CSV"}
GEO = {"content": {GEOJSON_TYPE: {"schema": {"type": "object"}}}, "description": "GeoJSON"}
LINES = {"content": {JSONL_TYPE: {"schema": {"type": "string"}}}, "description": "JSON lines"}


def get_store(request: Request) -> Store:
    return request.app.state.stores.proxy()  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(get_store)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="rows per page")]
Offset = Annotated[int, Query(ge=0, le=10**9)]
Cap = Annotated[int | None, Query(ge=1, description="at most this many rows (default: all)")]


class Filters:
    """The CLI's filters plus the review status."""

    def __init__(
        self,
        since: Annotated[str | None, Query(max_length=10, description="YYYY[-MM[-DD]]")] = None,
        until: Annotated[str | None, Query(max_length=10, description="YYYY[-MM[-DD]]")] = None,
        place: Annotated[str | None, Query(max_length=200)] = None,
        type: Annotated[str | None, Query(max_length=200)] = None,  # noqa: A002
        actor: Annotated[str | None, Query(max_length=200)] = None,
        status: Annotated[str | None, Query(
            pattern="^(unreviewed|edited|accepted|rejected|split)$")] = None,
    ) -> None:
        self.values = {"since": since, "until": until, "place": place, "type": type,
                       "actor": actor, "status": status}

    def events(self, request: Request) -> list[Event]:
        return queries.select(all_events(request), **self.values)


FilterDep = Annotated[Filters, Depends()]


def all_events(request: Request) -> list[Event]:
    return request.app.state.stores.events()  # type: ignore[no-any-return]


def page(rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    return {"total": len(rows), "limit": limit, "offset": offset,
            "items": rows[offset:offset + limit]}


def _cap(rows: list[dict[str, Any]], limit: int | None, offset: int) -> list[dict[str, Any]]:
    return rows[offset:offset + limit] if limit else rows[offset:]


def csv_response(rows: Iterable[dict[str, Any]], columns: list[str], name: str) -> Any:
    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: _cell(value) for key, value in row.items()})
            if buffer.tell() > 65536:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    return StreamingResponse(lines(), media_type=CSV_TYPE,
                             headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def geojson_response(rows: Iterable[dict[str, Any]]) -> Any:
    def chunks() -> Iterator[str]:
        yield '{"type":"FeatureCollection","features":['
        for index, row in enumerate(rows):
            prefix = "," if index else ""
            yield prefix + json.dumps(queries.feature(row), ensure_ascii=False)
        yield "]}"

    return StreamingResponse(chunks(), media_type=GEOJSON_TYPE)


def jsonl_response(items: Iterable[Any], convert: Callable[[Any], Any]) -> Any:
    lines = (json.dumps(convert(item), ensure_ascii=False) + "\n" for item in items)
    return StreamingResponse(lines, media_type=JSONL_TYPE)


# -- meta -------------------------------------------------------------------------------------
@read.get("/meta", response_model=Meta, tags=["meta"])
def meta(request: Request, store: StoreDep) -> dict[str, Any]:
    """Counts, date range and bounds of the events; what can be reviewed."""
    found = all_events(request)
    dates = sorted(event.date for event in found if event.date)
    points = [(e.place.lon, e.place.lat) for e in found
              if e.place and e.place.lat is not None and e.place.lon is not None]
    bounds = None
    if points:
        lons, lats = zip(*points, strict=True)
        bounds = [min(lons), min(lats), max(lons), max(lats)]
    return {"articles": store.count(), "events": len(found),
            "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
            "bounds": bounds, "editable": list(review.EDITABLE),
            "writes_need_token": request.app.state.token is not None,
            "languages": ["fr", "en"]}


# -- events -----------------------------------------------------------------------------------
@read.get("/events", response_model=EventPage, tags=["events"])
def list_events(request: Request, filters: FilterDep, limit: Limit = 100,
                offset: Offset = 0) -> dict[str, Any]:
    """Merged events (reviews applied), filtered, one page."""
    rows = [queries.event_row(event) for event in filters.events(request)]
    return page(rows, limit, offset)


@read.get("/events.csv", tags=["events"], response_class=StreamingResponse,
          responses={200: TEXT})
def events_csv(request: Request, filters: FilterDep, limit: Cap = None,
               offset: Offset = 0) -> Any:
    """Every filtered event as CSV (streamed, review status included)."""
    rows = [queries.event_row(event) for event in filters.events(request)]
    return csv_response(_cap(rows, limit, offset), EVENT_COLUMNS, "events")


@read.get("/events.geojson", tags=["events"], response_class=StreamingResponse,
          responses={200: GEO})
def events_geojson(request: Request, filters: FilterDep, limit: Cap = None,
                   offset: Offset = 0) -> Any:
    """Every filtered event as a GeoJSON FeatureCollection (null geometry when unplaced)."""
    rows = [queries.event_row(event) for event in filters.events(request)]
    return geojson_response(_cap(rows, limit, offset))


@read.get("/events.jsonl", tags=["events"], response_class=StreamingResponse,
          responses={200: LINES})
def events_jsonl(request: Request, filters: FilterDep, limit: Cap = None,
                 offset: Offset = 0) -> Any:
    """Every filtered event, whole (evidence, claims, review), one JSON object per line."""
    found = filters.events(request)
    found = found[offset:offset + limit] if limit else found[offset:]
    return jsonl_response(found, to_dict)


@read.get("/events/{event_id}", response_model=Detail, tags=["events"])
def event_detail(event_id: str, request: Request, store: StoreDep) -> dict[str, Any]:
    """One event with its evidence (each with its article and sentence) and review log."""
    for event in all_events(request):
        if event.id == event_id:
            detail = queries.event_detail(store, event)
            detail["reviews"] = review.review_log(store, event_id=event_id)
            return detail
    raise HTTPException(404, f"no event {event_id!r}")


# -- articles ---------------------------------------------------------------------------------
@read.get("/articles", response_model=ArticlePage, tags=["articles"])
def list_articles(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=500, pattern=NO_CONTROL,
                                   description="full-text search")] = None,
    include_rejected: bool = True,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Articles (search over title and text), one page (searched and cut in the store)."""
    return queries.article_page(store, search=q, include_rejected=include_rejected,
                                limit=limit, offset=offset)


@read.get("/articles/{article_id}", response_model=Detail, tags=["articles"])
def article_detail(article_id: str, store: StoreDep) -> dict[str, Any]:
    """One article: cleaned text, removed pieces, every span found in it."""
    article = store.get(article_id) if article_id.strip() else None
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return queries.article_detail(article)


# -- actors, places, timeline -----------------------------------------------------------------
@read.get("/actors", response_model=ActorPage, tags=["aggregates"])
def list_actors(request: Request, filters: FilterDep, limit: Limit = 100,
                offset: Offset = 0) -> dict[str, Any]:
    """Actors of the filtered events, most active first."""
    return page(queries.actors(filters.events(request)), limit, offset)


@read.get("/actors.csv", tags=["aggregates"], response_class=StreamingResponse,
          responses={200: TEXT})
def actors_csv(request: Request, filters: FilterDep) -> Any:
    return csv_response(queries.actors(filters.events(request)), list(ActorRow.model_fields),
                        "actors")


@read.get("/places", response_model=PlacePage, tags=["aggregates"])
def list_places(request: Request, filters: FilterDep, limit: Limit = 100,
                offset: Offset = 0) -> dict[str, Any]:
    """Places of the filtered events, busiest first."""
    return page(queries.places(filters.events(request)), limit, offset)


@read.get("/places.csv", tags=["aggregates"], response_class=StreamingResponse,
          responses={200: TEXT})
def places_csv(request: Request, filters: FilterDep) -> Any:
    return csv_response(queries.places(filters.events(request)), list(PlaceRow.model_fields),
                        "places")


@read.get("/places.geojson", tags=["aggregates"], response_class=StreamingResponse,
          responses={200: GEO})
def places_geojson(request: Request, filters: FilterDep) -> Any:
    return geojson_response(queries.places(filters.events(request)))


@read.get("/timeline", response_model=Timeline, tags=["aggregates"])
def timeline(request: Request, filters: FilterDep) -> dict[str, Any]:
    """Filtered events per day."""
    days = queries.timeline(filters.events(request))
    return {"total": sum(day["events"] for day in days),
            "fatalities": sum(day["fatalities"] for day in days), "items": days}


@read.get("/timeline.csv", tags=["aggregates"], response_class=StreamingResponse,
          responses={200: TEXT})
def timeline_csv(request: Request, filters: FilterDep) -> Any:
    return csv_response(queries.timeline(filters.events(request)),
                        ["date", "events", "fatalities", "ids"], "timeline")


# -- reviews ----------------------------------------------------------------------------------
@read.get("/reviews", response_model=ReviewPage, tags=["reviews"])
def list_reviews(store: StoreDep, event_id: Annotated[str | None, Query(max_length=200)] = None,
                 limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """The append-only review log, oldest first."""
    return page(review.review_log(store, event_id=event_id), limit, offset)


@read.get("/reviews.csv", tags=["reviews"], response_class=StreamingResponse,
          responses={200: TEXT})
def reviews_csv(store: StoreDep) -> Any:
    return csv_response(review.review_log(store), list(ReviewRow.model_fields), "reviews")


def _who(request: Request, given: str | None) -> str:
    return (given or request.headers.get("x-chronique-user") or "local").strip()[:200] or "local"


@write.post("/events/{event_id}/review", response_model=ReviewRow, tags=["reviews"])
def review_event(event_id: str, body: ReviewRequest, request: Request,
                 store: StoreDep) -> dict[str, Any]:
    """Accept, reject, edit or reset one field (``field="*"``: the whole event)."""
    return review.review_field(store, event_id, action=body.action, field=body.field,
                               value=body.value, who=_who(request, body.who), note=body.note)


@write.post("/merge", response_model=ReviewRow, tags=["reviews"])
def merge(body: MergeRequest, request: Request, store: StoreDep) -> dict[str, Any]:
    """Say that several events are one."""
    return review.merge_events(store, body.ids, into=body.into, who=_who(request, body.who),
                               note=body.note)


@write.post("/events/{event_id}/split", response_model=ReviewRow, tags=["reviews"])
def split(event_id: str, body: SplitRequest, request: Request, store: StoreDep) -> dict[str, Any]:
    """Say that the reports of some articles of an event are another event."""
    return review.split_event(store, event_id, articles=body.articles,
                              who=_who(request, body.who), note=body.note)

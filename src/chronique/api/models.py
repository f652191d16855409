"""Request and response shapes of the HTTP API (they make its OpenAPI schema)."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

#: the largest review value, as JSON text (a place, a list of actors, a number, a date)
MAX_VALUE_CHARS = 10_000
Id = Annotated[str, Field(min_length=1, max_length=200)]


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    """Every error: ``{"error": {"code": "not-found", "message": "…"}}``."""

    error: ErrorDetail


class EventRow(BaseModel):
    id: str
    date: str | None
    date_end: str | None
    date_precision: int | None
    kind: str
    event_type: str | None
    sub_event_type: str | None
    place: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    actor1: str
    actor2: str
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    certainty: str
    modality: str
    background: bool = False
    summary: str
    sources: str
    n_articles: int
    review: str
    reviewed_fields: str


class ArticleRow(BaseModel):
    id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    page_date: str | None
    lang: str | None
    rejected: str | None
    n_events: int
    length: int


class ActorRow(BaseModel):
    name: str
    actor_id: str | None
    kind: str | None
    country: str | None
    roles: str
    events: int
    fatalities: int


class PlaceRow(BaseModel):
    name: str | None
    gazetteer_id: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    events: int
    fatalities: int
    first: str | None
    last: str | None


class DayRow(BaseModel):
    date: str
    events: int
    fatalities: int
    ids: list[str]


class ReviewRow(BaseModel):
    id: int
    at: str
    who: str
    event_id: str
    field: str
    action: str
    before: Any = None
    after: Any = None
    note: str | None = None


class Page(BaseModel):
    total: int
    limit: int
    offset: int


class EventPage(Page):
    items: list[EventRow]


class ArticlePage(Page):
    items: list[ArticleRow]


class ActorPage(Page):
    items: list[ActorRow]


class PlacePage(Page):
    items: list[PlaceRow]


class Timeline(BaseModel):
    total: int
    fatalities: int
    items: list[DayRow]


class ReviewPage(Page):
    items: list[ReviewRow]


class Detail(BaseModel):
    """A whole article or event: its fields as the library's dataclasses serialize them."""

    model_config = ConfigDict(extra="allow")
    id: str


class Meta(BaseModel):
    articles: int
    events: int
    first: str | None
    last: str | None
    bounds: list[float] | None
    editable: list[str]
    writes_need_token: bool
    languages: list[str]


class ReviewRequest(BaseModel):
    action: Literal["accept", "reject", "edit", "reset"]
    field: str = Field("*", max_length=100,
                       description="an editable field, or '*' for the whole event")
    value: Any = Field(None, description="the new value (edit only; at most "
                       f"{MAX_VALUE_CHARS:,} characters as JSON)")
    who: str | None = Field(None, max_length=200)
    note: str | None = Field(None, max_length=2000)

    @field_validator("value")
    @classmethod
    def _bounded(cls, value: Any) -> Any:
        size = len(json.dumps(value, ensure_ascii=False))
        if size > MAX_VALUE_CHARS:
            raise ValueError(f"value too large: {size:,} characters as JSON, at most "
                             f"{MAX_VALUE_CHARS:,}")
        return value


class MergeRequest(BaseModel):
    ids: list[Id] = Field(..., min_length=2, max_length=100, description="events that are one")
    into: str | None = Field(None, max_length=200,
                             description="the id kept (default: the first)")
    who: str | None = Field(None, max_length=200)
    note: str | None = Field(None, max_length=2000)


class SplitRequest(BaseModel):
    articles: list[Id] = Field(..., min_length=1, max_length=1000,
                               description="articles whose reports become a new event")
    who: str | None = Field(None, max_length=200)
    note: str | None = Field(None, max_length=2000)

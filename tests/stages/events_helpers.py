"""Hand-made upstream spans for event tests: find a phrase in the text and make the span."""

from __future__ import annotations

from typing import Any

from chronique.types import (
    ActorMention,
    Article,
    Attribution,
    DateClaim,
    Figure,
    Place,
    TimeExpr,
)


def find(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def actor(text: str, phrase: str, *, nth: int = 0, **fields: Any) -> ActorMention:
    start, end = find(text, phrase, nth)
    return ActorMention(start, end, "actors", phrase, **fields)


def place(text: str, phrase: str, *, nth: int = 0, **fields: Any) -> Place:
    start, end = find(text, phrase, nth)
    fields.setdefault("name", phrase)
    return Place(start, end, "places", phrase, **fields)


def time(text: str, phrase: str, value: str, *, nth: int = 0, type: str = "DATE") -> TimeExpr:  # noqa: A002
    start, end = find(text, phrase, nth)
    return TimeExpr(start, end, "times", phrase, type=type, value=value)


def figure(text: str, phrase: str, *, nth: int = 0, **fields: Any) -> Figure:
    start, end = find(text, phrase, nth)
    return Figure(start, end, "figures", phrase, **fields)


def attribution(text: str, phrase: str, target: str, *, nth: int = 0, **fields: Any) -> Attribution:
    start, end = find(text, phrase, nth)
    t_start, t_end = find(text, target)
    return Attribution(start, end, "figures", phrase, target_start=t_start, target_end=t_end,
                       **fields)


def article(text: str, *, published: str = "2024-11-29", **spans: Any) -> Article:
    return Article(id="t-" + str(abs(hash(text)) % 10**8), text=text, lang="fr",
                   published=DateClaim(value=published, precision="day"), **spans)


SYRIA_GOV = {"actor_id": "sy-gov", "canonical": "Military Forces of Syria", "kind": "state",
             "sector": "state", "country": "SY", "side": "Government of Syria"}
HTS = {"actor_id": "hts", "canonical": "Hayat Tahrir al-Sham", "kind": "rebel", "sector": "rebel",
       "country": "SY"}

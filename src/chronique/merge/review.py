"""Analysts' reviews of merged events: an append-only log applied at read time.

Every change (accept, reject, edit or reset a field; accept or reject a whole event; merge or
split events) is one row of the ``reviews`` table: who, when, event id, field, value before,
value after, action. Nothing is ever updated or deleted there. :func:`apply_reviews` replays the
log over the events the merge saved; it is registered as the ``review`` overlay of
:func:`chronique.merge.store.load_events`, so every reader (exports, timeline, API) sees reviewed
values, and a merge that re-saves its events never overwrites them.

A reviewed field's status lands in :attr:`Event.review`:
``{"fatalities_best": {"status": "edited", "by": "ana", "at": "…", "machine": 3}, "*": {…}}``
where ``"*"`` is the status of the event as a whole and ``machine`` the value the machine gave.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import logging
from dataclasses import asdict, replace
from typing import Any

from ..errors import ChroniqueError
from ..serde import from_dict, to_dict
from ..store.base import ReviewRecord, Store
from ..types import ActorMention, Event, Place
from .store import load_events, overlays

log = logging.getLogger(__name__)

#: Fields an analyst may edit, and the JSON type each takes.
EDITABLE: dict[str, str] = {
    "kind": "str", "event_type": "str", "sub_event_type": "str", "plover": "str",
    "date": "date", "date_end": "date", "date_precision": "int",
    "fatalities_low": "int", "fatalities_best": "int", "fatalities_high": "int",
    "modality": "str", "certainty": "str", "summary": "str",
    "place": "place", "actor1": "actors", "actor2": "actors", "assoc1": "actors",
    "assoc2": "actors",
}
FIELD_ACTIONS = ("accept", "reject", "edit", "reset")
EVENT_ACTIONS = ("accept", "reject", "reset")
STAGE = "review"


class ReviewError(ChroniqueError):
    """A review that cannot be applied: unknown event or field, bad value."""

    code = "review"


class UnknownEvent(ReviewError):
    """The event to review does not exist."""

    code = "not-found"


def review_log(store: Store, *, event_id: str | None = None) -> list[dict[str, Any]]:
    """The log rows, oldest first (of one event, merges and splits touching it included)."""
    return [_decoded(record) for record in store.reviews(event_id=event_id)]


def _decoded(record: ReviewRecord) -> dict[str, Any]:
    row = {"id": record.id, **{key: value for key, value in asdict(record).items()
                               if key != "id"}}
    row["before"] = json.loads(row["before"]) if row["before"] is not None else None
    row["after"] = json.loads(row["after"]) if row["after"] is not None else None
    return row


def _append(store: Store, *, who: str, event_id: str, field: str, action: str, before: Any,
            after: Any, note: str | None = None) -> dict[str, Any]:
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    record = store.add_review(ReviewRecord(
        at=at, who=who, event_id=event_id, field=field, action=action,
        before=json.dumps(before, ensure_ascii=False), after=json.dumps(after, ensure_ascii=False),
        note=note))
    row = _decoded(record)
    row["before"], row["after"] = before, after
    return row


def _current(store: Store, event_id: str) -> Event:
    for event in load_events(store):
        if event.id == event_id:
            return event
    raise UnknownEvent(f"no event {event_id!r}")


def review_field(store: Store, event_id: str, *, action: str, field: str = "*",
                 value: Any = None, who: str = "local", note: str | None = None) -> dict[str, Any]:
    """Log an accept/reject/edit/reset of one field (``"*"``: the whole event); the new row."""
    if field == "*":
        if action not in EVENT_ACTIONS:
            raise ReviewError(f"action {action!r} does not apply to a whole event")
    elif field not in EDITABLE:
        raise ReviewError(f"field {field!r} cannot be reviewed; fields: {', '.join(EDITABLE)}")
    if action not in FIELD_ACTIONS:
        raise ReviewError(f"unknown action {action!r}; actions: {', '.join(FIELD_ACTIONS)}")
    event = _current(store, event_id)
    before = (event.review.get("*", {}).get("status") if field == "*"
              else to_dict(getattr(event, field)))
    if action == "edit":
        after = to_dict(_coerce(field, value, getattr(event, field)))
    elif action == "accept":
        after = "accepted" if field == "*" else before
    elif action == "reject":
        after = "rejected" if field == "*" else None
    else:
        after = None
    return _append(store, who=who, event_id=event_id, field=field, action=action, before=before,
                   after=after, note=note)


def merge_events(store: Store, ids: list[str], *, into: str | None = None, who: str = "local",
                 note: str | None = None) -> dict[str, Any]:
    """Log that ``ids`` are one event, kept under ``into`` (default: the first id)."""
    if len(set(ids)) < 2:
        raise ReviewError("a merge needs at least two distinct events")
    target = into or ids[0]
    if target not in ids:
        raise ReviewError("the event merged into must be one of the merged events")
    known = {event.id for event in load_events(store)}
    missing = [event_id for event_id in ids if event_id not in known]
    if missing:
        raise UnknownEvent(f"no event {missing[0]!r}")
    return _append(store, who=who, event_id=target, field="*", action="merge",
                   before=list(dict.fromkeys(ids)), after=target, note=note)


def split_event(store: Store, event_id: str, *, articles: list[str], who: str = "local",
                note: str | None = None) -> dict[str, Any]:
    """Log that the reports of ``articles`` in ``event_id`` are a separate event; the new row."""
    event = _current(store, event_id)
    mine = set(_article_ids(event))
    chosen = sorted(set(articles))
    if not chosen or not set(chosen) <= mine:
        raise ReviewError(f"articles to split off must be among {sorted(mine)}")
    if set(chosen) == mine:
        raise ReviewError("a split must leave at least one article in the event")
    new_id = split_id(event_id, chosen)
    return _append(store, who=who, event_id=event_id, field="*", action="split",
                   before=chosen, after=new_id, note=note)


def split_id(event_id: str, articles: list[str]) -> str:
    digest = hashlib.sha1("\n".join([event_id, *sorted(articles)]).encode()).hexdigest()[:8]
    return f"{event_id}-s{digest}"


# -- the overlay ------------------------------------------------------------------------------
def apply_reviews(store: Store, events: list[Event]) -> list[Event]:
    """Replay the review log over ``events`` (the ``review`` overlay of ``load_events``)."""
    rows = review_log(store)
    if not rows:
        return events
    by_id = {event.id: event for event in events}
    machine = {event.id: event for event in events}
    for row in rows:
        _replay(row, by_id, machine)
    return [event for event in by_id.values() if event is not None]


def _replay(row: dict[str, Any], by_id: dict[str, Event], machine: dict[str, Event]) -> None:
    event = by_id.get(row["event_id"])
    if event is None:
        log.info("review %s: event %s is gone", row["id"], row["event_id"])
        return
    stamp = {"by": row["who"], "at": row["at"], "review_id": row["id"]}
    action, field = row["action"], row["field"]
    if action == "merge":
        _replay_merge(event, row, by_id, stamp)
    elif action == "split":
        _replay_split(event, row, by_id, machine, stamp)
    elif field == "*":
        status = {"accept": "accepted", "reject": "rejected"}.get(action)
        if status:
            event.review["*"] = {"status": status, **stamp}
        else:
            event.review.pop("*", None)
    else:
        _replay_field(event, field, action, row["after"], machine.get(event.id, event), stamp)


def _replay_field(event: Event, field: str, action: str, after: Any, machine: Event,
                  stamp: dict[str, Any]) -> None:
    original = event.review.get(field, {}).get("machine", to_dict(getattr(machine, field)))
    if action == "reset":
        setattr(event, field, _coerce(field, original, None))
        event.review.pop(field, None)
        return
    status = {"accept": "accepted", "reject": "rejected", "edit": "edited"}[action]
    setattr(event, field, _coerce(field, after, None) if after is not None else _empty(field))
    event.review[field] = {"status": status, "machine": original, **stamp}


def _replay_merge(target: Event, row: dict[str, Any], by_id: dict[str, Event],
                  stamp: dict[str, Any]) -> None:
    absorbed = []
    for other_id in row["before"] or []:
        other = by_id.get(other_id)
        if other is None or other is target:
            continue
        target.mentions += [m for m in other.mentions if m not in target.mentions]
        target.sources += [s for s in other.sources if s not in target.sources]
        target.evidence += other.evidence
        target.claims += other.claims
        by_id[other_id] = None  # type: ignore[assignment]
        absorbed.append(other_id)
    merged = target.review.get("*", {}).get("merged", [])
    target.review["*"] = {**target.review.get("*", {}), "merged": merged + absorbed, **stamp}


def _replay_split(event: Event, row: dict[str, Any], by_id: dict[str, Event],
                  machine: dict[str, Event], stamp: dict[str, Any]) -> None:
    articles, new_id = set(row["before"] or []), row["after"]
    new = copy.deepcopy(event)
    new.id, new.review = new_id, {"*": {"status": "split", "split_from": event.id, **stamp}}
    for target, keep in ((event, False), (new, True)):
        target.mentions = [m for m in target.mentions if (m.split("#")[0] in articles) == keep]
        target.evidence = [e for e in target.evidence if (e.article_id in articles) == keep]
        target.claims = [c for c in target.claims if (c.article_id in articles) == keep]
    event.review.setdefault("*", {})
    event.review["*"] = {**event.review["*"], "split_into": new_id, **stamp}
    by_id[new_id] = new
    machine[new_id] = new


def _article_ids(event: Event) -> list[str]:
    ids = [mention.split("#")[0] for mention in event.mentions]
    ids += [evidence.article_id for evidence in event.evidence]
    return list(dict.fromkeys(ids))


# -- values -----------------------------------------------------------------------------------
def _empty(field: str) -> Any:
    return [] if EDITABLE[field] == "actors" else None


def _coerce(field: str, value: Any, current: Any) -> Any:
    kind = EDITABLE[field]
    if value is None:
        return _empty(field)
    try:
        if kind == "int":
            number = int(value)
            if number < 0:
                raise ValueError("negative")
            return number
        if kind == "date":
            text = str(value)
            dt.date.fromisoformat(text) if len(text) == 10 else dt.date.fromisoformat(
                (text + "-01-01")[:10])
            return text
        if kind == "str":
            return str(value)
        if kind == "place":
            return _place(value, current)
        return _actors(value)
    except (TypeError, ValueError) as error:
        raise ReviewError(f"bad value for {field}: {value!r} ({error})") from error


def _place(value: Any, current: Place | None) -> Place:
    if isinstance(value, str):
        value = {"name": value}
    if not isinstance(value, dict):
        raise ValueError("a place is an object or a name")
    if "start" in value and "stage" in value:
        return from_dict(Place, value)
    base = current or Place(start=-1, end=-1, stage=STAGE)
    fields = {key: value[key] for key in ("name", "lat", "lon", "country", "admin1", "admin2")
              if key in value}
    for key in ("lat", "lon"):
        if fields.get(key) is not None:
            fields[key] = float(fields[key])
            if abs(fields[key]) > (90 if key == "lat" else 180):
                raise ValueError(f"{key} out of range")
    return replace(base, stage=STAGE, **fields)


def _actors(value: Any) -> list[ActorMention]:
    if isinstance(value, str):
        value = [part.strip() for part in value.split(";") if part.strip()]
    result = []
    for item in value:
        if isinstance(item, dict):
            result.append(from_dict(ActorMention, {"start": -1, "end": -1, "stage": STAGE,
                                                   **item}))
        else:
            result.append(ActorMention(start=-1, end=-1, stage=STAGE, text=str(item),
                                       canonical=str(item), how="review"))
    return result


overlays.register("review", apply_reviews)

"""The dated timeline: per day, the merged events (summary, figures, sources) and, where typed
events are few, the best sentence among those that refer to that day.

Date references (DATEWISE-like): every day-precise ``DATE`` time expression of an article is a
reference from that article to that day, and its sentence a candidate entry for the day. A day's
importance is ranked on evidence::

    score = 2 × independent sources of its events + ln(1 + fatalities) + references

where references sums, over the articles referring to the day, 1 when the article writes the
date with its year ("le 25 janvier 2011") and 0.5 when the date was resolved from a relative
expression ("mercredi"); page stamps (bylines, update notices, comment headers: the language
table ``timeline``) and bare date headers are not references. ``top`` keeps the best ``top``
days (the earliest on ties). The sentence chosen for a day without events is the
candidate closest to the others of that day (the most words shared with them: the centroid
sentence), so a day is summed up by what most articles say of it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..errors import ConfigError
from ..lang import table
from ..store.base import Store
from ..types import Article, Event
from .episodes import Episode, load_episodes
from .mentions import OCCURRED
from .store import in_range, load_events

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WORD = re.compile(r"\w{3,}")
_YEAR = re.compile(r"\b\d{4}\b")
RELATIVE_WEIGHT = 0.5
MIN_WORDS = 2
MAX_SENTENCE_CHARS = 400


@dataclass(slots=True)
class Entry:
    """One line of the timeline: a merged event, or a sentence that refers to the day."""

    summary: str
    kind: str = "sentence"  # sentence | the event's kind
    event_id: str | None = None
    figures: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    fatalities: int | None = None
    place: str | None = None
    article_id: str | None = None
    start: int = -1
    end: int = -1
    weight: int = 0  # independent sources of the event (orders a day's entries)


@dataclass(slots=True)
class Day:
    """One date of the timeline with its entries and the evidence it was ranked on."""

    date: str
    entries: list[Entry] = field(default_factory=list)
    sources: int = 0
    fatalities: int = 0
    references: int = 0
    reference_weight: float = 0.0
    score: float = 0.0


@dataclass(slots=True)
class Candidate:
    date: str
    sentence: str
    article_id: str
    start: int
    end: int
    weight: float = 1.0  # 1 for a date written in full, RELATIVE_WEIGHT for a resolved one


def build_timeline(store: Store, *, since: str | None = None, until: str | None = None,
                   place: str | None = None, actor: str | None = None,
                   type: str | None = None,  # noqa: A002 - the CLI's filter name
                   top: int | None = None, sentences: bool = True,
                   per_day: int = 1) -> list[Day]:
    """The timeline of the store's merged events and date references, oldest day first."""
    filters = dict(since=since, until=until, place=place, actor=actor, type=type)
    events = [e for e in load_events(store, **filters) if e.modality in OCCURRED]
    candidates: list[Candidate] = []
    if not (place or actor or type):  # date references carry no place/actor/type to filter on
        articles = store.iter_articles(include_rejected=False)
        candidates = [c for c in date_candidates(articles) if in_range(c.date, since, until)]
    return timeline_of(events, candidates, top=top, sentences=sentences, per_day=per_day)


def timeline_of(events: list[Event], candidates: list[Candidate], *, top: int | None = None,
                sentences: bool = True, per_day: int = 1) -> list[Day]:
    """Days from events and date-reference candidates, ranked, cut to ``top``, by date."""
    days: dict[str, Day] = {}
    roots: dict[str, set[str]] = {}
    for event in events:
        if event.date and _DAY.match(event.date[:10]) and event.date_precision == 1:
            # only an event dated to the day is a day of the timeline (not one dated "around"
            # the article's date, a month, a year or a range)
            day = days.setdefault(event.date[:10], Day(event.date[:10]))
            entry = entry_of(event)
            entry.weight = event.independent_sources or len(event.sources)
            day.entries.append(entry)
            roots.setdefault(day.date, set()).update(event.roots or event.sources)
            day.sources = len(roots[day.date])
            day.fatalities += event.fatalities_best or 0
    by_day: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        by_day.setdefault(candidate.date, []).append(candidate)
    for date, group in by_day.items():
        day = days.setdefault(date, Day(date))
        day.references = len({candidate.article_id for candidate in group})
        weights: dict[str, float] = {}
        for candidate in group:
            weights[candidate.article_id] = max(weights.get(candidate.article_id, 0.0),
                                                candidate.weight)
        day.reference_weight = round(sum(weights.values()), 6)
        if sentences and len(day.entries) < per_day:
            day.entries.extend(best_sentences(group, per_day - len(day.entries)))
    for day in days.values():
        day.score = round(2 * day.sources + math.log1p(day.fatalities) + day.reference_weight,
                          6)
        day.entries = _dedupe(sorted(day.entries, key=_importance))
        day.entries = day.entries[: max(per_day, len([e for e in day.entries if e.event_id]))]
    ranked = sorted(days.values(), key=lambda day: (-day.score, day.date))
    chosen = ranked[:top] if top is not None else ranked
    return sorted(chosen, key=lambda day: day.date)


def episodes_within(store: Store, days: list[Day]) -> list[Episode]:
    """The stored episodes that overlap the span of ``days``."""
    first, last = days[0].date, days[-1].date
    return [episode for episode in load_episodes(store)
            if episode.end >= first and episode.start <= last]


def entry_of(event: Event) -> Entry:
    place = event.place.name or event.place.text if event.place else None
    return Entry(
        summary=event.summary, kind=event.kind or event.event_type or "event", event_id=event.id,
        figures=[claim_text(claim) for claim in event.claims], sources=list(event.sources),
        fatalities=event.fatalities_best, place=place,
    )


def date_candidates(articles: Any) -> list[Candidate]:
    """Every day-precise DATE time expression of the articles, with its sentence.

    Left out: reprints (they refer to nothing their original does not), page stamps (a date in
    a byline, update notice or comment header: the language table ``timeline``), and sentences
    with fewer than :data:`MIN_WORDS` words besides the date (headers such as "Mercredi 30
    janvier"). A date written with its year weighs 1, a resolved relative one
    :data:`RELATIVE_WEIGHT`.
    """
    candidates = []
    for article in articles:
        if article.duplicate_of:
            continue
        stamps = _stamps(article.lang or "fr")
        for time in article.times:
            value = (time.value or "")[:10]
            if time.type != "DATE" or not _DAY.match(value):
                continue
            start, end = _sentence_bounds(article, time.start, time.sentence_start,
                                          time.sentence_end)
            text = " ".join(article.text[start:end].split())
            if not text or len(text) > MAX_SENTENCE_CHARS or _is_stamp(article, time, stamps):
                continue
            rest = article.text[start:time.start] + " " + article.text[time.end:end]
            if len(_WORD.findall(rest)) < MIN_WORDS:
                continue
            weight = 1.0 if _YEAR.search(time.text) else RELATIVE_WEIGHT
            candidates.append(Candidate(value, text, article.id, start, end, weight))
    return candidates


@cache
def _stamps(lang: str) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    try:
        data = table(lang, "timeline")
    except ConfigError:
        return (), None
    pattern = data.get("stamp_pattern")
    return (tuple(word.casefold() for word in data.get("stamp_words", ())),
            re.compile(pattern, re.IGNORECASE) if pattern else None)


def _is_stamp(article: Article, time: Any, stamps: tuple) -> bool:
    words, pattern = stamps
    around = (article.text[max(0, time.start - 40):time.start] + " … "
              + article.text[time.end:time.end + 25]).casefold()
    if any(word in around for word in words):
        return True
    return bool(pattern and pattern.match(article.text[time.end:time.end + 12]))


def best_sentences(group: list[Candidate], count: int) -> list[Entry]:
    """The ``count`` candidates sharing the most words with the day's other candidates."""
    bags = [Counter(_WORD.findall(candidate.sentence.casefold())) for candidate in group]
    total: Counter[str] = Counter()
    for bag in bags:
        total.update(set(bag))
    scored = []
    for candidate, bag in zip(group, bags, strict=True):
        shared = sum(total[word] - 1 for word in bag)
        scored.append((-shared / (1 + len(bag)) ** 0.5, candidate.article_id, candidate.start,
                       candidate))
    chosen, seen = [], set()
    for *_, candidate in sorted(scored, key=lambda item: item[:3]):
        if candidate.sentence in seen:
            continue
        seen.add(candidate.sentence)
        chosen.append(Entry(summary=candidate.sentence, article_id=candidate.article_id,
                            start=candidate.start, end=candidate.end))
        if len(chosen) == count:
            break
    return chosen


def _importance(entry: Entry) -> tuple[int, int, int]:
    """Events first, the best-sourced then the deadliest; sentences keep their rank."""
    return (0 if entry.event_id else 1, -entry.weight, -(entry.fatalities or 0))


def _dedupe(entries: list[Entry]) -> list[Entry]:
    seen: set[str] = set()
    kept = []
    for entry in entries:
        key = " ".join(entry.summary.casefold().split())
        if key not in seen or entry.event_id:
            seen.add(key)
            kept.append(entry)
    return kept


def claim_text(claim: Any) -> str:
    value = claim.best if claim.best is not None else claim.low
    prefix = "≥" if claim.best is None and claim.low is not None else ""
    who = f" {claim.who}" if claim.who else ""
    tags = " (dont)" if claim.nested else " (cumul)" if claim.cumulative else ""
    source = f" selon {claim.source}" if claim.source else ""
    return f"{claim.kind} {prefix}{value}{who}{source}{tags}"


def _sentence_bounds(article: Article, offset: int, start: int, end: int) -> tuple[int, int]:
    if 0 <= start < end:
        return start, end
    for sentence in article.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return offset, offset



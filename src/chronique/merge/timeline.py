"""The dated timeline: per day, the merged events (summary, figures, sources) and, where typed
events are few, the best sentence among those that refer to that day.

Date references (DATEWISE-like): every time expression of an article resolved to a day is a
reference from that article to that day, and its sentence a candidate entry for the day. A
day's importance is ranked on evidence::

    score = sources × independent sources of its events
          + fatalities × ln(1 + its fatalities)
          + Σ over the articles referring to it of their strongest reference

with the weights of :class:`Weights`: a date written with its year ("le 25 janvier 2011") or
with its day and month ("le 15 février": the year is the article's, or when that is unknown
or ambiguous the year in which the collection's full dates name that month most) weighs 1,
1.5 when the article was published in a later month (it looks back to the day: landmarks are
referred to long after), a date resolved from a relative expression ("mercredi", "dimanche
soir") 0.5, and an article published that day 0.5 — publication alone never makes a day. Page
stamps (bylines, update notices, comment headers), dates closing a source citation (the
language table ``timeline``) and bare date headers are not references. ``top`` keeps the
best ``top`` days (the earliest on ties). A day is summed up by the sentences closest to
everything said of it (its events' evidence and the sentences that refer to it: the centroid
sentences, those writing the day out or an event's evidence before those resolved from a
relative expression; an article's lead only when nothing else is said).
"""

from __future__ import annotations

import datetime
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
_DAY_MONTH = re.compile(r"\b(1er|\d{1,2})\b")
_NO_YEAR = re.compile(r"^XXXX-\d{2}-\d{2}$")
_PART_OF_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}T(MO|AF|EV|NI)$")
MIN_WORDS = 2
LEAD_WORDS = 6
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
    published: int = 0  # articles published that day
    score: float = 0.0
    summary: list[str] = field(default_factory=list)  # the day in a few sentences


@dataclass(frozen=True, slots=True)
class Weights:
    """What each piece of evidence adds to a day's score (see the module notes)."""

    full: float = 1.0  # a date written with its year: "le 25 janvier 2011"
    partial: float = 1.0  # a day and month, the year taken from the article: "le 15 février"
    relative: float = 0.5  # resolved from the article's date: "mercredi", "la veille"
    published: float = 0.5  # an article published that day
    retrospective: float = 1.5  # a day written by an article published in a later month
    sources: float = 1.0  # an independent source of the day's events
    fatalities: float = 0.0  # × ln(1 + the day's fatalities)

    def of(self, kind: str) -> float:
        return float(getattr(self, kind))


@dataclass(slots=True)
class Candidate:
    date: str
    sentence: str
    article_id: str
    start: int
    end: int
    weight: float = 1.0  # what :class:`Weights` gives its kind
    kind: str = "full"  # full | partial | relative | retrospective | published


def build_timeline(store: Store, *, since: str | None = None, until: str | None = None,
                   place: str | None = None, actor: str | None = None,
                   type: str | None = None,  # noqa: A002 - the CLI's filter name
                   top: int | None = None, sentences: bool = True,
                   per_day: int = 1, weights: Weights | None = None) -> list[Day]:
    """The timeline of the store's merged events and date references, oldest day first."""
    filters = dict(since=since, until=until, place=place, actor=actor, type=type)
    events = [e for e in load_events(store, **filters) if e.modality in OCCURRED]
    candidates: list[Candidate] = []
    if not (place or actor or type):  # date references carry no place/actor/type to filter on
        articles = store.iter_articles(include_rejected=False)
        candidates = [c for c in date_candidates(articles, weights=weights)
                      if in_range(c.date, since, until)]
    return timeline_of(events, candidates, top=top, sentences=sentences, per_day=per_day,
                       weights=weights)


def timeline_of(events: list[Event], candidates: list[Candidate], *, top: int | None = None,
                sentences: bool = True, per_day: int = 1,
                weights: Weights | None = None) -> list[Day]:
    """Days from events and date-reference candidates, ranked, cut to ``top``, by date."""
    weights = weights or Weights()
    days: dict[str, Day] = {}
    roots: dict[str, set[str]] = {}
    said: dict[str, list[Candidate]] = {}  # everything said of each day, for its summary
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
            if event.summary:
                said.setdefault(day.date, []).append(
                    Candidate(day.date, event.summary, f"event:{event.id}", 0, 0, kind="event"))
    by_day: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        by_day.setdefault(candidate.date, []).append(candidate)
    for date, group in by_day.items():
        if date not in days and all(c.kind == "published" for c in group):
            continue  # a publication date alone names nothing that happened
        day = days.setdefault(date, Day(date))
        day.references = len({c.article_id for c in group if c.kind != "published"})
        day.published = len({c.article_id for c in group if c.kind == "published"})
        strongest: dict[str, float] = {}  # each article counts once, by its strongest reference
        for candidate in group:
            strongest[candidate.article_id] = max(strongest.get(candidate.article_id, 0.0),
                                                  candidate.weight)
        day.reference_weight = round(sum(strongest.values()), 6)
        if sentences and len(day.entries) < per_day:
            day.entries.extend(best_sentences(group, per_day - len(day.entries)))
    for date, group in by_day.items():
        if date in days:
            said.setdefault(date, []).extend(group)
    for day in days.values():
        day.summary = summarize(said.get(day.date, []), per_day)
        day.score = round(weights.sources * day.sources
                          + weights.fatalities * math.log1p(day.fatalities)
                          + day.reference_weight, 6)
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


def date_candidates(articles: Any, *, weights: Weights | None = None) -> list[Candidate]:
    """Every day-precise reference of the articles to a day, with its sentence.

    A reference is a ``DATE`` time expression resolved to a day (or a ``TIME`` one naming a
    part of a day: "dimanche soir"), or a day and month written without the year ("le 15
    février"), which takes the year of the article (:func:`article_year`). Left out: reprints
    (they refer to nothing their original does not), page stamps (a date in a byline, update
    notice or comment header: the language table ``timeline``), and sentences with fewer than
    :data:`MIN_WORDS` words besides the date (headers such as "Mercredi 30 janvier").
    Each reference weighs what :class:`Weights` gives its kind.
    """
    weights = weights or Weights()
    articles = [article for article in articles if not article.duplicate_of]
    years = collection_years(articles)
    candidates = []
    for article in articles:
        stamps = _stamps(article.lang or "fr")
        year = article_year(article, years=years)
        within = _believed_range(article)
        month = _published_month(article)
        lead = published_candidate(article, weights.published)
        if lead is not None:
            candidates.append(lead)
        for time in article.times:
            value, kind = reference_of(time, year, within=within, years=years)
            if value is None:
                continue
            start, end = _sentence_bounds(article, time.start, time.sentence_start,
                                          time.sentence_end)
            text = " ".join(article.text[start:end].split())
            if not text or len(text) > MAX_SENTENCE_CHARS or _is_stamp(article, time, stamps):
                continue
            if _is_citation(article.text[start:time.start], article.text[time.end:end], stamps):
                continue
            rest = article.text[start:time.start] + " " + article.text[time.end:end]
            if len(_WORD.findall(rest)) < MIN_WORDS:
                continue
            if kind != "relative" and month and month > value[:7]:
                kind = "retrospective"  # the article looks back to the day from a later month
            candidates.append(Candidate(value, text, article.id, start, end,
                                        weights.of(kind), kind))
    return candidates


def reference_of(time: Any, year: str | None, *, within: tuple[str, str] | None = None,
                 years: Counter[str] | None = None) -> tuple[str | None, str]:
    """The day a time expression refers to and how it names it (full, partial, relative).
    A day and month without a year take ``year``, or the one year that puts them ``within``
    the article's believed range; when several do (or no range is believed), the one of them
    whose month the collection's dates written with their year name most (``years``:
    :func:`collection_years`, :func:`_most_named`), if one does."""
    value = time.value or ""
    if time.type == "DATE" and _DAY.match(value):
        kind = "full" if _YEAR.search(time.text) else \
            "partial" if _DAY_MONTH.search(time.text) else "relative"
        return value, kind
    if time.type == "DATE" and _NO_YEAR.match(value) and not year:
        if within:
            days = [day for day in (f"{y}{value[4:]}" for y in range(int(within[0][:4]),
                                                                      int(within[1][:4]) + 1))
                    if _is_date(day) and within[0][:10] <= day <= within[1][:10]]
        else:
            days = [day for day in (f"{y}{value[4:]}" for y in sorted(years or ()))
                    if _is_date(day)]
        if len(days) > 1:
            days = _most_named(days, years or Counter())
        return (days[0], "partial") if len(days) == 1 else (None, "")
    if time.type == "DATE" and _NO_YEAR.match(value) and year:
        day = f"{year}{value[4:]}"
        return (day, "partial") if _is_date(day) else (None, "")
    if time.type == "TIME" and _PART_OF_DAY.match(value):
        return value[:10], "relative"
    return None, ""


def collection_years(articles: list[Article]) -> Counter[str]:
    """How many days written with their year ("le 25 janvier 2011") name each year ("2011")
    and each month ("2011-01"), over every article of the collection."""
    years: Counter[str] = Counter()
    for article in articles:
        for time in article.times:
            if time.type == "DATE" and _DAY.match(time.value or "") and _YEAR.search(time.text):
                years.update((time.value[:4], time.value[:7]))
    return years


def _most_named(days: list[str], years: Counter[str]) -> list[str]:
    """The one day of ``days`` whose month ``years`` names most, each year's count spread over
    its twelve months as a prior ("27 janvier" in a collection about 2011–2013 is in the
    January its dates name most); none on a tie or without any count."""
    counts = sorted(((years[day[:7]] + years[day[:4]] / 12, day) for day in days),
                    reverse=True)
    if not counts[0][0] or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return []
    return [counts[0][1]]


def _believed_range(article: Article) -> tuple[str, str] | None:
    """The article's believed date when it is a range of full days ("start/end")."""
    value = (article.published.value or "") if article.published else ""
    first, _, last = value.partition("/")
    return (first, last) if _DAY.match(first) and _DAY.match(last) else None


def _is_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _published_month(article: Article) -> str | None:
    value = (article.published.value or "") if article.published else ""
    return value[:7] if re.match(r"\d{4}-\d{2}", value) else None


def article_year(article: Article, *, years: Counter[str] | None = None) -> str | None:
    """The article's year: its publication year when known, else, among the years its own
    dates name (written with their year), the one the collection's dates name most (``years``:
    :func:`collection_years`; an article that names 2011 once and 2012 twice in a collection
    about 2011 is a look back on 2011), then the one it names most."""
    published = article.published.value if article.published else None
    if published and re.match(r"\d{4}", published):
        first, _, last = published.partition("/")
        # a range over several years: the year of each day is the one that falls inside it
        return first[:4] if not last or last[:4] == first[:4] else None
    own = Counter(time.value[:4] for time in article.times
                  if time.type == "DATE" and _YEAR.search(time.text)
                  and re.match(r"\d{4}", time.value or ""))
    prior = years or Counter()
    return max(own, key=lambda y: (prior[y], own[y], y)) if own else None


def published_candidate(article: Article, weight: float) -> Candidate | None:
    """The article's lead (its first sentence of some length) as a candidate for the day it
    was published, when that day is known."""
    claim = article.published
    if not claim or claim.precision != "day" or not _DAY.match((claim.value or "")[:10]):
        return None
    for sentence in article.sentences:
        text = " ".join(article.text[sentence.start:sentence.end].split())
        if len(_WORD.findall(text)) > LEAD_WORDS and len(text) <= MAX_SENTENCE_CHARS:
            return Candidate((claim.value or "")[:10], text, article.id, sentence.start,
                             sentence.end, weight, "published")
    return None


@cache
def _stamps(lang: str) -> tuple[tuple[str, ...], re.Pattern[str] | None,
                                re.Pattern[str] | None]:
    try:
        data = table(lang, "timeline")
    except ConfigError:
        return (), None, None
    pattern, citation = data.get("stamp_pattern"), data.get("citation_pattern")
    return (tuple(word.casefold() for word in data.get("stamp_words", ())),
            re.compile(pattern, re.IGNORECASE) if pattern else None,
            re.compile(citation) if citation else None)  # case matters: names are capitalised


def _is_citation(before: str, after: str, stamps: tuple) -> bool:
    """A date that closes a source citation ("« Egypt in year three », Merip, 10 juillet
    2013.", a numbered note): the day a text was published, not one something happened on."""
    citation = stamps[2]
    return bool(citation and not _WORD.search(after) and citation.search(before))


def _is_stamp(article: Article, time: Any, stamps: tuple) -> bool:
    words, pattern, _ = stamps
    around = (article.text[max(0, time.start - 40):time.start] + " … "
              + article.text[time.end:time.end + 25]).casefold()
    if any(word in around for word in words):
        return True
    return bool(pattern and pattern.match(article.text[time.end:time.end + 12]))


def summarize(said: list[Candidate], count: int) -> list[str]:
    """The day in ``count`` sentences: those closest to everything said of it (its events'
    evidence and the sentences referring to it). A sentence that writes the day out or is an
    event's evidence comes before one whose day was resolved from "mercredi" or "la veille"
    (which may be wrong, and often speaks of something else); an article's lead only when
    nothing else is said of the day."""
    pool = [candidate for candidate in said if candidate.kind != "published"] or said
    named = [candidate for candidate in pool if candidate.kind != "relative"]
    chosen = [entry.summary for entry in best_sentences(named, count)]
    if len(chosen) < count:
        rest = [candidate for candidate in pool
                if candidate.kind == "relative" and candidate.sentence not in chosen]
        chosen += [entry.summary for entry in best_sentences(rest, count - len(chosen))]
    return chosen


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



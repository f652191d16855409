"""Scoring pairs of event mentions and clustering a block's mentions into events.

Baseline (ACLED): same type, same day, same location, same actors → one event. We score a pair
on five signals and merge when no hard constraint is broken and the score reaches
:data:`THRESHOLD`:

======== ====== =====================================================================
signal   weight value
======== ====== =====================================================================
date     0.30   1 same day, 0.4 one day apart or coarse dates that overlap
place    0.25   1 same place, 0.7 one inside the other, 0.5 same admin1, 0.3 country
actors   0.20   Jaccard of actor keys; 0.5 when a side names none
wording  0.15   Jaccard of the sentences' content words
figures  0.10   1 killed tolls within 25 %, 0.3 apart, 0.5 when one has none
kind     +0.10  same ACLED sub-event type
======== ====== =====================================================================

Hard constraints: different modality group (never, by blocking), two incidents of one article,
an undated incident or one dated to the year only with another article's (it cannot be placed
within a few days of it), precise dates two or more days apart, two different precise places
neither inside the other, disjoint non-empty actor sets.
The baseline case scores 0.85; same day, place and kind with unknown actors scores ≈ 0.69.

A mention of a near-duplicate article (``duplicate_of``) joins the cluster holding a mention of
its original with the lower :data:`DUPLICATE_THRESHOLD`: reprints add sources, not events.
Clustering is greedy in :meth:`MentionRecord.order`, so the result does not depend on the order
articles were stored in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..types import ActorMention, EventMention, Place
from .mentions import OCCURRED, MentionRecord, precise_day

THRESHOLD = 0.6
DUPLICATE_THRESHOLD = 0.4
WEIGHTS = {"date": 0.30, "place": 0.25, "actors": 0.20, "wording": 0.15, "figures": 0.10}
KIND_BONUS = 0.10

_WORD = re.compile(r"\w{3,}")


@dataclass(slots=True, eq=False)
class Cluster:
    """Mention records believed to report one event, the earliest first (compared by identity)."""

    records: list[MentionRecord] = field(default_factory=list)
    rank: int = 0  # creation order within the block

    @property
    def roots(self) -> set[str]:
        return {record.root for record in self.records}


def cluster_block(records: list[MentionRecord]) -> list[Cluster]:
    """Greedy clustering of one block's records (already in :meth:`MentionRecord.order`).

    Clusters are indexed by day: a record with a precise day is only compared with clusters
    holding a mention within one day of it, or one without a precise day.
    """
    clusters: list[Cluster] = []
    by_day: dict[dt.date | None, list[Cluster]] = {}
    for record in sorted(records, key=MentionRecord.order):
        best, best_score = None, 0.0
        for cluster in _candidates(record, clusters, by_day):
            score = cluster_score(record, cluster)
            if score > best_score:
                best, best_score = cluster, score
        if best is not None and best_score >= _threshold(record, best):
            best.records.append(record)
        else:
            best = Cluster([record], len(clusters))
            clusters.append(best)
        key = precise_day(record)
        if best not in by_day.setdefault(key, []):
            by_day[key].append(best)
    return clusters


def _candidates(record: MentionRecord, clusters: list[Cluster],
                by_day: dict[dt.date | None, list[Cluster]]) -> list[Cluster]:
    day = precise_day(record)
    if day is None:
        return clusters
    near = [by_day.get(day + dt.timedelta(days=offset), []) for offset in (-1, 0, 1)]
    seen: dict[int, Cluster] = {}
    for cluster in [c for group in near for c in group] + by_day.get(None, []):
        seen.setdefault(id(cluster), cluster)
    return sorted(seen.values(), key=lambda cluster: cluster.rank)


def cluster_score(record: MentionRecord, cluster: Cluster) -> float:
    """Best pair score against the cluster's members; 0 when any member forbids the merge."""
    best = 0.0
    for member in cluster.records:
        score = pair_score(record, member)
        if score is None:
            return 0.0
        best = max(best, score)
    return best


def pair_score(a: MentionRecord, b: MentionRecord) -> float | None:
    """The similarity of two mention records, or None when they cannot be one event."""
    if a.article_id == b.article_id:
        return None  # an article's incidents are distinct by construction
    date = date_score(a.date, b.date, a.mention.date_precision, b.mention.date_precision)
    if date is None:
        return None
    if a.root != b.root and not (a.date and b.date and _near(a.date, b.date)):
        return None  # undated, or dated too coarsely to be the same incident as another's
    place = place_score(a.mention.place, b.mention.place)
    if place is None:
        return None
    actors = _jaccard_or_conflict(_cached(a, "actors"), _cached(b, "actors"))
    if actors is None:
        return None
    words_a, words_b = _cached(a, "words"), _cached(b, "words")
    wording = len(words_a & words_b) / len(words_a | words_b) if words_a and words_b else 0.0
    score = (
        WEIGHTS["date"] * date + WEIGHTS["place"] * place + WEIGHTS["actors"] * actors
        + WEIGHTS["wording"] * wording + WEIGHTS["figures"] * figure_score(a.mention, b.mention)
    )
    if a.mention.kind and a.mention.kind == b.mention.kind:
        score += KIND_BONUS
    return round(score, 6)


def _near(a: str, b: str) -> bool:
    """Whether two dates, one of them coarse perhaps, can be the same incident: both days (the
    day rule is date_score's), or a month and a day of it, or two equal months."""
    if len(a) >= 10 and len(b) >= 10:
        return True
    shorter, longer = sorted((a[:10], b[:10]), key=len)
    return len(shorter) >= 7 and longer.startswith(shorter[:7])


def _threshold(record: MentionRecord, cluster: Cluster) -> float:
    duplicate = record.root != record.article_id and record.root in cluster.roots
    return DUPLICATE_THRESHOLD if duplicate else THRESHOLD


# -- signals -----------------------------------------------------------------------------------
def date_score(a: str | None, b: str | None, prec_a: int | None = None,
               prec_b: int | None = None) -> float | None:
    """1 same day, 0.4 adjacent days or overlapping coarse dates, None when incompatible."""
    if not a or not b:
        return 0.4
    day_a, day_b = _day(a), _day(b)
    precise = (prec_a or 1) == 1 and (prec_b or 1) == 1
    if day_a and day_b and precise:
        gap = abs((day_a - day_b).days)
        return 1.0 if gap == 0 else 0.4 if gap == 1 else None
    if day_a and day_b and abs((day_a - day_b).days) <= 7:
        return 0.4  # at least one side is only known to the week or month
    shorter, longer = sorted((a, b), key=len)
    return 0.4 if longer.startswith(shorter) else None


def place_score(a: Place | None, b: Place | None) -> float | None:
    """How close two places are in the hierarchy; None for two distinct precise places."""
    if a is None or b is None:
        return 0.4
    if a.country and b.country and a.country.upper() != b.country.upper():
        return None
    names_a, names_b = _names(a), _names(b)
    if (a.gazetteer_id and a.gazetteer_id == b.gazetteer_id) or (names_a[0] and
                                                                names_a[0] == names_b[0]):
        return 1.0
    if _inside(names_a, names_b) or _inside(names_b, names_a):
        return 0.7
    if _precise(a) and _precise(b):
        return None
    if a.admin1 and b.admin1 and a.admin1.casefold() == b.admin1.casefold():
        return 0.5
    return 0.3 if a.country and b.country else 0.4


def actor_score(a: EventMention, b: EventMention) -> float | None:
    """Jaccard of the actors named on both sides; None when both name actors, all different."""
    return _jaccard_or_conflict(actor_keys(a), actor_keys(b))


def _cached(record: MentionRecord, name: str) -> set[str]:
    if name not in record.cache:
        if name == "actors":
            record.cache[name] = actor_keys(record.mention)
        else:
            record.cache[name] = set(_WORD.findall(record.sentence.casefold()))
    return record.cache[name]


def _jaccard_or_conflict(keys_a: set[str], keys_b: set[str]) -> float | None:
    if not keys_a or not keys_b:
        return 0.5
    shared = keys_a & keys_b
    if not shared:
        return None
    return len(shared) / len(keys_a | keys_b)


def wording_score(a: str, b: str) -> float:
    words_a, words_b = set(_WORD.findall(a.casefold())), set(_WORD.findall(b.casefold()))
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / len(words_a | words_b)


def figure_score(a: EventMention, b: EventMention) -> float:
    toll_a, toll_b = killed_toll(a), killed_toll(b)
    if toll_a is None or toll_b is None:
        return 0.5
    high = max(toll_a, toll_b)
    return 1.0 if high == 0 or abs(toll_a - toll_b) / high <= 0.25 else 0.3


def killed_toll(mention: EventMention) -> int | None:
    """The largest top-level, non-cumulative killed figure of a mention."""
    values = [
        value
        for figure in mention.figures
        if figure.kind == "killed" and figure.part_of is None and not figure.cumulative
        and getattr(figure, "modality", "asserted") in OCCURRED
        for value in (figure.best if figure.best is not None else figure.low,)
        if value is not None
    ]
    return max(values) if values else None


def actor_keys(mention: EventMention) -> set[str]:
    actors: list[ActorMention] = mention.actor1 + mention.actor2
    return {actor_key(actor) for actor in actors if actor_key(actor)}


def actor_key(actor: ActorMention) -> str:
    """The actor's dictionary id, else the actors stage's key for the name, else its name."""
    key = actor.actor_id or getattr(actor, "key", None) or actor.canonical or actor.text
    return (key or "").casefold().strip()


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def _names(place: Place) -> tuple[str, set[str]]:
    """The place's own name and the names of its parents (admin2, admin1)."""
    own = (place.name or place.text or "").casefold().strip()
    parents = {name.casefold() for name in (place.admin2, place.admin1) if name}
    return own, parents


def _inside(inner: tuple[str, set[str]], outer: tuple[str, set[str]]) -> bool:
    """Whether ``inner`` lies in ``outer``: outer is a parent of it, or a hyphenated part."""
    own, parents = inner
    outer_own = outer[0]
    if not own or not outer_own:
        return False
    return outer_own in parents or own.startswith(outer_own + "-") or own.startswith(
        outer_own + " ")


def _precise(place: Place) -> bool:
    """A place named down to a town or finer (UCDP where_prec 1–2, ACLED geo_precision 1)."""
    if place.kind in ("country", "admin1", "admin2", "region"):
        return False
    if place.where_prec is not None:
        return place.where_prec <= 2
    if place.geo_precision is not None:
        return place.geo_precision == 1
    return bool(place.gazetteer_id)

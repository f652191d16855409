"""A cluster of mention records → one :class:`~chronique.types.Event` with every source's claims.

Figures: every figure of every mention becomes its own :class:`~chronique.types.Claim`, as its
source gave it ("240 selon l'OSDH", "255 selon X"); nothing is averaged away. The event's
fatalities are reconciled from the ``killed`` claims by this rule:

1. Only top-level tolls of things that happened count: nested "dont" figures (``part_of``),
   cumulative tolls ("plus de 320.000 morts depuis 2011") and hypothetical ones ("pourrait faire
   des milliers de morts") stay claims but are never added or reconciled; a figure that restates
   an earlier one of the same article ("les 240 morts", ``refers_to``) is not a new claim.
2. One figure per independent source: near-duplicate articles fold into their original (their
   claims are kept, but only used when the original gives no toll); within one source the
   largest top-level toll is taken (an article restating its toll is not summed), unless the
   source counts the dead of different sides apart ("un soldat a été tué" … "l'armée a riposté,
   tuant trois assaillants"): then the sum of each side's largest figure, when larger (the
   state's forces, armed groups, civilians; ACLED counts every side's dead). A figure a party
   claims as its feat ("les shebab ont revendiqué la mort de quarante soldats"), or that the
   text calls unconfirmed ("un bilan invérifiable"), is not taken where the same source gives
   one of the same side that nobody claims ("dix soldats tués, selon un officier"); it stays
   a claim. A vague toll ("des dizaines de morts": a low and a high, no best figure) yields
   likewise to a figure the same source writes out, of the same side when it names one.
3. Across independent sources: ``low`` = the smallest low (ACLED's conservative rule: when
   reports disagree, the lowest figure is the one every source supports), ``high`` = the largest
   high, ``best`` = the lower median of the sources' best figures — robust to one outlying
   source and always a figure some source actually gave, so it stays traceable to a claim.
4. No toll at all: an event of a kind that kills no one by itself (an arrest, an abduction, a
   peaceful march, looting: ``kills = false`` in the typology) has 0 fatalities, as ACLED codes
   an event with no reported deaths; any other event keeps none (not stated is not zero).
"""

from __future__ import annotations

import hashlib
from collections import Counter

from ..events.context import firmest
from ..events.lexicon import kind_info
from ..types import ActorMention, Claim, Event, EventMention, Evidence, Figure, Place
from .cluster import Cluster, actor_key
from .mentions import NOT_OCCURRED, OCCURRED, MentionRecord, block_key, group

SUMMARY_CHARS = 240
#: the certainty of a figure a party gives of its own feat
CLAIMED = "claimed"
#: the certainties of a figure that yields to a firm one of the same source and side
YIELDING = frozenset({CLAIMED, "unconfirmed"})


def event_of(cluster: Cluster) -> Event:
    """The merged event of a cluster; its id derives from the cluster's earliest mention."""
    records = sorted(cluster.records, key=MentionRecord.order)
    first = records[0]
    lead = max(records, key=_richness)
    claims = [claim for record in records for claim in claims_of(record)]
    kind = _mode([r.mention.kind for r in records]) or ""
    low, best, high = killed_toll(kind, claims)
    date, date_end, precision = _dates(records)
    place = _place([r.mention.place for r in records])
    event = Event(
        id=event_id(first),
        kind=kind,
        event_type=_mode([r.mention.event_type for r in records]),
        sub_event_type=_mode([r.mention.sub_event_type for r in records]),
        plover=_mode([r.mention.plover for r in records]),
        plover_mode=_mode([r.mention.plover_mode for r in records]),
        date=date, date_end=date_end, date_precision=precision,
        place=place,
        country=place.country.upper() if place and place.country else _mode(
            [r.country for r in records]),
        actor1=_actors(r.mention.actor1 for r in records),
        actor2=_actors(r.mention.actor2 for r in records),
        assoc1=_actors(r.mention.assoc1 for r in records),
        assoc2=_actors(r.mention.assoc2 for r in records),
        claims=claims, fatalities_low=low, fatalities_best=best, fatalities_high=high,
        modality=_modality(records),
        certainty=firmest([r.mention.certainty for r in records]),  # any source's
        summary=_summary(lead),
        mentions=[record.key for record in records],
        sources=sorted({record.source or record.article_id for record in records}),
        evidence=[ev for record in records for ev in _evidence(record)],
        block=block_key(first),
        independent_sources=len({record.root for record in records}),
        roots=sorted({record.root for record in records}),
        status="news" if any(getattr(r.mention, "status", "news") == "news" for r in records)
        else "background",
    )
    return event


def event_id(record: MentionRecord) -> str:
    """A content-derived id: the earliest mention's article, span and kind."""
    mention = record.mention
    key = f"{record.article_id}|{mention.start}|{mention.end}|{mention.kind}"
    return "ev-" + hashlib.sha1(key.encode()).hexdigest()[:16]


def claims_of(record: MentionRecord) -> list[Claim]:
    """One claim per figure of the mention, as its source gave it."""
    mention = record.mention
    default_source = mention.attribution.source if mention.attribution else None
    return [_claim(record, figure, default_source) for figure in mention.figures
            if getattr(figure, "refers_to", None) is None]  # "les 240 morts" restates a figure


def _claim(record: MentionRecord, figure: Figure, default_source: str | None) -> Claim:
    return Claim(
        kind=figure.kind, low=figure.low, best=figure.best, high=figure.high, who=figure.who,
        source=figure.source or default_source or record.source,
        article_id=record.article_id, start=figure.start, end=figure.end, text=figure.text,
        nested=figure.part_of is not None, cumulative=figure.cumulative,
        root=record.root if record.root != record.article_id else None,
        certainty=getattr(figure, "certainty", None) or record.mention.certainty,
        modality=getattr(figure, "modality", None) or record.mention.modality or "asserted",
    )


def reconcile_killed(claims: list[Claim]) -> tuple[int | None, int | None, int | None]:
    """Fatalities low/best/high from the claims, by the rule of this module's docstring."""
    return reconcile(claims, "killed")


def killed_toll(kind: str, claims: list[Claim]) -> tuple[int | None, int | None, int | None]:
    """The fatalities of an event of ``kind``: its claims reconciled; when they give none and the
    kind kills no one by itself (``kills = false`` in the typology: an arrest, an abduction, a
    peaceful march), 0, as ACLED codes an event with no reported deaths."""
    low, best, high = reconcile_killed(claims)
    if low is None and best is None and high is None and kind_info(kind).get("kills") is False:
        return 0, 0, 0
    return low, best, high


def reconcile(claims: list[Claim], kind: str, *, nested: bool = False,
              who: frozenset[str] | None = None) -> tuple[int | None, int | None, int | None]:
    """Low/best/high of the claims of ``kind`` by the rule of this module's docstring;
    ``nested`` also reads "dont" parts, ``who`` keeps the claims about those people."""
    per_source: dict[str, tuple[int, int, int]] = {}
    per_side: dict[tuple[str, str], tuple[int, int, int]] = {}  # (source, side) -> largest
    tolls = [c for c in claims if c.kind == kind and (nested or not c.nested)
             and not c.cumulative and c.modality in OCCURRED
             and (who is None or (c.who or "").casefold() in who)]
    originals = {claim.article_id for claim in tolls if claim.root is None}
    # what a party claims ("les shebab ont revendiqué la mort de quarante soldats") yields to a
    # figure of the same source about the same side that nobody claims as a feat
    # ("… avoir tué plus de 30 militaires, un bilan invérifiable"), and so does a figure the
    # text itself calls unconfirmed
    firm = {(c.root or c.article_id, _side_of(c.who)) for c in tolls
            if c.certainty not in YIELDING}
    # a vague toll ("des dizaines de morts", no best figure) yields to a figure the same source
    # writes out, of the same side when it names one ("onze soldats ont été tués")
    counted = {(c.root or c.article_id, side) for c in tolls if c.best is not None
               for side in {_side_of(c.who), None}}
    for claim in tolls:
        if claim.root is not None and claim.root in originals:
            continue  # a reprint's figure counts only when its original gave none
        if claim.certainty in YIELDING and (claim.root or claim.article_id, _side_of(
                claim.who)) in firm:
            continue
        if claim.best is None and (claim.root or claim.article_id, _side_of(claim.who)) \
                in counted:
            continue
        values = [v for v in (claim.low, claim.best, claim.high) if v is not None]
        if not values:
            continue
        best = claim.best if claim.best is not None else min(values)
        triple = (claim.low if claim.low is not None else best, best,
                  claim.high if claim.high is not None else best)
        source = claim.root or claim.article_id
        if source not in per_source or triple[1] > per_source[source][1]:
            per_source[source] = triple
        side = _side_of(claim.who)
        if side and ((source, side) not in per_side or triple[1] > per_side[source, side][1]):
            per_side[source, side] = triple
    for source in list(per_source):
        sides = [t for (s, _), t in per_side.items() if s == source]
        if len(sides) > 1:  # each side's dead, told apart: together the incident's toll
            total = (sum(t[0] for t in sides), sum(t[1] for t in sides),
                     sum(t[2] for t in sides))
            if total[1] > per_source[source][1]:
                per_source[source] = total
    if not per_source:
        return None, None, None
    triples = list(per_source.values())
    bests = sorted(t[1] for t in triples)
    return min(t[0] for t in triples), bests[(len(bests) - 1) // 2], max(t[2] for t in triples)


#: the sides whose dead an article may count apart ("un soldat tué" … "trois assaillants
#: tués"): the figures' ``who`` codes of each
SIDES = {"state": frozenset({"soldiers", "police"}),
         "armed": frozenset({"fighters", "rebels", "jihadists"}),
         "civilians": frozenset({"civilians", "children", "women"})}


def _side_of(who: str | None) -> str | None:
    key = (who or "").casefold()
    return next((side for side, codes in SIDES.items() if key in codes), None)


def _richness(record: MentionRecord) -> tuple[int, bool]:
    """How much a mention says (to pick the best evidence sentence), an original article's
    before a reprint's; ``max`` keeps the earliest record among equals."""
    mention = record.mention
    filled = sum([bool(mention.actor1), bool(mention.actor2), mention.place is not None,
                  bool(mention.figures), bool(mention.date), mention.attribution is not None])
    return filled, record.root == record.article_id


def _summary(record: MentionRecord) -> str:
    text = " ".join((record.sentence or record.mention.text).split())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1].rstrip() + "…"


def _dates(records: list[MentionRecord]) -> tuple[str | None, str | None, int | None]:
    """The most reported precise day (earliest on ties), the span, the finest precision."""
    dated = [(record.date, record.mention.date_precision or 1) for record in records
             if record.date]
    if not dated:
        return None, None, None
    precision = min(p for _, p in dated)
    finest = [d for d, p in dated if p == precision]
    counts = Counter(finest)
    date = min(counts, key=lambda day: (-counts[day], day))
    end = max(d for d, _ in dated)
    return date, end if end != date else None, precision


def _place(places: list[Place | None]) -> Place | None:
    """The most precise place, the most reported one among equally precise places."""
    known = [place for place in places if place is not None]
    if not known:
        return None
    counts = Counter((place.gazetteer_id or place.name or place.text) for place in known)
    return min(known, key=lambda place: (
        place.where_prec or 9, -counts[place.gazetteer_id or place.name or place.text],
        place.name or place.text))


def _actors(groups: object) -> list[ActorMention]:
    seen: dict[str, ActorMention] = {}
    for actors in groups:  # type: ignore[attr-defined]
        for actor in actors:
            key = actor_key(actor)
            if key and key not in seen:
                seen[key] = actor
    return list(seen.values())


def _modality(records: list[MentionRecord]) -> str:
    """``asserted`` when any source asserts it, else the earliest mention's modality; a
    cluster of mentions told as not done though asserted ("…avoir pris le camp, ce que
    l'armée a démenti": ``occurred=False``) is ``negated``, never an occurred event."""
    if all(group(record.mention) == NOT_OCCURRED for record in records):
        return "negated"
    values = [record.mention.modality or "asserted" for record in records]
    return "asserted" if "asserted" in values else values[0]


def _mode(values: list[str | None]) -> str | None:
    counts = Counter(value for value in values if value)
    if not counts:
        return None
    return min(counts, key=lambda value: (-counts[value], value))


def _evidence(record: MentionRecord) -> list[Evidence]:
    mention: EventMention = record.mention
    own = Evidence(field="mention", article_id=record.article_id, start=mention.start,
                   end=mention.end, stage=mention.stage, text=mention.text,
                   source=record.source)
    return [own, *mention.evidence]

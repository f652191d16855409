"""The data that flows through chronique: plain dataclasses, no behaviour.

Every extracted item is a :class:`Span` subclass: half-open ``[start, end)`` character offsets
into :attr:`Article.text` (the cleaned text) plus the name of the stage that produced it.
Articles are never deleted: a rejected one keeps its reason in :attr:`Article.rejected`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True, frozen=True)
class Span:
    """A stretch of the cleaned article text, ``text[start:end]``, made by ``stage``."""

    start: int
    end: int
    stage: str
    text: str = ""


@dataclass(slots=True, frozen=True)
class Removed:
    """A piece of the input that cleaning took out, with the rule that took it."""

    text: str
    reason: str
    raw_start: int = -1
    raw_end: int = -1


@dataclass(slots=True, frozen=True)
class DateCandidate:
    """One piece of evidence about when an article was published."""

    value: str  # ISO date or partial date (YYYY, YYYY-MM, YYYY-MM-DD)
    kind: str  # meta | url | feed | jsonl | text-line | content | role | weekday
    weight: float = 1.0
    start: int = -1  # offsets into Article.text when the evidence is in the text
    end: int = -1
    note: str = ""


@dataclass(slots=True)
class DateClaim:
    """The page's claimed date and the date we believe, with the evidence for both."""

    page_date: str | None = None  # what the page/feed/file said
    page_date_source: str | None = None  # meta | url | feed | jsonl | http | sidecar | option
    # | file-name | path | text-line
    value: str | None = None  # the date we believe (ISO, possibly partial)
    precision: str = "unknown"  # day | month | year | range | unknown
    evidence: list[DateCandidate] = field(default_factory=list)
    contradicted: bool = False
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class Sentence(Span):
    """A sentence of the cleaned text."""


@dataclass(slots=True, frozen=True)
class TimeExpr(Span):
    """A TIMEX3-style time expression normalized against the article's reference date."""

    type: str = "DATE"  # DATE | TIME | DURATION | SET
    value: str = ""
    sentence_start: int = -1
    sentence_end: int = -1
    anchor: str | None = None  # the reference date used to resolve it
    mod: str | None = None  # TIMEX3 mod: START, END, APPROX, BEFORE, AFTER…


@dataclass(slots=True, frozen=True)
class Entity(Span):
    """A named-entity mention as the NER (or a ruler) saw it."""

    label: str = ""  # PER, ORG, LOC, MISC, or a finer label


@dataclass(slots=True, frozen=True)
class Place(Span):
    """A toponym and what it was resolved to (or the candidates when unresolved)."""

    name: str | None = None
    gazetteer_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    admin2: str | None = None
    kind: str | None = None  # country | admin1 | city | town | district | neighbourhood | site …
    where_prec: int | None = None  # UCDP 1–7
    geo_precision: int | None = None  # ACLED 1–3
    resolved: bool = False
    confidence: float = 0.0
    part: str | None = None  # "est", "nord-ouest" … when the text names a part of the place
    candidates: tuple[str, ...] = ()
    #: gazetteer id of the container whose position a place the gazetteer lacks takes
    #: ("le village de X, commune de Y": X at Y); None for a place found itself
    within: str | None = None
    #: "dateline" ("BAMAKO (AFP) -"), "said" ("joint par téléphone depuis X", "…, a annoncé
    #: la mission à Bangui": set by the events stage) or "source" ("notre correspondant à
    #: Goma"): named only as where the report comes from, not as where anything happened (a
    #: correspondent's place stays where what they saw may be); "container" (Y in "le
    #: village de X, commune de Y") or "reference" ("au sud de Gao", "à 30 km de Goma"):
    #: named to locate another place; "near" ("près de Tombouctou"): a landmark it happened near;
    #: "destination" ("ont fui vers Hinche"): where people went, not where it happened; None
    #: otherwise
    role: str | None = None


@dataclass(slots=True, frozen=True)
class ActorMention(Span):
    """A mention of an actor, resolved to the dictionary when possible."""

    actor_id: str | None = None
    canonical: str | None = None
    kind: str | None = None
    sector: str | None = None
    country: str | None = None
    wikidata: str | None = None
    side: str | None = None  # UCDP-style side, e.g. "Government of Syria"
    label: str | None = None  # NER label when not in the dictionary
    how: str = "dictionary"  # dictionary | fuzzy | generic | implied | coreference | ner
    key: str | None = None  # actor_id, else a slug of the fullest form of the name in the article
    note: str = ""  # evidence for generic/coreference/fuzzy resolutions
    #: ACLED's name for the actor ("Military Forces of Mali (2021-)", "Civilians (Niger)")
    acled: str | None = None
    #: the role of a generic phrase (armed-forces, police, civilians, unidentified-armed-group…)
    role: str | None = None


@dataclass(slots=True, frozen=True)
class Figure(Span):
    """A count of people killed, injured, displaced…, as one source gives it."""

    kind: str = ""  # killed | injured | missing | arrested | displaced | evacuated | …
    low: int | None = None
    best: int | None = None
    high: int | None = None
    who: str | None = None  # civilians | children | fighters | soldiers | people … | mixed (a sum)
    part_of: int | None = None  # index of the figure this one is "dont" of
    cumulative: bool = False
    source: str | None = None
    source_actor_id: str | None = None
    acled: int | None = None  # the single conservative value ACLED would code
    estimate: str = "exact"  # exact | min | max | approx | range | vague | share[:min|max|approx]
    share: float | None = None  # "près de la moitié" = 0.5 of the part_of figure
    kind_from: str = ""  # noun | after | before | part | container | anaphora | sum | zero | fate
    cue_start: int = -1  # the words that gave the kind ("ont été tués"), when not the noun
    cue_end: int = -1
    refers_to: int | None = None  # "les 240 morts": index of the figure first giving it
    certainty: str = "reported"  # reported | claimed | unconfirmed | denied
    modality: str = "asserted"  # asserted | hypothetical | conditional | possible | future | …


@dataclass(slots=True, frozen=True)
class Attribution(Span):
    """Who says so: the source of a statement and the strength of the reporting verb."""

    source: str = ""
    source_actor_id: str | None = None
    verb: str | None = None
    strength: str = "neutral"  # assert | neutral | claim | deny | unconfirmed
    target_start: int = -1  # the sentence or clause it covers
    target_end: int = -1
    source_start: int = -1  # the source's own words inside the cue ("l'OSDH")
    source_end: int = -1
    how: str = ""  # selon | inverted | que | object | unconfirmed | deny


@dataclass(slots=True, frozen=True)
class Evidence:
    """Where one value of an event came from."""

    field: str
    article_id: str
    start: int
    end: int
    stage: str
    text: str = ""
    source: str | None = None


@dataclass(slots=True)
class EventMention:
    """One article's report of something that happened (or was said to, or may)."""

    start: int
    end: int
    stage: str
    text: str = ""
    kind: str = ""  # ACLED sub-event type key
    event_type: str | None = None
    sub_event_type: str | None = None
    plover: str | None = None
    plover_mode: str | None = None
    trigger: str | None = None
    actor1: list[ActorMention] = field(default_factory=list)
    actor2: list[ActorMention] = field(default_factory=list)
    assoc1: list[ActorMention] = field(default_factory=list)
    assoc2: list[ActorMention] = field(default_factory=list)
    place: Place | None = None
    time: TimeExpr | None = None
    date: str | None = None
    date_precision: int | None = None  # ACLED time_precision 1–3
    figures: list[Figure] = field(default_factory=list)
    attribution: Attribution | None = None
    modality: str = "asserted"  # asserted | hypothetical | conditional | future | negated | …
    certainty: str = "reported"  # reported | claimed | unconfirmed | denied
    evidence: list[Evidence] = field(default_factory=list)
    disorder_type: str | None = None  # ACLED disorder type
    civilian_targeting: bool = False
    date_prec: int | None = None  # UCDP date_prec 1–5
    occurred: bool = True  # False for hypothetical, conditional, future, negated, question
    sentence_start: int = -1
    sentence_end: int = -1
    triggers: list[str] = field(default_factory=list)  # every trigger word grouped here
    #: news (the article's story) | background (an earlier incident recalled with its own date)
    #: | context (general or cumulative: never an event) | not_occurred (future, hypothetical,
    #: negated, denied)
    status: str = "news"
    members: list[int] = field(default_factory=list)  # an incident's mentions (Article.mentions)


@dataclass(slots=True)
class Article:
    """One news article: what came in, what we cleaned, and everything found in it."""

    id: str
    text: str = ""
    raw: str | bytes | None = None  # what came in, kept for audit (bytes when undecodable)
    external_id: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    origin: str | None = None  # file path, feed path#item, warc path#record …
    fmt: str | None = None  # text | html | jsonl | rss | warc
    published: DateClaim | None = None
    lang: str | None = None
    rejected: str | None = None
    duplicate_of: str | None = None
    similarity: float | None = None
    removed: list[Removed] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    #: the incidents of the article: one record per real-world occurrence it tells of
    events: list[EventMention] = field(default_factory=list)
    #: every sentence-level event mention, the evidence incidents are built from
    mentions: list[EventMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    ext: dict[str, Any] = field(default_factory=dict)
    done: list[str] = field(default_factory=list)  # names of the stages already applied


@dataclass(slots=True)
class RawItem:
    """What a source yields: one document's bytes or text plus what the container said of it."""

    origin: str
    fmt: str  # text | html | jsonl | rss | warc
    data: bytes | str | None = None
    url: str | None = None
    title: str | None = None
    page_date: str | None = None
    page_date_source: str | None = None
    source: str | None = None
    external_id: str | None = None
    error: str | None = None  # set when the source could not read this item
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Claim:
    """One source's figure for a merged event: kept as that source said it."""

    kind: str
    low: int | None
    best: int | None
    high: int | None
    who: str | None
    source: str | None
    article_id: str
    start: int
    end: int
    text: str = ""
    nested: bool = False  # a "dont" part of another figure: kept, never added
    cumulative: bool = False  # a running total ("depuis 2011"): context, not this event's toll
    root: str | None = None  # the original article when this one is a near-duplicate
    certainty: str = "reported"
    modality: str = "asserted"  # a hypothetical or negated figure is kept, never reconciled


@dataclass(slots=True)
class Event:
    """A real-world event: event mentions of one or more articles merged into one record."""

    id: str
    kind: str = ""  # ACLED sub-event type key
    event_type: str | None = None
    sub_event_type: str | None = None
    plover: str | None = None
    plover_mode: str | None = None
    date: str | None = None  # ISO day (or partial) the event is placed on
    date_end: str | None = None
    date_precision: int | None = None  # ACLED time_precision 1–3
    place: Place | None = None
    #: ISO 3166-1 alpha-2 code: the place's country, else the most named country of its articles
    country: str | None = None
    actor1: list[ActorMention] = field(default_factory=list)
    actor2: list[ActorMention] = field(default_factory=list)
    assoc1: list[ActorMention] = field(default_factory=list)
    assoc2: list[ActorMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)  # every source's figure, unreconciled
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    modality: str = "asserted"
    certainty: str = "reported"
    summary: str = ""
    mentions: list[str] = field(default_factory=list)  # "<article id>#<event index>"
    sources: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    episode_id: str | None = None
    review: dict[str, Any] = field(default_factory=dict)  # field -> reviewed value/status
    block: str | None = None  # the merge block (keyed reduce) this event was computed in
    independent_sources: int = 0  # sources once near-duplicates are folded into their original
    roots: list[str] = field(default_factory=list)  # those independent articles' ids
    status: str = "news"  # news | background (an earlier incident its articles recall)

"""Choosing the place a toponym names, with a prior from the rest of the article.

Each candidate gets a log-weight: log10 of its population (a pseudo-population for countries,
divisions and the supplementary entries), plus bonuses when the article's other evidence points
to it (its country is mentioned, it lies near places already resolved, its parent city is
mentioned, its kind fits a cue such as "quartier de"), minus a penalty for a weak (skeleton)
match. The weights become shares; the top share is the confidence. Below ``min_confidence`` the
toponym stays unresolved and keeps its candidates. A neighbourhood cue never accepts a candidate
far from the article's cities (Jobar is not Yabroud): it falls back to the containing city with a
coarser precision instead.

Precision codes follow UCDP GED ``where_prec`` (1 exact place, 2 within ~25 km / part of a town,
3 second-order division or sub-provincial area, 4 first-order division, 5 part of a country or a
larger area, 6 country, 7 unclear) and ACLED ``geo_precision`` (1 town, 2 near a town or part of
a district, 3 larger region). A second-level division (cercle, territoire, province of Burkina
Faso…) is UCDP 3 / ACLED 2; a first-level one UCDP 4 / ACLED 3.

Homonyms: when one country dominates the article's evidence (half of it or more), a town or a
division of another country loses weight, so that a village named like a town abroad is looked
for at home first; and a small town (under ``UNRELATED_TOWN_POPULATION``) of a country the
article gives no evidence of, far from its places, is not taken at all: the toponym stays
unresolved (a chain of containers may still locate it, see :mod:`.chains`).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .gazetteer import Entry, Gazetteer
from .normalize import normalize, skeleton

PSEUDO_POPULATION = {
    "country": 8.0,
    "admin1": 6.0,
    "admin2": 4.5,
    "region": 5.5,
    "part": 5.0,
    "district": 4.8,
    "neighbourhood": 4.5,
    "site": 4.5,
    "town": 4.0,
    "city": 5.0,
}
NEAR_KM = 60.0
MIN_SKELETON = 4
WEAK_COUNTRY_SHARE = 0.4
#: … and how far from the article's places such a match may lie
WEAK_REACH_KM = 300.0
NEIGHBOURHOOD_KM = 20.0
LOCAL_KINDS = frozenset({"neighbourhood", "district", "site", "part"})
DIVISION_KINDS = frozenset({"admin1", "admin2", "region"})
#: share of the article's country evidence above which other countries' towns lose weight
MAIN_COUNTRY_SHARE = 0.5
FOREIGN_PENALTY = 1.0
FOREIGN_KINDS = frozenset({"city", "town"}) | DIVISION_KINDS
#: a town of a country the article says nothing of, smaller than this, far from its places,
#: while one country dominates it, is a namesake: the toponym stays unresolved
UNRELATED_TOWN_POPULATION = 100_000


@dataclass
class Context:
    """What the rest of the article says about where it happens."""

    countries: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    points: list[tuple[float, float]] = field(default_factory=list)
    gids: set[str] = field(default_factory=set)
    cities: Counter[str] = field(default_factory=Counter)

    def add(self, entry: Entry, weight: float = 1.0) -> None:
        if entry.country:
            self.countries[entry.country] += weight
        self.gids.add(entry.gid)
        if entry.kind in ("city", "town"):
            self.cities[entry.gid] += 1
        elif entry.parent:
            self.cities[entry.parent] += 1
        if entry.parent:
            self.gids.add(entry.parent)
        point = (entry.lat, entry.lon)
        if entry.lat is not None and entry.lon is not None and entry.kind != "country" \
                and point not in self.points:
            self.points.append(point)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Resolution:
    """The outcome for one toponym."""

    entry: Entry | None
    confidence: float
    candidates: tuple[Entry, ...]
    where_prec: int | None = None
    geo_precision: int | None = None
    fallback: bool = False


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def precision(entry: Entry, part: str | None = None, *, fallback: bool = False) -> tuple[int, int]:
    """UCDP ``where_prec`` and ACLED ``geo_precision`` for a place (or a part of it)."""
    kind = entry.kind
    if fallback:
        return 2, 1
    if kind == "country":
        return (5, 3) if part else (6, 3)
    if kind == "admin1":
        return 4, 3
    if kind == "admin2":
        return 3, 2
    if kind == "region":
        return (3, 2) if entry.admin1 else (5, 3)
    if kind == "part":
        return 2, 1
    if kind in ("city", "town"):
        return (2, 2) if part else (1, 1)
    return 1, 1


#: how much shorter the one of two names matched by their consonants may be ("Idleb", "Idlib")
WEAK_LENGTH_RATIO = 0.8


def _alike_lengths(text: str, name: str) -> bool:
    """Names matched by their consonants alone must be of about one length: "Bali Nyonga" is
    not "Blangwa"."""
    one, other = len(normalize(text)), len(normalize(name))
    return min(one, other) >= WEAK_LENGTH_RATIO * max(one, other)


#: a key this short, matched through another spelling than the place's own name, is a weak
#: sign abroad: many romanisations fold to it ("sol", "bon", "sum")
SHORT_ALIAS_KEY = 3


def _short_alias(text: str, entry: Entry) -> bool:
    key = normalize(text)
    return bool(key) and len(key) <= SHORT_ALIAS_KEY and key != normalize(entry.name)


class Resolver:
    """Scores the candidates of a toponym against the article's context."""

    def __init__(self, gazetteer: Gazetteer, *, min_confidence: float = 0.6) -> None:
        self.gazetteer = gazetteer
        self.min_confidence = min_confidence

    def candidates(self, text: str, hint: str | None = None) -> tuple[tuple[Entry, bool], ...]:
        """Candidates of ``text``: strong matches, else weak ones (flagged True); after a
        division noun (``hint="division"``) the divisions keyed noun-only too."""
        strong = self.gazetteer.lookup(text)
        if hint == "division":
            seen = {entry.gid for entry in strong}
            strong = strong + tuple(entry for entry in self.gazetteer.lookup_nouned(text)
                                    if entry.gid not in seen)
        if strong:
            return tuple((entry, False) for entry in strong)
        if len(skeleton(text)) < MIN_SKELETON:
            return ()
        return tuple((entry, True) for entry in self.gazetteer.lookup(text, weak=True)
                     if _alike_lengths(text, entry.name))

    def resolve(self, text: str, context: Context | None = None, *, hint: str | None = None,
                part: str | None = None) -> Resolution:
        """The place ``text`` names, or the candidates when no choice is good enough."""
        context = context or Context()
        found = self.candidates(text, hint)
        if hint == "district":
            # "le district de X": a neighbourhood of the article's city where it has one (Syria),
            # else a division or a town of the article's country (Somalia, Nigeria)
            if not any(self._local(entry, context) for entry, _ in found):
                wider = self.resolve(text, context, part=part)
                if wider.entry is not None and not abroad(wider.entry, context):
                    return wider
            hint = "neighbourhood"
        if hint == "neighbourhood":
            found = tuple(pair for pair in found if self._local(pair[0], context))
        elif hint == "division" and any(_fits(entry.kind, hint) for entry, _ in found):
            found = tuple(pair for pair in found if _fits(pair[0].kind, hint))
        if not found:
            return self._fallback(context, hint)
        main = main_country(context)
        scored = sorted(((self.score(entry, weak, context, hint, main), entry)
                         for entry, weak in found), key=lambda pair: -pair[0])
        confidence = _confidence(scored)
        entries = tuple(entry for _, entry in scored)
        weak = dict((entry.gid, is_weak) for entry, is_weak in found)
        if weak[entries[0].gid] and not self._supported(entries[0], context) \
                or self._unrelated(entries[0], context, main, hint, text):
            confidence = min(confidence, self.min_confidence / 2)
        if confidence < self.min_confidence:
            fallback = self._fallback(context, hint)
            if fallback.entry is not None:
                return Resolution(fallback.entry, fallback.confidence, entries[:5],
                                  fallback.where_prec, fallback.geo_precision, True)
            return Resolution(None, confidence, entries[:5])
        best = entries[0]
        where_prec, geo_precision = precision(best, part)
        return Resolution(best, confidence, entries[:5], where_prec, geo_precision)

    def score(self, entry: Entry, weak: bool, context: Context, hint: str | None,
              main: tuple[str | None, float, float] | None = None) -> float:
        """The candidate's log-weight (``main``: the article's main country, its share and the
        total weight of the countries, as :func:`main_country` gives them, when the caller has
        them already)."""
        main_code, main_share, total = main or main_country(context)
        if entry.kind in ("city", "town"):
            value = math.log10(max(entry.population, 100) + 1000)
        else:
            value = PSEUDO_POPULATION.get(entry.kind, 4.0)
        if weak:
            value -= 2.0
        if not entry.gid.startswith("geonames:"):
            value += 0.5  # curated entry of a supplementary file
        if entry.country and total:
            value += 1.5 * context.countries.get(entry.country, 0.0) / total
            if not context.countries.get(entry.country):
                value -= 0.3
            if main_share >= MAIN_COUNTRY_SHARE and entry.country != main_code \
                    and entry.kind in FOREIGN_KINDS:
                value -= FOREIGN_PENALTY
        if entry.parent and entry.parent in context.gids:
            cities = sum(context.cities.values())
            share = context.cities[entry.parent] / cities if cities else 1.0
            value += 1.5 + 1.5 * share  # the article's main city wins "la vieille ville"
        elif entry.kind in LOCAL_KINDS and entry.parent:
            value -= 0.5 if self.near(entry, context, NEAR_KM) else 1.0
        elif entry.kind in ("city", "town") and self.near(entry, context, NEAR_KM):
            value += 1.0
        if hint and _fits(entry.kind, hint):
            value += 1.0
        return value

    def _supported(self, entry: Entry, context: Context) -> bool:
        """Whether the article backs a weak match: a place near it, or its country is the
        article's main one and the article's places, if any, are not all far from it (a
        "localité de Lumbishi" in a story of South Kivu is not Lubumbashi, a thousand
        kilometres south)."""
        if self.near(entry, context, NEAR_KM):
            return True
        total = sum(context.countries.values())
        share = context.countries.get(entry.country or "", 0.0) / total if total else 0.0
        if share < WEAK_COUNTRY_SHARE:
            return False
        return not context.points or entry.lat is None or self.near(entry, context, WEAK_REACH_KM)

    def _unrelated(self, entry: Entry, context: Context,
                   main: tuple[str | None, float, float], hint: str | None = None,
                   text: str = "") -> bool:
        """A small town abroad, in a country the article gives no evidence of, far from its
        places, while one country dominates the article: "le village de X" in a story of the
        Sahel is not a namesake in Chile; after a division noun ("le département du Fako" in
        a story of Cameroon) a town or a district abroad of any size; and a city abroad of any
        size whose own name is not the text's and that a short key of another of its spellings
        matches
        (an unknown village "Solle" in a story of Burkina Faso is not Seoul, one of whose
        romanisations folds to "sol"; "Genève" is Geneva all the same)."""
        return ((entry.kind in ("city", "town") and (
                    entry.population < UNRELATED_TOWN_POPULATION or hint == "division"
                    or _short_alias(text, entry))
                 # (a second-level division abroad after a division noun: "le département
                 # de Kaya" in a story of Chad is not Caia's district in Mozambique)
                 or hint == "division" and entry.kind in ("admin2", "admin3"))
                and abroad(entry, context, main) and not self.near(entry, context, NEAR_KM))

    def _local(self, entry: Entry, context: Context) -> bool:
        if entry.parent and entry.parent in context.gids:
            return True
        return self.near(entry, context, NEIGHBOURHOOD_KM)

    @staticmethod
    def near(entry: Entry, context: Context, km: float) -> bool:
        """Whether ``entry`` lies within ``km`` of a place already resolved in the article."""
        if entry.lat is None or entry.lon is None:
            return False
        span = km / 111.0  # degrees of latitude; a cheap box before the great circle
        return any(abs(entry.lat - lat) <= span
                   and distance_km(entry.lat, entry.lon, lat, lon) <= km
                   for lat, lon in context.points)

    def _fallback(self, context: Context, hint: str | None) -> Resolution:
        """For an unknown neighbourhood: the article's main city, at a coarser precision."""
        if hint != "neighbourhood":
            return Resolution(None, 0.0, ())
        city = self.main_city(context)
        if city is None:
            return Resolution(None, 0.0, ())
        return Resolution(city, 0.5, (), *precision(city, fallback=True), fallback=True)

    def main_city(self, context: Context) -> Entry | None:
        """The city the article's local places belong to, when there is one."""
        for gid, _ in context.cities.most_common(1):
            return self.gazetteer.get(gid)
        return None


def abroad(entry: Entry, context: Context,
           main: tuple[str | None, float, float] | None = None) -> bool:
    """Whether ``entry`` lies in a country the article gives no evidence of while one other
    country dominates it (``main``: :func:`main_country` of the context, when known)."""
    code, share, _total = main or main_country(context)
    return bool(code and entry.country and share >= MAIN_COUNTRY_SHARE
                and entry.country != code and not context.countries.get(entry.country))


def abroad_by_itself(entry: Entry, context: Context) -> bool:
    """Whether ``entry`` lies in a country other than the article's main one for which the
    article's only evidence is ``entry`` itself (one reading of one name: "le quartier Panzi,
    commune d'Ibanda" in a story of South Kivu read as Uganda's Ibanda)."""
    code, share, _total = main_country(context)
    return bool(code and entry.country and entry.country != code
                and share >= MAIN_COUNTRY_SHARE and entry.gid in context.gids
                and context.countries.get(entry.country, 0.0) <= 1.0)


def main_country(context: Context) -> tuple[str | None, float, float]:
    """The country with most of the article's evidence, its share, and the total weight."""
    total = sum(context.countries.values())
    if not total:
        return None, 0.0, 0.0
    country, weight = max(context.countries.items(), key=lambda item: item[1])
    return country, weight / total, total


def _confidence(scored: list[tuple[float, Entry]]) -> float:
    """The top candidate's share; near-duplicates of it (same country, < 15 km) count with it."""
    top_score, top = scored[0]
    agree = total = 0.0
    for score, entry in scored:
        weight = 10 ** (score - top_score)
        total += weight
        if entry is top or _same_place(entry, top):
            agree += weight
    return agree / total


def _same_place(a: Entry, b: Entry) -> bool:
    if a.country != b.country or None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) < 15.0  # type: ignore[arg-type]


def _fits(kind: str, hint: str) -> bool:
    if hint == "neighbourhood":
        return kind in LOCAL_KINDS
    if hint == "town":
        return kind in ("city", "town")
    if hint == "division":
        return kind in DIVISION_KINDS
    return kind == hint

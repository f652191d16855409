"""A place and what contains it: the most precise place, even when the gazetteer lacks it.

News writing locates a small place by its containers: "le village de X, dans la commune de Y,
province de Z", "X, localité du département de Y", "à X (cercle de Y)", "X, à 30 km de Y".
:func:`find_chains` reads such chains (the nouns are language data, ``[containers]`` of
``lang/<lang>/places.toml``); :func:`place_in_chain` resolves them:

- each container is resolved with its noun as a hint (a division noun, or a town for "commune"
  and for a distance);
- the place itself is looked up among the gazetteer's entries that lie in its containers (same
  country and, near a town, within ``NEAR_CONTAINER_KM`` plus the distance the text gives; in a
  division, filed under it), spelling variants (skeleton keys) included since the container
  backs them;
  found, it is an ordinary place (UCDP ``where_prec`` 1, ACLED ``geo_precision`` 1);
- not found, it keeps its own name and takes the position of its most precise resolved container,
  with the precision codes UCDP and ACLED coders give such a place (below); with no container
  resolved, a place the words announce (a settlement noun, an apposition, containers after it)
  is known by its country alone (:func:`country_only`: UCDP 6, ACLED 3, no coordinates):

  ========================================  ==========  ===============
  most precise container resolved           where_prec  geo_precision
  ========================================  ==========  ===============
  a town ("commune de Y", "à l'ouest de     2           2
  Y"), or "à N km de Y" with N ≤ 25
  two towns ("entre Y et Z")                3           2
  "à N km de Y" with N > 25                 3           2
  a second-level division (cercle,          3           2
  territoire, province of Burkina Faso…)
  a first-level division (région, province  4           3
  of the DR Congo, state, oblast…)
  ========================================  ==========  ===============

  (UCDP GED codebook: 2 "within a 25 km radius of a known point", 3 "second-order administrative
  division", 4 "first-order administrative division"; ACLED codebook: 2 "the event occurred near a
  town or in a small part of a region", 3 "a larger region is mentioned, the event is coded at
  its capital or a representative point".)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang import table
from .gazetteer import Entry
from .normalize import fold
from .resolve import Context, Resolution, Resolver, abroad, abroad_by_itself, distance_km

#: a place found in the gazetteer must lie this close to its town container
NEAR_CONTAINER_KM = 30.0
#: beyond this distance from a town ("à 40 km de Y") UCDP codes the second-order division
UCDP_RADIUS_KM = 25.0
#: farther than this from a town ("à 780 km de Y"), the town gives no position at all
MAX_DISTANCE_KM = 100.0
MAX_LINKS = 3
#: a town matched by another spelling in a second-level division lies this close to its point
WEAK_IN_DIVISION_KM = 40.0
REGION_KINDS = frozenset({"admin1", "admin2", "admin3"})
COMPASS = frozenset({"nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est",
                     "sud-ouest"})
_NAME = r"[A-ZÀ-ÖØ-ÞŒ][\w'’-]*(?:[ -](?:[A-ZÀ-ÖØ-ÞŒ][\w'’-]*|(?:el|al|ad|ag|ould|ben|wa)-?" \
        r"[A-ZÀ-ÖØ-ÞŒ][\w'’-]*|(?:da|do|dos|das|del)\s[A-ZÀ-ÖØ-ÞŒ][\w'’-]*" \
        r"|du\s(?:Sud|Nord)(?![\w'’-]))){0,3}" \
        r"(?:[ -](?:orientale?|occidentale?|centrale?|septentrionale?|méridionale?)\b)?" \
        r"(?: \d{1,3}(?![\d,.]?\d|\s*(?:%|km|kilomètres?|morts?|personnes|civils|ans)\b))?"
#   (a quarter may end in its number: "Mile 90", "Delmas 33";
#   "Soudan du Sud", "Kordofan du Sud" are one name; a division's name may end in a compass
#   adjective in lower case: "le Logone oriental", "le Kasaï central"; not "est", "nord"…,
#   which are words of the sentence too)
#: a capitalised word inside a sentence right before a settlement noun, which makes the noun
#: part of a name ("dans le Vieux quartier de X"; not "Le village de X" opening a sentence)
_CAPITALISED_BEFORE = re.compile(
    r"[a-zà-öø-ÿ'’]+[ \t]+[A-ZÀ-ÖØ-ÞŒ][\w'’-]*[ \t]+$")
#: a word in lower case (or "À") right before a settlement noun written with a capital inside a
#: sentence: the noun begins a name ("à Village de Dieu", "à Cité Soleil")
_LOWER_BEFORE = re.compile(r"(?:[a-zà-öø-ÿ'’]+|À)[ \t]+$")


def noun_in_name(text: str, start: int) -> bool:
    """Whether the place noun at ``start`` is the first word of a name: a capital inside a
    sentence ("à Village de Dieu", "les gangs de Village de Dieu"; not "Le village de X")."""
    return text[start:start + 1].isupper() and bool(
        _LOWER_BEFORE.search(text, max(0, start - 30), start))
_LINK = r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)"


@dataclass(frozen=True)
class Link:
    """One container of a chain: its noun's kind ("division", "town"), its name's span and,
    for a distance ("à 30 km de Y"), the distance."""

    kind: str
    start: int
    end: int
    km: float | None = None
    #: for "la capitale (somalienne)": the country the adjective names ("" for none)
    capital_of: str | None = None
    #: for a distance with a direction ("à 60 km au nord de Y"): the compass part (`COMPASS`)
    bearing: str | None = None


@dataclass(frozen=True)
class Chain:
    """A place (``start``–``end``) and its containers, innermost first."""

    start: int
    end: int
    links: tuple[Link, ...]
    settlement: bool  # announced by a settlement noun ("le village de X")
    #: described by an apposition ("X, une petite ville …", "X, une zone minière")
    apposed: bool = False

    @property
    def announced(self) -> bool:
        """Whether the words around the name say it is a place, whatever the gazetteer knows
        of it: a settlement noun, an apposition, or containers after a locative ("à X, à
        l'ouest de Y")."""
        return self.settlement or self.apposed or bool(self.links)


@dataclass(frozen=True)
class ChainWords:
    settlement_before: re.Pattern[str]
    locative_before: re.Pattern[str]
    container: re.Pattern[str]
    distance: re.Pattern[str]
    between: re.Pattern[str]
    toward: re.Pattern[str]
    apposition: re.Pattern[str]
    region: re.Pattern[str]
    part: re.Pattern[str]
    kinds: dict[str, str]
    approximate: dict[str, int]
    demonyms: dict[str, str]
    #: "au nord", "à l'est" in a distance: the compass word (`toward`, `[parts]`)
    bearing: re.Pattern[str]
    parts: dict[str, str]
    #: ", à Y," right after a settlement: the town it lies in
    at: re.Pattern[str]
    #: ", en Y": a division the place lies in
    inside_comma: re.Pattern[str]
    #: a division's noun and its "de" right before a name ("le territoire de X")
    division_before: re.Pattern[str]
    #: ", près de Y": a town the place lies near
    near: re.Pattern[str]
    #: " (du sud) de Y" after an apposition ("X, un quartier du sud de Y"): the town of the part
    apposed_of: re.Pattern[str]


@lru_cache(maxsize=8)
def chain_words(lang: str) -> ChainWords:
    data = table(lang, "places")
    spec = data["containers"]
    not_containers = {fold(word) for word in spec["not_containers"]}
    kinds = {fold(noun): kind for noun, kind in data["cues"].items()
             if kind in ("division", "town", "district") and fold(noun) not in not_containers}
    nouns = alternatives([noun for noun in data["cues"] if fold(noun) in kinds])
    divisions = [noun for noun in data["cues"] if kinds.get(fold(noun)) == "division"]
    settlements = alternatives(spec["settlements"])
    appositions = alternatives(spec["settlements"] + spec["appositions"])
    capital = alternatives(spec["capital"])
    demonyms = {fold(row["form"]): row.get("country", "") for row in table(lang, "demonyms")}
    fillers = alternatives([word for word in spec["fillers"] if not word.endswith("'")])
    units = alternatives(spec["units"])
    approximate = {fold(word): int(value) for word, value in spec["approximate"].items()}
    words = alternatives(list(spec["approximate"]))
    compass = alternatives([word for word, part in data["parts"].items()
                             if part in COMPASS])
    toward = alternatives(spec.get("toward", []))
    between = alternatives(spec.get("between", []))
    named_as = alternatives(spec.get("named_as", []))
    not_regions = alternatives(spec.get("not_regions", []))
    inside = alternatives(spec.get("inside", [])).replace("\\ ", r"\s+")
    parts = alternatives([word for word, part in data["parts"].items()
                          if part in COMPASS or part == "centre"])
    # lower-case words match in any case (?i:…); names must start with a capital
    # ("les villages de X et (de) Y, dans la commune de Z": Z contains X too)
    lead = rf"(?:[ \t]+(?i:et)[ \t]+(?i:(?:de|d['’]|à)[ \t]*)?{_NAME})?" \
        rf"[ \t]*[»\"”]?[ \t]*(?:[,(–—]\s*)?(?i:(?:(?:{fillers})\s+|l['’]\s*)*)"
    link = rf"(?i:{_LINK})"
    # "(la ville de) Y" after "de": the noun names the container itself
    named = rf"(?:\(?(?i:{named_as})\s*\)?\s*)?" if named_as else ""
    return ChainWords(
        bearing=re.compile(rf"(?:{toward})\s*({compass})\b", re.IGNORECASE)
        if toward and compass else re.compile(r"(?!)"),
        parts={fold(word): part for word, part in data["parts"].items() if part in COMPASS},
        division_before=re.compile(rf"(?i:\b(?:{alternatives(divisions)})\s+{_LINK})$")
        if divisions else re.compile(r"(?!)"),
        inside_comma=re.compile(
            rf"[ \t]*,[ \t]*(?i:{alternatives(spec['inside_after_comma'])})[ \t]+"
            rf"(?!(?:{not_regions})(?![\w-]))({_NAME})")
        if spec.get("inside_after_comma") and not_regions else re.compile(r"(?!)"),
        at=re.compile(rf"[ \t]*,[ \t]*(?i:{alternatives(spec['at'])})[ \t]+({_NAME})"
                      rf"(?=[ \t]*(?:[,.;)]|$))", re.MULTILINE)
        if spec.get("at") else re.compile(r"(?!)"),
        settlement_before=re.compile(
            rf"(?i:\b(?:{settlements})(?:\s+[a-zàâçéèêëîïôûù-]+)?\s+(?:{_LINK})?)({_NAME})"),
        # ("une offensive contre X, quartier de Y": what was attacked, told by its container)
        locative_before=re.compile(
            r"(?i:(?:^|\s)(?:à|au|dans|près\s+de|vers|de|contre|sur)\s+)$"),
        container=re.compile(rf"{lead}(?i:({nouns})\s+{_LINK})({_NAME})\)?"),
        distance=re.compile(
            rf"{lead}(?i:à\s+(?:environ\s+|quelque\s+|près\s+de\s+|moins\s+de\s+|"
            rf"plus\s+de\s+)?(?:(\d+(?:[.,]\d+)?)|une?\s+({words})\s+de)\s*(?:{units})\b"
            rf"(?:\s+(?:au|à\s+l['’])\s*[\w-]+)?\s+){link}{named}"
            rf"(?:({_NAME})|(?i:(?:{capital})(?:\s+([a-zàâçéèêëîïôûù]+))?)(?:,?\s+({_NAME}))?)"
            r"\)?"),
        between=re.compile(rf"{lead}(?i:(?:{between})\s+)({_NAME})\s+(?i:et)\s+({_NAME})")
        if between else re.compile(r"(?!)"),
        toward=re.compile(rf"{lead}(?i:(?:{toward})\s*(?:{compass})\s+){link}{named}({_NAME})")
        if toward and compass else re.compile(r"(?!)"),
        near=re.compile(rf"{lead}(?i:(?:{alternatives(spec['near'])})\s*)({_NAME})")
        if spec.get("near") else re.compile(r"(?!)"),
        apposition=re.compile(rf"[»\"”]?(?i:\s*,\s*(?:(?:un|une|le|la|petit|petite|grande)\s+)*"
                              rf"(?:{appositions})\b)"),
        # "à X, dans le Centre-Nord": a division named with no noun (one the gazetteer has)
        region=re.compile(rf"{lead}(?i:(?:{inside})\s*)"
                          rf"(?!(?:{not_regions})(?![\w-]))({_NAME})") if not_regions and inside
        else re.compile(r"(?!)"),
        # "X, un quartier du sud de Y", after the apposition: the town it belongs to
        apposed_of=re.compile(rf"\s+(?i:{_LINK}(?:(?:{parts})\s+{_LINK})?)({_NAME})"),
        # "à X, dans le sud du Liban": a part of a country or division holds the place
        part=re.compile(rf"{lead}(?i:(?:{inside})\s*(?:{parts})\s+{_LINK})({_NAME})")
        if parts and inside else re.compile(r"(?!)"),
        kinds=kinds,
        approximate=approximate,
        demonyms=demonyms,
    )


def alternatives(words: list[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def find_chains(text: str, words: ChainWords,
                mentions: list[tuple[int, int]]) -> list[Chain]:
    """Places followed by their containers. A place is a name after a settlement noun ("le
    village de X"), or a name (a mention, or a capitalized run after "à", "dans"…) that a
    container follows."""
    found: dict[int, Chain] = {}
    starts: list[tuple[int, int, bool]] = []
    names = list(mentions)
    for match in words.settlement_before.finditer(text):
        if _CAPITALISED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "le Vieux quartier de X": the noun is part of a name
        if noun_in_name(text, match.start()):  # "à Village de Dieu": the noun begins it
            names.append((match.start(), match.end(1)))
            continue
        starts.append((match.start(1), match.end(1), True))
    for start, end in names:
        starts.append((start, end, False))
    for match in re.finditer(_NAME, text):
        if words.locative_before.search(text, max(0, match.start() - 10), match.start()) \
                and not any(start < match.start() < end for start, end in names):
            # (not the end of a longer name: "Dieu" of "à Village de Dieu")
            starts.append((match.start(), match.end(), False))
    for start, end, settlement in sorted(starts, key=lambda s: (s[0], not s[2])):
        if start in found:
            continue
        apposed = bool(words.apposition.match(text, end)) \
            and not words.container.match(text, end)
        links = _links(text, end, words, settlement,
                       bool(words.division_before.search(text, max(0, start - 40), start)))
        if links or settlement or apposed:
            found[start] = Chain(start, end, tuple(links), settlement, apposed)
    return sorted(found.values(), key=lambda chain: chain.start)


def _links(text: str, position: int, words: ChainWords, settlement: bool = False,
           division: bool = False) -> list[Link]:
    """The containers after a place (``division``: the place is a division its noun announced,
    "le territoire de X", which a division after "en" does not contain but repeats)."""
    links: list[Link] = []
    at = words.at.match(text, position) if settlement else None
    if at:  # "le quartier de X, à Y,": the town it lies in
        links.append(Link("town", at.start(1), at.end(1)))
        position = at.end()
    apposition = words.apposition.match(text, position)
    if apposition and not words.container.match(text, position):  # ", commune de Y": a container
        position = apposition.end()
        of_town = words.apposed_of.match(text, position)
        if of_town and not words.container.match(text, position):
            # "X, un quartier (du sud) de Y": the town it is a part of
            links.append(Link("town", of_town.start(1), of_town.end(1)))
            position = of_town.end()
    while len(links) < MAX_LINKS:
        line_end = text.find("\n", position)
        limit = len(text) if line_end < 0 else line_end
        container = words.container.match(text, position, limit)
        if container:
            start, end = container.start(2), container.end(2)
            links.append(Link(words.kinds.get(fold(container.group(1)), "division"), start, end))
            position = container.end()
            continue
        between = words.between.match(text, position, limit)
        if between:  # "entre Y et Z": somewhere in the division around two towns
            for group in (1, 2):
                links.append(Link("between", between.start(group), between.end(group)))
            position = between.end()
            continue
        toward = words.toward.match(text, position, limit)
        if toward:  # "à l'ouest de Y": near Y
            links.append(Link("town", toward.start(1), toward.end(1)))
            position = toward.end()
            continue
        near = words.near.match(text, position, limit)
        if near:  # "l'île de X, près de Y": near Y
            links.append(Link("town", near.start(1), near.end(1)))
            position = near.end()
            continue
        # "dans le sud du Liban", "dans le Centre-Nord": a division named without its noun
        part = words.part.match(text, position, limit)
        region = part or words.region.match(text, position, limit)
        if region and not words.container.match(text, position, limit):
            # (a part of a town holds a place too: "le quartier de X, dans l'ouest de Y")
            links.append(Link("part" if part else "region", region.start(1), region.end(1)))
            position = region.end()
            continue
        # "à X, en Ituri": a division only (a country after a comma may be the next of a list:
        # "au Yémen, à Djibouti, en Iran")
        inside = words.inside_comma.match(text, position, limit) if not division else None
        if inside:
            links.append(Link("division-only", inside.start(1), inside.end(1)))
            position = inside.end()
            continue
        distance = words.distance.match(text, position, limit)
        if distance:
            if distance.group(1):
                km = float(distance.group(1).replace(",", "."))
            else:
                km = float(words.approximate.get(fold(distance.group(2)), 0))
            position = distance.end()
            toward = words.bearing.search(distance.group(0))
            bearing = words.parts.get(fold(toward.group(1))) if toward else None
            if distance.group(3):
                links.append(Link("town", distance.start(3), distance.end(3), km,
                                  bearing=bearing))
            elif distance.group(5):  # "la capitale, Bangui"
                links.append(Link("town", distance.start(5), distance.end(5), km,
                                  bearing=bearing))
            else:  # "la capitale (somalienne)"
                adjective = fold(distance.group(4) or "")
                country = words.demonyms.get(adjective, "")
                if adjective and not country:  # "la capitale provinciale": not a country's
                    break
                end = distance.end(4) if distance.group(4) else distance.end()
                links.append(Link("capital", end, end, km, capital_of=country,
                                  bearing=bearing))
            continue
        break
    return links


@dataclass(frozen=True)
class Located:
    """The outcome for a chain: the place's own entry when the gazetteer has it inside its
    containers, else the most precise container with the precision codes the place gets (and,
    for a distance and a direction from a town, the point they give and the town nearest it,
    whose divisions the place shares)."""

    entry: Entry | None
    container: Entry | None
    where_prec: int | None
    geo_precision: int | None
    confidence: float
    point: tuple[float, float] | None = None
    nearest: Entry | None = None


def place_in_chain(text: str, chain: Chain, resolver: Resolver, context: Context) -> Located:
    """Resolve a chain: see the module's documentation."""
    resolved: list[tuple[Link, Resolution]] = []
    # a country named as the container ("dans le nord d'Israël"), and its link
    country: tuple[Link, Resolution] | None = None
    for link in chain.links:
        if link.km is not None and link.km > MAX_DISTANCE_KM:
            continue
        if link.kind == "capital":
            capital = _capital(resolver, context, link.capital_of)
            if capital is not None:
                resolved.append((link, Resolution(capital, 1.0, (capital,))))
            continue
        hint = "division" if link.kind in ("division", "region", "division-only") \
            else "district" if link.kind == "district" \
            else None if link.kind == "part" else "town"  # "between": towns
        resolution = resolver.resolve(text[link.start:link.end], context, hint=hint)
        if link.kind == "division-only" and (resolution.entry is None
                                             or resolution.entry.kind not in REGION_KINDS):
            continue
        if resolution.entry is not None and not resolution.fallback \
                and resolution.entry.kind == "country":
            country = country or (link, resolution)
            continue
        if link.kind == "region" and (resolution.entry is None
                                      or resolution.entry.kind not in REGION_KINDS):
            continue  # "dans le X" without a noun: only a division the gazetteer has
        if link.kind == "part" and (resolution.entry is None or resolution.entry.kind not in
                                    REGION_KINDS | {"city", "town"}):
            continue  # "dans le sud du Liban": a division or a town the gazetteer has
        # a container abroad is a namesake: "département du Fako" in a story of Cameroon is
        # not Bago in Myanmar, "dans l'ouest du Niger" not Nigeria's Niger State, "commune
        # d'Ibanda" in a story of South Kivu not Uganda's Ibanda, the only sign of Uganda
        if resolution.entry is not None and not resolution.fallback \
                and not abroad(resolution.entry, context) \
                and not abroad_by_itself(resolution.entry, context):
            resolved.append((link, resolution))
    if not resolved:
        if country is not None and country[1].entry is not None:
            # no finer container: the gazetteer's place of that name in the country named,
            # else the country, abroad or not, at its level (UCDP 6, ACLED 3), not the
            # article's main one
            link, named = country
            entry = named.entry
            assert entry is not None
            own = _inside(text[chain.start:chain.end], entry, link, resolver)
            if own is not None:
                return Located(own, entry, 1, 1, named.confidence)
            return Located(None, entry, 6, 3, named.confidence)
        return Located(None, None, None, None, 0.0)
    link, best = min(resolved, key=lambda pair: _rank(pair[1].entry))  # type: ignore[arg-type]
    container = best.entry
    assert container is not None
    own = _inside(text[chain.start:chain.end], container, link, resolver)
    if own is not None:
        return Located(own, container, 1, 1, best.confidence)
    where_prec, geo_precision = container_precision(container, link.km, link.kind == "between")
    point, nearest = _offset(container, link, resolver)
    return Located(None, container, where_prec, geo_precision, best.confidence, point, nearest)


#: the parts of the compass (`COMPASS`), in degrees from the north
BEARINGS = {"nord": 0.0, "nord-est": 45.0, "est": 90.0, "sud-est": 135.0, "sud": 180.0,
            "sud-ouest": 225.0, "ouest": 270.0, "nord-ouest": 315.0}
#: how far from the point a distance and a direction give the nearest town may be, at most,
#: to lend the place its divisions (and never farther than half the distance told)
NEAREST_TOWN_KM = 30.0


def _offset(container: Entry, link: Link, resolver: Resolver,
            ) -> tuple[tuple[float, float] | None, Entry | None]:
    """"à 60 km au nord de la capitale": the point that distance and direction give from the
    container town, and the town nearest that point (its divisions are the place's: 60 km
    north of Mogadishu is in Middle Shabelle, not in Banaadir)."""
    if link.km is None or not link.bearing or link.bearing not in BEARINGS \
            or container.lat is None or container.lon is None or not container.country:
        return None, None
    angle = math.radians(BEARINGS[link.bearing])
    lat = container.lat + link.km * math.cos(angle) / 111.0
    lon = container.lon + link.km * math.sin(angle) / max(
        1.0, 111.0 * math.cos(math.radians(container.lat)))
    reach = min(NEAREST_TOWN_KM, link.km / 2)
    near = [e for e in resolver.gazetteer.towns_near(lat, lon, reach, container.country)
            if e.gid != container.gid and e.lat is not None and e.lon is not None
            and distance_km(lat, lon, e.lat, e.lon) <= reach]
    return (round(lat, 5), round(lon, 5)), (near[0] if near else None)


def country_only(context: Context, resolver: Resolver) -> Located:
    """A place the words announce ("le village de X") that neither the gazetteer nor its
    containers locate: it keeps its name, at the position of the article's main country
    (UCDP ``where_prec`` 6, ACLED ``geo_precision`` 3)."""
    if not context.countries:
        return Located(None, None, None, None, 0.0)
    iso = max(context.countries.items(), key=lambda item: item[1])[0]
    entry = resolver.gazetteer.country(iso)
    if entry is None:
        return Located(None, None, None, None, 0.0)
    return Located(None, entry, 6, 3, 0.6)


def _capital(resolver: Resolver, context: Context, country: str | None) -> Entry | None:
    """The capital of ``country``, else of the article's main country."""
    if not country and context.countries:
        country = max(context.countries.items(), key=lambda item: item[1])[0]
    return resolver.gazetteer.capital(country) if country else None


def container_precision(container: Entry, km: float | None = None,
                        between: bool = False) -> tuple[int, int]:
    """UCDP ``where_prec`` and ACLED ``geo_precision`` of a place known only by its container
    (the table of the module's documentation)."""
    if container.kind == "admin1" or container.kind == "region" and not container.admin1:
        return 4, 3
    if container.kind in ("admin2", "region") or between:
        return 3, 2
    if km is not None and km > UCDP_RADIUS_KM:
        return 3, 2
    return 2, 2


def _rank(entry: Entry) -> int:
    """Smaller is more precise."""
    if entry.kind in ("city", "town", "neighbourhood", "district", "site", "part"):
        return 0
    if entry.kind == "admin2":
        return 1
    if entry.kind == "region":
        return 2
    return 3


def _inside(name: str, container: Entry, link: Link, resolver: Resolver) -> Entry | None:
    """The gazetteer's entry for ``name`` that lies in ``container``, if any."""
    inside = []
    for entry, weak in resolver.candidates(name):  # a weak match too: the container backs it
        if entry.gid == container.gid or entry.country != container.country \
                or entry.kind not in ("city", "town", "neighbourhood", "district", "site"):
            continue
        if weak and container.kind == "admin2" and (
                None in (entry.lat, entry.lon, container.lat, container.lon)
                or distance_km(entry.lat, entry.lon, container.lat,  # type: ignore[arg-type]
                               container.lon) > WEAK_IN_DIVISION_KM):  # type: ignore[arg-type]
            # the gazetteer files towns by first-level division only: another spelling's
            # town ("Kirumbu" read as Kirumba) must lie near the second-level division's point
            continue
        if container.kind in ("city", "town"):
            if None in (entry.lat, entry.lon, container.lat, container.lon):
                continue
            reach = (link.km or 0.0) + NEAR_CONTAINER_KM
            if distance_km(entry.lat, entry.lon, container.lat, container.lon) > reach:  # type: ignore[arg-type]
                continue
        elif container.admin1 and entry.admin1 != container.admin1:
            continue
        inside.append(entry)
    return max(inside, key=lambda entry: entry.population) if inside else None


def dateline_end(text: str, agencies: re.Pattern[str]) -> int:
    """The end of the dateline opening ``text`` ("BAMAKO (AFP) -", "Goma, 3 mars (Reuters) —"),
    0 when there is none."""
    match = agencies.match(text)
    return match.end() if match else 0


#: a dateline with its date and no agency, opening a line: "Bangui, le 18 janvier 2021 -"
#: (a place, a comma, at most two short words or a weekday, a day, a month's word, a year, a
#: dash)
DATED_LINE = re.compile(r"\s*[^\W\d_][^\n,()]{0,40},\s+(?:[^\W\d_]{1,9}\s+){0,2}\d{1,2}"
                        r"(?:er)?\s+[^\W\d_]{3,10}\.?\s+\d{4}\s*[-–—:]")


def dateline_spans(text: str, agencies: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """The spans of the datelines that open the lines of ``text``: an agency's ("BAMAKO, 3
    février (AFP) -", ``agencies`` as :func:`dateline_pattern` builds it) or a dated one with
    no agency (:data:`DATED_LINE`)."""
    found = []
    for line in re.finditer(r"(?m)^", text):
        match = (agencies.match(text, line.start()) if agencies is not None else None) \
            or DATED_LINE.match(text, line.start())
        if match:
            found.append((match.start(), match.end()))
    return found


@lru_cache(maxsize=8)
def agency_datelines(lang: str) -> re.Pattern[str] | None:
    """The language's agency datelines (:func:`dateline_pattern` of the ``agencies`` of its
    places table), None when it lists none."""
    agencies = table(lang, "places").get("roles", {}).get("agencies", [])
    return dateline_pattern(agencies) if agencies else None


def dateline_pattern(names: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"\s*[^\W\d_][^\n()]{{0,60}}?\((?:{alternatives})(?:/[^\n()]{{1,20}})?\)"
                      r"\s*[-–—:]")

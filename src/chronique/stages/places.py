"""The ``places`` stage: toponyms found, resolved against the gazetteer, with precision codes.

Mentions come from the model's LOC/GPE entities (:func:`chronique.nlp.doc_for`) and from a
gazetteer scan (:mod:`chronique.geo.mentions`). Demonyms ("syrien", "russe") are not places but
tell which countries the article is about; page furniture and the model's inventions ("Etat",
"Impuissante", "reCAPTCHA") are dropped: a mention is kept only when the gazetteer knows the name.
Words before a toponym give the part of it ("l'est de Damas", "le nord-ouest de la Syrie") and the
kind of place announced ("le quartier de Djobar").

Resolution runs twice: a first pass without context keeps the unambiguous places (countries,
large cities, curated entries) as the article's prior; the second pass resolves every mention
against that prior.

Each :class:`~chronique.types.Place` carries the gazetteer entry (name, id, lat/lon, ISO country,
kind), ``admin1`` (the division's name when the gazetteer knows it, else the GeoNames code),
``part`` ("est" for "l'est de Damas"), UCDP ``where_prec`` and ACLED ``geo_precision``
(:func:`chronique.geo.resolve.precision`), ``confidence`` and the candidates' ids; an unresolved
span keeps only its candidates. No entity-ruler patterns are registered: the gazetteer scan
already finds the curated names, and patterns would overwrite the model's PER/ORG spans that
other stages read.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from ..geo.chains import COMPASS as CHAIN_COMPASS
from ..geo.chains import (
    Located,
    agency_datelines,
    alternatives,
    chain_words,
    container_precision,
    country_only,
    dateline_spans,
    find_chains,
    noun_in_name,
    place_in_chain,
)
from ..geo.gazetteer import Entry, Gazetteer, get_gazetteer
from ..geo.mentions import Mention, merge, scan
from ..geo.normalize import fold, normalize
from ..geo.resolve import DIVISION_KINDS, Context, Resolution, Resolver, main_country, precision
from ..lang import table
from ..pipeline import stage
from ..types import Article, Place

log = logging.getLogger(__name__)

NER_LABELS = frozenset({"LOC", "GPE"})
BLOCKING_LABELS = frozenset({"PER", "ORG", "PERSON"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
ORG_LABELS = frozenset({"ORG"})
MISC_LABELS = frozenset({"MISC"})
_LEADING = re.compile(r"^(?:[a-zàâçéèêëîïôûù'’-]+\s+|(?:Du|Au|Aux|De|Des|La|Le|Les|En|A|À)\s+|"
                      r"[dlDL]['’])+(?=\w)")
_LINK = r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
_LINKED = re.compile(_LINK + "$")  # "la commune de ": the link ends right before the name
COMPASS = CHAIN_COMPASS | {"centre"}
TOWN_COUNTRY_SHARE = 0.25
TOWN_NEAR_KM = 150.0
#: the kinds of the cue nouns that announce a place ("la commune de X", "le district de X"):
#: a name after one that the gazetteer lacks is still a place, as after "à"
ANNOUNCING = frozenset({"town", "division", "district"})
#: prepositions that introduce a place ("de" also introduces people: "le régime de Moubarak")
_LOCATIVE = re.compile(r"(?:^|\s)(?:à|a|au|aux|en|dans|vers|depuis|près de)\s*$", re.IGNORECASE)
#: what names a place found once as an attack's target ("une attaque similaire contre X")
_AGAINST = re.compile(r"(?:^|\s)(?:contre|sur)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Words:
    """The language tables the stage reads, compiled once per language."""

    demonyms: dict[str, str]
    not_places: frozenset[str]
    parts: dict[str, str]
    cues: dict[str, str]
    part_before: re.Pattern[str]
    cue_before: re.Pattern[str]
    part_suffix: re.Pattern[str]
    part_adjective: re.Pattern[str]
    dateline: re.Pattern[str] | None  # an agency's dateline ("BAMAKO (AFP) -")
    source_before: re.Pattern[str]
    reached_before: re.Pattern[str]
    speaker_home: re.Pattern[str] | None
    reached_after: re.Pattern[str] | None
    destination_before: re.Pattern[str]
    reference_before: re.Pattern[str]
    border_before: re.Pattern[str] | None  # "à la frontière avec le": a neighbour follows
    between_before: re.Pattern[str] | None  # "entre " right before a name: two places follow
    near_before: re.Pattern[str]
    same_place: re.Pattern[str]
    fronted: re.Pattern[str]  # "À " at the head of a sentence, before a name
    cue_head: re.Pattern[str]  # a cue noun and its link opening a span ("Etat de Kaduna")
    role_join: re.Pattern[str]  # what joins two places of one role (" et ", ", ")
    # … and the link repeated after it, for where people went ("à X et à Y", "vers X et vers Y")
    destination_join: re.Pattern[str]
    feature_before: re.Pattern[str] | None  # "le fleuve Niger": a river, not the country
    apposed_country: re.Pattern[str] | None  # ", au " between a place and its country
    road_pair: re.Pattern[str] | None  # "l'axe Gao-Ansongo": a road named by its two ends
    indefinite: frozenset[str]  # "un quartier de Goma": the name is the whole, not the part
    harmed_at: re.Pattern[str] | None  # "ont été tués à" before a name: where it happened
    near: re.Pattern[str] | None  # "près de" before a name: a landmark
    named_after: re.Pattern[str] | None  # "le massacre de" before a name: where it happened
    told_to: re.Pattern[str] | None  # "a déclaré à" before a name: whom it was told
    cue_ending: re.Pattern[str]  # "Village de " right before a name: its noun and link


#: kinds of place too wide to be named again as the spot of something (a country, a division)
WIDE_KINDS = frozenset({"country"}) | DIVISION_KINDS


@lru_cache(maxsize=8)
def words_for(lang: str) -> Words:
    rows = table(lang, "demonyms")
    demonyms = {fold(row["form"]): row.get("country", "") for row in rows}
    adjectives = "|".join(sorted((re.escape(row["form"]) for row in rows if row.get("country")),
                                 key=len, reverse=True))
    data = table(lang, "places")
    parts = {fold(k): v for k, v in data["parts"].items()}
    cues = {fold(k): v for k, v in data["cues"].items()}
    part_words = "|".join(sorted(map(re.escape, parts), key=len, reverse=True))
    cue_words = "|".join(sorted(map(re.escape, cues), key=len, reverse=True))
    reporters = alternatives(data["roles"]["source_words"])
    reached = alternatives(data["roles"].get("reached_words", [])) or "(?!)"
    # a name after a feature's noun, a building's ("l'hôtel X") or a noun of kin ("la
    # famille X") is no place
    features = data.get("features", {}).get("words", []) + \
        data.get("buildings", {}).get("words", []) + data.get("kin", {}).get("words", [])
    # "selon Moscou", "d'après Kiev": a capital named as who says it, not where it happened
    cited = alternatives(table(lang, "reporting_verbs")["source_cues"]["cues"])
    return Words(
        feature_before=re.compile(rf"(?<!\w)(?:{alternatives(features)})\s+$", re.IGNORECASE)
        if features else None,
        demonyms=demonyms,
        # (nor a number word opening a sentence: "Six personnes ont été tuées")
        not_places=frozenset(fold(word) for word in data["not_places"]["words"]
                             + table(lang, "quantities").get("words", {}).get("words", [])),
        parts=parts,
        cues=cues,
        part_before=re.compile(rf"\b({part_words}){_LINK}$"),
        cue_before=re.compile(rf"\b({cue_words})(?:\s+\w+)?{_LINK}?$"),
        part_suffix=re.compile(rf"^(.+?)[-\s]({part_words})$"),
        part_adjective=re.compile(
            rf"\b({'|'.join(sorted(map(re.escape, data['parts']), key=len, reverse=True))})"
            rf"\s+({adjectives})\b", re.IGNORECASE),
        dateline=agency_datelines(lang),
        source_before=re.compile(rf"{_reporting_from(reporters)}|(?<!\w)(?:{cited})\s+$",
                                 re.IGNORECASE),
        reached_before=re.compile(_reporting_from(reached), re.IGNORECASE),
        speaker_home=re.compile(
            rf"(?<!\w)(?:{alternatives(data['roles']['speakers'])})\s+(?:de|du|des|d['’])\s*$",
            re.IGNORECASE) if data["roles"].get("speakers") else None,
        reached_after=re.compile(
            rf"\s*,?\s*(?:{alternatives(data['roles']['reached_after'])})(?!\w)",
            re.IGNORECASE) if data["roles"].get("reached_after") else None,
        reference_before=_reference_before(data),
        border_before=_border_before(data),
        between_before=re.compile(
            rf"(?<!\w)(?:{alternatives(data['containers']['between'])})\s+$", re.IGNORECASE)
        if data["containers"].get("between") else None,
        near_before=_near_before(data),
        destination_before=_destination_before(data),
        same_place=_same_place_pattern(data.get("same_place", {})),
        fronted=_fronted_pattern(data.get("fronted", {}).get("prepositions", [])),
        harmed_at=re.compile(
            rf"(?<!\w)(?:{alternatives(data['harmed_at']['words'])})"
            rf"(?:\s+(?:{alternatives(data['harmed_at'].get('between', []))}))*\s+(?:à|a)\s+$",
            re.IGNORECASE) if data.get("harmed_at", {}).get("words") else None,
        named_after=re.compile(
            rf"(?<!\w)(?:{alternatives(data['named_after']['nouns'])})\s+(?:de\s+|d['’])$",
            re.IGNORECASE) if data.get("named_after", {}).get("nouns") else None,
        # (the participles that tell a day was when something was said, `[telling]` in the
        # time table: "a déclaré à Radio X" names who heard it)
        told_to=re.compile(
            rf"(?<!\w)(?:{alternatives(table(lang, 'time')['telling']['words'])})\s+(?:à|a)\s+$",
            re.IGNORECASE) if table(lang, "time").get("telling", {}).get("words") else None,
        near=re.compile(rf"(?<!\w)(?:{alternatives(data['near']['prepositions'])})\s*$",
                        re.IGNORECASE) if data.get("near", {}).get("prepositions") else None,
        cue_head=re.compile(rf"(?:{alternatives(list(data['cues']))}){_LINK}",
                            re.IGNORECASE),
        cue_ending=re.compile(rf"(?<!\w)(?:{alternatives(list(data['cues']))}){_LINK}$",
                              re.IGNORECASE),
        role_join=_role_join(data.get("role_coordination", {}).get("words", [])),
        destination_join=_role_join(data.get("role_coordination", {}).get("words", []),
                                    data.get("role_coordination", {}).get("repeated", [])),
        indefinite=frozenset(fold(word) for word in
                             data.get("cue_articles", {}).get("indefinite", [])),
        road_pair=re.compile(
            rf"(?<!\w)(?:{alternatives(data['roads']['words'])})\s+"
            r"((?-i:[A-ZÀ-ÖØ-ÞŒ])[\w'’]*(?:[-–](?-i:[A-ZÀ-ÖØ-ÞŒ])[\w'’]*)+)", re.IGNORECASE)
        if data.get("roads", {}).get("words") else None,
        apposed_country=re.compile(rf"\s*,\s*(?:{alternatives(apposed)})\s*", re.IGNORECASE)
        if (apposed := data.get("apposed_country", {}).get("links", [])) else None,
    )


def _role_join(words: list[str], repeated: list[str] | None = None) -> re.Pattern[str]:
    """A comma or a coordinating word between two places ("vers X et Y", "X, Y"), and the
    link ``repeated`` after it ("à X et à Y")."""
    joined = rf"|(?:,\s*)?(?:{alternatives(words)})" if words else ""
    again = rf"(?:(?:{alternatives(repeated)})\s*)?" if repeated else ""
    # (past names of the list the gazetteer lacks: "vers Numbi, Kalungu et Minova")
    listed = r"(?:\s*,\s*(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*)?){0,3}"
    return re.compile(rf"{listed}\s*(?:,{joined})\s*{again}", re.IGNORECASE)


def _fronted_pattern(prepositions: list[str]) -> re.Pattern[str]:
    """A preposition at the head of a sentence, right before a name ("À Kouinsala, …")."""
    if not prepositions:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:^|[.!?»]\s+|\n\s*)(?:{alternatives(prepositions)})\s+$")


def _same_place_pattern(spec: dict[str, Any]) -> re.Pattern[str]:
    """"dans la même localité": a link, an adjective of sameness, a noun of place; or a
    demonstrative and a noun of place ("ce site", "cette localité")."""
    links, adjectives, nouns = (alternatives(spec.get(key, []))
                                for key in ("links", "adjectives", "nouns"))
    if not links or not adjectives or not nouns:
        return re.compile(r"(?!)")
    pointing, pointed = (alternatives(spec.get(key, []))
                         for key in ("demonstratives", "demonstrative_nouns"))
    demonstrative = rf"|(?P<pointing>(?<!\w)(?:{pointing})\s+(?:{pointed})(?!\w))" \
        if pointing and pointed else ""
    return re.compile(rf"(?<!\w)(?:{links})\s+(?:{adjectives})\s+(?:{nouns})(?!\w)"
                      rf"{demonstrative}", re.IGNORECASE)


def _reporting_from(words: str) -> str:
    """The words (an alternation) of who reports, then a few more, then "à" or "depuis"
    right before a place: "notre correspondant à", "joint par téléphone depuis"."""
    return rf"\b(?:{words})\b[^.;:\n]{{0,40}}?\s(?:à|a|depuis)\s+$"


def _destination_before(data: dict[str, Any]) -> re.Pattern[str]:
    """What makes the place after it where people went, not where it happened: "ont fui
    vers X", "évacués à l'hôpital de X", "se sont réfugiés dans la ville de X"."""
    verbs = alternatives(data["roles"].get("destination_verbs", []))
    toward = alternatives(data["roles"].get("destination_links", []))
    named = alternatives(data["containers"].get("named_as", []))
    if not verbs or not toward:
        return re.compile(r"(?!)")
    # at most two words between, none a determiner: "ont fui les combats à X" names where
    # the fighting is
    gap = r"(?:\s+(?!(?:les|des|la|le|du|un|une)\b|l['’])[\w-]+){0,2}?"
    facilities = alternatives(data["roles"].get("destination_facilities", []))
    # "vers l'hôpital de la Minusma à X": a facility, its owner in a few words, then the town
    owned = rf"(?:(?:{facilities})(?:\s+[^\s,.;:!?()]+){{0,4}}?\s+(?:à|au|de|d['’])\s*)?" \
        if facilities else ""
    # (a link that says by itself where something was heading: "des vivres à destination de X")
    heading = alternatives(data["roles"].get("destination_alone", []))
    alone = rf"|(?<!\w)(?:{heading})\s*{owned}(?:(?:{named})\s*)?$" if heading else ""
    # (a verb that takes where one went as its object: "certaines ont rejoint X")
    direct = alternatives(data["roles"].get("destination_direct", []))
    reached = rf"|\b(?:{direct})\s+(?:(?:{named})\s*)?$" if direct else ""
    return re.compile(rf"\b(?:{verbs}){gap}\s+(?:{toward})\s*{owned}(?:(?:{named})\s*)?$"
                      + alone + reached, re.IGNORECASE)


def _near_before(data: dict[str, Any]) -> re.Pattern[str]:
    """What makes the place after it a landmark: "près de", "à proximité de (la ville de)"."""
    near = alternatives(data["roles"].get("near", []))
    named = alternatives(data["containers"].get("named_as", []))
    if not near:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:^|\s)(?:{near})\s*(?:(?:{named})\s*)?$", re.IGNORECASE)


def _border_before(data: dict[str, Any]) -> re.Pattern[str] | None:
    """What makes the place after it the country or town across a border ("à la frontière
    avec le Burkina Faso"): a point of reference, and no sign of the story's country."""
    border = alternatives(data["containers"].get("border", []))
    return re.compile(rf"(?<!\w)(?:{border})\s*(?:le\s+|la\s+|les\s+|l['’]\s*)?$",
                      re.IGNORECASE) if border else None


def _reference_before(data: dict[str, Any]) -> re.Pattern[str]:
    """What makes the place after it a point of reference: "au nord de", "à l'ouest de",
    "à 30 km (au sud) de", "à une vingtaine de kilomètres de", "sur l'axe"."""
    spec = data["containers"]
    compass = alternatives([word for word, part in data["parts"].items()
                            if part in CHAIN_COMPASS])
    toward = alternatives(spec.get("toward", []))
    units = alternatives(spec["units"])
    counts = alternatives(list(spec["approximate"]))
    distance = rf"\bà\s+(?:\w+\s+){{0,2}}?(?:\d+(?:[.,]\d+)?|une?\s+(?:{counts})\s+de)\s*" \
               rf"(?:{units})(?:\s+(?:{toward})\s*(?:{compass}))?"
    direction = rf"(?:^|\s)(?:{toward})\s*(?:{compass})"
    named = alternatives(spec.get("named_as", []))
    capital = alternatives(spec["capital"])
    along = alternatives(spec.get("along", []))
    road = rf"|\b(?:{along})\s*$" if along else ""
    # "l'axe Gao-Ansongo": both ends of a road its noun names are points of reference
    ends = alternatives(data.get("roads", {}).get("words", []))
    road += rf"|(?<!\w)(?:{ends})\s+(?:(?-i:[A-ZÀ-ÖØ-ÞŒ])[\w'’]*[-–])*$" if ends else ""
    border = _border_before(data)
    road += rf"|{border.pattern}" if border is not None else ""
    return re.compile(rf"(?:(?:{distance}|{direction}){_LINK}(?:\(?(?:{named})\s*\)?\s*)?"
                      rf"(?:(?:{capital})(?:\s+[^\W\d_]+)?,?\s+)?${road})", re.IGNORECASE)


@stage("places", requires=("text", "sentences"), assigns=("places",), order=30, parse=True,
       version="46")
def make_places(*, min_confidence: float = 0.6, gazetteer_files: tuple[str, ...] = (),
                use_model: bool = True) -> PlaceStage:
    """Find and resolve toponyms; ``gazetteer_files`` adds TSV gazetteers to the shipped one."""
    return PlaceStage(min_confidence=min_confidence, gazetteer_files=tuple(gazetteer_files),
                      use_model=use_model)


class PlaceStage:
    def __init__(self, *, min_confidence: float, gazetteer_files: tuple[str, ...],
                 use_model: bool) -> None:
        self.min_confidence = min_confidence
        self.gazetteer_files = gazetteer_files
        self.use_model = use_model

    def __call__(self, article: Article) -> Article:
        gazetteer = get_gazetteer(self.gazetteer_files)
        article.places = find_places(article, gazetteer, words_for(article.lang or "fr"),
                                     min_confidence=self.min_confidence, use_model=self.use_model)
        return article


def find_places(article: Article, gazetteer: Gazetteer, words: Words, *,
                min_confidence: float = 0.6, use_model: bool = True) -> list[Place]:
    """The places of ``article.text``."""
    text = article.text
    mentions, blocked = _model_mentions(article) if use_model else ([], [])
    readings = {(m.start, m.end) for m in mentions}  # the spans the model reads as places
    if use_model:
        mentions += _persons_as_places(article, words) + _announced_names(article, words) \
            + _between_names(article, gazetteer, words)
    mentions = _rejoined(text, [_trim(text, mention, gazetteer, words) for mention in mentions],
                         gazetteer)
    # a name starts with a capital: a lowercase word the model reads as a place ("des
    # communautés nuer et murle") is one only when the gazetteer has it
    mentions = [m for m in mentions if m.end > m.start and (
        not text[m.start].islower() or gazetteer.lookup(text[m.start:m.end]))]
    mentions = merge(mentions + scan(text, gazetteer, blocked=blocked,
                                     not_places=words.not_places))
    mentions = _road_ends(text, mentions, gazetteer, words)
    context = Context()
    kept: list[tuple[Mention, str, str | None, str | None]] = []
    for mention in mentions:
        surface = text[mention.start:mention.end]
        folded = fold(surface)
        if folded in words.demonyms or folded in words.not_places:
            if words.demonyms.get(folded):
                context.countries[words.demonyms[folded]] += 0.5
            continue
        if words.feature_before is not None and words.feature_before.search(
                text, max(0, mention.start - 16), mention.start):
            continue  # "le fleuve Niger", "le mont Cameroun": a river or a mount, no country
        part, hint = _cues(text, mention, words)
        kept.append((mention, surface, part, hint))
    _demonym_prior(text, words, context)
    if not context.countries:
        _conflict_prior(article, context)
    resolver = Resolver(gazetteer, min_confidence=min_confidence)
    for mention, surface, _part, hint in kept:
        first = resolver.resolve(_core(surface, words, gazetteer)[0], context, hint=hint)
        if words.border_before is not None and words.border_before.search(
                text, max(0, mention.start - 40), mention.start):
            continue  # the neighbour across a border: no sign of the story's country
        if _anchors(first):
            context.add(first.entry)  # type: ignore[arg-type]
    containers: list[tuple[int, int]] = []
    unknown: list[tuple[Mention, str]] = []
    places = _chain_places(article, gazetteer, resolver, context, mentions, words, containers)
    for mention, surface, part, hint in kept:
        if any(p.start < mention.end and mention.start < p.end for p in places):
            continue
        core, suffix_part = _core(surface, words, gazetteer)
        part = part or suffix_part
        resolution = resolver.resolve(core, context, hint=hint, part=part)
        locative = bool(_LOCATIVE.search(text[max(0, mention.start - 12):mention.start])) or (
            words.near is not None  # "à la sortie de X", "aux abords de X": a place
            and bool(words.near.search(text[max(0, mention.start - 30):mention.start]))) or (
            words.named_after is not None  # "le massacre de X": where it happened
            and mention.source == "ner"
            and bool(words.named_after.search(text[max(0, mention.start - 30):mention.start])))
        told_to = words.told_to is not None \
            and bool(words.told_to.search(text, max(0, mention.start - 30), mention.start))
        announced = resolution.entry is None and mention.source == "ner" and (
            locative and not told_to  # (not whom it was told: "a déclaré à Radio X")
            or hint in ANNOUNCING and surface.split()[-1][:1].isupper())
        if announced and not gazetteer.lookup(core):
            # a name only spellings alike match, none sure: the place the words announce
            # ("la localité de Lumbishi" is no Lubumbashi)
            unknown.append((mention, surface))
        elif _keep(resolution, mention, surface, context, gazetteer, locative):
            places.append(_place(mention, surface, resolution, part, gazetteer))
        elif announced:
            unknown.append((mention, surface))  # "à X", "dans la commune de X": a place
    places = _in_its_country(text, places, gazetteer, words)
    roads = _unknown_roads(text, unknown, places, words)
    unknown += roads
    places.extend(_in_the_story(unknown, places, gazetteer, context, words))
    places.extend(_country_parts(text, words, gazetteer, places))
    again = _named_again(text, places, readings)
    places = [p for p in places if p.resolved or not any(
        a.start < p.end and p.start < a.end for a in again)] + again
    places = _one_sense(places)
    places = _roles(text, sorted(places, key=lambda place: place.start), words, containers)
    # a road the gazetteer knows neither end of is where things happened on it, not a point
    # of reference as each known end is
    ways = {(m.start, m.end) for m, _ in roads}
    places = [replace(p, kind="road", role=None) if (p.start, p.end) in ways else p
              for p in places]
    # "dans la même localité": the place named before, once the roles tell a destination or a
    # source's place from where things happened
    return sorted(places + _same_place(text, places, words), key=lambda place: place.start)


def _road_ends(text: str, mentions: list[Mention], gazetteer: Gazetteer,
               words: Words) -> list[Mention]:
    """"sur l'axe Tahoua-Tillia": a road named by the towns at its ends, one hyphenated word;
    each end is a place of its own when the gazetteer has both (the hyphen cut where it does:
    "Bobo-Dioulasso-Ouagadougou" is Bobo-Dioulasso and Ouagadougou)."""
    if words.road_pair is None:
        return mentions
    ends: list[Mention] = []
    for match in words.road_pair.finditer(text):
        name, start = match.group(1), match.start(1)
        for cut in (i for i, char in enumerate(name) if char in "-–"):
            first, second = name[:cut], name[cut + 1:]
            if gazetteer.lookup(first) and gazetteer.lookup(second):
                ends += [Mention(start, start + cut, "gazetteer"),
                         Mention(start + cut + 1, match.end(1), "gazetteer")]
                break
    if not ends:
        return mentions
    kept = [m for m in mentions
            if not any(m.start < end.end and end.start < m.end for end in ends)]
    return sorted(kept + ends, key=lambda mention: mention.start)


def _unknown_roads(text: str, unknown: list[tuple[Mention, str]], places: list[Place],
                   words: Words) -> list[tuple[Mention, str]]:
    """"sur l'axe Boni–Hombori" where the gazetteer has neither end: the road keeps its name,
    a place of the story (:func:`_in_the_story`) as a town it lacks would be."""
    if words.road_pair is None:
        return []
    found = []
    for match in words.road_pair.finditer(text):
        start, end = match.span(1)
        if any(p.start < end and start < p.end for p in places) \
                or any(m.start < end and start < m.end for m, _ in unknown):
            continue
        ends = re.split(r"[-–]", match.group(1))
        if all(_unknown_name(name, words) and fold(name) not in words.not_places
               for name in ends):
            found.append((Mention(start, end, "road"), match.group(1)))
    return found


def _in_its_country(text: str, places: list[Place], gazetteer: Gazetteer,
                    words: Words) -> list[Place]:
    """"près de Palma, au Mozambique": a town the gazetteer knows only in another country than
    the one named right after it is a namesake; the place keeps its name, known by that
    country alone (UCDP where_prec 6, ACLED geo_precision 3)."""
    if words.apposed_country is None:
        return places
    ordered = sorted(places, key=lambda place: place.start)
    result = []
    for index, place in enumerate(ordered):
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        if after is not None and after.kind == "country" and place.kind not in WIDE_KINDS \
                and place.country and after.country and place.country != after.country \
                and words.apposed_country.fullmatch(text, place.end, after.start):
            country = gazetteer.country(after.country)
            if country is not None:
                place = _chain_place(place.start, place.end, place.text,
                                     Located(None, country, 6, 3, 0.6), gazetteer)
        result.append(place)
    return result


#: what follows a fronted name ("À Kouinsala, …"), and a name that ends its clause
_THEN_COMMA = re.compile(r" *,")
_ANY = re.compile("")
#: … or its phrase, before the agent or another complement ("tuées à X par des miliciens")
_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|$|(?:par|lors|dans|près|au cours)\b)")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$)")


def _persons_as_places(article: Article, words: Words) -> list[Mention]:
    """Names the model reads as persons where only a place can stand: at the head of a
    sentence, after "À" and before a comma ("À Kouinsala, douze civils…": the frame of where
    the sentence happens); right after a participle of harm (and words of its day) and "à",
    ending their phrase ("huit civils ont été tués à Bakoré.", "tuées lundi soir à X par des
    miliciens": where it happened); after "le massacre de", "la bataille de" (where it
    happened); and, read as a person, an
    organisation or a place the gazetteer lacks, right after a preposition of nearness, ending
    the clause ("une mine a sauté près de Tindaga,": a landmark). Kept only as a place the
    gazetteer has, or one of a story already located (see `_in_the_story`)."""
    from ..nlp import doc_for

    text = article.text
    rules = [(words.fronted, 40, _THEN_COMMA, PERSON_LABELS)]
    if words.harmed_at is not None:
        rules.append((words.harmed_at, 60, _PHRASE_END, PERSON_LABELS))
    if words.near is not None:
        rules.append((words.near, 30, _CLAUSE_END, PERSON_LABELS | ORG_LABELS | NER_LABELS))
    if words.named_after is not None:  # "le massacre de X"
        rules.append((words.named_after, 30, _ANY, PERSON_LABELS))
    return [Mention(ent.start_char, ent.end_char, "ner") for ent in doc_for(article).ents
            if any(ent.label_ in labels and after.match(text, ent.end_char)
                   and before.search(text[max(0, ent.start_char - reach):ent.start_char])
                   for before, reach, after, labels in rules)]


#: the "et" joining the two names after "entre" (as in the chains of `geo.chains`)
_AND = re.compile(r"\s+et\s+")


def _between_names(article: Article, gazetteer: Gazetteer, words: Words) -> list[Mention]:
    """"sur la route entre Macomia et Awasse" (`between` of the containers): two towns the
    model may read as one person or organisation; each a place the gazetteer has."""
    from ..nlp import doc_for

    if words.between_before is None:
        return []
    text = article.text
    found = []
    for ent in doc_for(article).ents:
        if not words.between_before.search(text[max(0, ent.start_char - 10):ent.start_char]):
            continue
        start = ent.start_char
        for part in _AND.split(ent.text):
            offset = text.find(part, start, ent.end_char)
            if offset < 0:
                continue
            if part[:1].isupper() and gazetteer.lookup(part):
                found.append(Mention(offset, offset + len(part), "ner"))
            start = offset + len(part)
    return found


#: what may stand between two pieces of one name the model cut ("Fada | N'| Gourma")
_NAME_GAP = re.compile(r"\s?\w{0,2}['’]?\s?|-")


def _rejoined(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Two names the model read next to each other, a short piece between them ("Fada" and
    "Gourma" in "Fada N'Gourma"), that together name a place the gazetteer has: one name."""
    ordered = sorted(mentions, key=lambda m: m.start)
    joined: list[Mention] = []
    for mention in ordered:
        if joined and 0 <= mention.start - joined[-1].end <= 4 \
                and _NAME_GAP.fullmatch(text, joined[-1].end, mention.start) \
                and gazetteer.lookup(text[joined[-1].start:mention.end]):
            joined[-1] = Mention(joined[-1].start, mention.end, joined[-1].source)
            continue
        joined.append(mention)
    return joined


def _announced_names(article: Article, words: Words) -> list[Mention]:
    """Names the model reads as miscellaneous or as a person right after a noun announcing a
    town or a division and its "de" ("dans la commune de Nokoumbéri", "le district d'Adan
    Yabaal"): a place's, as the noun says."""
    from ..nlp import doc_for

    text = article.text
    found = []
    for ent in doc_for(article).ents:
        if ent.label_ not in MISC_LABELS | PERSON_LABELS or not ent.text[:1].isupper():
            continue
        before = _line_before(text, ent.start_char, 40)
        cue = words.cue_before.search(before)
        if cue is not None and words.cues[cue.group(1)] in ANNOUNCING \
                and _LINKED.search(before):
            found.append(Mention(ent.start_char, ent.end_char, "ner"))
    return found


def _in_the_story(unknown: list[tuple[Mention, str]], places: list[Place],
                  gazetteer: Gazetteer, context: Context, words: Words) -> list[Place]:
    """A name the gazetteer lacks, that the model reads as a place after "à", "dans"…
    ("À X, des hommes armés ont tué…"), in a story already located in a division ("dans la
    province de Y" before it): X keeps its name at the division's position, with the precision
    codes of a place known by its container (:func:`chronique.geo.chains.container_precision`);
    with no division before it, X at the level of the article's main country (UCDP 6, ACLED 3,
    no point). A division abroad, a dateline's or a source's place, or a name of the
    dictionaries or the demonyms is no such container or place."""
    found: list[Place] = []
    main = main_country(context)[0]
    for mention, surface in unknown:
        if fold(surface) in words.demonyms or fold(surface) in words.not_places \
                or not _unknown_name(surface, words) or any(ch.isdigit() for ch in surface) \
                or any(p.start < mention.end and mention.start < p.end for p in places):
            continue
        before = [p for p in places if p.end <= mention.start and p.resolved and p.role is None
                  and p.kind in DIVISION_KINDS and p.within is None
                  and p.country is not None and p.country == main]
        if not before:
            # no division told before: the name at the level of the article's country (UCDP
            # 6, ACLED 3, no point), as a place the words announce ("à Makalondi, près de la
            # frontière")
            country = gazetteer.country(main) if main else None
            if country is not None:
                found.append(Place(mention.start, mention.end, "places", surface, name=surface,
                                   country=country.country, kind="village", where_prec=6,
                                   geo_precision=3, resolved=True, confidence=0.5,
                                   within=country.gid))
            continue
        division = max(before, key=lambda p: p.end)
        entry = gazetteer.get(division.gazetteer_id or "")
        if entry is None:
            continue
        where_prec, geo_precision = container_precision(entry)
        found.append(replace(division, start=mention.start, end=mention.end, text=surface,
                             name=surface, gazetteer_id=None, kind="village",
                             where_prec=where_prec, geo_precision=geo_precision, part=None,
                             candidates=(), within=entry.gid))
    return found


def _same_place(text: str, places: list[Place], words: Words) -> list[Place]:
    """"… avait coûté la vie à cinq militaires dans la même localité", "ce site": the town,
    village or site named last before the phrase (not a dateline's or a source's), the last
    its noun announced when there is one, as the phrase's place."""
    found: list[Place] = []
    for match in words.same_place.finditer(text):
        before = [p for p in places if p.end <= match.start() and p.resolved
                  and p.role in (None, "near") and p.kind not in WIDE_KINDS]
        if not before:
            continue
        # (a noun the text announced a place with points back to that place: "le site de
        # déplacés de X" … "ce site", past another town named between)
        noun = match.group(0).split()[-1].casefold()
        announced = [p for p in before
                     if re.search(rf"(?<!\w){re.escape(noun)}(?!\w)",
                                  text[max(0, p.start - 40):p.start], re.IGNORECASE)]
        if not announced and match.groupdict().get("pointing"):
            # (a demonstrative with no noun to follow back points within its paragraph)
            paragraph = text.rfind("\n", 0, match.start())
            before = [p for p in before if p.start > paragraph]
            if not before:
                continue
        last = max(announced or before, key=lambda p: p.end)
        found.append(replace(last, start=match.start(), end=match.end(),
                             text=text[match.start():match.end()], role=None))
    return found


def _one_sense(places: list[Place]) -> list[Place]:
    """One name, one place in one article: a name read as two places ("la ville de Koui, dans
    la préfecture de la Lim-Pendé" … "à 5 km de Koui", which a namesake abroad also bears) is
    the one in the country the article's places name most."""
    countries = Counter(p.country for p in places if p.resolved and p.country)
    if not countries:
        return places
    readings: dict[str, list[Place]] = {}
    for place in places:
        if place.resolved and place.kind not in WIDE_KINDS:
            readings.setdefault(place.text, []).append(place)
    chosen: dict[str, Place] = {}
    for surface, found in readings.items():
        if len({(p.name, p.country) for p in found}) < 2:
            continue
        chosen[surface] = max(found, key=lambda p: (countries[p.country or ""],
                                                    p.within is not None, -p.start))
    if not chosen:
        return places
    result = []
    for place in places:
        best = chosen.get(place.text)
        if best is None or (place.name, place.country) == (best.name, best.country):
            result.append(place)
        else:
            result.append(replace(best, start=place.start, end=place.end, role=place.role))
    return result


def _named_again(text: str, places: list[Place],
                 readings: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
                 ) -> list[Place]:
    """A town or village found once is the same place where the text names it again after "à",
    "dans", "près de"… and the reading missed it ("À Yarou, douze personnes…" after "les
    villages de Djiguibombo et Yarou"), or where the model reads it again as a place though the
    reading of the span failed: one name, one place, in one article."""
    small = {p.text: p for p in places
             if p.resolved and p.kind not in WIDE_KINDS
             and p.text[:1].isupper() and len(p.text) >= 3}
    taken = [(p.start, p.end) for p in places if p.resolved]  # (not a name left unread)
    found: list[Place] = []
    for surface, place in small.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken) \
                    or not (_LOCATIVE.search(text[max(0, start - 12):start])
                            or _AGAINST.search(text[max(0, start - 12):start])
                            or (start, end) in readings):
                continue
            found.append(replace(place, start=start, end=end, role=None))
            taken.append((start, end))
    return found


def _chain_places(article: Article, gazetteer: Gazetteer, resolver: Resolver, context: Context,
                  mentions: list[Mention], words: Words,
                  containers: list[tuple[int, int]]) -> list[Place]:
    """Places located by their containers ("le village de X, dans la commune de Y, province de
    Z"): see :mod:`chronique.geo.chains`. The spans of the containers of every place found go
    to ``containers``."""
    text = article.text
    spans = [(m.start, m.end) for m in mentions]
    places: list[Place] = []
    for chain in find_chains(text, chain_words(article.lang or "fr"), spans):
        surface = text[chain.start:chain.end]
        if fold(surface) in words.not_places or fold(surface) in words.demonyms \
                or _begins_a_name(text, chain.end, surface) \
                or (words.feature_before is not None and words.feature_before.search(
                    text, max(0, chain.start - 16), chain.start)):
            continue  # "une base de l'Union africaine", "chez la famille X"
        located = place_in_chain(text, chain, resolver, context)
        if located.entry is None and not chain.settlement:
            # "la région de Ségou, au nord de Bamako": a name the gazetteer has by
            # itself is that place, not an unknown one near its container
            _part, hint = _cues(text, Mention(chain.start, chain.end, "chain"), words)
            alone = resolver.resolve(surface, context, hint=hint)
            if alone.entry is not None and not alone.fallback and (
                    located.container is None
                    or alone.entry.country == located.container.country
                    # (a name spelt alike lying outside the division the chain names is
                    # none: "la cité de Kisengo, territoire de Y" is no Kasongo elsewhere)
                    and (located.container.kind not in DIVISION_KINDS
                         or any(e.gid == alone.entry.gid and not weak
                                for e, weak in resolver.candidates(surface, "division")))):
                # (a namesake abroad is not it: "à X, dans la région de Y"); a name no reading
                # marked ("à Bint Jbeil, dans le sud du Liban") is placed here
                if not any(s <= chain.start < e for s, e in spans):
                    places.append(_chain_place(chain.start, chain.end, surface,
                                               Located(alone.entry, alone.entry, 1, 1,
                                                       alone.confidence), gazetteer))
                continue
        if located.entry is None and not _unknown_name(surface, words):
            continue
        if located.container is None and chain.settlement:
            # "dans le village de X" with no container after it: the gazetteer's X of the
            # article's country, when it has one ("Dans la région de Kharkiv, … dans le
            # village de Velykyï Bourlouk")
            alone = resolver.resolve(surface, context, hint="town")
            main = main_country(context)[0]
            # (or the only place the gazetteer has by that name, in a story that names no
            # country: "le quartier de X, à Homs")
            if alone.entry is not None and not alone.fallback \
                    and (alone.entry.country == main
                         or not main and len(alone.candidates) == 1):
                places.append(_chain_place(chain.start, chain.end, surface,
                                           Located(alone.entry, alone.entry, 1, 1,
                                                   alone.confidence), gazetteer))
                continue
        if located.container is None and chain.announced:
            # "le village de Boyo" in a story of the Central African Republic: a village the
            # gazetteer lacks there, though it knows namesakes abroad (Boyo of Cameroon)
            named = resolver.resolve(surface, context).entry
            if named is None or (chain.settlement and named.country != main_country(context)[0]
                                 and not context.countries.get(named.country or "")):
                # (a namesake in a country the article names is that place: "les quartiers
                # Est d'Alep" in a story of Russia's part in Syria's war)
                located = country_only(context, resolver)
                city = resolver.main_city(context)
                if city is not None and located.container is not None \
                        and city.country == located.container.country \
                        and _cues(text, Mention(chain.start, chain.end, "chain"),
                                  words)[1] == "neighbourhood":
                    # "le quartier de X" in a story of one town ("la banlieue sud de
                    # Beyrouth … sur le quartier de Haret Hreik"): a quarter of that town
                    located = Located(None, city, 2, 2, 0.6)
        if located.container is None:
            continue
        place = _chain_place(chain.start, chain.end, surface, located, gazetteer)
        if located.entry is None and _cues(text, Mention(chain.start, chain.end, "chain"),
                                           words)[1] == "neighbourhood":
            place = replace(place, kind="neighbourhood")  # "le quartier de X, à Khartoum"
        places.append(place)
        containers.extend((link.start, link.end) for link in chain.links)
    return places


def _begins_a_name(text: str, end: int, surface: str) -> bool:
    """Whether the name and the word after it are an actor of the dictionaries ("une base de
    l'Union africaine": "Union" is no village)."""
    from ..actors.dictionary import load_dictionary

    following = re.match(r"\s+([^\W\d_][\w'’-]*)", text[end:end + 40])
    return following is not None and bool(
        load_dictionary().lookup(f"{surface} {following.group(1)}"))


def _unknown_name(surface: str, words: Words) -> bool:
    """Whether a name no gazetteer has may still be a place's: not an acronym, not an actor
    of the dictionaries (a force's base, "la base de Barkhane", is not a village)."""
    from ..actors.dictionary import load_dictionary

    if surface.isupper() or len(surface) < 3:
        return False
    return not load_dictionary().lookup(surface)


def _chain_place(start: int, end: int, surface: str, located: Located,
                 gazetteer: Gazetteer) -> Place:
    """The place of a chain: its own entry, or its name at its container's position."""
    container = located.container
    assert container is not None
    own = located.entry
    entry = own or container
    admin1, admin2 = gazetteer.divisions_of(entry)
    if own is None:
        # (at a distance and a direction from a town: the divisions of the town nearest the
        # point they give, and that point)
        admin1, admin2 = gazetteer.divisions_of(located.nearest or container)
    # known by its country alone: no point stands for it (UCDP where_prec 6)
    lat, lon = (None, None) if located.where_prec == 6 else (entry.lat, entry.lon)
    if own is None and located.point is not None:
        lat, lon = located.point
    return Place(start, end, "places", surface, name=own.name if own else surface,
                 gazetteer_id=own.gid if own else None, lat=lat, lon=lon,
                 country=entry.country, admin1=admin1, admin2=admin2,
                 kind=own.kind if own else "village", where_prec=located.where_prec,
                 geo_precision=located.geo_precision, resolved=True,
                 confidence=round(located.confidence, 3),
                 within=None if own else container.gid)


def _roles(text: str, places: list[Place], words: Words,
           containers: list[tuple[int, int]] | None = None) -> list[Place]:
    """Mark the places named only as where a report comes from: a dateline opening the text or
    a line ("BAMAKO (AFP) -", "Bangui, le 18 janvier 2021 -"), after "notre correspondant
    à", or a capital standing for who says it ("selon Moscou"); where a source was reached
    ("joint par téléphone depuis X": ``said``); those named as what contains
    another place of the text ("le village de X, commune de Y": Y); and those named as a point
    of reference ("au sud de Gao", "à 30 km de Goma": not where it happened); and those named
    as a landmark it happened near ("près de Tombouctou"); and where people went ("ont fui vers
    X", "évacués vers l'hôpital de X")."""
    marked: list[Place] = []
    datelines = dateline_spans(text, words.dateline)
    for place in places:
        role = None
        if any(start <= place.start and place.end <= end for start, end in datelines):
            role = "dateline"
        elif words.reached_before.search(text, max(0, place.start - 80), place.start) \
                or _speaker_reached(text, place, words):
            role = "said"
        elif words.source_before.search(text, max(0, place.start - 80), place.start):
            role = "source"
        elif any(start <= place.start and place.end <= end for start, end in containers or ()):
            role = "container"
        elif words.reference_before.search(text, max(0, place.start - 80), place.start):
            role = "reference"
        elif words.near_before.search(text, max(0, place.start - 40), place.start):
            role = "near"
        elif words.destination_before.search(text, max(0, place.start - 100), place.start):
            role = "destination"
        if role is None and marked and marked[-1].role in SHARED_ROLES \
                and (words.destination_join if marked[-1].role == "destination"
                     else words.role_join).fullmatch(text, marked[-1].end, place.start):
            role = marked[-1].role  # "ont fui vers Lascahobas et Hinche", "… à X et à Y"
        marked.append(replace(place, role=role) if role else place)
    return marked


def _speaker_reached(text: str, place: Place, words: Words) -> bool:
    """"Un habitant d'Ayorou joint par téléphone affirme que…": the town a source reached
    lives in (`speakers`, `reached_after`), which tells where the source is, not where what
    it tells happened."""
    return words.speaker_home is not None and words.reached_after is not None \
        and words.speaker_home.search(text, max(0, place.start - 40), place.start) is not None \
        and words.reached_after.match(text, place.end) is not None


#: the roles a place shares with the one it is coordinated with ("vers X et Y")
SHARED_ROLES = frozenset({"destination", "near", "source", "said"})


def _country_parts(text: str, words: Words, gazetteer: Gazetteer,
                   places: list[Place]) -> list[Place]:
    """"le nord-ouest syrien": a part of a country named by its adjective."""
    found = []
    for match in words.part_adjective.finditer(text):
        if any(p.start < match.end() and match.start() < p.end for p in places):
            continue
        part = words.parts.get(fold(match.group(1)))
        iso = words.demonyms.get(fold(match.group(2)))
        entry = gazetteer.country(iso) if iso else None
        if entry is None or part not in COMPASS:
            continue
        resolution = Resolution(entry, 1.0, (entry,), *precision(entry, part))
        found.append(_place(Mention(match.start(), match.end(), "gazetteer"), match.group(0),
                            resolution, part, gazetteer))
    return found


def _anchors(resolution: Resolution) -> bool:
    """Whether a first-pass resolution is sure enough to inform the others: countries, cities
    and curated entries, not small towns (whose names are often words or people)."""
    entry = resolution.entry
    return (entry is not None and resolution.confidence >= 0.9 and not resolution.fallback
            and entry.kind != "town")


def _model_mentions(article: Article) -> tuple[list[Mention], list[tuple[int, int]]]:
    from ..nlp import doc_for

    doc = doc_for(article)
    mentions = [Mention(ent.start_char, ent.end_char, "ner") for ent in doc.ents
                if ent.label_ in NER_LABELS]
    blocked = [(ent.start_char, ent.end_char) for ent in doc.ents
               if ent.label_ in BLOCKING_LABELS]
    return mentions, blocked


def _trim(text: str, mention: Mention, gazetteer: Gazetteer, words: Words) -> Mention:
    """The model's span without the words before the name ("au Caire", "la ville de Zaouïa",
    "la Chine", "Etat de Kaduna"; not "La Mecque", a name of the gazetteer) nor trailing
    space. A cue noun left out ("Etat de") is read before the name as any cue is."""
    start, end = mention.start, mention.end
    known = gazetteer.has_local(normalize(text[start:end])) or (
        text[start].isupper() and bool(gazetteer.lookup(text[start:end])))
    leading = _LEADING.match(text[start:end])
    if leading and not known:
        start += leading.end()
    if not known:
        cue = words.cue_head.match(text, start, end)
        if cue and cue.end() < end and text[cue.end()].isupper() \
                and not noun_in_name(text, start):
            start = cue.end()
    named = words.cue_ending.search(text, max(0, start - 30), start)
    if named and noun_in_name(text, named.start()):
        start = named.start()  # "à Village de Dieu": the noun begins the name
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return Mention(start, end, mention.source)


def _line_before(text: str, start: int, reach: int) -> str:
    """The ``reach`` characters before ``start`` on its line, folded, apostrophes plain."""
    return fold(text[max(0, start - reach):start]).replace("’", "'").split("\n")[-1]


def _cues(text: str, mention: Mention, words: Words) -> tuple[str | None, str | None]:
    before = _line_before(text, mention.start, 60)
    part_match = words.part_before.search(before)
    cue_match = words.cue_before.search(before)
    part = words.parts[part_match.group(1)] if part_match else None
    hint = words.cues[cue_match.group(1)] if cue_match else None
    previous = before[:cue_match.start()].split()[-1:] if cue_match is not None else []
    if hint != "division" and previous and previous[0] in words.indefinite:
        hint = None  # "un quartier de Goma", "une localité de X": X is the whole
    return part, hint


def _core(surface: str, words: Words, gazetteer: Gazetteer) -> tuple[str, str | None]:
    """The name to look up, and the part a suffix names ("Alep-Est" when not in the gazetteer)."""
    if gazetteer.lookup(surface) or gazetteer.lookup_nouned(surface):
        return surface, None  # "Sud-Ouest" names a division, not the west of "Sud"
    match = words.part_suffix.match(fold(surface))
    if match and match.group(2) in words.parts:
        return surface[:len(match.group(1))], words.parts[match.group(2)]
    return surface, None


def _demonym_prior(text: str, words: Words, context: Context) -> None:
    for token in re.findall(r"[^\W\d_]+", fold(text)):
        country = words.demonyms.get(token)
        if country:
            context.countries[country] += 0.25


#: the weight of the country of the conflict the article's cues reveal, as a demonym's
CONFLICT_PRIOR = 0.25


def _conflict_prior(article: Article, context: Context) -> None:
    """The country of the conflict whose cues the article holds (the actor dictionaries'
    `[conflict]` cues: its towns, forces, leaders) weighs for that country's namesakes, as a
    demonym does, in an article that names no people of a country: "Obo" in a story of CAR
    gendarmes and a CAR militia is the CAR town."""
    from ..actors.dictionary import load_dictionary
    from ..actors.generic import article_conflict
    from .actors import border_of

    conflict = article_conflict(article.text, [], load_dictionary(),
                                border_of(article.lang or "fr"))
    if conflict is not None and conflict.country:
        context.countries[conflict.country] += CONFLICT_PRIOR


def _keep(resolution: Resolution, mention: Mention, surface: str, context: Context,
          gazetteer: Gazetteer, locative: bool) -> bool:
    """Whether a mention is a place worth reporting (the gazetteer must know the name)."""
    entry = resolution.entry
    local = gazetteer.has_local(normalize(surface))
    if not local and (not surface[:1].isupper() or len(surface) < 3
                      or (surface.isupper() and (entry is None or entry.kind != "country"))):
        return False
    if mention.source == "gazetteer-person":
        if entry is None:
            return False
        if entry.parent is not None:
            return entry.parent in context.gids
        # a curated town or site of the article's country that the model took for a person
        return entry.kind in ("town", "city", "site") and not entry.gid.startswith("geonames:") \
            and _country_share(entry, context) >= TOWN_COUNTRY_SHARE
    if entry is None:
        if mention.source != "ner" or not resolution.candidates:
            return False
        return any(candidate.country in context.countries for candidate in resolution.candidates)
    if entry.kind == "town" and not resolution.fallback:
        return _plausible_town(entry, locative, context)
    return True


def _country_share(entry: Entry, context: Context) -> float:
    total = sum(context.countries.values())
    return context.countries.get(entry.country, 0.0) / total if entry.country and total else 0.0


def _plausible_town(entry: Entry, locative: bool, context: Context) -> bool:
    """A town (< 100,000) is kept when the article is about its country, when it lies near
    another place of the article, or when "à"/"de" introduces it in a country the article
    names; otherwise its name is more likely a word or a person ("Occident", "Macron")."""
    total = sum(context.countries.values())
    share = context.countries.get(entry.country, 0.0) / total if entry.country and total else 0.0
    if share >= TOWN_COUNTRY_SHARE or Resolver.near(entry, context, TOWN_NEAR_KM):
        return True
    return locative and share > 0


def _place(mention: Mention, surface: str, resolution: Resolution, part: str | None,
           gazetteer: Gazetteer) -> Place:
    entry = resolution.entry
    candidates = tuple(candidate.gid for candidate in resolution.candidates)
    fields: dict[str, Any] = {}
    if entry is not None:
        admin1, admin2 = gazetteer.divisions_of(entry)
        fields = {
            "name": entry.name, "gazetteer_id": entry.gid, "lat": entry.lat, "lon": entry.lon,
            "country": entry.country, "admin1": admin1, "admin2": admin2, "kind": entry.kind,
            "where_prec": resolution.where_prec, "geo_precision": resolution.geo_precision,
            "resolved": True, "part": part or entry.part,
        }
        if resolution.fallback:
            # a quarter the gazetteer lacks, placed in the story's city ("le district de
            # Hodan, à Mogadiscio"): its own name, at the city's point
            fields.update(name=surface, gazetteer_id=None, kind="neighbourhood",
                          within=entry.gid)
    return Place(mention.start, mention.end, "places", surface,
                 confidence=round(resolution.confidence, 3), candidates=candidates, **fields)

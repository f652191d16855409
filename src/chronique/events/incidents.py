"""Incidents: the mentions of one article that tell of one real-world occurrence, made one record.

A news report tells one incident over several sentences: the headline, the lede (what, where,
when), details, the toll, quotes, reactions ("cette attaque", "l'embuscade", "le bilan"). The
``events`` stage finds one mention per clause; this step

1. classifies each mention: the article's **news**; **background** (an earlier incident recalled
   with its own date, or told in the pluperfect with one); **context** (a series, a trend,
   attacks in general, a cumulative toll "depuis 2015": never an event); **not_occurred**
   (future, hypothetical, negated, denied: kept, never exported as occurred);
2. groups the news (and, apart, the background) mentions into incidents: a mention joins the
   incident told last unless it names another place or another day, belongs to another family
   (a protest is not a battle), or is announced as distinct ("une autre attaque", "Par
   ailleurs"). A definite or demonstrative event noun ("l'attaque", "cette embuscade") and a
   mention that only speaks of an incident ("a condamné l'attaque") join the incident told last
   whatever place they name; the headline joins the incident it summarises;
3. builds one record per incident from its mentions: the type most of them give (an attack
   whose victims are soldiers is a battle), the actors named most (sources never), the most
   precise place, the date of its own time expression (else the lede's, else the article's),
   every figure (the merge keeps each source's own), and every mention as evidence.

Words are language data (``[incidents]`` of the events table); nothing here names a place.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from ..geo.chains import COMPASS, alternatives
from ..geo.resolve import distance_km
from ..lang import demonyms
from ..types import ActorMention, Article, EventMention, Evidence, Figure, Place, Sentence
from . import context as ctx
from . import sides
from .lexicon import kind_info, table, verb_keys
from .roles import ARMED_KINDS, CLAIMANT, OBJECT_DEPS, state_side

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
PROTEST_TYPES = frozenset({"Protests", "Riots"})
#: kinds of incident whose unnamed author is an armed group (a bomb, a mine, a grenade: no
#: state's force sets them off without saying so)
PLANTED_KINDS = frozenset({"remote_explosive", "suicide_bomb", "grenade"})
#: kinds of incident done on the ground by someone: with no author named, an unidentified group
UNNAMED_ATTACKER_KINDS = frozenset({"attack", "abduction"})
#: the generic actor1 of a demonstration (ACLED: "Protesters (<country>)", "Rioters (…)")
DEMONSTRATORS = {"Protests": "protesters", "Riots": "rioters"}
#: kinds that say nothing of their own: they join an incident when there is one
WEAK_KINDS = frozenset({"other", "displacement"})
#: kinds that go with a violent incident when one is told ("le village a été incendié" after
#: the killings, "avant de se retirer" after the attack): ACLED codes property destruction, or
#: a withdrawal, apart only when nothing else happened
COMPANION_KINDS = frozenset({"looting", "withdrawal"})
#: kinds a member of the incident may make finer: an explosion one of its sentences tells as a
#: suicide bombing is one
FINER_KINDS = {"remote_explosive": ("suicide_bomb",),
               # a demonstration the police broke up, told in another of its sentences
               "peaceful_protest": ("protest_with_intervention",)}
#: how a remote strike was delivered, by kind: a bomb carried or set where it went off, or a
#: shot fired from afar (aircraft, guns, rockets). Strikes told with different means are
#: different incidents ("un kamikaze s'est fait exploser au marché … les canons ennemis visent
#: le port"); a word that says only that something exploded (``either_means``) tells none.
MEANS = {"suicide_bomb": "carried", "remote_explosive": "carried", "grenade": "carried",
         "air_strike": "fired", "shelling": "fired"}
#: kinds that tell the state's answer to violence the article reports ("des renforts ont été
#: dépêchés dans la zone"): no incident of their own then; told alone, they are the news
ANSWER_KINDS = frozenset({"reinforcement"})
#: a place this precise (UCDP where_prec) names the spot of an incident
SPECIFIC_WHERE = 3
TOWN_KINDS = frozenset({"city", "town"})
#: towns and villages (a village the gazetteer lacks is one, known by its container)
SETTLEMENT_KINDS = TOWN_KINDS | {"village"}
#: places inside a town: a neighbourhood, a district of it, a site (a camp, an airport)
QUARTER_KINDS = frozenset({"neighbourhood", "district", "site"})
#: how far a landmark ("près de X") may lie from an incident's places and still be its
NEAR_KM = 15.0
#: the parts of a town that lie inside it ("dans l'est de X"), unlike its outskirts
COMPASS_PARTS = COMPASS | {"centre"}
DATE_FIELDS = ("time", "date", "date_precision", "date_prec")
TERRITORY_KINDS = frozenset({"government_regains", "nonstate_overtakes"})
#: kinds of violence that kill no one by themselves: an incident where people were killed is
#: not named by them
NON_LETHAL_KINDS = frozenset({"abduction", "sexual_violence"})
#: the types of incident a toll told right after them, with nothing of its own, belongs to
TOLLED_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
ROLE_FIELDS = frozenset({"actor1", "actor2", "assoc1", "assoc2", "place", "time", "date",
                         "date_precision", "date_prec"})
NOT_PARTIES = frozenset({"media", "monitor", "ngo"})
#: kinds of actor that are never a party to violence: they report it, speak of it, or are hit
#: by it only as people (ACLED codes groups, not persons)
NOT_VIOLENT_PARTIES = frozenset({"person", "igo", "political"})
#: kinds of incident whose unnamed victims are civilians (ACLED: "Civilians (<country>)")
CIVILIAN_TARGETS = frozenset({"attack", "abduction", "sexual_violence", "air_strike", "shelling",
                              "remote_explosive", "suicide_bomb", "grenade", "chemical_weapon"})


def words_of(lang: str) -> dict[str, Any]:
    """The ``[incidents]`` table of the language's events data."""
    return dict(table(lang, "events").get("incidents", {}))


@dataclass
class _Incident:
    status: str
    members: list[int] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    areas: set[tuple[str, str]] = field(default_factory=set)  # (country, admin1) named
    actors1: set[str] = field(default_factory=set)  # who acts, as the mentions say
    parties: set[str] = field(default_factory=set)  # every participant named
    last_start: int = -1  # where its latest mention starts
    days: set[dt.date] = field(default_factory=set)
    families: set[str] = field(default_factory=set)
    means: set[str] = field(default_factory=set)  # how its strikes were delivered (MEANS)
    opening: str = ""  # the kind of its first member of a family
    towns: set[str] = field(default_factory=set)  # the towns among ``places``
    quarters: set[str] = field(default_factory=set)  # the parts of a town among ``places``
    settlements: set[str] = field(default_factory=set)  # its towns and villages
    parts: set[str] = field(default_factory=set)  # towns named by a part ("l'est d'Alep")
    unknown: set[str] = field(default_factory=set)  # places known by their country alone
    anchors: set[str] = field(default_factory=set)  # gazetteer ids its places are at or near
    nouns: set[str] = field(default_factory=set)  # its mentions' event words ("embuscade")
    points: list[tuple[float, float]] = field(default_factory=list)  # its precise places
    #: where each of ``places`` lies: (country, first-level division, second-level division or
    #: "", whether the place is itself a division)
    within: dict[str, tuple[str, str, str, bool]] = field(default_factory=dict)
    #: the place of another incident of its first sentence, when it names none of its own
    borrowed: list[Place] = field(default_factory=list)


def build(article: Article, doc: Doc | None) -> list[EventMention]:
    """The incidents of ``article`` from its sentence-level mentions (``article.mentions``);
    sets each mention's ``status``. Not-occurred mentions stay records of their own."""
    mentions = article.mentions
    if not mentions:
        return []
    words = words_of(article.lang or "fr")
    latest = ctx.latest_day(article)
    headline_end = _headline_end(article.text)
    told_when: set[int] = set()  # "L'attaque a eu lieu le 27 mars": when the incident happened
    # where a source spoke tells nothing of which incident a mention is; its record takes it
    # only when none of its mentions names another place (:func:`_best_place`)
    said = {i: m.place for i, m in enumerate(mentions)
            if m.place is not None and m.place.role in ctx.SAID_ROLES}
    for index in said:
        mentions[index].place = None
    for index, mention in enumerate(mentions):
        if doc is not None and mention.time is not None and not _own_time(article, doc, mention):
            _undate(article, mention)
        mention.status = _status(article, doc, mention, words, latest)
        if mention.status == "background" and mention.date and _says_when(article, mention) \
                and any(m.status == "news" for m in mentions[:index]):
            mention.status = "news"  # the day of the incident told, not an earlier one
            told_when.add(index)
        elif mention.status == "news" and mention.date and _says_when(article, mention):
            # "… a revendiqué jeudi l'enlèvement … L'enlèvement s'est produit samedi": the day
            # the incident happened, not the day of what was said of it
            told_when.add(index)
    _denied_again(mentions, headline_end)
    if any(m.status == "news" and m.event_type in VIOLENT_TYPES for m in mentions):
        for mention in mentions:
            if mention.status == "news" and mention.kind in ANSWER_KINDS \
                    and not mention.figures:
                mention.status = "context"  # "l'armée a dépêché des renforts dans la zone"
    summaries = _summaries_to_context(doc, mentions, words, article.lang or "fr",
                                      article.places or [], article.text)
    incidents: list[_Incident] = []
    later: list[int] = []
    headings: set[int] = set()
    for index, mention in enumerate(mentions):
        if mention.status not in ("news", "background"):
            continue
        if _subheading(article, doc, mention, headline_end):
            headings.add(index)
        if mention.start < headline_end or index in headings or _weak(doc, mention, words) \
                or _result_of_later(doc, mention, mentions, later):
            later.append(index)
            continue
        if _goes_on(mention, index, mentions, incidents, words):
            mention.status = "background"  # the recalled incident, told on with no day of its own
        _place_in(incidents, index, mention, doc, words, article)
    for index in later:
        mention = mentions[index]
        target = _result_of(doc, mention, incidents, mentions) if index not in headings \
            and mention.start >= headline_end else None
        target = target or (_headed(incidents, mention, mentions, words) if index in headings
                            else _summarised(incidents, mention, mentions, words,
                                             headline=mention.start < headline_end,
                                             text=article.text))
        if target is not None:
            _add(target, index, mention, words)
        elif _has_content(mention) and not _spoken_of(doc, mention, words):
            incidents.append(_new(index, mention, words))
        else:
            mention.status = "context"  # said of something, or nothing of its own
    for index, place in said.items():
        mentions[index].place = place
    ordered = sorted(incidents, key=lambda inc: min(inc.members))
    scenes = _scene_places(article, [[mentions[i] for i in inc.members] for inc in ordered],
                           words, doc)
    records = [_record(article, [mentions[i] for i in inc.members], inc.members, inc.status,
                       scenes.get(n, []) + inc.borrowed, told_when)
               for n, inc in enumerate(ordered)]
    _facts_dated(article, records)
    _same_time(article, records, words)
    _headline_sums(records, headline_end)
    for record in records:
        _share_date(record, [mentions[i] for i in record.members])
    _lend_author_and_place(article, records, [mentions[i] for i in summaries], words, mentions)
    _another_of(article, doc, records, words)
    _same_air_force(article, records)
    _sole_air_force(article, records)
    _headline_author(article, records, [m for m in mentions if m.start < headline_end])
    for record in records:
        _unnamed_attacker(article, record)
        _named_as_of(record)
    records += [_single(mention, index) for index, mention in enumerate(mentions)
                if mention.status == "not_occurred"]
    return sorted(records, key=lambda r: (r.start, r.end))


# -- classification ---------------------------------------------------------------------------


def _denied_again(mentions: list[EventMention], headline_end: int) -> None:
    """A headline that repeats a claim the body tells as denied ("les FSR affirment avoir pris
    une base" over "…, ce que l'armée a démenti"): the same claim, not an occurred event."""
    denied = [m for m in mentions if m.certainty == "denied" and m.status == "not_occurred"]
    for mention in mentions:
        if mention.status != "news" or mention.start >= headline_end or mention.figures:
            continue
        authors = {_key(a) for a in mention.actor1}
        if any(other.kind == mention.kind and authors & {_key(a) for a in other.actor1}
               for other in denied):
            mention.status = "not_occurred"


def _status(article: Article, doc: Doc | None, mention: EventMention, words: dict[str, Any],
            latest: dt.date | None) -> str:
    if mention.certainty == "denied" or (not mention.occurred and not _no_victims(mention)):
        return "not_occurred"
    token = _trigger_token(doc, mention)
    own_day = _own_day(mention)
    if _caption(article, mention, words):
        return "context"
    if token is not None and _series(token, words):
        return "context"
    if token is not None and own_day is None and not mention.figures \
            and (_multiplied(token, words) or _habitual(token, words)):
        return "context"
    if token is not None and _campaign(token, mention, words):
        return "context"
    if token is not None and not mention.figures and mention.event_type not in VIOLENT_TYPES \
            and _cause_of_another(token, mention, words):
        return "context"  # "des heurts ont éclaté après l'arrestation d'un opposant"
    if token is not None and not mention.figures and _ranked(token, words):
        return "context"  # "il s'agit de la troisième attaque dans la zone ce mois-ci"
    if token is not None and not mention.figures and _charged(token, words):
        return "context"  # the day in its clause is the arrest's, the charge has none
    if token is not None and mention.kind == "agreement" and \
            token.head.lemma_.casefold() in {w.casefold() for w in words.get("breaking_verbs", [])}:
        return "context"  # "rompant le cessez-le-feu": what was broken, not agreed
    if token is not None and (_describes(token, mention) or _depicted(token, words)):
        return "context"
    if token is not None and own_day is None and not mention.figures \
            and _what_they_do(token):
        return "context"  # "des bandes qui rançonnent les routes et volent le bétail"
    if own_day is None and _cumulative(article, mention, words) \
            and not _anaphoric(doc, mention, words):
        return "context"
    if own_day is None and _campaign_extent(mention, words):
        return "context"  # "la rébellion s'est emparée de larges pans de la région": a campaign
    if own_day is None and mention.figures and _nationwide(article, mention):
        return "context"  # "des milliers de personnes sont déplacées à l'intérieur du pays"
    if doc is not None and own_day is None and _period_count(doc, mention, words, latest):
        return "context"  # "plus de 5 000 personnes ont été tuées en 2024 dans le pays"
    if token is not None and _generic_plural(token, words) and own_day is None \
            and not mention.figures and not _specific(mention.place) \
            and not _ongoing(mention, words):
        return "context"
    if own_day is None and _lasting(article, mention, words):
        return "context"  # "avaient pilonné pendant plusieurs semaines la région": a campaign
    if own_day is None and not mention.figures and _repeated(doc, mention, words):
        return "context"  # "qui ont annoncé à plusieurs reprises une offensive finale"
    if token is not None and _since_it(article, token, words) and not (
            mention.figures and mention.event_type in VIOLENT_TYPES):
        # "rentrés depuis l'entrée en vigueur du cessez-le-feu" (but "depuis le début de
        # l'offensive, 120 civils ont été tués" is the offensive's toll)
        return "context"
    if _earlier(mention, latest, words) or (
            token is not None and own_day is None and mention.time is not None
            and _pluperfect(token, words)):
        # an earlier incident recalled by its year alone, with no one acting, no place and no
        # toll ("deux Franco-Syriens, arrêtés en 2013"), is no record of its own
        return "background" if mention.figures or mention.actor1 \
            or _specific(mention.place) or (mention.date_prec or 9) < YEAR_PREC else "context"
    return "news"


#: a duration of weeks, months or years (TIMEX3 values "P3W", "PXM", "P2Y"…)
_LONG_DURATION = re.compile(r"^P(?:\d+|X)[WMY]$")


def _lasting(article: Article, mention: EventMention, words: dict[str, Any]) -> bool:
    """Whether the mention's clause says it went on for weeks, months or years ("avaient
    pilonné pendant plusieurs semaines la région", `lasting_prepositions`): a campaign told as
    a whole, not one incident (hours are one: "ont tiré durant trois heures")."""
    lasting = tuple(w.casefold() for w in words.get("lasting_prepositions", []))
    return bool(lasting) and any(
        t.type == "DURATION" and _LONG_DURATION.match(t.value or "")
        and mention.start <= t.start < mention.end
        and article.text[max(0, t.start - 20):t.start].rstrip().casefold().endswith(lasting)
        for t in article.times)


def _repeated(doc: Doc | None, mention: EventMention, words: dict[str, Any]) -> bool:
    """Whether the mention's clause tells it as announced or threatened time and again ("ont
    annoncé à plusieurs reprises une offensive finale", `repeated` on a verb of `speech_verbs`
    or `repeated_verbs`): many announcements of what has not happened, no incident."""
    pattern = _phrase_pattern(tuple(words.get("repeated", [])))
    found = pattern.search(mention.text) if pattern is not None and doc is not None else None
    if found is None or doc is None:
        return False
    span = doc.char_span(mention.start + found.start(), mention.start + found.end(),
                         alignment_mode="expand")
    if span is None or not len(span):
        return False
    verbs = {w.casefold() for w in words.get("speech_verbs", [])
             + words.get("repeated_verbs", [])}
    return bool(verb_keys(span.root.head) & verbs)


#: UCDP ``date_prec`` of a date known to the year only
YEAR_PREC = 5


def _since_it(article: Article, token: Token, words: dict[str, Any]) -> bool:
    """Whether the event word, or the noun it complements ("l'entrée en vigueur du
    cessez-le-feu"), follows "depuis" (`since_prepositions`): the start of a period something
    else is counted over, not an incident the sentence tells. The noun after "depuis" is the
    event word or a noun of its phase (`since_phase_nouns`: "le début de l'offensive"), not a
    time ("subissent depuis l'aube des bombardements", however the parse hangs them)."""
    since = {w.casefold() for w in words.get("since_prepositions", [])}
    phases = {w.casefold() for w in words.get("since_phase_nouns", [])}
    trigger = token
    for _ in range(3):
        if any(c.dep_ == "case" and c.lower_ in since for c in token.children):
            return (token.i == trigger.i or token.lemma_.casefold() in phases) \
                and not any(t.start <= token.idx < t.end for t in article.times)
        if token.dep_ not in ("nmod", "flat:name") or token.head.i == token.i \
                or token.head.pos_ not in ("NOUN", "PROPN"):
            return False
        token = token.head
    return False


def _goes_on(mention: EventMention, index: int, mentions: list[EventMention],
             incidents: list[_Incident], words: dict[str, Any]) -> bool:
    """"Des mercenaires ont tué douze civils en mars dans le village de X, selon un rapport
    publié mardi. Les victimes ont été exécutées sommairement": a sentence with no time nor
    place of its own right after an earlier incident the article recalls tells more of it."""
    if mention.status != "news" or mention.time is not None or mention.place is not None \
            or index == 0 or mention.figures:
        return False
    previous = mentions[index - 1]
    if previous.status != "background" or previous.sentence_start >= mention.sentence_start:
        return False
    owner = next((inc for inc in incidents if index - 1 in inc.members), None)
    family = _family(mention, words)
    return owner is not None and (not family or not owner.families or family in owner.families)


def _no_victims(mention: EventMention) -> bool:
    """"ces frappes n'ont pas fait de victimes": the negation is of the victims (a figure of 0,
    ``kind_from="zero"``), not of what the clause tells; it happened."""
    return any(f.kind_from == "zero" for f in mention.figures)


def _summaries_to_context(doc: Doc | None, mentions: list[EventMention],
                          words: dict[str, Any], lang: str,
                          places: list[Place] | None = None, text: str = "") -> list[int]:
    """"trente villageois tués lors de trois raids": a count of several incidents and their
    summed toll. When the article tells incidents of that family in other sentences, they are
    the incidents and the summary is context (its toll is no one incident's); told alone, it
    stays the record of what happened, and so does a count on a day of its own with no toll
    ("vendredi, deux raids ont touché un dépôt": that day's event, which no other sentence
    tells apart). Gives the indices of the summaries."""
    if doc is None:
        return []
    apart: list[int] = []
    found = _counted_by_summaries(doc, mentions, words, lang, places, text, apart)
    # the clause of the same sentence that tells only the summed toll ("Douze militaires ont
    # été tués mardi lors | de deux attaques simultanées à X et à Y") is the summary's too,
    # when the article tells the incidents it counts place by place
    for index in apart:
        summary = mentions[index]
        for other, mention in enumerate(mentions):
            if other not in found and mention.status == "news" \
                    and mention.sentence_start == summary.sentence_start \
                    and _unspecific(mention, words):
                mention.status = "context"
                found.append(other)
    return sorted(found)


def _counted_by_summaries(doc: Doc, mentions: list[EventMention], words: dict[str, Any],
                          lang: str, places: list[Place] | None, text: str,
                          apart: list[int]) -> list[int]:
    """The summaries of :func:`_summaries_to_context`, made context (those whose incidents
    are told place by place also in ``apart``)."""
    found: list[int] = []
    headline_end = _headline_end(text)
    several = {w.casefold() for w in words.get("several_words", [])}
    series = {w.casefold() for w in words.get("series_verbs", [])}
    series_nouns = {w.casefold() for w in words.get("series_nouns", [])}
    indefinite = {w.casefold() for w in words.get("indefinite_plural", [])}
    incident_nouns = {w.casefold() for w in words.get("incident_nouns", [])}
    machines = {w.casefold() for w in table(lang, "events").get("context", {}).get("machines", [])}
    for index, mention in enumerate(mentions):
        if mention.status != "news":
            continue
        if _places_told_apart(mention, mentions, words):
            mention.status = "context"  # "trois villages ont été visés": told one by one
            found.append(index)
            apart.append(index)
            continue
        day = _told_day(mention)
        told_apart = _told_apart(mention, mentions, places or [], text, words)
        if day is not None and not mention.figures and not told_apart:
            continue  # a count of its own day with no toll misleads no record: an event
        # nouns of incidents ("deux attaques"), not of people ("sept manifestants"); rockets
        # and shells counted by the thousand are many strikes, unless one launcher fired them
        # ("un drone a lâché trois bombes")
        tokens = _trigger_tokens(doc, mention)
        launcher = any(t.lower_ in machines and "Sing" in t.morph.get("Number", [])
                       for t in tokens)
        nouns = [t for t in tokens if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number", [])
                 and (t.lemma_.casefold() in incident_nouns or t.lower_ in incident_nouns
                      or (t.lower_ in machines and not launcher))]
        # "plusieurs roquettes ont frappé le marché": one strike's munitions; only
        # incidents are counted by "plusieurs", munitions by a number
        counted = any((c.dep_ == "nummod" and c.lower_ not in ("un", "une", "1"))
                      or (c.dep_ == "det" and c.lower_ in several
                          and token.lower_ not in machines)
                      for token in nouns for c in token.children) \
            or any(token.dep_ == "nmod" and token.head.lemma_.casefold() in series_nouns
                   for token in nouns) \
            or mention.time is not None and any(
                token.dep_ in ("obj", "nsubj", "nsubj:pass") and token.head.i != token.i
                and token.head.lemma_.casefold() in series
                for token in nouns)  # "ont multiplié les attaques ce week-end"
        plural = not counted and any(c.dep_ == "det" and c.lower_ in indefinite
                                     for token in nouns for c in token.children)
        if not counted and not plural:
            continue
        family = _family(mention, words)
        if plural and not told_apart \
                and not _told_one_by_one(doc, mention, mentions, family, words):
            continue  # "des frappes ont tué 40 personnes à Nyala", told as a whole
        if told_apart or any(other is not mention and other.status == "news"
               and other.sentence_start != mention.sentence_start
               and other.start >= headline_end  # (a headline retells the lede)
               and (_family(other, words) == family
                    # "deux attaques" counts violence of any kind
                    or (family == "" and mention.event_type in VIOLENT_TYPES
                        and other.event_type in VIOLENT_TYPES))
               and (day is None or _told_day(other) in (None, day))
               for other in mentions):
            mention.status = "context"
            found.append(index)
            if told_apart:
                apart.append(index)
    return found


def _told_apart(summary: EventMention, mentions: list[EventMention], places: list[Place],
                text: str = "", words: dict[str, Any] | None = None) -> bool:
    """"Deux attaques ont visé dimanche Kantchari et Diapaga" … "À Kantchari, …" … "À Diapaga,
    …": the places the summary's sentence names together (joined by `place_coordination`),
    two or more, are each the place of violence a later sentence tells that day."""
    day = _told_day(summary)
    inside = sorted((p for p in places if summary.sentence_start <= p.start < summary.sentence_end
                     and _place_key(p) is not None), key=lambda p: p.start)
    joining = any_word(tuple((words or {}).get("place_coordination", [])))
    named: set[str] = set()
    for first, second in zip(inside, inside[1:], strict=False):
        between = text[first.end:second.start]
        if joining is not None and len(between) <= PLACE_JOIN_REACH \
                and joining.search(between) and not re.search(r"[.;:!?]", between):
            named |= {key for p in (first, second) if (key := _place_key(p)) is not None}
    told = {key for other in mentions
            if other is not summary and other.status == "news"
            and other.sentence_start > summary.sentence_start
            and other.event_type in VIOLENT_TYPES and _told_day(other) in (None, day)
            and (key := _place_key(other.place)) is not None}
    return len(named & told) >= 2


def _places_told_apart(summary: EventMention, mentions: list[EventMention],
                       words: dict[str, Any]) -> bool:
    """"Trois villages ont été visés par des raids aériens" … "À X, un raid …" … "À
    Y, une frappe …": places counted by a plural noun (:func:`_names_several`), each told
    after it, by two or more events of its family at places of their own."""
    quarters, settlements = _names_several(summary.text, words)
    if not (quarters or settlements):
        return False
    family = _family(summary, words)
    day = _told_day(summary)
    told = {key for other in mentions
            if other is not summary and other.status == "news"
            and summary.sentence_start < other.sentence_start
            and other.start - summary.end <= SUMMARY_REACH
            and _told_day(other) in (None, day)
            and (_family(other, words) == family or not family
                 and other.event_type in VIOLENT_TYPES)
            and (key := _place_key(other.place)) is not None and _specific(other.place)}
    return len(told) >= 2


#: how far after a summary, in characters, the incidents it counts are told (a few paragraphs)
SUMMARY_REACH = 1200


#: how far apart two places joined in a summary may be ("à Kherson et le village voisin de
#: Bilozerka")
PLACE_JOIN_REACH = 40


def _told_one_by_one(doc: Doc, summary: EventMention, mentions: list[EventMention],
                     family: str, words: dict[str, Any]) -> bool:
    """"Au moins 18 Palestiniens ont été tués dans des frappes israéliennes" … "une frappe
    sur une école a tué neuf personnes" … "une autre frappe a tué six membres d'une même
    famille": the indefinite plural sums incidents the article tells one by one, by a singular
    event noun each, with a smaller toll than the sum (not "des bombardements ont coûté la vie
    à un retraité", one incident though its noun is plural)."""
    total = _toll(summary)
    if total is None:
        return False
    parts = [other for other in mentions
             if other is not summary and other.status == "news"
             and other.sentence_start != summary.sentence_start
             and _family(other, words) == family
             and any(t.pos_ == "NOUN" and "Sing" in t.morph.get("Number", [])
                     for t in _trigger_tokens(doc, other))]
    tolls = [toll for other in parts if (toll := _toll(other)) is not None]
    return bool(tolls) and all(toll < total for toll in tolls)


def _toll(mention: EventMention) -> int | None:
    """The largest killed figure of a mention, if any."""
    values = [f.best for f in mention.figures if f.kind == "killed" and f.best is not None]
    return max(values) if values else None


def _describes(token: Token, mention: EventMention) -> bool:
    """"une colonne envoyée en renfort a essuyé des tirs": a participle of no violence that
    describes the subject of another verb says what the subject is, not what happened."""
    if mention.event_type in VIOLENT_TYPES:
        return False
    if token.pos_ == "NOUN" and token.dep_.startswith("obl"):  # "envoyée en renfort"
        token = token.head
    if token.pos_ != "VERB" or "Part" not in token.morph.get("VerbForm", []) \
            or any(child.dep_.startswith("aux") for child in token.children):
        return False
    if token.dep_ == "acl":
        noun = token.head
        return noun.dep_ in ("nsubj", "nsubj:pass") and noun.head.pos_ in ("VERB", "AUX")
    # the parser often leaves such a participle a root of its own, or splits the sentence
    # after it: a finite verb follows before the full stop, the participle has none
    if token.i == 0 or token.nbor(-1).pos_ not in ("NOUN", "ADJ"):
        return False
    for other in token.doc[token.i + 1:token.i + 30]:
        if other.is_sent_end and other.text in ".!?":
            return False
        if "Fin" in other.morph.get("VerbForm", []) and other.head.i != token.i:
            return True
    return False


def _what_they_do(token: Token) -> bool:
    """A verb in the present in a relative clause that says what a group does ("des bandes
    qui rançonnent les routes et volent le bétail"): a description of the group, not an
    incident."""
    verb = token.head if token.dep_ == "conj" and token.head.pos_ == "VERB" else token
    if token.pos_ != "VERB" or verb.dep_ != "acl:relcl" \
            or any(c.dep_.startswith("aux") for c in token.children):
        return False  # (a compound tense tells what was done: "qui ont attaqué le village")
    return "Pres" in token.morph.get("Tense", []) and "Ind" in token.morph.get("Mood", [])


def _campaign(token: Token, mention: EventMention, words: dict[str, Any]) -> bool:
    """"l'armée a relancé le 2 mai son offensive aérienne sur le Darfour-Nord": an actor's
    campaign over a territory (a possessive, no place finer than a region; or an adjective and
    no day of its own) is the frame of the incidents, not one of them."""
    nouns = {w.casefold() for w in words.get("campaign_nouns", [])}
    possessives = {w.casefold() for w in words.get("possessives", [])}
    for noun in (token, *token.children):  # the noun, or the one its verb governs ("a repris
        if noun.lemma_.casefold() not in nouns and noun.lower_ not in nouns:  # son offensive")
            continue
        if any(c.dep_ == "det" and c.lower_ in possessives for c in noun.children):
            return not _specific(mention.place)
        # "l'offensive de l'armée a fait des dizaines de milliers de morts dans la
        # région": a side's campaign named by its adjective, with no day of its own
        if any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in noun.children) \
                and _own_day(mention) is None and not _specific(mention.place):
            return True
    return False


def _caption(article: Article, mention: EventMention, words: dict[str, Any]) -> bool:
    """A mention on a photo's caption ("Archives : des secouristes devant un immeuble
    bombardé. Photo : AFP"): what a picture shows, often an older one, never an event."""
    pattern = words.get("caption_line")
    if not pattern:
        return False
    start = article.text.rfind("\n", 0, mention.start) + 1
    end = article.text.find("\n", mention.start)
    line = article.text[start:len(article.text) if end < 0 else end]
    return len(line) <= CAPTION_CHARS and bool(re.search(pattern, line, re.IGNORECASE))


def _subheading(article: Article, doc: Doc | None, mention: EventMention,
                headline_end: int) -> bool:
    """A heading inside the body ("Raid sur le marché" on a line of its own, no
    verb, no full stop): it names what the next paragraph tells (:func:`_headed`), never an
    incident of its own. The article's first line (its title) is read apart, as the
    headline."""
    if doc is None:
        return False
    text = article.text
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.start)
    if start == 0 or end < 0 or start < headline_end:
        return False  # the title, or the last line (nothing follows it to head)
    line = text[start:end].strip()
    if not line or len(line) > SUBHEADING_CHARS or line[-1] in ".!?…:;,»\"”)":
        return False
    # inside the body: the paragraph before it ends a sentence (page furniture and titles
    # above the lede do not)
    previous = text[:start].rstrip()
    if not previous or previous[-1] not in ".!?…»\"”)":
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any("Fin" in t.morph.get("VerbForm", []) for t in span)


#: the longest line read as a heading inside the body
SUBHEADING_CHARS = 120

#: the longest line read as a caption
CAPTION_CHARS = 400


def _depicted(token: Token, words: dict[str, Any]) -> bool:
    """"une vidéo montre un camion incendié": a participle that describes what a picture or a
    witness shows says what is seen of an incident told elsewhere, not a new one."""
    verbs = {w.casefold() for w in words.get("depiction_verbs", [])}
    if token.pos_ not in ("VERB", "ADJ") or "Part" not in token.morph.get("VerbForm", []) \
            or token.dep_ not in ("acl", "amod") \
            or any(child.dep_.startswith(("aux", "obl:agent")) for child in token.children):
        return False
    noun = token.head
    return noun.dep_ == "obj" and (noun.head.lemma_.casefold() in verbs
                                   or noun.head.lower_ in verbs)


def _trigger_token(doc: Doc | None, mention: EventMention) -> Token | None:
    """The root token of the mention's first trigger (the others are not looked up)."""
    return next(_trigger_roots(doc, mention), None) if doc is not None else None


def _trigger_tokens(doc: Doc, mention: EventMention) -> list[Token]:
    """The root token of every trigger of the mention."""
    return list(_trigger_roots(doc, mention))


def _trigger_roots(doc: Doc, mention: EventMention) -> Iterator[Token]:
    for ev in mention.evidence:
        if ev.field == "trigger" and ev.start >= 0:
            span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
            if span is not None and len(span):
                yield span.root


def _own_time(article: Article, doc: Doc, mention: EventMention) -> bool:
    """Whether the mention's time expression dates its event, not a clause that describes one
    of its participants ("HTS, une coalition formée fin janvier, attaque")."""
    time = mention.time
    assert time is not None
    trigger = _trigger_token(doc, mention)
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if trigger is None or span is None or not len(span):
        return True
    # (a name the actors stage only found, of no kind, is no participant: "d'Adan Yabaal")
    actors = [(a.start, a.end) for a in article.actors if a.actor_id or a.kind]

    def an_actor(token: Token) -> bool:
        """The noun an actor is named by or with ("les forces de HTS, une coalition")."""
        heads = [token, token.head] if token.dep_ == "appos" else [token]
        near = [t for h in heads for t in (h, *h.children) if t.dep_ not in ("acl", "acl:relcl")]
        return any(s <= t.idx < e for t in near for s, e in actors)

    for ancestor in span.root.ancestors:
        if ancestor.dep_ in ("acl", "acl:relcl", "appos") and \
                trigger.i not in {t.i for t in ancestor.subtree} and an_actor(ancestor.head):
            return False
        if ancestor.i == trigger.i:
            return True
    return True


def _says_when(article: Article, mention: EventMention) -> bool:
    """"L'attaque a eu lieu le 27 mars", "ces violences se seraient produites fin mars": the
    mention's event word opens a sentence that says when or where the incident already told
    happened (the scene sentences: `scene_subjects`, `scene_verbs`)."""
    pattern = _scene_pattern(article.lang or "fr")
    if pattern is None or mention.sentence_start < 0:
        return False
    found = pattern.match(article.text, mention.sentence_start, mention.sentence_end)
    return found is not None and found.start() <= _trigger_start(mention) < found.end()


def _facts_dated(article: Article, records: list[EventMention]) -> None:
    """"Les faits se sont produits fin mars": a scene sentence with no event of its own dates
    the incident told before it, when it puts it earlier than the day the story gave it (the
    day it was told)."""
    dated = ctx.dated_times(article, ctx.latest_day(article))
    for sentence in _scene_sentences(article):
        times = [t for t in dated if ctx.within(t, sentence.start, sentence.end)]
        before = [r for r in records if r.status == "news" and r.start < sentence.start]
        if not times or not before:
            continue
        time, record = times[0], before[-1]
        date, precision, prec = ctx.date_of(time.value) or ("", 0, 0)
        if record.date and record.date[:len(date)] <= date:
            continue  # no earlier than the day the story gives it
        record.time, record.date = time, date
        record.date_precision, record.date_prec = precision, prec
        record.evidence = [e for e in record.evidence if e.field not in DATE_FIELDS]
        for field_name in DATE_FIELDS:
            record.evidence.append(Evidence(field_name, article.id, time.start, time.end,
                                            time.stage, time.text))


def _same_time(article: Article, records: list[EventMention], words: dict[str, Any]) -> None:
    """"L'armée a repoussé la même nuit un autre assaut": an incident with no time of
    its own that says it happened when the one told before it did (`same_time`) takes that
    one's day."""
    pattern = _phrase_pattern(tuple(words.get("same_time", [])))
    if pattern is None:
        return
    for index, record in enumerate(records):
        if record.time is not None or record.status != "news" \
                or not any(pattern.search(article.text, m.start, m.end) for m in
                           [record, *(article.mentions[i] for i in record.members
                                      if i < len(article.mentions))]):
            continue
        earlier = next((r for r in reversed(records[:index])
                        if r.time is not None and r.date and r.status == "news"), None)
        if earlier is not None:
            _take_day(record, earlier)


def _take_day(record: EventMention, source: EventMention) -> None:
    """Give ``record`` the time and date (with their precision codes) of ``source``, and the
    evidence of that date."""
    record.time, record.date = source.time, source.date
    record.date_precision, record.date_prec = source.date_precision, source.date_prec
    record.evidence = [e for e in record.evidence if e.field not in DATE_FIELDS]
    record.evidence.extend(e for e in source.evidence if e.field in DATE_FIELDS)


def _undate(article: Article, mention: EventMention) -> None:
    """Forget a time expression that is not the mention's own: the article's date, coarser."""
    mention.time = None
    found = ctx.fallback_date(article)
    mention.date, mention.date_precision, mention.date_prec = found if found else (None,) * 3
    mention.evidence = [e for e in mention.evidence if e.field not in DATE_FIELDS]


def _own_day(mention: EventMention) -> dt.date | None:
    """The day of the mention's own time expression, when it has one to the day."""
    if mention.time is None or mention.date_precision != 1 or not mention.date:
        return None
    return _iso_day(mention.date[:10])


def _iso_day(value: str) -> dt.date | None:
    """The day an ISO date writes, None when it writes none."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _told_day(mention: EventMention) -> dt.date | None:
    """The day that tells the mention's incident apart: its own, unless its time expression
    is a time of day alone ("vers 3 heures du matin"), which names no day of its own and
    takes the story's."""
    if mention.time is not None and _clock_only(mention.time) \
            and not _clock_patterns("fr")[1].search(mention.text):
        return None  # (but "Ce jeudi 14 mars vers 5 heures, …" names its day beside)
    return _own_day(mention)


def _clock_only(time: Any) -> bool:
    """A clock time that writes no day ("vers 3 heures du matin", "à minuit"): no weekday,
    month, date or deictic ("ce matin" is today's)."""
    if getattr(time, "type", "") != "TIME":
        return False
    clock, day = _clock_patterns("fr")
    text = time.text.casefold()
    return bool(clock.search(text)) and not day.search(text)


@cache
def _clock_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A clock time, and what names a day (a date, a weekday, a month, a deictic)."""
    from ..timex.lexicon import lexicon

    lex = lexicon(lang)
    words = words_of(lang)
    days = [*lex.words("weekdays"), *lex.words("months"), *words.get("day_deictics", [])]
    return (re.compile(words.get("clock_time", r"(?!)")),
            re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|\b(?:"
                       + "|".join(re.escape(d.casefold()) for d in days) + r")\b"))


def _series(token: Token, words: dict[str, Any]) -> bool:
    """"une série d'attaques", "la recrudescence des violences"."""
    nouns = set(words.get("series_nouns", []))
    head = token.head
    return token.dep_ in ("nmod", "obl", "obl:mod") and head.i != token.i and \
        head.lemma_.casefold() in nouns


def _cause_of_another(token: Token, mention: EventMention, words: dict[str, Any]) -> bool:
    """"Des heurts ont opposé mardi des manifestants aux forces de l'ordre après l'arrestation
    d'un opposant": an event noun after a word of what came before (`cause_cases`) that hangs
    on the verb of another event, with no time of its own inside its phrase, tells why that
    one happened, not an incident of its own."""
    cases = {w.casefold() for w in words.get("cause_cases", [])}
    if token.pos_ != "NOUN" or not any(c.dep_ == "case" and c.lower_ in cases
                                       for c in token.children):
        return False
    head = token.head
    if head.i == token.i or head.pos_ not in ("VERB", "NOUN") or head.i > token.i:
        return False
    phrase = token.doc[token.left_edge.i:token.right_edge.i + 1]
    time = mention.time
    return time is None or not (phrase.start_char <= time.start < phrase.end_char)


def _ranked(token: Token, words: dict[str, Any]) -> bool:
    """"Il s'agit de la troisième attaque…", "c'est la deuxième attaque en une semaine": an
    event noun ranked by an ordinal and said of what was just told (after "il s'agit de" or
    a copula) counts incidents; it tells none of its own."""
    ordinals = {w.casefold() for w in words.get("ordinals", [])}
    if not any(c.dep_ == "amod" and c.lower_ in ordinals for c in token.children):
        return False
    predicate = any(c.dep_ == "cop" for c in token.children)
    identity = {w.casefold() for w in words.get("identity_verbs", [])}
    return predicate or (token.head.i != token.i and token.head.lemma_.casefold() in identity
                         and any(c.dep_.startswith("expl") for c in token.head.children))


def _charged(token: Token, words: dict[str, Any]) -> bool:
    """"un chef milicien accusé d'avoir dirigé plusieurs massacres": the event is what a
    participle of a charge governs, within three steps up (`charge_words`)."""
    charges = {w.casefold() for w in words.get("charge_words", [])}
    current = token
    for _ in range(3):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.lower_ in charges:
            return True
    return False


def _multiplied(token: Token, words: dict[str, Any]) -> bool:
    """"les attaques se sont multipliées ces derniers mois", "les shebab ont multiplié les
    attentats ces dernières années": events in the plural that a verb of growing or repeating
    governs over a span of time (`trend_period`), or in the present, tell a trend, not an
    incident (with no day nor toll of their own); "l'aviation a multiplié les frappes" with no
    span is today's news."""
    verbs = {w.casefold() for w in words.get("series_verbs", [])}
    period = words.get("trend_period")
    head = token.head
    # (or in the present of a finite verb, as a state of things: "les gangs multiplient les
    # enlèvements contre rançon")
    present = "Pres" in head.morph.get("Tense", []) and "Fin" in head.morph.get("VerbForm", []) \
        and not any(c.dep_.startswith("aux") for c in head.children)
    return "Plur" in token.morph.get("Number", []) and head.i != token.i \
        and token.dep_ in ("nsubj", "nsubj:pass", "obj") \
        and head.lemma_.casefold() in verbs \
        and (present or bool(period and re.search(period, token.sent.text, re.IGNORECASE)))


def _habitual(token: Token, words: dict[str, Any]) -> bool:
    """"Moscou bombarde régulièrement la ville": a verb in the present or the imperfect with an
    adverb of habit (`habitual_adverbs`) tells what keeps happening, not an incident."""
    adverbs = _folded(tuple(words.get("habitual_adverbs", [])))
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if not adverbs or verb.pos_ not in ("VERB", "AUX") \
            or not set(verb.morph.get("Tense", [])) & {"Pres", "Imp"} \
            or any(child.dep_ == "aux" for child in verb.children):
        return False  # ("a été régulièrement bombardée" is a compound tense)
    return any(child.lower_ in adverbs for child in verb.children)


def _cumulative(article: Article, mention: EventMention, words: dict[str, Any]) -> bool:
    """The mention's clause counts over a long period ("depuis 2015", "depuis le début de la
    guerre"), not in a comparison ("les plus violents depuis 2020")."""
    context = _context_words(article)
    pattern = context.get("cumulative_period")
    if not pattern:
        return False
    text = mention.text
    opening = _fold_words(text[:12])[:1]
    if opening and opening[0] in _folded(tuple(context.get("relative_pronouns", []))
                                         + tuple(context.get("clause_coordinators", []))):
        # "… est confronté depuis 2012 à une crise, qui a fait des milliers de morts", "…
        # ont fait des milliers de morts et poussé un million de personnes à fuir": a relative
        # or coordinated clause counts over the period of the clause before it
        text = article.text[mention.sentence_start:mention.end]
    found = re.search(pattern, text, re.IGNORECASE) or _long_since(article, mention, text,
                                                                  context)
    if found is None:
        return False
    if _in_relative_aside(article, mention, text, found.start(), context):
        return False  # "À X, localité dont les rebelles se sont emparés deux fois depuis
        # 2022, les soldats ont tué six rebelles": the period is the relative's, not the act's
    before = _fold_words(text[:found.start()])
    if before and before[-1] in _folded(tuple(words.get("held_since", []))):
        # "Sinja, tenu depuis juin par les FSR": how long a place was held, unless the holding
        # is what the mention tells ("Assiégée depuis juin, la ville reste …": a state)
        return before[-1] == next(iter(_fold_words(mention.trigger or "")), "")
    comparative = {w.casefold() for w in words.get("comparative_since", [])}
    # (not "plus de 600 civils", a quantity)
    return not any(word in comparative and following not in ("de", "d")
                   for word, following in itertools.pairwise([*before, ""]))


def _in_relative_aside(article: Article, mention: EventMention, text: str, position: int,
                       context: dict[str, Any]) -> bool:
    """Whether ``position`` of ``text`` lies in a relative clause set off by commas that the
    mention's event word is outside of ("À X, localité dont les rebelles se sont emparés
    deux fois depuis 2022, les soldats ont tué six rebelles")."""
    relatives = _folded(tuple(context.get("relative_pronouns", [])))
    opening = max(text.rfind(",", 0, position), text.rfind("(", 0, position))
    if opening < 0 or not relatives:
        return False
    segment = text[opening + 1:position]
    if not any(word in relatives for word in _fold_words(segment)):
        return False
    closing = re.search(r"[,)]", text[position:])
    if closing is None:
        return False
    offset = mention.sentence_start if text is not mention.text else mention.start
    trigger, _ = _trigger_span(mention)
    return not offset + opening < trigger < offset + position + closing.start()


def _campaign_extent(mention: EventMention, words: dict[str, Any]) -> bool:
    """A change of hands told by the extent taken (`campaign_extent`: "de larges pans de la
    région", "la majeure partie du territoire"), which sums a campaign up."""
    pattern = _phrase_pattern(tuple(words.get("campaign_extent", [])))
    taking = mention.kind in TERRITORY_KINDS or (mention.trigger or "").casefold() in \
        _folded(tuple(words.get("taking_words", [])))  # ("le groupe s'est emparé", unnamed)
    return taking and pattern is not None and pattern.search(mention.text) is not None


def _nationwide(article: Article, mention: EventMention) -> bool:
    """The mention counts over the whole country (`nationwide`: "à travers le pays")."""
    pattern = _phrase_pattern(tuple(_context_words(article).get("nationwide", [])))
    return pattern is not None and pattern.search(mention.text) is not None


@lru_cache(maxsize=16)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of ``phrases`` as whole words, case aside; None when there are none."""
    if not phrases:
        return None
    return re.compile(rf"(?<!\w)(?:{_phrases(list(phrases))})(?!\w)", re.IGNORECASE)


def _long_since(article: Article, mention: EventMention, text: str,
                context: dict[str, Any]) -> re.Match[str] | None:
    """"Depuis le 3 février, au moins 200 personnes ont été tuées" in March: a count since a
    day more than `cumulative_days` before the article's latest day (the day as the times
    stage reads it); not "les unités déployées depuis le 2 du mois" three weeks later."""
    pattern = context.get("cumulative_since_day")
    latest = ctx.latest_day(article)
    found = re.search(pattern, text, re.IGNORECASE) if pattern and latest else None
    if found is None or latest is None:
        return None
    offset = mention.end - len(text)  # (``text`` ends where the mention does)
    start, end = offset + found.start(), offset + found.end()
    for time in article.times:
        if time.start < end and start < time.end and time.type == "DATE":
            day = ctx.date_of(time.value)
            since = _iso_day(day[0]) if day and len(day[0]) == 10 else None
            if since is not None and (latest - since).days > int(
                    context.get("cumulative_days", 31)):
                return found
    return None


#: UCDP ``date_prec`` of a month and of a year
PERIOD_PRECISIONS = frozenset({4, 5})


def _period_count(doc: Doc, mention: EventMention, words: dict[str, Any],
                  latest: dt.date | None) -> bool:
    """A toll whose only time is the month or the year the article is written in and whose
    only place is a country or a region, told with no single event ("plus de 5 000 personnes
    ont été tuées en 2024 dans le pays"): a count so far, not an incident ("en mars 2020, une
    attaque avait tué cent soldats à X" is one)."""
    if mention.time is None or mention.date_prec not in PERIOD_PRECISIONS or latest is None \
            or not mention.date or not latest.isoformat().startswith(mention.date) \
            or not mention.figures or _specific(mention.place) \
            or not mention.start <= mention.time.start < mention.end:
        return False  # (a time the clause shares with another: "avait attaqué fin octobre
        # une base, tuant quarante soldats" tells that attack's toll)
    # a noun of the event is one incident, or ones told before ("ces émeutes"), unless it is
    # a plural with no determiner or an indefinite one ("dans des attaques")
    generic = {d.casefold() for d in words.get("generic_plural_determiners", [])}
    return not any(token.pos_ in ("NOUN", "PROPN") and (
        "Plur" not in token.morph.get("Number", [])
        or any(c.dep_ == "det" and c.lower_.replace("\u2019", "'") not in generic
               for c in token.children))
        for token in _trigger_tokens(doc, mention))


def _fold_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _context_words(article: Article) -> dict[str, Any]:
    return dict(table(article.lang or "fr", "events").get("context", {}))


def _generic_plural(token: Token, words: dict[str, Any]) -> bool:
    """"des attaques terroristes", "mènent des attaques": attacks in general, not one."""
    if token.pos_ not in ("NOUN", "PROPN") or "Plur" not in token.morph.get("Number", []):
        return False
    determiners = {d.casefold() for d in words.get("generic_plural_determiners", [])}
    children = list(token.children)
    counted = {w.casefold() for w in words.get("counted_plural", [])}
    if any(c.dep_ == "nummod" or c.like_num for c in children) or \
            token.head.lower_ in counted or any(c.lower_ in counted for c in children):
        return False
    dets = [c for c in children if c.dep_ == "det"]
    if dets and not any(c.lower_.replace("\u2019", "'") in determiners for c in dets):
        return False
    return not _perfective(token)  # "a ordonné des viols": done, once


def _perfective(token: Token) -> bool:
    """Whether the verb governing ``token`` tells a completed act (passé composé, passé
    simple, pluperfect) rather than a state or a habit (present, imperfect)."""
    verb = token
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if "Part" in verb.morph.get("VerbForm", []) and "Past" in verb.morph.get("Tense", []):
        return any(c.dep_.startswith("aux") for c in verb.children)
    return "Past" in verb.morph.get("Tense", [])


def _ongoing(mention: EventMention, words: dict[str, Any]) -> bool:
    text = " " + " ".join(_fold_words(mention.text)) + " "
    return any(f" {w.casefold()} " in text for w in words.get("ongoing", []))


def _earlier(mention: EventMention, latest: dt.date | None, words: dict[str, Any]) -> bool:
    """An incident dated by its own words well before the article's date, or told at a time
    well before it ("En mars 2022, l'armée avait été accusée d'avoir tué…": what was said then
    happened no later)."""
    if latest is None or not mention.date or (mention.time is None and not _told_then(mention)):
        return False
    value = mention.date
    try:
        if len(value) >= 10:
            day = dt.date.fromisoformat(value[:10])
        elif len(value) == 7:
            day = dt.date(int(value[:4]), int(value[5:7]), 28)
        else:
            day = dt.date(int(value[:4]), 12, 31)
    except ValueError:
        return False
    return (latest - day).days > int(words.get("background_days", 10))


def _told_then(mention: EventMention) -> bool:
    """Whether the mention's date is that of the telling its own sentence writes ("a annoncé
    lundi", kept as the best guess when no time of its own is there)."""
    return any(ev.field == "date" and ev.start >= 0
               and mention.sentence_start <= ev.start < mention.sentence_end
               for ev in mention.evidence)


def _pluperfect(token: Token, words: dict[str, Any]) -> bool:
    auxiliaries = {w.casefold() for w in words.get("pluperfect_auxiliaries", [])}
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    return any(c.dep_.startswith("aux") and c.lower_ in auxiliaries for c in verb.children)


def _weak(doc: Doc | None, mention: EventMention, words: dict[str, Any]) -> bool:
    """A mention that speaks of an incident rather than telling one: a kind of no content, or
    an event noun governed by a verb of speech with no place, day or figure of its own."""
    return mention.kind in WEAK_KINDS or _spoken_of(doc, mention, words)


def _spoken_of(doc: Doc | None, mention: EventMention, words: dict[str, Any]) -> bool:
    """"a condamné cette attaque", "accuse la Russie d'avoir bombardé des hôpitaux": the event
    word is what a verb of speech or judgement is about, and the mention gives no place and
    no figure of its own."""
    token = _trigger_token(doc, mention)
    if token is None or mention.figures or _specific(mention.place):
        return False
    if any(actor.note == CLAIMANT for actor in mention.actor1):
        return False  # "le Hezbollah a annoncé avoir tiré des roquettes": its own act, told
    speech = {w.casefold() for w in words.get("speech_verbs", [])}
    current = token
    for _ in range(3):
        if current.head.i == current.i or _finite(current):
            break  # "des tirs ont tué un homme, a indiqué le gouverneur": a clause reported
        current = current.head
        if verb_keys(current) & speech or current.lower_ in speech:
            return True
    return False


def _finite(token: Token) -> bool:
    """A verb conjugated, by itself or through its auxiliary ("ont tué"; not "d'avoir
    bombardé")."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    forms = [token, *(c for c in token.children if c.dep_.startswith("aux"))]
    return any("Fin" in t.morph.get("VerbForm", []) for t in forms)


def _anaphoric(doc: Doc | None, mention: EventMention, words: dict[str, Any]) -> bool:
    token = _trigger_token(doc, mention)
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return False
    determiners = {w.casefold() for w in words.get("anaphoric_determiners", [])}
    return any(c.dep_ == "det" and c.lower_.replace("\u2019", "'") in determiners
               for c in token.children) and "Plur" not in token.morph.get("Number", []) \
        and not _new_complement(token)


def _new_complement(token: Token) -> bool:
    """"le bombardement d'une tente", "l'attaque d'un convoi": a definite event noun whose
    complement brings in something new (an indefinite) tells an incident not told before."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in ("de", "d'", "d\u2019"):
        return False
    after = doc[token.i + 2]
    return after.pos_ == "NUM" or "Ind" in after.morph.get("Definite", [])


def _distinct(doc: Doc | None, article: Article, mention: EventMention,
              words: dict[str, Any]) -> bool:
    token = _trigger_token(doc, mention)
    marks = {w.casefold() for w in words.get("distinct_words", [])}
    pointing = {w.casefold() for w in words.get("demonstratives", [])}
    if token is not None and any(c.lower_ in marks for c in token.children):
        return not any(c.dep_ == "det" and c.lower_ in pointing for c in token.children)
    opening = words.get("distinct_openings")
    # the sentence, or its last line when a heading runs into it with no full stop
    start = max(_sentence_of(article, mention.start)[0],
                article.text.rfind("\n", 0, mention.start) + 1)
    sentence = article.text[start:mention.end]
    if opening and re.search(opening, sentence, re.IGNORECASE):
        # the opening moves the story once: a later event of its sentence is told there too;
        # and what a clause of meanwhile tells ("Deux heures plus tard, le président parlait
        # à la radio, tandis que les obus pleuvaient sur le port") went on, it is not new
        meanwhile = any_word(tuple(_context_words(article).get("concurrent", [])))
        if meanwhile is not None and meanwhile.search(article.text, start,
                                                      _trigger_start(mention)):
            return False
        return not any(other.sentence_start == mention.sentence_start
                       and other.start < mention.start and other.status == mention.status
                       for other in article.mentions)
    return _in_relative_of_another(article.text[start:_trigger_start(mention)], words)


def _elsewhere_after(article: Article, mention: EventMention, words: dict[str, Any]) -> bool:
    """Whether the mention points back at an incident told before ("cette attaque",
    `demonstratives`) and names its place only after a word that links it to another
    occurrence (`sequence_links`: "Cette embuscade intervient au lendemain du passage d'un
    ministre à X")."""
    if mention.place is None:
        return False
    link = _other_occurrence(article, mention, words)
    return link is not None and link < mention.place.start


def _other_occurrence(article: Article, mention: EventMention,
                      words: dict[str, Any]) -> int | None:
    """Where a mention that points back at an incident told before ("cette attaque") goes on
    to another occurrence (`sequence_links`: "Cette attaque intervient une semaine après le
    massacre de 18 personnes à X"): the start of the linking word, None when it does not."""
    demonstratives = _folded(tuple(words.get("demonstratives", [])))
    start, end = _trigger_span(mention)
    before = re.findall(r"[^\W\d_]+", article.text[max(0, start - 12):start].casefold())
    if not before or before[-1] not in demonstratives:
        return None
    pattern = any_word(tuple(words.get("sequence_links", ())))
    found = pattern.search(article.text, end, mention.end) if pattern is not None else None
    return found.start() if found is not None else None


def _trigger_start(mention: EventMention) -> int:
    return _trigger_span(mention)[0]


def _trigger_span(mention: EventMention) -> tuple[int, int]:
    """Where the mention's (first) event word is, else the whole mention."""
    return next(((ev.start, ev.end) for ev in mention.evidence
                 if ev.field == "trigger" and ev.start >= 0), (mention.start, mention.end))


def _in_relative_of_another(before: str, words: dict[str, Any]) -> bool:
    """"… deux semaines après une autre embuscade, dans laquelle six gendarmes
    avaient péri": told in a relative clause of an incident announced as another."""
    marks = words.get("distinct_words", [])
    relatives = words.get("relative_pronouns", [])
    if not marks or not relatives:
        return False
    pattern = (rf"\b(?:{'|'.join(map(re.escape, marks))})\s+\w+[^.;]*?"
               rf"\b(?:{'|'.join(map(re.escape, relatives))})\b[^.;]*$")
    return bool(re.search(pattern, before, re.IGNORECASE))


# -- grouping ---------------------------------------------------------------------------------

def _family(mention: EventMention, words: dict[str, Any] | None = None) -> str:
    """What kind of thing a mention tells: a ground fight or attack, a remote strike, a
    protest, another kind; "" for a mention that fits any (a word of no content, or one that
    only says there was violence)."""
    if mention.event_type in VIOLENT_TYPES:
        if _unspecific(mention, words or {}) or _opens_sequence(mention, words or {}) \
                or _building_retaken(mention, words or {}):
            # nor does the first step of an attack ("ont d'abord fait sauter…"), nor the
            # end of a siege ("les forces ont repris le contrôle de l'hôtel")
            return ""
        if mention.kind in TERRITORY_KINDS and _counted_places(mention, words or {}):
            return "territory"  # "une vingtaine de villages sont tombés": the gains, apart
        return "remote" if mention.event_type == "Explosions/Remote violence" else "ground"
    if mention.event_type in PROTEST_TYPES:
        return "protest"
    if mention.kind in WEAK_KINDS or mention.kind in COMPANION_KINDS:
        return ""
    return mention.kind or "other"


def _means(mention: EventMention, family: str, words: dict[str, Any] | None) -> str:
    """How the remote strike ``mention`` tells was delivered (:data:`MEANS`), "" when its word
    does not say ("l'explosion")."""
    if family != "remote" or mention.kind not in MEANS:
        return ""
    either = _folded(tuple((words or {}).get("either_means", [])))
    return "" if (mention.trigger or "").casefold() in either else MEANS[mention.kind]


@lru_cache(maxsize=64)
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    """``words`` casefolded, made once per table (the word tests of :func:`_family` run for
    every mention an incident is tried with)."""
    return frozenset(w.casefold() for w in words)


def _same_family(family: str, mention: EventMention, incident: _Incident) -> bool:
    """Whether a mention of ``family`` tells the same kind of thing as ``incident``. Places
    counted as gained (family "territory") go with other changes of hands only, not with the
    fighting told before them ("l'offensive … une vingtaine de villages sont tombés": the
    battles one record, the gains another); told first, they take the fighting told after
    ("ont pris plusieurs localités … les combats ont fait dix morts"), not the taking of a
    place named ("ont aussi pris le bourg de X")."""
    if family == "territory":
        # and the same way: ground the state regains is not ground a group took
        return incident.opening == mention.kind
    if "territory" in incident.families:
        # the fighting that won them, told after; a place named as taken is its own change
        # of hands (ACLED codes one per place)
        return family == "ground" and mention.kind not in TERRITORY_KINDS
    return family in incident.families


def _counted_places(mention: EventMention, words: dict[str, Any]) -> bool:
    """A change of hands told of places counted or of a share of ground ("ont conquis une
    trentaine de localités", "plusieurs villages sont tombés", "contrôle 80 % du territoire"):
    the ground an offensive gained, a record of its own beside the fighting it came from."""
    pattern = _counted_places_pattern(tuple(words.get("counted_places", [])),
                                      tuple(words.get("place_counts", [])))
    return pattern is not None and pattern.search(mention.text) is not None


@lru_cache(maxsize=8)
def _counted_places_pattern(places: tuple[str, ...],
                            counts: tuple[str, ...]) -> re.Pattern[str] | None:
    if not places or not counts:
        return None
    return re.compile(rf"(?<!\w)(?:\d+|{alternatives(list(counts))})\s*(?:%\s*|pour\s+cent\s+)?"
                      rf"(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)?"
                      rf"(?:\w+\s+)?(?:{alternatives(list(places))})(?!\w)", re.IGNORECASE)


def _several_places(incident: _Incident, mention: EventMention, words: dict[str, Any]) -> bool:
    """Whether the mention tells of several places of the level of one the incident was told
    at, by a plural noun after a count or a plural determiner: "sur quatre quartiers de l'est
    de la ville", "dans les quartiers tenus par l'opposition" after the strike on one
    neighbourhood; "plusieurs villages" after the attack on one village."""
    if not incident.quarters and not incident.settlements:
        return False  # (asked of every incident a mention is tried with: the words last)
    quarters, settlements = _names_several(mention.text, words)
    return bool(quarters and incident.quarters or settlements and incident.settlements)


def _names_several(text: str, words: dict[str, Any]) -> tuple[bool, bool]:
    """Whether ``text`` names several parts of a town, and several settlements."""
    determiners = tuple(words.get("plural_determiners", [])) + tuple(words.get("place_counts", []))
    away = _ending_pattern(tuple(words.get("several_not_after", [])))
    found = []
    for nouns in (words.get("several_quarters", []), words.get("several_settlements", [])):
        pattern = _several_places_pattern(tuple(nouns), determiners)
        found.append(pattern is not None and any(
            away is None or not away.search(text, max(0, m.start() - 20), m.start())
            for m in pattern.finditer(text)))
    return found[0], found[1]


@lru_cache(maxsize=8)
def _ending_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of ``phrases`` as whole words at the end of what is searched, case aside."""
    if not phrases:
        return None
    return re.compile(rf"(?<!\w)(?:{_phrases(list(phrases))})\s*$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _several_places_pattern(places: tuple[str, ...],
                            determiners: tuple[str, ...]) -> re.Pattern[str] | None:
    if not places or not determiners:
        return None
    return re.compile(rf"(?<!\w)(?:\d+|{alternatives(list(determiners))})\s+"
                      rf"(?:{alternatives(list(places))})(?!\w)", re.IGNORECASE)


def _generic_word(mention: EventMention, words: dict[str, Any]) -> bool:
    generic = _folded(tuple(words.get("generic_triggers", [])))
    return (mention.trigger or "").casefold() in generic


def _outcome_word(mention: EventMention, words: dict[str, Any]) -> bool:
    outcome = _folded(tuple(words.get("outcome_triggers", [])))
    return (mention.trigger or "").casefold() in outcome


def _unspecific(mention: EventMention, words: dict[str, Any]) -> bool:
    """Whether the mention's event word says only that there was violence ("l'attaque") or
    what it left ("tués"), not which violence."""
    return _generic_word(mention, words) or _outcome_word(mention, words)


def _specific(place: Place | None) -> bool:
    return place is not None and place.resolved and (
        (place.where_prec or 9) <= SPECIFIC_WHERE or place.within is not None) \
        and place.kind not in ("country", "admin1")


def _place_key(place: Place | None) -> str | None:
    """The identity of a place precise enough to tell incidents apart. A place named to
    locate another ("au sud de Gao", "commune de Y"), a landmark ("près de X", a part
    or the outskirts of a town: UCDP where_prec 2) is none; a named place the gazetteer lacks
    ("le village de X") is its name."""
    if not _specific(place) or place is None \
            or place.role in ("container", "reference", "near"):
        return None
    if place.within is not None:
        return (place.name or place.text).casefold()
    if place.where_prec == 2:
        return None
    return (place.gazetteer_id or place.name or place.text).casefold()


def _anchors(place: Place | None) -> set[str]:
    """The gazetteer ids a place is at or near: its own, the container that locates it
    ("au village X, à 20 km de Y": Y), a town it is named to locate or to be near; not a
    country's."""
    if place is None or not place.resolved or place.kind == "country":
        return set()
    found = {place.gazetteer_id} if place.gazetteer_id else set()
    if place.within is not None and place.where_prec != 6:
        found.add(place.within)
    return found


def _country_only(place: Place | None) -> bool:
    """A named place the gazetteer lacks and no container locates: known by its country
    alone (UCDP ``where_prec`` 6), it may lie anywhere in it."""
    return place is not None and place.within is not None and place.where_prec == 6


#: how far into its sentence a place may start and still head it ("À Diapaga, …")
FRONTED_REACH = 4


def _fronted(mention: EventMention) -> bool:
    """Whether the mention's place heads its sentence ("À Diapaga, le bilan est plus lourd")."""
    place = mention.place
    return place is not None and place.role is None \
        and 0 <= place.start - mention.sentence_start <= FRONTED_REACH


def _unknown_beside_known(incident: _Incident, place: Place | None) -> bool:
    """A place known by its country alone beside an incident's places none of which is
    (or the reverse): "Les obus sont tombés sur le camp de X" after the strike on the town
    tells where in or near it, not of another place; two such names are two places."""
    if _country_only(place):
        return not incident.unknown
    return bool(incident.places) and incident.places <= incident.unknown


def _part_town(place: Place | None) -> str | None:
    """The town a compass part names ("dans l'est de Ménaka"): a landmark that does
    not tell two incidents in one town apart, but does tell two towns apart."""
    if place is None or not place.resolved or place.part not in COMPASS_PARTS \
            or place.kind not in TOWN_KINDS or place.role is not None:
        return None
    return (place.gazetteer_id or place.name or place.text).casefold()


def _new(index: int, mention: EventMention, words: dict[str, Any] | None = None) -> _Incident:
    incident = _Incident(status=mention.status)
    _add(incident, index, mention, words)
    return incident


def _add(incident: _Incident, index: int, mention: EventMention,
         words: dict[str, Any] | None = None) -> None:
    incident.members.append(index)
    incident.last_start = mention.start
    _locate(incident, mention.place)
    if mention.trigger:
        incident.nouns.add(_word_key(mention.trigger))
    day = _told_day(mention)
    if day:
        incident.days.add(day)
    family = _family(mention, words)
    if family:
        incident.families.add(family)
        incident.opening = incident.opening or mention.kind
    means = _means(mention, family, words)
    if means:
        incident.means.add(means)
    incident.actors1 |= _named_keys(mention.actor1)
    incident.parties |= {_side(a) for a in mention.actor1 + mention.actor2
                         if _participant(a, [])}


def _locate(incident: _Incident, place: Place | None) -> None:
    """Record ``place`` among the places the incident's mentions name."""
    key = _place_key(place)
    if key and place is not None:
        incident.places.add(key)
        if place.country:
            incident.within[key] = _division_of(place)
        if place.kind in TOWN_KINDS:
            incident.towns.add(key)
        if place.kind in SETTLEMENT_KINDS:
            incident.settlements.add(key)
        elif place.kind in QUARTER_KINDS:
            incident.quarters.add(key)
        if _country_only(place):
            incident.unknown.add(key)
        if place.lat is not None and place.lon is not None:
            incident.points.append((place.lat, place.lon))
    incident.anchors |= _anchors(place)
    town = _part_town(place)
    if town:
        incident.parts.add(town)
    area = _area(place)
    if area:
        incident.areas.add(area)


#: kinds of the actors a generic phrase names without telling which ("des hommes armés",
#: "des rebelles": Unidentified Armed Group), unlike "les soldats" (the state's army)
UNIDENTIFIED_KINDS = frozenset({"armed-group", "militia"})


def _named_keys(actors: list[ActorMention]) -> set[str]:
    """The sides of the participants among ``actors`` (see :func:`_side`), not a name the
    dictionaries do not know (often a victim's)."""
    return {_side(a) for a in actors if _participant(a, []) and a.how != "ner"}


#: the one side of every unidentified group
UNIDENTIFIED = "?unidentified"


def _side(actor: ActorMention) -> str:
    """Who an actor fights for: its side when the dictionaries give one (a regime and its
    army are one side); any unidentified group ("des hommes armés", "des rebelles" may be the
    group another sentence names otherwise) one and the same, unless the phrase names the
    holder of a role in the conflict ("les paramilitaires" of Sudan: the RSF); else itself."""
    if actor.how == "generic" and actor.kind in UNIDENTIFIED_KINDS and not actor.actor_id:
        return UNIDENTIFIED
    return (actor.side or _key(actor)).casefold()


def _framing(article: Article, mention: EventMention, incidents: list[_Incident],
             words: dict[str, Any]) -> _Incident | None:
    """"… ont interpellé une dizaine de jeunes lors de raids à l'aube à X": the event
    noun after a link of framing (`frame_links`: "lors de", "au cours de") is the frame of the
    event told before it in the sentence, one incident with it."""
    pattern = _frame_pattern(tuple(words.get("frame_links", [])))
    if pattern is None:
        return None
    start, _end = _trigger_span(mention)
    if not pattern.search(article.text, max(mention.sentence_start, start - 30), start):
        return None
    mentions = article.mentions
    for incident in reversed(incidents):
        for i in incident.members:
            other = mentions[i]
            if other.sentence_start == mention.sentence_start \
                    and _trigger_span(other)[1] <= start and other is not mention:
                return incident
    return None


#: the determiners between a link of framing and its event noun ("lors d'une attaque")
FRAME_DETERMINERS = ("l'", "la", "le", "les", "des", "un", "une", "ces", "cette", "ce")


@lru_cache(maxsize=8)
def _frame_pattern(links: tuple[str, ...]) -> re.Pattern[str] | None:
    if not links:
        return None
    determiners = _phrases(list(FRAME_DETERMINERS))
    return re.compile(rf"(?:{_phrases(list(links))})\s*(?:(?:{determiners})\s*)?$",
                      re.IGNORECASE)


def _toll_told_next(article: Article, index: int, mention: EventMention,
                    incidents: list[_Incident], words: dict[str, Any]) -> _Incident | None:
    """"…une position de l'armée a été attaquée près de X. Selon une source sécuritaire, deux
    assaillants ont été « neutralisés » et un soldat blessé": a toll with no day, place or
    author of its own, told by an outcome word in the sentence right after a fight, or after a
    blast or an attack that gives no toll ("un véhicule a sauté sur une mine. Deux militaires
    ont perdu la vie"), is that incident's, whichever side its dead were on."""
    if index == 0 or mention.time is not None or mention.place is not None \
            or mention.actor1 or not mention.figures or not _outcome_word(mention, words):
        return None
    previous = article.mentions[index - 1]
    if previous.sentence_end > mention.sentence_start or article.text[
            previous.sentence_end:mention.sentence_start].strip(" \t") not in ("", "\n"):
        return None  # (only the sentence right before, in the same paragraph)
    if previous.event_type not in TOLLED_TYPES or previous.status != "news":
        return None
    if previous.event_type != "Battles" and any(f.kind in ("killed", "injured")
                                                 for f in previous.figures):
        return None  # (a blast or an attack that gives its toll: the next one is another's)
    return next((inc for inc in incidents if index - 1 in inc.members), None)


def _where_it_went_on(article: Article, mention: EventMention, incidents: list[_Incident],
                      words: dict[str, Any]) -> _Incident | None:
    """"…ont repoussé une incursion dans la localité de X, où deux assaillants ont été
    neutralisés": a clause opened by a relative of place (`place_relatives`) right after the
    place of an event told before it in the sentence tells more of that event."""
    relatives = words.get("place_relatives", [])
    opening = re.match(r"\W*(\w+)", mention.text)
    if mention.time is not None or mention.status != "news":
        return None  # "…dans la région, où le groupe avait attaqué fin octobre une base"
    if not relatives or opening is None \
            or opening.group(1).casefold() not in {w.casefold() for w in relatives}:
        return None
    mentions = article.mentions
    for incident in reversed(incidents):
        for i in incident.members:
            other = mentions[i]
            place = other.place
            if other.sentence_start == mention.sentence_start and other.end <= mention.start \
                    and place is not None and place.end <= mention.start \
                    and not article.text[place.end:mention.start].strip(" ,"):
                return incident
    return None


def _result_of_later(doc: Doc | None, mention: EventMention, mentions: list[EventMention],
                     later: list[int]) -> bool:
    """A clause of result ("…, tuant 27 assaillants") right after a mention put off till the
    incidents are known (one that speaks of an attack: "affirmaient avoir repoussé une
    offensive"): it goes with that mention, so it waits for it."""
    token = _trigger_token(doc, mention)
    if doc is None or not _present_participle(token):
        return False
    return any(_told_right_before(doc.text, mentions[i], mention) for i in later)


def _present_participle(token: Token | None) -> bool:
    """Whether an event word is a present participle (or gerund): "tuant", "en blessant"."""
    return token is not None and token.pos_ == "VERB" \
        and "Part" in token.morph.get("VerbForm", []) and "Pres" in token.morph.get("Tense", [])


def _told_right_before(text: str, other: EventMention, mention: EventMention) -> bool:
    """Whether ``other`` ends right before ``mention`` in its sentence, past a comma at most."""
    return other.sentence_start == mention.sentence_start and other.end <= mention.start \
        and not text[other.end:mention.start].strip(" ,")


def _result_of(doc: Doc | None, mention: EventMention, incidents: list[_Incident],
               mentions: list[EventMention]) -> _Incident | None:
    """"un drone a largué trois bombes sur le marché, tuant 12 civils": a present participle
    (or gerund) clause telling a result hangs on the clause of another event of the sentence;
    it is that event's outcome, whatever its own kind."""
    token = _trigger_token(doc, mention)
    if doc is None or token is None or not _present_participle(token) \
            or token.dep_ not in ("advcl", "conj", "xcomp", "acl"):
        return None
    # the event told right before it, past a comma ("où le groupe avait attaqué une base,
    # tuant quarante soldats"), whatever the parse hung it on
    for incident in reversed(incidents):
        for i in incident.members:
            if _told_right_before(doc.text, mentions[i], mention):
                return incident
    heads = []
    head = token.head
    for _ in range(3):
        heads.append(head)
        if head.head.i == head.i:
            break
        head = head.head
    for head in heads:
        for incident in reversed(incidents):
            for i in incident.members:
                other = mentions[i]
                if other.sentence_start != mention.sentence_start:
                    continue
                if any(t.i == head.i or t.head.i == head.i
                       for t in _trigger_tokens(doc, other)):
                    return incident
    return None


def _responds(doc: Doc | None, mention: EventMention, words: dict[str, Any]) -> bool:
    """"L'armée a riposté, tuant trois assaillants": the answer of the side attacked, part of
    the incident whoever acts in it."""
    token = _trigger_token(doc, mention)
    verbs = {w.casefold() for w in words.get("response_verbs", [])}
    for _ in range(4):  # "en tirant des dizaines de roquettes": four steps up
        if token is None:
            return False
        if token.lemma_.casefold() in verbs or token.lower_ in verbs:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _compatible(incident: _Incident, mention: EventMention, *, any_place: bool,
                words: dict[str, Any] | None = None, any_actor: bool = False) -> bool:
    if incident.status != mention.status:
        return False
    family = _family(mention, words)
    if family and incident.families and not _same_family(family, mention, incident):
        return False
    means = _means(mention, family, words)
    if means and incident.means and means not in incident.means:
        return False
    if _arrested_later(mention, family, incident):
        return False
    day = _told_day(mention)
    if day and incident.days and day not in incident.days and not any_place \
            and not (_building_retaken(mention, words or {})
                     and all(0 <= (day - d).days <= SIEGE_DAYS for d in incident.days)):
        # (a siege ends days after the attack that began it: "… ont repris samedi le contrôle
        # de l'hôtel" pris d'assaut vendredi)
        return False
    if any_place:
        return True
    # "des hommes armés" may be anyone: an unidentified group tells no side apart; nor does a
    # phrase that points back to tell what else the attackers did there ("les assaillants ont
    # pillé…"), whoever it was resolved to
    pointing = mention.kind in COMPANION_KINDS
    acting = _named_keys([a for a in _not_counted(mention) if a.how != "coreference"
                          or not pointing]) - {UNIDENTIFIED}
    if acting and incident.actors1 and not acting & incident.parties and not any_actor \
            and not _building_retaken(mention, words or {}) \
            and not (incident.actors1 <= {UNIDENTIFIED}
                     and (_anchors(mention.place) & incident.anchors
                          or mention.place is None and not mention.figures and all(
                              a.how not in ("generic", "ner", "coreference")
                              and not _state_force(a) for a in mention.actor1))):
        # someone else, named, acts: another incident; unless it is where the incident of
        # "des hommes armés" was ("près de Y" ... "au village X, à 20 km de Y"), or a group
        # is named as the author of an act told with no place or toll of its own ("X a
        # revendiqué l'embuscade"): the unnamed attackers' act, now named
        return False
    if acting and family == "remote" and not any_actor and not acting & incident.actors1 \
            and acting & (incident.parties - incident.actors1):
        # the side attacked now strikes ("des kamikazes ont frappé des positions loyalistes …
        # l'aviation du régime a bombardé le quartier"): its own strike, not the same incident
        return False
    key = _place_key(mention.place)
    # a place taken is the change of hands: another name the gazetteer lacks is another one
    taken = mention.kind in TERRITORY_KINDS
    if key and incident.places and key not in incident.places \
            and (taken or _fronted(mention) or not _unknown_beside_known(incident, mention.place)) \
            and not _nested(incident, mention.place):
        # (a place set at the head of its sentence, "À Diapaga, en revanche, …", opens a scene
        # of its own, whatever the gazetteer knows of the places)
        return False
    if _far_landmark(incident, mention.place):
        return False
    if key is None and _several_places(incident, mention, words or {}):
        return False  # "des raids sur quatre quartiers" are not the strike on one of them
    town = _part_town(mention.place)
    if town and incident.towns and town not in incident.towns:
        return False  # "dans l'est de Ménaka" is not at Kidal
    if key and incident.parts and mention.place is not None \
            and mention.place.kind in TOWN_KINDS and key not in incident.parts:
        return False
    area = _area(mention.place)
    # (a place located from the incident's town, "à 60 km au nord de la capitale", may lie in
    # another division than the town's)
    if area and incident.areas and area not in incident.areas \
            and not _anchors(mention.place) & incident.anchors:
        # another region, or another country, than the incident's; a mention of the country
        # alone ("dans tout le pays") does not make every region of it the incident's
        if area[1] and any(a[1] for a in incident.areas):
            return False
        return any(a[0] == area[0] for a in incident.areas)
    return True


def _arrested_later(mention: EventMention, family: str, incident: _Incident) -> bool:
    """"Lundi, le gouverneur a annoncé l'arrestation de quinze personnes" after the clashes of
    Thursday: arrests made or announced on a day after every day of an incident of another
    kind are an event of their own (as ACLED codes them), not part of what they answer."""
    if family != "arrests" or not incident.days or family in incident.families:
        return False
    day = _told_day(mention) or (_iso_day((mention.date or "")[:10])
                                 if ctx.said_that_day(mention) else None)
    return day is not None and all(day > other for other in incident.days)


#: the divisions below the first level a place may be named by ("le territoire de X")
SUB_DIVISIONS = frozenset({"admin2", "admin3", "region"})


def _division_of(place: Place) -> tuple[str, str, str, bool]:
    division = place.kind in SUB_DIVISIONS
    admin2 = (place.name or "") if place.kind == "admin2" else (place.admin2 or "")
    return (place.country or "").upper(), place.admin1 or "", admin2, division


def _nested(incident: _Incident, place: Place | None) -> bool:
    """"dans le territoire de X … les combats se sont déroulés près du village de Y": a
    settlement inside the division the incident was told in (or the division of the settlement
    it was told at) says where in it, not of another place. Every place the incident has must
    be of the other level, and in the same divisions as far as both are known."""
    if place is None or not place.resolved or not place.country \
            or place.kind in ("country", "admin1") or not incident.places:
        return False
    country, admin1, admin2, division = _division_of(place)
    if not admin1:
        return False
    for key in incident.places:
        other = incident.within.get(key)
        if other is None or other[3] == division or other[:2] != (country, admin1):
            return False
        if admin2 and other[2] and admin2.casefold() != other[2].casefold():
            return False
    return True


def _far_landmark(incident: _Incident, place: Place | None) -> bool:
    """"près de Rafah" after strikes on Nousseirat: a town named only as a landmark tells no
    place apart, unless it lies far from every place the incident has (`NEAR_KM`)."""
    if place is None or place.role != "near" or place.lat is None or place.lon is None \
            or not incident.points:
        return False
    return all(distance_km(place.lat, place.lon, lat, lon) > NEAR_KM
               for lat, lon in incident.points)


def _area(place: Place | None) -> tuple[str, str] | None:
    """(country, first-level division) of a resolved place, the division empty for a country."""
    if place is None or not place.resolved or not place.country:
        return None
    admin1 = "" if place.kind == "country" else (place.admin1 or "")
    return place.country.upper(), admin1


def _place_in(incidents: list[_Incident], index: int, mention: EventMention, doc: Doc | None,
              words: dict[str, Any], article: Article) -> None:
    governing = _result_of(doc, mention, incidents, article.mentions) \
        or _where_it_went_on(article, mention, incidents, words) \
        or _framing(article, mention, incidents, words) \
        or _toll_told_next(article, index, mention, incidents, words)
    if governing is not None:
        _add(governing, index, mention, words)
        return
    if incidents and (_distinct(doc, article, mention, words)
                      or _new_item(article, mention, incidents, words)):
        incidents.append(_new(index, mention, words))
        return
    if incidents and (_another_taken(doc, mention, incidents, article.mentions, words)
                      or _taken_back(mention, incidents, article.mentions)
                      or _also_elsewhere(doc, mention, incidents, article.mentions, words)):
        incidents.append(_new(index, mention, words))
        return
    anaphoric = _anaphoric(doc, mention, words)
    responding = _responds(doc, mention, words)
    if responding and incidents and _family(mention, words) == "remote":
        # the answer of the side attacked is the same fight; answered from afar ("les
        # rebelles répliquent en tirant des roquettes"), it is a strike of its own
        incidents.append(_new(index, mention, words))
        return
    candidates = [inc for inc in incidents
                  if _compatible(inc, mention, any_place=anaphoric, words=words,
                                 any_actor=responding)]
    if not candidates:
        incident = _new(index, mention, words)
        if mention.place is None:
            # "Ces affrontements ont duré toute la nuit, pendant laquelle des obus ont blessé
            # cinq civils": what a sentence tells with no place of its own happened where the
            # incident another of its mentions belongs to did
            borrowed = _sentence_place(incidents, mention, article.mentions)
            _locate(incident, borrowed)
            incident.borrowed = [borrowed] if borrowed is not None else []
        incidents.append(incident)
        return
    # a fight goes with the fighting rather than with the places it gained, when both are told
    candidates = [inc for inc in candidates if "territory" not in inc.families
                  or mention.kind in TERRITORY_KINDS] or candidates
    key = _place_key(mention.place)
    same_place = [inc for inc in candidates if key and key in inc.places]
    if anaphoric:
        # "cette embuscade" is the incident told as an ambush, even if another came between
        word = _word_key(mention.trigger or "")
        same_word = [inc for inc in candidates if word and word in inc.nouns]
        target = (same_word or candidates)[-1]
    else:
        # "trois civils tués" may be the toll of any violence; of a fight first, as it says
        grounds = [inc for inc in same_place or candidates if "ground" in inc.families] \
            if _outcome_word(mention, words) else []
        target = (grounds or same_place or candidates)[-1]
    _add(target, index, mention, words)


def _sentence_place(incidents: list[_Incident], mention: EventMention,
                    mentions: list[EventMention]) -> Place | None:
    """The place of the incident another mention of ``mention``'s sentence belongs to (the
    first place its mentions name)."""
    for incident in incidents:
        if any(mentions[i].sentence_start == mention.sentence_start for i in incident.members):
            return next((mentions[i].place for i in sorted(incident.members)
                         if mentions[i].place is not None), None)
    return None


def _another_taken(doc: Doc | None, mention: EventMention, incidents: list[_Incident],
                   mentions: list[EventMention], words: dict[str, Any]) -> bool:
    """"Les djihadistes ont également repris le contrôle des silos": a change of hands told
    with an adverb of addition (`additive`) after another change of hands is another one."""
    if mention.kind not in TERRITORY_KINDS:
        return False
    token = _trigger_token(doc, mention)
    additive = {w.casefold() for w in words.get("additive", [])}
    if token is None or not any(c.lower_ in additive for c in token.children):
        return False
    return any(mentions[i].kind in TERRITORY_KINDS for inc in incidents for i in inc.members)


def _also_elsewhere(doc: Doc | None, mention: EventMention, incidents: list[_Incident],
                    mentions: list[EventMention], words: dict[str, Any]) -> bool:
    """"Des bombardements ont également visé les environs de Kfar Kila": an act told with an
    adverb of addition (`additive`) at a place no incident told so far names is another."""
    token = _trigger_token(doc, mention)
    if token is None or mention.place is None or not mention.place.resolved \
            or _anaphoric(doc, mention, words):
        return False  # (an event noun pointing back, "cette attaque … aussi": the one told)
    additive = {w.casefold() for w in words.get("additive", [])}
    verbs = [token, token.head] if token.dep_ in OBJECT_DEPS | {"nsubj"} else [token]
    if not any(c.lower_ in additive for verb in verbs for c in verb.children):
        return False
    name = (mention.place.name or mention.place.text).casefold()
    told = {(m.place.name or m.place.text).casefold() for inc in incidents for i in inc.members
            if (m := mentions[i]).place is not None}
    return name not in told


def _taken_back(mention: EventMention, incidents: list[_Incident],
                mentions: list[EventMention]) -> bool:
    """"La police a annoncé avoir repris le contrôle du commissariat" after the gangs' attack
    on the town: the side attacked takes a place back, another incident (a change of hands of
    its own), not the attack it answers."""
    if mention.kind not in TERRITORY_KINDS:
        return False
    acting = _named_keys(mention.actor1) - {UNIDENTIFIED}
    last = incidents[-1]
    return bool(acting) and bool(last.actors1) and not acting & last.actors1 \
        and bool(acting & last.parties) \
        and not any(mentions[i].kind in TERRITORY_KINDS for i in last.members)


def _word_key(word: str) -> str:
    """An event word without its case and plural mark: "Embuscades" -> "embuscade"."""
    key = word.casefold().strip()
    return key[:-1] if key.endswith(("s", "x")) and len(key) > 3 else key


def _new_item(article: Article, mention: EventMention, incidents: list[_Incident],
              words: dict[str, Any]) -> bool:
    """Whether the mention opens an item of a list that no incident has told of yet (a
    round-up tells one incident per item)."""
    pattern = words.get("list_item")
    if not pattern:
        return False
    start = article.text.rfind("\n", 0, mention.start) + 1
    opening = article.text[start:mention.start + 1]
    if not re.match(pattern, opening) and not (
            _labelled_round_up(article.text, words.get("labelled_item"))
            and re.match(words["labelled_item"], article.text[start:max(mention.end,
                                                                          mention.start + 1)])):
        return False
    return incidents[-1].last_start < start


@lru_cache(maxsize=64)
def _labelled_round_up(text: str, pattern: str | None) -> bool:
    """Whether two paragraphs or more of ``text`` open on a label and a colon (a round-up by
    place: "Uvira : Mercredi, …", "Bukavu : Jeudi, …")."""
    if not pattern:
        return False
    labelled = re.compile(pattern, re.MULTILINE)
    return sum(1 for _ in labelled.finditer(text)) >= 2


def _headed(incidents: list[_Incident], mention: EventMention, mentions: list[EventMention],
            words: dict[str, Any]) -> _Incident | None:
    """The incident a heading inside the body names: the first told after it, when
    compatible; else the one it summarises."""
    after = [inc for inc in incidents
             if any(mentions[i].start > mention.start for i in inc.members)]
    if after:
        first = min(after, key=lambda inc: min(mentions[i].start for i in inc.members
                                                if mentions[i].start > mention.start))
        if _compatible(first, mention, any_place=True, words=words):
            return first
    return _summarised(incidents, mention, mentions, words)


def _summarised(incidents: list[_Incident], mention: EventMention,
                mentions: list[EventMention], words: dict[str, Any], *,
                headline: bool = False, text: str | None = None) -> _Incident | None:
    """The incident a headline or a mention of no content of its own speaks of: the one
    sharing its toll, else its place, else, for an event noun that points back, the last one
    told before it in its paragraph ("… ont ouvert le feu sur des villageois près de X. Les
    habitants imputent l'attaque à Y": the paragraph's), else the first compatible one. A
    headline that tells nothing of the day speaks of the article's story even when that is
    an earlier incident ("HRW accuse l'armée d'avoir exécuté des civils" over a killing of
    last month); one that fits no incident speaks of the article's only one, unless it names
    another place."""
    told_by = _said_day(mention)
    candidates = [inc for inc in incidents
                  if _compatible(inc, mention, any_place=True, words=words)
                  and not (told_by and any((day := _told_day(mentions[i])) and day > told_by
                                           for i in inc.members))]
    if not candidates and headline and not _told_day(mention):
        candidates = [inc for inc in incidents if inc.status != mention.status
                      and _compatible(inc, replace(mention, status=inc.status),
                                      any_place=True, words=words)]
    if not candidates and headline:
        # the article's one story, whatever words each tells it with ("les shebab attaquent
        # une base" over an assault a car bomb opened): unless the headline names another place
        news = [inc for inc in incidents if inc.status == "news"]
        place = mention.place
        if len(news) == 1 and (place is None or place.kind in ("country", "admin1")
                               or _place_key(place) in news[0].places):
            candidates = news
    if not candidates:
        return None
    values = {f.best for f in mention.figures if f.best is not None}
    if values:
        for inc in candidates:
            if any(f.best in values for i in inc.members for f in mentions[i].figures):
                return inc
    key = _place_key(mention.place)
    if key:
        for inc in candidates:
            if key in inc.places:
                return inc
    if text is not None and not headline and _pointing_back(text, mention, words):
        opening = text.rfind("\n", 0, mention.start) + 1
        told = [inc for inc in candidates
                if any(opening <= mentions[i].start < mention.start for i in inc.members)]
        if told:
            return max(told, key=lambda inc: max(mentions[i].start for i in inc.members
                                                 if mentions[i].start < mention.start))
    return candidates[0]


def _pointing_back(text: str, mention: EventMention, words: dict[str, Any]) -> bool:
    """The mention's event word follows a definite or demonstrative determiner
    (`anaphoric_determiners`: "l'attaque", "cette embuscade"; not "une attaque")."""
    start, _ = _trigger_span(mention)
    before = re.search(r"(\w+['’]?)\s*$", text[max(0, start - 12):start])
    determiners = {w.casefold() for w in words.get("anaphoric_determiners", [])}
    return before is not None and before.group(1).casefold().replace("’", "'") in determiners


def _said_day(mention: EventMention) -> dt.date | None:
    """The day a mention with no time of its own was told on ("La veille, les militaires
    disaient avoir repoussé un assaut"), when its date says one: what it tells happened that day
    or before, so no incident told on a later day of its own."""
    if mention.time is not None or not mention.date or len(mention.date) != 10:
        return None
    return _iso_day(mention.date)


def _has_content(mention: EventMention) -> bool:
    # (a day of its own, or the day it was said on: "Lundi, le gouverneur a annoncé …")
    return bool(mention.figures or mention.actor1 or _specific(mention.place)
                or _own_day(mention) or ctx.said_that_day(mention)) \
        and mention.kind not in WEAK_KINDS


def _headline_end(text: str) -> int:
    """The end of the article's first line when it reads as a headline (short, no final
    full stop), else 0."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    line, _, _ = stripped.partition("\n")
    line = line.rstrip()
    if not line or len(line) > 200 or line.endswith((".", ":")) or "\n" not in stripped:
        return 0
    return offset + len(line)


# -- the record -------------------------------------------------------------------------------

def _single(mention: EventMention, index: int) -> EventMention:
    """A not-occurred mention as a record of its own: never an occurred event, whatever its
    modality says (a denial "l'armée dément la prise de la base" is asserted, not done)."""
    mention.members = [index]
    mention.occurred = False
    return mention


def _record(article: Article, members: list[EventMention], indices: list[int],
            status: str, scene: list[Place] | None = None,
            told_when: set[int] | None = None) -> EventMention:
    headline_end = _headline_end(article.text)
    body = [m for m in members if m.start >= headline_end] or members
    lead = next((m for m in body if m.kind not in WEAK_KINDS | COMPANION_KINDS),
                next((m for m in body if m.kind not in WEAK_KINDS), body[0]))
    words = words_of(article.lang or "fr")
    context = _context_words(article)
    armed = {w.casefold() for w in [*context.get("armed_state", []),
                                    *context.get("armed_nonstate", [])]}
    kind = _kind(members, lead, words, armed, article.lang or "fr", text=article.text,
                 aerial=frozenset(context.get("aerial", [])),
                 passive=frozenset(context.get("passive_participles", [])))
    info = kind_info(kind)
    sources = _source_spans(article)
    violent = info.get("event_type") in VIOLENT_TYPES
    allies = _allies(article, members, words)
    # (the forces that retook a building seized ended the attack, they did not make it)
    retaken = [m for m in members if _building_retaken(m, words)]
    attacking = [m for m in members if m not in retaken]
    actor1 = _pick_actors([_not_counted(m) for m in attacking or members], sources,
                          violent=violent, acting=True,
                          exclude=_attacked_sides(attacking, sources, violent))
    if violent:
        actor1 = _state_forces(actor1, article)
        actor1 = _lead_attacker(lead, members, actor1, sources,
                                _against_forces([lead], article.lang or "fr")) or actor1
    taken = {_key(a) for a in actor1}
    # the people a violent incident drove away ("l'exode de milliers d'habitants") are
    # not whom it was fought against
    actor2 = _pick_actors([m.actor2 for m in attacking
                           if not violent or m.kind != "displacement" or m is lead],
                          sources, exclude=taken | allies, violent=violent)
    if violent:
        actor2 = _state_forces(actor2, article)
    taken |= {_key(a) for a in actor2}
    assoc1 = _union([m.assoc1 for m in members] + [
        [a for a in m.actor2 if _key(a) in allies] for m in members], sources, exclude=taken,
        violent=violent)
    assoc2 = _union([m.assoc2 for m in members], sources, exclude=taken, violent=violent)
    # "Cette embuscade intervient au lendemain du passage d'un ministre à X": a sentence that
    # points back at the incident tells of something else where it names a place; it counts
    # when no other does
    telling = [m for m in members if not _elsewhere_after(article, m, words)]
    placed = telling if any(m.place is not None for m in telling) else members
    named: list[Place | None] = [m.place for m in body if m in placed] + [
        m.place for m in placed]
    place = _best_place(named + list(scene or []), sources)
    place = _body_settlement(place, body, members, sources) or place
    place = _announced_nearby(article, members, place, sources) or place
    actor1 = _placed_generics(article, actor1, place)
    acting = {_key(a) for a in actor1}
    actor2 = [a for a in _placed_generics(article, actor2, place) if _key(a) not in acting]
    if not actor2 and kind in CIVILIAN_TARGETS and info.get("event_type") != \
            "Violence against civilians" and _forces_hit_first(lead, members, words):
        # "trois casques bleus de la Minusca blessés lorsque leur véhicule a sauté sur un
        # engin explosif … un civil a été tué": the forces the bomb or strike hit first
        actor2 = _force_victims(article, members, place, words)
    if not actor2 and kind in CIVILIAN_TARGETS:
        actor2 = _civilian_victims(article, members, place, words)
    if not actor2 and kind == "arrests":
        actor2 = _arrested(article, members, place, words)
    if not actor2 and info.get("event_type") == "Violence against civilians":
        # ACLED's violence against civilians is against civilians by definition, however the
        # text names them ("le chef du village a été enlevé")
        start, end = _trigger_span(lead)
        actor2 = _generic_actor(article, "civilians", place, start, end,
                                "the civilians violence against civilians is done to")
    if not actor2 and info.get("event_type") in ("Battles", "Explosions/Remote violence") \
            and actor1 and not any(_state_force(a) for a in actor1):
        # the forces a toll counts or whose site was hit ("un kamikaze s'est fait exploser à
        # l'entrée d'un camp de l'armée, tuant 25 recrues")
        actor2 = _force_victims(article, members, place, words) \
            or _site_owner(article, members, place)
    if not actor2 and info.get("event_type") in ("Battles", "Explosions/Remote violence") \
            and actor1 and all(_state_force(a) for a in actor1):
        # "une frappe de drone a tué une dizaine de combattants shebab": the group the toll's
        # fighters belong to
        actor2 = _group_victims(article, members, words)
    if not actor1 and actor2 and info.get("event_type") == "Battles" \
            and not any(_state_force(a) or state_side(a) for a in actor2):
        # "trente soldats tués dans une embuscade … de nombreux terroristes neutralisés": the
        # group whose dead are told fought the forces whose dead are told
        forces = _force_victims(article, members, place, words)
        if forces:
            actor1, actor2 = actor2, forces
    if info.get("event_type") == "Battles" and bool(actor1) != bool(actor2) \
            and all(_state_force(a) for a in actor1 + actor2):
        # a battle of the state's forces against no one named: ACLED's unidentified group
        unnamed = _unidentified(article, lead, place)
        actor1, actor2 = (actor1, unnamed) if actor1 else (unnamed, actor2)
    if info.get("event_type") == "Battles":
        sides = _communal_sides(article, members, place, words)
        # (a fight whose toll names only the civilians caught in it: "des combats ont fait 25
        # morts parmi les civils" are between the article's two parties)
        unarmed = _unarmed_fight(members, actor1 + actor2, words)
        if sides:
            actor1, actor2 = sides
        elif not (actor1 and actor2) or unarmed:
            both = _both_sides(article, members, sources, words, unarmed)
            if both:
                actor1, actor2 = both
        if not actor1 and actor2 and not any(a.role == "civilians" for a in actor2):
            # "une attaque contre leur position" of a militia with no author named: a battle
            # has two sides, the one no one names is ACLED's unidentified group
            actor1 = _unidentified(article, lead, place, "the attacker no one names")
    if actor1 and actor2 and (
            kind == "nonstate_overtakes" and _state_force(actor1[0])
            and not _state_force(actor2[0])
            or kind == "government_regains" and not _state_force(actor1[0])
            and _state_force(actor2[0])):
        # who took the ground is the side the kind says ("La milice s'est emparée d'une
        # caserne" after a clash told from the army's side)
        actor1, actor2 = actor2, actor1
    if kind in PLANTED_KINDS and not actor1:
        # a bomb, a mine, a grenade no one claims: ACLED's unidentified armed group
        actor1 = _unidentified(article, lead, place, "the author no one names of a bomb")
    if info.get("event_type") in DEMONSTRATORS:
        actor1, actor2, organisers = _demonstrators(article, lead, place, actor1, actor2,
                                                    DEMONSTRATORS[info["event_type"]])
        if kind in INTERVENED_KINDS:
            actor2 = _intervening(article, members, actor1, actor2, place)
        assoc1 = organisers + [a for a in assoc1 if _key(a) not in {_key(o) for o in organisers}]
    when = [m for i, m in zip(indices, members, strict=True) if i in (told_when or set())]
    dated = _dated(when) or _dated(body) or _dated(members) or _told(article, members) or lead
    figures, seen = [], set()
    for m in members:
        # (the toll of the other occurrence a sentence pointing back links it to is not its:
        # "Cette attaque intervient une semaine après le massacre de 18 personnes")
        link = _other_occurrence(article, m, words) if status == "news" and len(members) > 1 \
            else None  # (a sentence that is the other occurrence's own record keeps its toll)
        for figure in m.figures:
            if link is not None and figure.start > link:
                continue
            if (figure.start, figure.end) not in seen:
                seen.add((figure.start, figure.end))
                figures.append(figure)
    figures = _own_parts(article, figures, seen)
    attribution = lead.attribution or next(
        (m.attribution for m in members if m.attribution is not None), None)
    record = EventMention(
        start=lead.start, end=lead.end, stage="incidents", text=lead.text, kind=kind,
        event_type=info.get("event_type"), sub_event_type=info.get("sub_event_type"),
        plover=info.get("plover"), plover_mode=info.get("plover_mode"),
        trigger=lead.trigger, actor1=actor1, actor2=actor2, assoc1=assoc1, assoc2=assoc2,
        place=place, time=dated.time, date=dated.date, date_precision=dated.date_precision,
        figures=figures, attribution=attribution,
        modality="asserted" if any(m.modality == "asserted" for m in members) else lead.modality,
        certainty=ctx.firmest([m.certainty for m in members]),
        disorder_type=info.get("disorder_type"),
        civilian_targeting=bool(info.get("civilian_targeting", False)),
        date_prec=dated.date_prec, occurred=True,
        sentence_start=lead.sentence_start, sentence_end=lead.sentence_end,
        triggers=[t for m in members for t in m.triggers], status=status, members=list(indices),
    )
    record.evidence = _evidence(article, record, members, dated)
    return record


def _own_parts(article: Article, figures: list[Figure],
               spans: set[tuple[int, int]]) -> list[Figure]:
    """"Parmi les 90 morts figurent 15 civils tués par des frappes de drones": a part of a
    toll that another incident has (the 90 of the offensive) is the whole toll of the incident
    it is told of (the strikes); its own parts stay parts ("dont six enfants")."""
    own = []
    for figure in figures:
        part_of = figure.part_of
        if part_of is not None and 0 <= part_of < len(article.figures):
            whole = article.figures[part_of]
            if (whole.start, whole.end) not in spans:
                figure = replace(figure, part_of=None)
        own.append(figure)
    return own


def _kind(members: list[EventMention], lead: EventMention, words: dict[str, Any],
          armed: set[str], lang: str = "fr", aerial: frozenset[str] = frozenset(),
          text: str = "", passive: frozenset[str] = frozenset()) -> str:
    """The kind the lede gives (a change of hands wins); an attack whose victims are armed
    men is a battle, a clash whose victims are civilians only (members of a family count as
    civilians) and whose target is unarmed is an attack on civilians; a bombardment whose
    shells are told and no aircraft a shelling; the first step of an attack told in sequence
    does not name it."""
    told = [m for m in members if m.kind and m.kind not in WEAK_KINDS]
    kinds = [m.kind for m in told if not _building_retaken(m, words)] \
        or [m.kind for m in told]
    kinds = [k for k in kinds if k not in COMPANION_KINDS] or kinds
    if not kinds:
        return lead.kind
    territory = [k for k in kinds if k in TERRITORY_KINDS]
    if territory:
        return Counter(territory).most_common(1)[0][0]
    kind = lead.kind if lead.kind in kinds else kinds[0]
    if _unspecific(lead, words):
        # "l'attaque" says only that there was violence, "tués" what it left: the first
        # mention that says which (a riot too: "tué lors de heurts entre manifestants et…")
        specific = [m.kind for m in sorted(members, key=lambda m: m.start)
                    if m.kind in kinds and not _unspecific(m, words)
                    and m.event_type in VIOLENT_TYPES | {"Riots"}
                    and not _first_step(m, text, words)]
        kind = specific[0] if specific else kind
        if kind in NON_LETHAL_KINDS and lead.kind in ("attack", "armed_clash") and any(
                (f.best or f.low or 0) > 0 for m in members for f in m.figures
                if f.kind == "killed"):
            # "ont tué trente villageois pendant le raid … et enlevé des femmes": people were
            # killed; what else was done to others does not name the incident
            kind = lead.kind
    fired = {k for k in kinds if MEANS.get(k) == "fired"}
    if kind == "remote_explosive" and fired and not _means(lead, "remote", words):
        # "de fortes détonations à Syrte" … "des chasseurs alliés survolaient": what went off
        # was fired from afar, as the incident's other sentences tell
        kind = "air_strike" if "air_strike" in fired else "shelling"
    if kind == "air_strike" and "shelling" in kinds and _either_strike(members, words, aerial):
        return "shelling"  # "un bombardement sur le marché" … "les obus sont tombés"
    undergone = [m for m in members if m.kind in ("attack", "armed_clash")
                 and m.event_type in VIOLENT_TYPES and _undergone(m, passive)
                 and any(p.event_type in PROTEST_TYPES and p.sentence_start == m.sentence_start
                         for p in members)]
    if lead.event_type in PROTEST_TYPES and undergone:
        # "des étudiants qui manifestaient ont été attaqués par un groupe d'hommes": the
        # demonstration is told, in the same sentence, as what its crowd underwent
        lead = undergone[0]
        kind = lead.kind
    if lead.event_type in PROTEST_TYPES and kind in ("peaceful_protest",
                                                     "protest_with_intervention") and any(
            m.kind == "attack" and m.sentence_start == lead.sentence_start
            and any(f.kind == "killed" and (f.best or f.low or 0) > 0 for f in m.figures)
            for m in members):
        # "les forces de l'ordre ont tiré sur les manifestants, tuant cinq personnes": a
        # demonstration met with lethal force, whichever of its words leads
        return "excessive_force"
    if kind in ("attack", "armed_clash") and lead.event_type in VIOLENT_TYPES and any(
            m.event_type in PROTEST_TYPES for m in members):
        # "deux jeunes tués par balle lors d'une manifestation réprimée par les forces de
        # l'ordre": the demonstration's dead; a clash of its crowd with them is a riot, but
        # not one the crowd underwent ("les étudiants qui manifestaient ont été attaqués à coups
        # de bâton"): an attack on them
        return "excessive_force" if kind == "attack" \
            else "attack" if _undergone(lead, passive) else "violent_demonstration"
    finer = [k for k in FINER_KINDS.get(kind, ()) if k in kinds]
    if finer:
        return finer[0]  # "un attentat …", then "un kamikaze s'est fait exploser"
    if kind not in ("armed_clash", "attack"):
        return kind
    victims = {"civilians" if _family_members(f, text, words) or _nationals(f, lang) else f.who
               for m in members for f in m.figures
               if f.kind in ("killed", "injured") and (f.who or _nationals(f, lang))
               and f.part_of is None}
    armed_victims = victims & set(words.get("armed_victims", []))
    civilians = victims & set(words.get("civilian_victims", []))
    if kind == "attack" and armed_victims:
        return "armed_clash"
    armed_target = any((a.kind or "").casefold() in armed or (a.sector or "").casefold() in armed
                       for m in members for a in m.actor2) or _against_forces(members, lang)
    if kind == "attack" and armed_target and not victims & civilians:
        return "armed_clash"  # "ont ouvert le feu sur un véhicule de la gendarmerie"
    between = words.get("fight_between")
    two_sides = bool(between) and any(
        m.kind == "armed_clash" and m.trigger and (found := re.search(
            rf"{re.escape(m.trigger)}{between}", m.text, re.IGNORECASE)) is not None
        and not _between_places(m.text[found.end():], members) for m in members)
    # (fighting told by a word that needs two sides, "des combats ont fait 25 morts parmi les
    # civils": the civilians died in a battle, as ACLED counts them)
    if kind == "armed_clash" and civilians and not armed_victims and not armed_target \
            and not two_sides and not _fought(members, words):
        return "attack"
    if kind == "armed_clash" and not victims - civilians and not armed_target \
            and not two_sides and _against_civilians(members, lang):
        return "attack"  # "l'attaque menée par des rebelles contre le village de X"
    targets = [a for m in members for a in m.actor2]
    if kind == "armed_clash" and targets and all(a.kind == "civilians" for a in targets) \
            and not victims - civilians and not two_sides and not _fought(members, words):
        return "attack"  # "des hommes armés ont attaqué des éleveurs"
    return kind


def _between_places(after: str, members: list[EventMention]) -> bool:
    """Whether what "entre" opens is a place of the incident ("un convoi attaqué entre Gao et
    Ansongo"), not two sides."""
    after = after.lstrip()
    return any(after.startswith(m.place.text) for m in members
               if m.place is not None and m.place.text)


def _nationals(figure: Figure, lang: str) -> bool:
    """People a toll counts by their nationality alone ("quatre Palestiniens ont été tués"):
    civilians, as ACLED codes them, unless the text says they fought."""
    if figure.who is not None:
        return False
    last = figure.text.split()[-1].casefold() if figure.text.split() else ""
    return last in demonyms(lang)


def _undergone(mention: EventMention, passive: frozenset[str]) -> bool:
    """The mention's event word is a passive participle ("ont été attaquées")."""
    trigger = (mention.trigger or "").strip()
    return bool(passive and trigger) and re.search(
        rf"(?<!\w)(?:{_alternation(passive)})\s+(?:\w+\s+){{0,2}}?"
        rf"{re.escape(trigger)}(?!\w)", mention.text, re.IGNORECASE) is not None


@lru_cache(maxsize=8)
def _alternation(words: frozenset[str]) -> str:
    """:func:`~chronique.geo.chains.alternatives` of ``words``, made once per set."""
    return alternatives(sorted(words))


def _building_retaken(mention: EventMention, words: dict[str, Any]) -> bool:
    """Whether a change of hands is told of a building (`siege_buildings`: "les forces de
    sécurité ont repris le contrôle de l'hôtel"): the end of the attack that took it, not
    ground taken."""
    if mention.kind not in TERRITORY_KINDS:
        return False
    pattern = any_word(tuple(words.get("siege_buildings", [])))
    if pattern is None:
        return False
    _start, end = _trigger_span(mention)
    offset = max(0, end - mention.start)
    return pattern.search(mention.text, offset, offset + SITE_REACH) is not None


def _opens_sequence(mention: EventMention, words: dict[str, Any]) -> re.Match[str] | None:
    """The word that tells a mention as the first step of a sequence (`first_steps`); asked
    for every mention an incident is tried with, so the pattern is made once per table."""
    pattern = any_word(tuple(words.get("first_steps", [])))
    return pattern.search(mention.text) if pattern is not None else None


@lru_cache(maxsize=64)
def any_word(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of ``words`` standing as words of their own, case aside (None for no words); one
    that ends with an apostrophe runs into the next ("alors qu'il")."""
    return re.compile(rf"(?<!\w)(?:{alternatives(list(words))})(?!(?<=\w)\w)",
                      re.IGNORECASE) if words else None


def _first_step(mention: EventMention, text: str, words: dict[str, Any]) -> bool:
    """"Les assaillants ont d'abord fait sauter une voiture piégée, puis donné l'assaut":
    a mention told as the first step (`first_steps`) with the next one right after it
    (`next_steps`)."""
    after = words.get("next_steps", [])
    opened = _opens_sequence(mention, words)
    if not after or not text:
        return False
    if opened is None:
        # with no "d'abord", the next step must be an attack told right after it ("ont tiré
        # des obus sur l'aéroport avant de lancer un assaut contre le camp"), not anything
        # done next ("avant de prendre la fuite")
        generic = alternatives(list(words.get("generic_triggers", [])))
        return bool(generic) and re.match(
            rf"[^.;:!?]{{0,80}}?[\s,]+(?:{alternatives(after)})(?!\w)[^.;:!?]{{0,30}}?"
            rf"(?<!\w)(?:{generic})(?!\w)", text[_trigger_span(mention)[1]:mention.end + 200],
            re.IGNORECASE) is not None
    at = mention.start + opened.end()
    return re.match(rf"[^.;:!?]{{0,160}}?[\s,]+(?:{alternatives(after)})(?!\w)",
                    text[at:at + 200], re.IGNORECASE) is not None


def _either_strike(members: list[EventMention], words: dict[str, Any],
                   aerial: frozenset[str]) -> bool:
    """Whether the incident's strikes are told only by words that fit shells as well as bombs
    (`either_strike`: "un bombardement", "des frappes"), with no aircraft in its sentences."""
    either = {w.casefold() for w in words.get("either_strike", [])}
    strikes = [m for m in members if m.kind == "air_strike"]
    return bool(either) and all((m.trigger or "").casefold() in either for m in strikes) \
        and not any(w in aerial for m in members for w in _fold_words(m.text))


def _against_civilians(members: list[EventMention], lang: str) -> bool:
    """Whether a mention tells the attack as aimed at a place or people of civilians
    ("contre le village de X", `civilian_sites` after `civilian_site_links`)."""
    pattern = _civilian_site_pattern(lang)
    return pattern is not None and any(pattern.search(m.text) for m in members)


def _against_forces(members: list[EventMention], lang: str) -> bool:
    """Whether a mention tells the attack as aimed at a site of the forces ("contre l'école de
    gendarmerie", "visant un camp militaire": `civilian_site_links`, then a noun and
    `civilian_site_forces`)."""
    pattern = _forces_site_pattern(lang)
    if pattern is not None and any(pattern.search(m.text) for m in members):
        return True
    # (or one of the forces' sites named right after the event word: "ont attaqué mardi à
    # l'aube l'école de gendarmerie de X")
    for mention in members:
        start, end = _trigger_span(mention)
        after = mention.text[max(0, end - mention.start):end - mention.start + SITE_REACH]
        if any(site.search(after) for _, site in _force_site_patterns(lang)):
            return True
    return False


#: how many days a siege told as one incident may last
SIEGE_DAYS = 3
#: how far after its event word the site an attack aims at may be named
SITE_REACH = 40


def _site_link(words: dict[str, Any], civilians: bool = False) -> str | None:
    """What opens the site an attack aims at: a link (`civilian_site_links`: "contre",
    "visant"; for a site of civilians also `civilian_site_of`: "l'attaque de plusieurs
    villages") and maybe a determiner; None when the language has no links."""
    links = words.get("civilian_site_links", []) + (
        words.get("civilian_site_of", []) if civilians else [])
    if not links:
        return None
    determiners = words.get("civilian_site_determiners", [])
    article_words = rf"(?:(?:{'|'.join(map(re.escape, determiners))})\s*)?" if determiners else ""
    return rf"(?<!\w)(?:{'|'.join(map(re.escape, links))})\s+{article_words}"


@lru_cache(maxsize=8)
def _forces_site_pattern(lang: str) -> re.Pattern[str] | None:
    words = words_of(lang)
    link, forces = _site_link(words), words.get("civilian_site_forces", [])
    if link is None or not forces:
        return None
    return re.compile(rf"{link}[^\W\d_]+\s+(?:{'|'.join(map(re.escape, forces))})(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=8)
def _civilian_site_pattern(lang: str) -> re.Pattern[str] | None:
    words = words_of(lang)
    link, sites = _site_link(words, civilians=True), words.get("civilian_sites", [])
    if link is None or not sites:
        return None
    forces = words.get("civilian_site_forces", [])
    # ("contre l'école de gendarmerie": a site of the forces, `civilian_site_forces`)
    not_forces = rf"(?!\s+(?:{'|'.join(map(re.escape, forces))})(?!\w))" if forces else ""
    return re.compile(rf"{link}(?:{'|'.join(map(re.escape, sites))})(?!\w){not_forces}",
                      re.IGNORECASE)


def _key(actor: ActorMention) -> str:
    return (actor.key or actor.actor_id or actor.canonical or actor.text).casefold()


def _source_spans(article: Article) -> list[tuple[int, int]]:
    return [(a.source_start, a.source_end) for a in article.attributions
            if a.source_start >= 0]


def _participant(actor: ActorMention, sources: list[tuple[int, int]], *,
                 violent: bool = True) -> bool:
    """Who reports is never a participant: media, monitors, NGOs, and whoever is named as the
    source of a statement; a person (unless the dictionaries code him as his armed group, as
    ACLED codes a gang's leader), an international body (unless a military mission) or a
    party is no party to violence."""
    kind = actor.kind or ""
    if kind in NOT_PARTIES:
        return False
    if violent and kind in NOT_VIOLENT_PARTIES and (actor.sector or "").upper() != "MIL" \
            and not (kind == "person" and actor.acled):
        return False  # (a leader the dictionaries code as his group is that group)
    if violent and actor.how == "ner" and actor.label == "PER":
        return False  # a person no dictionary knows: a victim or a witness, not a party
    if actor.note == CLAIMANT:  # "l'armée affirme avoir neutralisé…": source and party
        return True
    return not any(s <= actor.start and actor.end <= e for s, e in sources)


def _not_counted(mention: EventMention) -> list[ActorMention]:
    """The mention's actor1 but the people its own toll counts as harmed ("sept soldats …
    tués" in a headline with no verb: the soldiers are whom it hit, not who acted)."""
    counted = [(f.start, f.end) for f in mention.figures if f.kind in VICTIM_KINDS]
    if any(a.kind in ARMED_KINDS for a in mention.actor2):
        # the side it was against is named: "trois policiers blessés lors d'une opération
        # contre le gang X" were hurt in their own operation
        return mention.actor1
    # (the people counted, whose words may run past the figure's: "deux volontaires pour la
    # défense de la patrie (VDP)")
    return [a for a in mention.actor1
            if not any(start <= a.start < end for start, end in counted)]


def _attacked_sides(members: list[EventMention], sources: list[tuple[int, int]],
                    violent: bool) -> set[str]:
    """The actors a sentence naming both sides of the incident tells as the attacked ("une
    attaque d'hommes armés contre leur position"), and none tells as the attacker: a sentence
    naming one side only ("Trois VDP ont perdu la vie au cours des combats") does not make them
    its author."""
    def keys(actors: list[ActorMention]) -> set[str]:
        return {_key(a) for a in actors if _participant(a, sources, violent=violent)}

    attacked: set[str] = set()
    attacking: set[str] = set()
    for mention in members:
        first, second = keys(mention.actor1), keys(mention.actor2)
        if first and second:
            attacking |= first
            attacked |= second
    return attacked - attacking


def _pick_actors(groups: list[list[ActorMention]], sources: list[tuple[int, int]], *,
                 exclude: set[str] | frozenset[str] = frozenset(),
                 violent: bool = True, acting: bool = False) -> list[ActorMention]:
    """The actor the mentions name most for a role (a named one before a generic one)."""
    counts: Counter[str] = Counter()
    first: dict[str, ActorMention] = {}
    for group in groups:
        for actor in group:
            if not _participant(actor, sources, violent=violent) or \
                    (acting and violent and actor.kind == "civilians"):
                continue  # civilians are hit, they do not strike
            key = _key(actor)
            if key in exclude:
                continue
            counts[key] += 1
            first.setdefault(key, actor)
    if not counts:
        return []
    order = list(first)
    # a phrase that points back ("les assaillants") only stands for an actor told before;
    # one that names who the attackers were ("les assaillants, membres de la coalition X")
    # says more of who acted than an unnamed group however often told ("des gangs armés")
    best = max(order, key=lambda k: (first[k].how not in ("generic", "ner", "coreference"),
                                     acting and violent and first[k].how == "coreference"
                                     and first[k].actor_id is not None,
                                     counts[k], -order.index(k)))
    return [first[best]]


def _union(groups: list[list[ActorMention]], sources: list[tuple[int, int]], *,
           exclude: set[str], violent: bool = True) -> list[ActorMention]:
    seen: dict[str, ActorMention] = {}
    for group in groups:
        for actor in group:
            key = _key(actor)
            if key not in exclude and key not in seen and \
                    _participant(actor, sources, violent=violent):
                seen[key] = actor
    return list(seen.values())


def _allies(article: Article, members: list[EventMention], words: dict[str, Any]) -> set[str]:
    """Actors named as the support of the side told before them ("appuyée par", "avec le
    soutien de", "aux côtés de"): associated actors of that side, never its opponent."""
    pattern = words.get("ally_cues")
    if not pattern:
        return set()
    cue = re.compile(pattern, re.IGNORECASE)
    coordination = "|".join(map(re.escape, words.get("ally_coordination", []))) or "(?!)"
    found = set()
    for m in members:
        for actor in [*m.actor2, *m.assoc1]:
            start = max(m.sentence_start, actor.start - 160, 0)
            cues = list(cue.finditer(article.text, start, actor.start))
            if not cues:
                continue
            # the supports named after the cue, not a party named after them ("soutenues par
            # des milices claniques, ont repris aux shebab la localité")
            between = [o for o in article.actors
                       if cues[-1].start() <= o.start and o.end <= actor.start]
            last = max(between, key=lambda o: o.end, default=None)
            if last is None and "," in cues[-1].group(0):
                continue  # "appuyée par des forces locales, a tué 40 combattants shebab"
            if last is None or re.fullmatch(rf"\s*(?:,|{coordination})?\s*(?:\w+['’]?\s*)?",
                                            article.text[last.end:actor.start], re.IGNORECASE):
                found.add(_key(actor))
    return found


def _civilian_victims(article: Article, members: list[EventMention], place: Place | None,
                      words: dict[str, Any]) -> list[ActorMention]:
    """The unnamed civilians a toll counts ("trois civils tués", "huit morts dans un marché"),
    named as ACLED names them in the incident's country."""
    civilians = set(words.get("civilian_victims", []))
    victims = [f for m in members for f in m.figures
               if f.kind in VICTIM_KINDS and f.part_of is None and f.kind_from != "zero"
               and (f.who is None or f.who in civilians
                    or _family_members(f, article.text, words))]
    return _generic_victims(article, victims, "civilians", place)


def _arrested(article: Article, members: list[EventMention], place: Place | None,
              words: dict[str, Any]) -> list[ActorMention]:
    """The people an arrest counts and names no group of ("sept présumés bandits arrêtés",
    "quatorze personnes soupçonnées…"), as ACLED codes them: fighters as the country's
    unidentified armed group, anyone else as its civilians."""
    arrested = [f for m in members for f in m.figures if f.kind == "arrested"
                and f.part_of is None and f.kind_from != "zero"]
    armed = set(words.get("group_victims", []))
    fighters = [f for f in arrested if f.who in armed]
    if fighters:
        return _generic_victims(article, fighters, "unidentified-armed-group", place)
    return _generic_victims(article, arrested, "civilians", place)


#: how far after "six membres" the family they belong to may be named ("d'une même famille")
MEMBERS_REACH = 30


def _family_members(figure: Figure, text: str, words: dict[str, Any]) -> bool:
    """Members counted (`who` "members") whose family or household the words right after
    name (`civilian_groups`: "six membres d'une même famille"): civilians."""
    groups = _folded(tuple(words.get("civilian_groups", [])))
    return figure.who == "members" and bool(
        groups & set(_fold_words(text[figure.end:figure.end + MEMBERS_REACH])))


VICTIM_KINDS = ("killed", "injured", "abducted", "kidnapped", "missing")


def _state_force(actor: ActorMention) -> bool:
    return (actor.kind or "") == "state-forces" or (actor.sector or "") in ("MIL", "COP", "GOV")


def _force_victims(article: Article, members: list[EventMention], place: Place | None,
                   words: dict[str, Any]) -> list[ActorMention]:
    """The state's forces a battle's toll counts ("un soldat et un civil ont été tués"), when
    the side that fought them is named and is not the state's: the opponent of that side,
    named as ACLED names those forces in the incident's country."""
    forces = list(words.get("force_victims", []))
    victims = [f for m in members for f in m.figures
               if f.kind in VICTIM_KINDS and f.part_of is None and f.kind_from != "zero"
               and f.who in forces]
    if not victims:
        return []
    owner = _named_owner(article, victims[0], words) or _mission(article, victims[0], words)
    if owner is not None:
        return [owner]
    return _generic_victims(article, victims, victims[0].who or "", place)


def _mission(article: Article, figure: Figure, words: dict[str, Any]) -> ActorMention | None:
    """Peacekeepers a toll counts (`peacekeepers`) with no force named after them: the peace
    mission the article names (the first intergovernmental military force), if any."""
    folded = figure.text.casefold()
    if not any(word.casefold() in folded for word in words.get("peacekeepers", [])):
        return None
    return next((a for a in sorted(article.actors, key=lambda a: a.start)
                 if a.actor_id and (a.kind or "").casefold() == "igo"
                 and (a.sector or "").upper() == "MIL"), None)


#: how far after the soldiers counted their force's name may begin ("trois casques bleus de la
#: Minusma", "deux soldats de la force Barkhane")
OWNER_REACH = 20


def _group_victims(article: Article, members: list[EventMention],
                   words: dict[str, Any]) -> list[ActorMention]:
    """The named armed group a toll's fighters belong to ("une dizaine de combattants
    shebab", "trente combattants de l'ISWAP"), named right after them (`force_owner_links`)."""
    fighters = set(words.get("group_victims", []))
    genitive = _folded(tuple(words.get("force_owner_links", [])))
    for figure in (f for m in members for f in m.figures
                   if f.kind in VICTIM_KINDS and f.part_of is None and f.who in fighters):
        for actor in sorted(article.actors, key=lambda a: a.start):
            if not actor.actor_id or actor.kind not in ARMED_KINDS or _state_force(actor) \
                    or actor.start < figure.start or actor.start > figure.end + OWNER_REACH:
                continue
            between = re.findall(r"[^\W\d_]+", article.text[figure.end:actor.start].casefold())
            if actor.start < figure.end or not between \
                    or genitive & set(between[:2]) and len(between) <= 3:
                return [actor]
    return []


def _forces_hit_first(lead: EventMention, members: list[EventMention],
                      words: dict[str, Any]) -> bool:
    """Whether the first toll the lead's sentence tells counts the state's forces (or
    peacekeepers): whom a bomb or a strike was aimed at, civilians counted after it caught
    nearby."""
    forces = set(words.get("force_victims", []))
    victims = sorted((f for m in members for f in m.figures
                      if f.kind in VICTIM_KINDS and f.part_of is None and f.kind_from != "zero"
                      and lead.sentence_start <= f.start < lead.sentence_end),
                     key=lambda f: f.start)
    return bool(victims) and victims[0].who in forces


def _named_owner(article: Article, figure: Figure, words: dict[str, Any]) -> ActorMention | None:
    """The force a toll's soldiers belong to when it is named right after them, through a
    genitive (`force_owner_links`: "trois casques bleus de la Minusma", "un casque bleu malawite
    de la Monusco"): that force, not the country's army."""
    genitive = _folded(tuple(words.get("force_owner_links", [])))
    for actor in sorted(article.actors, key=lambda a: a.start):
        if not actor.actor_id or not _state_force(actor) or actor.start <= figure.start \
                or actor.start > figure.end + OWNER_REACH:
            continue
        if actor.start < figure.end < actor.end:
            return actor  # the soldiers' noun begins the force's name ("Casques bleus de la X")
        between = re.findall(r"[^\W\d_]+", article.text[figure.end:actor.start].casefold())
        # (past one word of their nationality: "un casque bleu malawite de la Monusco")
        if between and genitive & set(between[:2]) and len(between) <= 4:
            return actor
    return None


def _site_owner(article: Article, members: list[EventMention],
                place: Place | None) -> list[ActorMention]:
    """"Le camp militaire de X a été la cible d'une attaque revendiquée par le JNIM": the
    forces the attacked site or unit belongs to (`force_sites_<role>`), as ACLED names them in
    the incident's country; the evidence is the site's words."""
    for role, pattern in _force_site_patterns(article.lang or "fr"):
        for mention in members:
            found = pattern.search(mention.text)
            if found:
                start = mention.start + found.start()
                return _generic_actor(article, role, place, start, start + len(found.group(0)),
                                      "the forces the attacked site or unit belongs to")
    return []


@lru_cache(maxsize=8)
def _force_site_patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(role, pattern of its sites) for each `force_sites_<role>` of the language."""
    return tuple(
        (key.removeprefix("force_sites_"),
         re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, phrases))})(?!\w)", re.IGNORECASE))
        for key, phrases in words_of(lang).items()
        if key.startswith("force_sites_") and isinstance(phrases, list) and phrases)


def _lead_attacker(lead: EventMention, members: list[EventMention], actor1: list[ActorMention],
                   sources: list[tuple[int, int]],
                   at_forces_site: bool = False) -> list[ActorMention] | None:
    """The lead tells who attacked whom ("cinq soldats tués dans une embuscade tendue par des
    terroristes présumés", "des combattants de X ont attaqué une base militaire": the forces,
    by their site, ``at_forces_site``); the answer told after it ("en réaction, les FAMa ont
    neutralisé huit assaillants"), though it names the state's forces by name, does not make
    the attacked side the author: actor1 is taken from the lead's acting side (a named actor
    of that side first)."""
    acting = [a for a in lead.actor1 if _participant(a, sources)]
    hit = [a for a in lead.actor2 if _participant(a, sources)]
    if not actor1 or not acting or not hit and not at_forces_site:
        return None
    attacker = _state_force(acting[0])
    # (the forces' site attacked: by someone else than the forces)
    same_sides = _state_force(hit[0]) == attacker if hit else attacker
    if same_sides or _state_force(actor1[0]) == attacker:
        return None
    return _pick_actors([[a for a in m.actor1 if _state_force(a) == attacker] for m in members],
                        sources, acting=True) or None


def _fought(members: list[EventMention], words: dict[str, Any]) -> bool:
    """Whether the incident is told by a word of fighting that needs two sides
    (`two_sided_fights`: "des combats", "des affrontements")."""
    fights = {w.casefold() for w in words.get("two_sided_fights", [])}
    return any(m.kind == "armed_clash" and (m.trigger or "").casefold() in fights
               for m in members)


def _unarmed_fight(members: list[EventMention], actors: list[ActorMention],
                   words: dict[str, Any]) -> bool:
    """Whether the incident is told by a word of fighting that needs two sides and names no
    armed side, only the civilians caught in it."""
    return bool(actors) and all(a.kind == "civilians" for a in actors) \
        and _fought(members, words)


def _both_sides(article: Article, members: list[EventMention], sources: list[tuple[int, int]],
                words: dict[str, Any], fight: bool = False,
                ) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """"De violents combats ont opposé les deux camps": a fight told of both sides (or, with
    ``fight``, told by a word of fighting and naming no side), not named in its own clause, is
    between the article's two parties, as it names them elsewhere (the two sides it names most,
    the first-named actor of each, in the order the article names them first)."""
    phrases = [p.casefold() for p in words.get("both_sides", [])]
    if not fight and (not phrases
                      or not any(p in m.text.casefold() for m in members for p in phrases)):
        return None
    counts: Counter[str] = Counter()
    first: dict[str, ActorMention] = {}
    for actor in sorted(article.actors, key=lambda a: a.start):
        # (with ``fight``, the armed sides the article names as speakers count too: "l'armée
        # a affirmé avoir repris le camp, ce que les paramilitaires ont démenti")
        if not _participant(actor, [] if fight else sources) or actor.kind == "civilians" \
                or fight and actor.kind not in ARMED_KINDS:
            continue
        side = _side(actor)
        counts[side] += 1
        if side not in first or first[side].how == "generic" and actor.how != "generic":
            first[side] = actor
    two = [side for side, _ in counts.most_common(2)]
    if len(two) < 2:
        return None
    one, other = sorted((first[side] for side in two), key=lambda a: a.start)
    return [one], [other]


def _communal_sides(article: Article, members: list[EventMention], place: Place | None,
                    words: dict[str, Any],
                    ) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """A fight between two groups of people no force or group leads ("des affrontements entre
    éleveurs et agriculteurs"): ACLED's communal militias of the country on both sides, their
    evidence the words that name each group."""
    for mention in members:
        if mention.actor1 and mention.actor2 and all(
                (a.kind or "") == "civilians" for a in (mention.actor1[0], mention.actor2[0])):
            first, second = mention.actor1[0], mention.actor2[0]
            note = "a group of people fighting another, as ACLED codes communal violence"
            one = _generic_actor(article, "communal-militia", place, first.start, first.end, note)
            other = _generic_actor(article, "communal-militia", place, second.start, second.end,
                                   note)
            if one and other:
                return one, other
    between = words.get("fight_between")
    for key, role, note in (
            ("communal_pairs", "communal-militia",
             "two groups of people fighting each other, as ACLED codes communal violence"),
            ("rival_pairs", "unidentified-armed-group",
             "two armed groups no one names fighting each other")):
        pairs = words.get(key, [])
        if not between or not pairs:
            continue
        pattern = _pairs_pattern(between, tuple(pairs))
        for mention in members:
            if mention.actor1 or mention.actor2 or mention.event_type != "Battles" \
                    or not mention.trigger:
                continue
            found = re.search(rf"{re.escape(mention.trigger)}{pattern}", mention.text,
                              re.IGNORECASE)
            if found is None:
                continue  # "des affrontements entre deux communautés": both sides in a phrase
            start, end = mention.start + found.start("pair"), mention.start + found.end("pair")
            one = _generic_actor(article, role, place, start, end, note)
            if one:  # one phrase, one actor of the country on each side
                return one, list(one)
    return None


@lru_cache(maxsize=8)
def _pairs_pattern(between: str, pairs: tuple[str, ...]) -> str:
    return rf"{between}\s+(?:les\s+|des\s+)?(?P<pair>{_phrases(list(pairs))})\b"


def _state_forces(actors: list[ActorMention], article: Article) -> list[ActorMention]:
    """A state named as the one who strikes or fights, or is fought ("la Russie a lancé des
    drones"): ACLED codes its armed forces ("Military Forces of Russia (2000-)"), the
    dictionary's holder of that role in the state's conflict, else the role's template."""
    day = _writing_day(article)
    found = []
    for actor in actors:
        code = (actor.country or "").upper()
        if actor.kind != "state" or not code:
            found.append(actor)
            continue
        fields = _role_holder(code, "armed-forces", day)
        if fields is None:
            generic = _generic_fields("armed-forces", code)
            if generic is None:
                found.append(actor)
                continue
            fields = {**generic[0], "actor_id": None}
        found.append(replace(actor, **fields, how="generic",
                             note=f"{actor.text}: a state acting through its armed forces"))
    return found


#: how far after a generic phrase a word of nationality may name its country ("militaires
#: béninois")
NATIONALITY_REACH = 16


def _placed_generics(article: Article, actors: list[ActorMention],
                     place: Place | None) -> list[ActorMention]:
    """A generic phrase read in the article's country ("l'armée", "les policiers") named for
    the incident's own when the incident happened in another and the phrase names no
    nationality: in a round-up of the Sahel, the army of an ambush near Tessit is Mali's.
    (Crowds and civilians are named by :func:`_demonstrators` and the victims' rules.)"""
    code = (place.country or "").upper() if place is not None and place.resolved else ""
    if not code:
        return actors
    day = _writing_day(article)
    nationalities = demonyms(article.lang or "fr").keys()
    found = []
    for actor in actors:
        if actor.how != "generic" or not actor.role or not actor.country \
                or actor.country.upper() == code or actor.kind == "state" or _crowd(actor) \
                or nationalities & set(re.findall(r"[^\W\d_]+", article.text[
                    actor.start:actor.end + NATIONALITY_REACH].casefold())):
            found.append(actor)
            continue
        fields = _role_holder(code, actor.role, day)
        if fields is None:
            generic = _generic_fields(actor.role, code)
            fields = {**generic[0], "actor_id": None} if generic is not None else None
        found.append(actor if fields is None else replace(
            actor, **fields, note=f"{actor.text}: the phrase, in the incident's country"))
    return found


def _writing_day(article: Article) -> str | None:
    """The day the article is believed written (its dating, else its page's), as the roles'
    holders are asked at: "YYYY-MM-DD", or less precise, None when unknown."""
    claim = article.published
    date = (claim.value or claim.page_date) if claim is not None else None
    return (date or "")[:10] or None


@lru_cache(maxsize=4096)
def _role_holder(code: str, role: str, date: str | None) -> dict[str, Any] | None:
    """The dictionary fields of the actor holding ``role`` in the conflict of the state
    ``code`` at ``date``."""
    from ..actors.dictionary import load_dictionary
    from ..actors.recognize import describe

    dictionary = load_dictionary()
    for conflict in dictionary.conflicts.values():
        if conflict.country.upper() != code:
            continue
        holder = conflict.holder(role, date) or conflict.holder(role)
        if holder is not None and holder in dictionary.actors:
            return {**describe([holder], dictionary, date), "key": holder}
    return None


def _demonstrators(article: Article, lead: EventMention, place: Place | None,
                   actor1: list[ActorMention], actor2: list[ActorMention], role: str,
                   ) -> tuple[list[ActorMention], list[ActorMention], list[ActorMention]]:
    """ACLED's demonstrations: the demonstrators are actor1 ("Protesters (<country>)",
    "Rioters (<country>)"), the forces or armed men that intervene actor2, whichever the
    sentence names first ("la police a dispersé les manifestants"); a party, a person or a
    movement named as acting is the demonstrators' associated actor (ACLED's
    assoc_actor_1). When no demonstrator is named, actor1 is the country's generic one, its
    evidence the event word. Gives actor1, actor2 and the associated actors."""
    organisers: list[ActorMention] = []
    context = _context_words(article)

    def armed(actor: ActorMention) -> bool:
        return _state_force(actor) or sides.camp(actor, context) == "nonstate"

    if actor1 and armed(actor1[0]):
        others = [a for a in actor2 if not armed(a)]
        actor1, actor2 = others, actor1
    if actor1 and not _crowd(actor1[0]):
        organisers, actor1 = actor1, []
    if not actor1 and actor2 and role == DEMONSTRATORS["Protests"] \
            and all(a.role == role for a in actor2):
        # "des centaines de manifestants sont descendus…": the crowd the parse left as a
        # complement of its count is who demonstrated, not whom a protest faced
        actor1, actor2 = actor2, []
    crowd = actor1[0] if actor1 else None
    if crowd is not None and crowd.how == "generic" \
            and crowd.role in (*DEMONSTRATORS.values(), "civilians") and crowd.role != role:
        # the crowd a riot names "manifestants" is ACLED's rioters there, and so are the
        # residents who lynch ("lynchés par des habitants")
        actor1 = _generic_actor(article, role, place, crowd.start, crowd.end,
                                crowd.note or "the demonstrators") or actor1
    if not actor1:
        start, end = _trigger_span(lead)
        actor1 = _generic_actor(article, role, place, start, end,
                                "the demonstrators a demonstration has, named or not")
    return actor1, actor2, organisers


#: demonstrations a force intervened in: that force is ACLED's actor2
INTERVENED_KINDS = frozenset({"excessive_force", "protest_with_intervention"})


def _intervening(article: Article, members: list[EventMention], actor1: list[ActorMention],
                 actor2: list[ActorMention], place: Place | None) -> list[ActorMention]:
    """The state's force that broke up or fired on a demonstration ("la police a ouvert le
    feu pour disperser une manifestation contre la mission de l'ONU"): the incident's actor2,
    rather than whom the demonstration was against; the force of the incident's country
    named first in its sentences, not as a source ("selon la police")."""
    if actor2 and actor2[0].kind == "state-forces":
        return actor2
    taken = {_key(a) for a in actor1}
    spans = [(m.sentence_start, m.sentence_end) for m in members]
    sources = _source_spans(article)
    forces = sorted((a for a in article.actors if a.kind == "state-forces"
                     and _key(a) not in taken and _participant(a, sources)
                     and (place is None or not place.country or not a.country
                          or a.country.upper() == place.country.upper())
                     and any(start <= a.start < end for start, end in spans)),
                    key=lambda a: a.start)
    return forces[:1] or actor2


def _crowd(actor: ActorMention) -> bool:
    """Demonstrators, civilians or a crowd ACLED would code as such."""
    return actor.role in (*DEMONSTRATORS.values(), "civilians") or (actor.kind or "") in (
        "protesters", "rioters", "civilians")


def _headline_author(article: Article, records: list[EventMention],
                     headline: list[EventMention]) -> None:
    """"Nouvelles frappes russes sur Kharkiv et Odessa": an incident the body tells with no
    author ("À Odessa, un drone a touché un immeuble") takes the author of the headline that
    names its place, or the division or country it lies in ("Gaza : frappes israéliennes" …
    "à Khan Younès, une frappe a tué quatre personnes"), for the same type of event."""
    sources = _source_spans(article)
    for record in records:
        if record.status != "news" or record.actor1 or record.place is None:
            continue
        names = {record.place.text, record.place.name or record.place.text}
        for mention in headline:
            if mention.actor1 and mention.event_type == record.event_type \
                    and (any(name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)",
                                                mention.text) for name in names)
                         or _holds(mention.place, record.place)):
                author = _pick_actors([mention.actor1], sources, acting=True,
                                      violent=record.event_type in VIOLENT_TYPES)
                _give_actor1(article, record, _state_forces(author, article))
                break


def _holds(outer: Place | None, inner: Place | None) -> bool:
    """Whether ``outer`` is the first-level division (or the country) ``inner`` lies in, or a
    place in that same division."""
    area, inside = _area(outer), _area(inner)
    if area is None or inside is None or area[0] != inside[0]:
        return False
    return not area[1] or area[1] == inside[1]


def _named_as_of(record: EventMention) -> None:
    """The actors' ACLED names as of the incident's own day, not the article's: an incident of
    2014 recalled in 2024 was fought by "Military Forces of Mali (2013-2020)", not by the
    forces of the article's day."""
    if not record.date or len(record.date) < 4:
        return
    from ..actors.dictionary import load_dictionary

    dictionary = load_dictionary()
    for role in ("actor1", "actor2", "assoc1", "assoc2"):
        actors = getattr(record, role)
        named = []
        for actor in actors:
            known = dictionary.get(actor.actor_id) if actor.actor_id else None
            acled = known.acled_name(record.date[:10]) if known is not None else None
            if known is not None and len(record.date) == 4 and acled != known.acled_name(
                    f"{record.date}-12-31"):
                acled = None  # a year only, in which the name changed: which one is unknown
            named.append(replace(actor, acled=acled) if acled and acled != actor.acled
                         else actor)
        setattr(record, role, named)


def _unnamed_attacker(article: Article, record: EventMention) -> None:
    """People attacked, killed or taken on the ground by someone the text never names (nor a
    summary that counts the incident), today or in an earlier incident the article recalls:
    ACLED's "Unidentified Armed Group (<country>)"."""
    if record.status not in ("news", "background") or record.kind not in UNNAMED_ATTACKER_KINDS \
            or record.actor1:
        return
    tolled = any(f.kind in ("killed", "injured", "abducted") and (f.best or f.acled)
                 for f in record.figures)
    if not (record.actor2 or tolled):
        return
    _give_actor1(article, record,
                 _unidentified(article, record, record.place, "the attacker no one names"))


def _give_kind(record: EventMention, kind: str) -> None:
    """Make ``kind`` the record's kind, with the type, sub-type and codes it gives."""
    info = kind_info(kind)
    record.kind = kind
    record.event_type, record.sub_event_type = info.get("event_type"), info.get("sub_event_type")
    record.plover, record.plover_mode = info.get("plover"), info.get("plover_mode")
    record.disorder_type = info.get("disorder_type")
    record.civilian_targeting = bool(info.get("civilian_targeting", False))


def _give_actor1(article: Article, record: EventMention, actors: list[ActorMention]) -> None:
    """Make ``actors`` the record's actor1, each with its evidence."""
    record.actor1 = actors
    for actor in actors:
        record.evidence.append(Evidence("actor1", article.id, actor.start, actor.end,
                                        actor.stage, article.text[actor.start:actor.end]))


def _unidentified(article: Article, lead: EventMention, place: Place | None,
                  note: str = "the side no one names in a battle of the state's forces",
                  ) -> list[ActorMention]:
    """"Unidentified Armed Group (<country>)", the side a battle of the state's forces has
    when the text names no one (or the author of a bomb no one claims); its evidence is the
    lead's event word."""
    start, end = _trigger_span(lead)
    return _generic_actor(article, "unidentified-armed-group", place, start, end, note)


def _generic_victims(article: Article, victims: list[Figure], role: str,
                     place: Place | None) -> list[ActorMention]:
    if not victims:
        return []
    figure = victims[0]
    return _generic_actor(article, role, place, figure.start, figure.end,
                          "the unnamed victims of the toll")


def _generic_actor(article: Article, role: str, place: Place | None, start: int, end: int,
                   note: str) -> list[ActorMention]:
    """The country's generic actor of ``role`` as ACLED names it (the incident's country, else
    the article's), its evidence ``article.text[start:end]``; none when the role has no
    template there."""
    from ..merge.mentions import main_country

    country = (place.country if place is not None and place.country else None) or \
        main_country(article)
    generic = _generic_fields(role, country.upper()) if country else None
    if generic is None:
        return []
    fields, template_role = generic
    if template_role in HELD_ROLES and country:
        # the forces a conflict's file names for that role ("Military Forces of Mali (2021-)")
        held = _role_holder(country.upper(), template_role, _writing_day(article))
        fields = {**fields, **held} if held is not None else fields
    return [ActorMention(start=start, end=end, stage="incidents", text=article.text[start:end],
                         how="generic", role=template_role, note=note, **fields)]


#: the roles a conflict's file gives to its state's forces
HELD_ROLES = frozenset({"armed-forces", "soldiers", "police", "gendarmerie", "national-guard"})


def _generic_fields(role: str, code: str) -> tuple[dict[str, Any], str] | None:
    """The fields of the generic actor of ``role`` in the country ``code`` as ACLED names it
    (canonical and ACLED name, kind, sector, country, key) and the role whose template names
    it; None when the role has no template there."""
    from ..actors.generic import country_name, template

    found = template(role, code)
    name = country_name(code)
    if found is None or not name:
        return None
    return {"canonical": found.name(name), "kind": found.kind, "sector": found.sector,
            "country": code, "acled": found.name(name),
            "key": f"{found.role}:{code}"}, found.role


def _body_settlement(place: Place | None, body: list[EventMention],
                     members: list[EventMention],
                     sources: list[tuple[int, int]]) -> Place | None:
    """"RDC : le bilan de l'attaque de Beni s'alourdit" … "l'attaque contre le village de
    Mayikengo, dans le territoire de Lubero": a town only the headline names is the nearest
    one a reader knows; the village the body tells it in (one the gazetteer lacks, placed by
    its containers), or the quarter of that town, is where it happened."""
    if place is None or place.kind not in TOWN_KINDS or body == members or any(
            _place_key(m.place) == _place_key(place) for m in body):
        return None
    # (or a quarter of that town the gazetteer lacks: "dans le quartier de X, à Bamenda")
    villages = [m.place for m in body if m.place is not None and m.place.role is None and (
        m.place.kind == "village" or m.place.kind == "neighbourhood"
        and m.place.within is not None and m.place.within == place.gazetteer_id)]
    return _best_place(list(villages), sources) if villages else None


def _best_place(places: list[Place | None], sources: list[tuple[int, int]]) -> Place | None:
    """The place the mentions name that best tells where (:func:`~chronique.events.context.
    place_rank`), not one named only as where a source is."""
    known = [p for p in places if p is not None]
    told = [p for p in known if not any(s <= p.start and p.end <= e for s, e in sources)
            and getattr(p, "role", None) not in ctx.NOT_THE_SCENE]
    candidates = told or known
    if not candidates:
        return None
    counts = Counter((p.gazetteer_id or p.name or p.text) for p in candidates)
    best = min(candidates, key=lambda p: (
        0 if p.resolved else 1, ctx.place_rank(p),
        -counts[p.gazetteer_id or p.name or p.text], candidates.index(p)))
    if best.kind == "village" and best.lat is None:
        towns = [p for p in candidates if p.kind in ("city", "town") and p.country == best.country]
        for town in sorted(towns, key=ctx.place_rank):
            if (found := _settlement_at(town, [best])) is not None:
                return found
    return _settlement_at(best, candidates) or best


def _announced_nearby(article: Article, members: list[EventMention], place: Place | None,
                      sources: list[tuple[int, int]]) -> Place | None:
    """"Trois gendarmes ont été tués dans le centre du pays. Le hameau de X, à 15 km de Y, a
    été encerclé par les assaillants": an incident known only by its region or country
    takes the settlement the text announces with its containers in one of its sentences or
    the sentence right after one, in that country; one known by a second-level division, a
    settlement placed in that division ("dans le village de X, dans le territoire de Y")."""
    division = place.gazetteer_id if place is not None and place.kind == "admin2" else None
    if place is not None and division is None and (
            (place.where_prec or 9) <= 3 and place.kind not in ("country", "admin1", "region")
            or place.kind == "village" and place.role is None):
        return None  # known, or a settlement the incident's own words name
    spans: set[tuple[int, int]] = set()
    for member in members:
        own = _sentence_of(article, member.start)
        if own == (-1, -1):
            continue
        spans.add(own)
        after = min((s for s in article.sentences if s.start > own[0]),
                    key=lambda s: s.start, default=None)
        if after is not None and not _tells_another(article, after, members):
            spans.add((after.start, after.end))
    for candidate in sorted(article.places, key=lambda p: p.start):
        if candidate.within is None or candidate.role is not None or not candidate.resolved \
                or any(s <= candidate.start and candidate.end <= e for s, e in sources):
            continue
        if place is not None and place.country and candidate.country != place.country:
            continue
        if division is not None and candidate.within != division:
            continue  # (a second-level division: only a settlement placed in it says more)
        if any(s <= candidate.start < e for s, e in spans):
            return candidate
    return None


def _tells_another(article: Article, sentence: Any, members: list[EventMention]) -> bool:
    """Whether ``sentence`` tells an event of its own that is not one of ``members`` (an
    earlier attack recalled after the news): its places are that event's."""
    ids = {id(m) for m in members}
    return any(id(m) not in ids and sentence.start <= m.start < sentence.end
               and m.status in ("news", "background") for m in article.mentions)


@cache
def _scene_pattern(lang: str) -> re.Pattern[str] | None:
    subjects, verbs = words_of(lang).get("scene_subjects", []), scene_verbs(lang)
    if not subjects or verbs is None:
        return None
    return re.compile(rf"\W*(?:{_phrases(subjects)})\b[^.!?;]{{0,80}}?\s{verbs.pattern}",
                      re.IGNORECASE)


@cache
def scene_verbs(lang: str) -> re.Pattern[str] | None:
    """The verbs of taking place (`scene_verbs`: "a eu lieu", "s'est produite"), case aside;
    None when the language has none."""
    verbs = words_of(lang).get("scene_verbs", [])
    return re.compile(rf"(?:{_phrases(verbs)})\b", re.IGNORECASE) if verbs else None


def _phrases(items: list[str]) -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in item.split()).replace("'", "['’]")
                    for item in sorted(items, key=len, reverse=True))


def _scene_places(article: Article, groups: list[list[EventMention]],
                  words: dict[str, Any], doc: Doc | None = None) -> dict[int, list[Place]]:
    """Per incident (by its rank in ``groups``), the places of the sentences that say only where
    what was told just before happened ("Les faits se sont produits près de X, au hameau de
    Y"): sentences with no event of their own, opening on a definite noun of an occurrence
    (``scene_subjects``) with a verb of taking place (``scene_verbs``). They go to the incident
    whose latest mention comes last before them (within its country), and to any earlier one
    whose own place they name ("près de X": the incident at X). Not a place of a clause of
    what went on meanwhile in them ("…, alors qu'une patrouille se rendait à Y")."""
    if not groups:
        return {}
    out: dict[int, list[Place]] = {}
    for sentence in _scene_sentences(article):
        before = [(max(m.start for m in group), n) for n, group in enumerate(groups)
                  if min(m.start for m in group) < sentence.start]
        if not before:
            continue
        target = max(before)[1]
        countries = {m.place.country for m in groups[target] if m.place and m.place.country}
        found = [p for p in article.places if sentence.start <= p.start < sentence.end
                 and p.resolved and (not countries or p.country in countries)
                 and (doc is None or not ctx.subordinate(doc, p, article.lang or "fr"))]
        named = {p.gazetteer_id for p in found if p.gazetteer_id}
        for _, n in before:
            # the incident told last, and any other whose own place the sentence names
            if n == target or any(m.place is not None and m.place.gazetteer_id in named
                                  for m in groups[n]):
                out.setdefault(n, []).extend(found)
    return out


def _scene_sentences(article: Article) -> Iterator[Sentence]:
    """The article's sentences with no event of their own that say where or when what was
    told before them happened: opening on a definite noun of an occurrence
    (``scene_subjects``) with a verb of taking place (``scene_verbs``)."""
    pattern = _scene_pattern(article.lang or "fr")
    if pattern is None:
        return
    taken = {(m.sentence_start, m.sentence_end) for m in article.mentions}
    for sentence in article.sentences:
        if (sentence.start, sentence.end) not in taken \
                and pattern.match(article.text, sentence.start, sentence.end):
            yield sentence


def _settlement_at(town: Place, candidates: list[Place]) -> Place | None:
    """A settlement the gazetteer lacks and no container of its own locates ("le camp de X",
    known by its country alone), named by the incident's mentions beside a town of that
    country: the incident is at the settlement, near the town, as coders locate it (UCDP
    ``where_prec`` 2, ACLED ``geo_precision`` 2, the town's position)."""
    if town.kind not in ("city", "town") or town.lat is None \
            or town.role not in (None, "near", "reference") or town.where_prec != 1:
        return None
    for place in candidates:
        if place.where_prec == 6 and place.lat is None and place.kind == "village" \
                and place.country == town.country and place.role is None:
            return replace(place, lat=town.lat, lon=town.lon, admin1=town.admin1,
                           admin2=town.admin2, where_prec=2, geo_precision=2,
                           within=town.gazetteer_id)
    return None


def _dated(members: list[EventMention]) -> EventMention | None:
    """The member whose own time expression dates the incident most precisely (earliest)."""
    own = [m for m in members if m.time is not None and m.date]
    if not own:
        return None
    return min(own, key=lambda m: (m.date_precision or 9, m.start))


def _town_of(article: Article, quarter: Place) -> Place | None:
    """The town the article names that a quarter lies in: the nearest of its resolved towns
    within `NEAR_KM` of it."""
    if quarter.lat is None or quarter.lon is None:
        return None
    towns = [(distance_km(quarter.lat, quarter.lon, p.lat, p.lon), p) for p in article.places
             if p.resolved and p.kind in TOWN_KINDS and p.lat is not None and p.lon is not None
             and p.role in (None, "container")]
    near = [(km, p) for km, p in towns if km <= NEAR_KM]
    return min(near, key=lambda pair: pair[0])[1] if near else None


def _lend_author_and_place(article: Article, records: list[EventMention],
                           summaries: list[EventMention], words: dict[str, Any],
                           mentions: list[EventMention] | None = None) -> None:
    """An incident with no author of its own takes that of the summary that counts it ("lors
    de trois raids menés par les miliciens"). An incident the text places nowhere ("le
    quartier de la gare a été pilonné") happened where the story is: at the place of the
    summary that counts it ("trente villageois tués à X lors de trois raids") or of the
    incident told just before it, on the same day (or on the day it was told of), as coders
    locate it (UCDP ``where_prec`` 2 at best: near that place). One that tells no day of its
    own has the day of the summary that counts it."""
    sources = _source_spans(article)
    for n, record in enumerate(records):
        if record.status != "news":
            continue
        own = [mentions[i] for i in record.members] if mentions is not None else []
        dated = [m for m in summaries if m.start < record.start and _told_day(m) is not None]
        if own and dated and all(_told_day(m) is None for m in own):
            # "deux attaques ont visé mardi X et Y" … "À Y, quatre militaires ont péri": the
            # day of the summary that counts it
            # (the earliest its sentence tells: "… tués mardi lors de deux attaques …, a
            # annoncé mercredi le ministère" happened on the Tuesday)
            same = [m for m in dated if m.sentence_start == dated[-1].sentence_start]
            _take_day(record, min(same, key=lambda m: _told_day(m) or dt.date.max))
        counted = [m for m in summaries if m.start < record.start and m.actor1
                   and (not m.date or not record.date or m.date[:10] == record.date[:10])]
        violent = record.event_type in VIOLENT_TYPES
        author = _pick_actors([counted[-1].actor1], sources, acting=True,
                              violent=violent) if counted else []
        if violent:
            author = _state_forces(author, article)  # "la Russie a lancé 85 drones"
        if not record.actor1 and author:
            _give_actor1(article, record, author)
        if counted and own and all(_unspecific(m, words) for m in own) \
                and not _unspecific(counted[-1], words) \
                and counted[-1].event_type in VIOLENT_TYPES and record.event_type in VIOLENT_TYPES:
            # "À Bilozerka, une femme a été tuée" after "des bombardements … sur Kherson et
            # Bilozerka": killed in what the summary that counts it tells, as the incident it
            # counts before tells it ("À Kherson, un obus a touché…": a shelling)
            summary = counted[-1]
            # (told by the same author: not the other side's answer told between them)
            authors = {_key(a) for a in author}
            kind = next((r.kind for r in records[:n] if r.status == "news" and r.kind
                         and r.start > summary.start and r.event_type == summary.event_type
                         and (not authors or authors & {_key(a) for a in r.actor1})),
                        summary.kind)
            if kind:
                _give_kind(record, kind)
        if record.place is not None:
            continue
        told = [r for r in records[:n] if r.status == "news"] + \
            [m for m in summaries if m.start < record.start]
        before = sorted((r for r in told if r.place is not None and r.place.resolved
                         and r.place.lat is not None and (r.place.where_prec or 9) <= 3),
                        key=lambda r: r.start)
        if not before:
            continue
        previous = before[-1]
        if previous.date and record.date and previous.date[:10] != record.date[:10] \
                and not (record.time is None and ctx.said_that_day(record)):
            continue  # (the day it was told of, "Mardi, l'armée a dit avoir…", is not its own)
        assert previous.place is not None
        place = previous.place
        if place.kind in QUARTER_KINDS and _names_several(record.text, words)[0]:
            # "les raids sur les quartiers de l'opposition" after the strike on one of them:
            # the town they are quarters of, not that one
            town = _town_of(article, place)
            if town is None:
                continue
            place = town
        record.place = replace(place, where_prec=max(place.where_prec or 2, 2),
                               geo_precision=max(place.geo_precision or 2, 2))
        record.evidence.append(Evidence("place", article.id, place.start, place.end, "incidents",
                                        article.text[place.start:place.end]))


#: kinds of incident only a side with aircraft makes
AIR_KINDS = frozenset({"air_strike"})


def _same_air_force(article: Article, records: list[EventMention]) -> None:
    """"Dix-sept personnes ont été tuées dans une frappe israélienne …" … "Plus au sud, quatre
    personnes ont été tuées par une frappe sur une tente": a strike from the air whose author
    the text leaves unsaid is that of the other strikes the article tells, when they all have
    one and the same, and the article names the forces of no other state (only a side with
    aircraft strikes from the air)."""
    unnamed = [r for r in records if r.status == "news" and r.kind in AIR_KINDS and not r.actor1]
    if not unnamed or len(_forces_named(article)) > 1:
        return  # (the forces of two states are named: either may have struck)
    authors = {tuple(sorted(_key(a) for a in r.actor1)): r for r in records
               if r.status == "news" and r.kind in AIR_KINDS and r.actor1}
    if len(authors) != 1:
        return
    model = next(iter(authors.values()))
    for record in unnamed:
        _give_actor1(article, record, list(model.actor1))


def _forces_named(article: Article) -> set[str]:
    """The countries whose state forces the article names."""
    return {a.country.upper() for a in article.actors or []
            if a.country and ((a.kind or "") == "state-forces" or (a.sector or "") == "MIL")}


def _sole_air_force(article: Article, records: list[EventMention]) -> None:
    """"Des frappes aériennes ont visé un regroupement de terroristes" in Burkina Faso: an air
    or drone strike no one is named for, in a country where one side alone struck from the air
    on its day (the ``air-strikes`` role of its conflict's file, dated), is that side's, as
    ACLED codes it; unless the article names the forces of another state."""
    from ..actors.dictionary import load_dictionary
    from ..actors.recognize import describe

    named = _forces_named(article)
    dictionary = load_dictionary()
    for record in records:
        if record.status not in ("news", "background") or record.kind not in AIR_KINDS \
                or record.actor1 or record.place is None or not record.place.country:
            continue
        code = record.place.country.upper()
        if named - {code}:
            continue  # (another state's forces are named: they may have struck)
        conflicts = [c for c in dictionary.conflicts.values() if c.country.upper() == code]
        if not record.date and any(h.start or h.end for c in conflicts
                                   for h in c.roles.get("air-strikes", ())):
            continue  # (undated, in a country where others flew at some time)
        holder = next((h for c in conflicts
                       if (h := c.holder("air-strikes", record.date)) is not None), None)
        if holder is None or holder not in dictionary.actors:
            continue
        start, end = _trigger_span(record)
        fields = {**describe([holder], dictionary, record.date), "key": holder}
        _give_actor1(article, record, [ActorMention(
            start=start, end=end, stage="incidents", text=article.text[start:end],
            how="generic", role="armed-forces", note="the only side striking from the air",
            **fields)])


def _headline_sums(records: list[EventMention], headline_end: int) -> None:
    """"Les ADF tuent une quarantaine de personnes" over two attacks the body tells with 24
    and 18 dead: when the article tells several incidents, a headline's toll sums them; an
    incident whose body counts its own of that kind keeps the body's."""
    if sum(r.status == "news" for r in records) < 2:
        return
    for record in records:
        told = {f.kind for f in record.figures if f.start >= headline_end}
        dropped = {(f.start, f.end) for f in record.figures
                   if f.start < headline_end and f.kind in told}
        if not dropped:
            continue
        record.figures = [f for f in record.figures if (f.start, f.end) not in dropped]
        record.evidence = [ev for ev in record.evidence
                           if ev.field != "figures" or (ev.start, ev.end) not in dropped]


def _another_of(article: Article, doc: Doc | None, records: list[EventMention],
                words: dict[str, Any]) -> None:
    """"Une frappe israélienne a touché une école… Dans la soirée, une autre frappe a tué
    quatre personnes à Jabalia": an incident told as another of the kind just told, with no
    author of its own, has that one's author."""
    others = {w.casefold() for w in words.get("another_words", [])}
    if doc is None or not others:
        return
    for n, record in enumerate(records):
        if record.status != "news" or record.actor1:
            continue
        token = _trigger_token(doc, record)
        if token is None or not any(c.lower_ in others for c in token.children):
            continue
        before = [r for r in records[:n] if r.status == "news" and r.actor1
                  and (r.event_type == record.event_type
                       or {r.event_type, record.event_type} <= VIOLENT_TYPES)]
        if before:
            _give_actor1(article, record, list(before[-1].actor1))


def _share_date(record: EventMention, members: list[EventMention]) -> None:
    """A mention with no time of its own tells of its incident's day, when one of the
    incident's mentions dates it by its own words ("Une offensive secoue le nord-ouest.
    Lancée mercredi, …")."""
    if record.time is None or not record.date:
        return
    for member in members:
        if member.time is None and member.date != record.date:
            member.date, member.date_precision = record.date, record.date_precision
            member.date_prec = record.date_prec
            member.evidence = [e for e in member.evidence if e.field not in DATE_FIELDS]
            member.evidence.extend(e for e in record.evidence if e.field in DATE_FIELDS
                                   and e.start == record.time.start)


def _told(article: Article, members: list[EventMention]) -> EventMention | None:
    """With no time expression of its own, the member the story dates (a day the article's
    narrative gives it, not the article's own date), the earliest."""
    fallback = ctx.fallback_date(article)
    own = fallback[0] if fallback else None
    told = [m for m in members if m.date and m.date != own]
    return min(told, key=lambda m: (m.date_precision or 9, m.start)) if told else None


def _sentence_of(article: Article, offset: int) -> tuple[int, int]:
    for sentence in article.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return -1, -1


def _evidence(article: Article, record: EventMention, members: list[EventMention],
              dated: EventMention) -> list[Evidence]:
    items: list[Evidence] = []
    seen: set[tuple[str, int, int]] = set()

    def add(ev: Evidence) -> None:
        key = (ev.field, ev.start, ev.end)
        if key not in seen:
            seen.add(key)
            items.append(ev)

    told = {(f.kind, f.best) for f in record.figures if f.best is not None}
    indices = {i for i, f in enumerate(article.figures) if any(f is g for g in record.figures)}
    restated = [f for f in article.figures if (f.kind, f.best) in told
                or (f.refers_to is not None and f.refers_to in indices)]
    sentences = sorted({(m.sentence_start, m.sentence_end) for m in members
                        if 0 <= m.sentence_start < m.sentence_end}
                       | {_sentence_of(article, f.start) for f in [*record.figures, *restated]}
                       - {(-1, -1)})
    for start, end in sentences:
        add(Evidence("sentence", article.id, start, end, "incidents", article.text[start:end]))
    for m in members:
        add(Evidence("mention", article.id, m.start, m.end, m.stage, m.text,
                     m.attribution.source if m.attribution else None))
        for ev in m.evidence:
            if ev.field not in ROLE_FIELDS:
                add(ev)
    source = record.attribution.source if record.attribution else None
    for role in ("actor1", "actor2", "assoc1", "assoc2"):
        for actor in getattr(record, role):
            add(Evidence(role, article.id, actor.start, actor.end, actor.stage,
                         article.text[actor.start:actor.end], source))
    if record.place is not None:
        add(Evidence("place", article.id, record.place.start, record.place.end,
                     record.place.stage, article.text[record.place.start:record.place.end],
                     source))
    for ev in dated.evidence:
        if ev.field in ("time", "date", "date_precision", "date_prec"):
            add(ev)
    return items

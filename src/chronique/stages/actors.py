"""The ``actors`` stage: who is named in the article, resolved to the actor dictionary.

Recognition: the spaCy parse (with an entity ruler fed from the dictionary ahead of the NER, see
:func:`actor_patterns`), the stage's own alias matcher, fuzzy matching of unknown names against
the aliases (misspellings such as "Maher akl-Assad"), and filters for the model's known errors
(capitalised sentence openers, shouted furniture words, comment forms).

Resolution: every variant of a dictionary actor gets its id; a state name is an actor only when
it is not used as a place ("la Russie a bombardé", not "en Syrie"); generic phrases ("le régime",
"les rebelles", "le président syrien") become the actor playing that role in the article's
conflict (``how="generic"``) and "les djihadistes", "les assaillants" the most mentioned actor of
the right kind (``how="coreference"``). A role no actor of the conflict plays takes its ACLED
template in the article's country ("des hommes armés" in Niger: "Unidentified Armed Group
(Niger)", no id); an action named with its author's adjective ("une frappe russe") gives that
author (``how="implied"``). Names several actors share ("ADF") go to the one of the article's
country. Every dictionary mention carries the entry's ACLED name as of the article's date
(``acled``). Unknown names stay typed mentions with no id.

``Article.entities`` receives the cleaned entity spans (PER, ORG, LOC, MISC) for other stages.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..actors.dictionary import Conflict, Dictionary, load_dictionary, slug
from ..actors.generic import (
    ISO_PREFIX,
    GenericMatch,
    article_conflict,
    border_pattern,
    compile_terms,
    country_name,
    find_generics,
    role_chain,
    salient,
    template,
)
from ..actors.recognize import (
    Hit,
    boilerplate_ranges,
    clean_entities,
    describe,
    dictionary_hits,
    extend_surnames,
    inside,
    ner_hits,
)
from ..errors import ConfigError
from ..geo.chains import alternatives
from ..lang import demonyms, table
from ..nlp import doc_for, model_text, pattern_providers
from ..pipeline import stage
from ..types import ActorMention, Article, Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

STAGE = "actors"


def actor_patterns() -> list[dict[str, Any]]:
    """Entity-ruler patterns from the built-in and user dictionaries (``CHRONIQUE_ACTORS``).

    Multi-word aliases stay phrase strings: the ruler's phrase matcher (on ``LOWER``) finds
    them in one pass, where as many token patterns cost the token matcher a check of each
    pattern at each token (about a third of the parse time); the ruler tokenizes the phrases
    once, when the model is loaded (under a second), and finds the same entities."""
    return load_dictionary().patterns()


pattern_providers.register("actors", actor_patterns)


@stage("actors", requires=("text", "sentences"), assigns=("actors", "entities"), order=40,
       parse=True, version="26")
def make_actors(
    *, dictionaries: tuple[str, ...] = (), fuzzy: bool = True, generics: bool = True
) -> ActorStage:
    """Find and resolve actors. ``dictionaries``: extra TOML files or folders of actors."""
    return ActorStage(tuple(dictionaries), fuzzy, generics)


class ActorStage:
    def __init__(self, dictionaries: tuple[str, ...], fuzzy: bool, generics: bool) -> None:
        self.dictionaries = dictionaries
        self.fuzzy = fuzzy
        self.generics = generics

    def __call__(self, article: Article) -> Article:
        terms = _terms(article.lang)
        dictionary = load_dictionary(self.dictionaries)
        doc = doc_for(article)
        text = model_text(article.text)
        blocked = boilerplate_ranges(text, terms.get("boilerplate", {}).get("lines", []))
        entities = clean_entities(doc, dictionary, blocked)
        article.entities = [
            Entity(ent.start_char, ent.end_char, STAGE, article.text[ent.start_char:ent.end_char],
                   ent.label_)
            for ent in entities
        ]
        hits = dictionary_hits(doc, dictionary, blocked)
        if self.fuzzy:
            hits = extend_surnames(hits, entities, dictionary, text)
        hits = _non_overlapping(hits + ner_hits(entities, hits, dictionary))
        countries = [country for hit in hits if (country := _country_of(hit, dictionary))]
        border = border_of(article.lang or "fr")
        conflict = article_conflict(text, countries, dictionary, border)
        own = conflict.country if conflict else None
        country = own or _most_named(hits, dictionary, text, article.lang) \
            or _placed_in(article)
        date = _article_date(article)
        placed = {place.text.casefold() for place in article.places or [] if place.resolved}
        hits = [hit for hit in hits if not is_place(hit, text, dictionary, terms, own, doc,
                                                     border)
                and not _named_place(hit, placed)]
        mentions = [_mention(hit, article.text, dictionary, country, date) for hit in hits]
        if self.generics:
            mentions = _with_generics(article, text, mentions, blocked, dictionary, conflict, terms,
                                      country)
        article.actors = _keyed(sorted(mentions, key=lambda mention: (mention.start, mention.end)))
        return article


def _terms(lang: str | None) -> dict[str, Any]:
    """The language's generic terms; a language without them still gets names resolved."""
    try:
        terms: dict[str, Any] = table(lang or "fr", "actor_terms")
    except ConfigError:
        log.info("no actor_terms table for language %r: names only", lang)
        return {}
    return terms


def _first(hit: Hit) -> str | None:
    return hit.ids[0] if hit.ids else None


def _non_overlapping(hits: list[Hit]) -> list[Hit]:
    ordered = sorted(hits, key=lambda hit: (-(hit.end - hit.start), hit.start))
    kept: list[Hit] = []
    for hit in ordered:
        if all(hit.end <= other.start or hit.start >= other.end for other in kept):
            kept.append(hit)
    return sorted(kept, key=lambda hit: hit.start)


SUBJECTS = frozenset({"nsubj", "nsubj:pass", "obl:agent", "csubj"})


def is_place(
    hit: Hit, text: str, dictionary: Dictionary, terms: dict[str, Any], own: str | None, doc: Doc,
    border: re.Pattern[str] | None = None,
) -> bool:
    """A state's name used as a location or a topic label ("en Syrie", "Syrie :", "#Egypt"),
    or the neighbour across a border (``border``: "à la frontière avec le Burkina Faso").

    The country the conflict is about is the setting of the story: its name counts as an actor
    only as the subject or agent of a clause ("la Syrie a accusé…").
    """
    actor = dictionary.get(_first(hit))
    if actor is None or actor.kind != "state" or hit.text in actor.demonyms:
        return False
    if re.match(r"\s*:", text[hit.end:hit.end + 3]) or text[max(0, hit.start - 1):hit.start] == "#":
        return True
    if hit.text.isupper() and len(hit.text) > 3:  # "TUNISIE", "SYRIE": a section heading
        return True
    if border is not None and border.search(text, max(0, hit.start - 40), hit.start):
        return True  # "à la frontière avec le Burkina Faso": a neighbour, not a party
    if actor.country == own and own:
        span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is None:
            return True
        dep = root.dep_ if root.dep_ != "conj" else root.head.dep_
        return dep not in SUBJECTS
    words = re.findall(r"[\w#]+'|[\w#]+", text[max(0, hit.start - 40):hit.start].lower())
    if not words:
        return False
    determiners = {"le", "la", "les", "l'"}
    if words[-1] in determiners:
        return len(words) > 1 and words[-2] in set(terms.get("locatives_before_determiner", []))
    return words[-1] in set(terms.get("locatives", []))


def _named_place(hit: Hit, placed: set[str]) -> bool:
    """A name the model read as a person or an organisation, and that the article names as a
    place it resolved elsewhere (``placed``: those places' words, casefolded; "les rebelles
    reprennent X" in the headline, "la ville de X" in the body): the place, not a party."""
    return hit.how == "ner" and not hit.ids and hit.text.casefold() in placed


def _choose(ids: list[str], dictionary: Dictionary, country: str | None) -> list[str]:
    """Of several actors sharing an alias ("ADF" in DR Congo and in Cameroon), the one of the
    article's country (its conflict's, else the one it names most) first."""
    if len(ids) < 2 or country is None:
        return ids
    local = [i for i in ids if dictionary.actors[i].country == country]
    return local + [actor_id for actor_id in ids if actor_id not in local]


def _branched(ids: list[str], dictionary: Dictionary, country: str | None) -> list[str]:
    """A transnational group named in a country where it has a branch is that branch ("l'État
    islamique" in a Mozambican article is the Islamic State in Mozambique)."""
    actor = dictionary.actors.get(ids[0]) if ids else None
    branch = actor.branch(country) if actor is not None else None
    return [branch, *ids] if branch is not None and branch in dictionary.actors else ids


def _country_of(hit: Hit, dictionary: Dictionary) -> str | None:
    """The country of the actor a name stands for; None when the name is shared by actors of
    several countries ("ADF"): it tells nothing about where the article is; None for a state's
    own name too, which a conflict's cues already count ("près de la frontière du Mali")."""
    actors = [dictionary.actors[actor_id] for actor_id in hit.ids if actor_id in dictionary.actors]
    countries = {actor.country for actor in actors}
    if len(countries) != 1 or any(actor.kind == "state" for actor in actors):
        return None
    return countries.pop()


def _most_named(
    hits: list[Hit], dictionary: Dictionary, text: str, lang: str | None
) -> str | None:
    """The country whose name (or capital, or people: the language's ``demonyms`` table) the
    article gives most often."""
    named = Counter(actor.country for hit in hits
                    if (actor := dictionary.get(_first(hit))) and actor.kind == "state"
                    and actor.country)
    forms = demonyms(lang or "fr")
    named.update(country for word in re.findall(r"\w+", text.lower())
                 if (country := forms.get(word)))
    return named.most_common(1)[0][0] if named else None


def _placed_in(article: Article) -> str | None:
    """The country most of the article's places are in (where the places stage ran before),
    for a story from a country no dictionary has a conflict, a state entry or a people for
    ("dans la banlieue de Conakry")."""
    found = Counter(place.country.upper() for place in article.places or []
                    if place.resolved and place.country and place.role is None)
    return found.most_common(1)[0][0] if found else None


@lru_cache(maxsize=8)
def border_of(lang: str) -> re.Pattern[str] | None:
    """The border words of the language's ``actor_terms`` (none when it has no such table)."""
    try:
        terms = table(lang, "actor_terms")
    except ConfigError:
        return None
    return border_pattern(terms.get("border_words", []), terms.get("border_links", []))


def _mention(
    hit: Hit, source: str, dictionary: Dictionary, country: str | None, date: str | None
) -> ActorMention:
    ids = _branched(_choose(hit.ids, dictionary, country), dictionary, country)
    fields = describe(ids, dictionary, date)
    return ActorMention(
        hit.start, hit.end, STAGE, source[hit.start:hit.end], label=hit.label if not ids else None,
        how=hit.how, note=hit.note, **fields,
    )


def _with_generics(
    article: Article, text: str, mentions: list[ActorMention], blocked: list[tuple[int, int]],
    dictionary: Dictionary, conflict: Conflict | None, terms: dict[str, Any],
    country: str | None,
) -> list[ActorMention]:
    """The mentions plus the generic ones; a generic phrase that contains a name ("forces du
    régime syrien" around "régime syrien") replaces it. ``country``: the article's country
    (its conflict's, else the one it names most), for the roles no dictionary entry plays."""
    data = terms.get("affiliation", {})
    affiliation = _affiliation_pattern(tuple(data.get("words", [])),
                                       tuple(data.get("joining", [])))
    # a group named as what others are tied to ("des groupes liés à l'État islamique") is no
    # antecedent: those others are not it
    named = [(mention.start, mention.actor_id) for mention in mentions if mention.actor_id
             and not _affiliated(text, mention.start, affiliation)]
    date = _article_date(article)
    blockers = set(terms.get("not_after", []))
    result = list(mentions)
    # the generic noun the article gives a named group ("les rebelles des ADF"): the same
    # noun alone later ("les rebelles ont tué…") is that group
    bound: dict[str, str] = {}
    for match in find_generics(text, compile_terms(terms)):
        before = re.search(r"([\w]+)[\s'-]*$", text[max(0, match.start - 20):match.start])
        if before and before.group(1).lower() in blockers:
            continue
        overlapping = [m for m in result if match.start < m.end and match.end > m.start]
        contains = all(match.start <= m.start and m.end <= match.end and m.end - m.start <
                       match.end - match.start for m in overlapping)
        if not contains or inside(match.start, match.end, blocked):
            continue
        form = _form_key(text[match.start:match.end])
        cue = _affiliation_cue(text, match.end, affiliation)
        group = _group_after(text, match.end, mentions, dictionary, terms) \
            or _affiliate_of(text, cue, mentions, dictionary, affiliation)
        if group is not None and _joint(text, match.end, terms) is None and cue is None:
            continue  # "le groupe armé 3R": the noun is the name's own, the name says who
        if group is not None:
            bound.setdefault(form, group)
            # the group a generic names stands for it later ("les assaillants" after "des
            # insurgés liés à l'État islamique", whose name itself is no antecedent)
            named.append((match.start, group))
        if group is not None or form in bound:
            result = [m for m in result if m not in overlapping]
            result.append(ActorMention(
                match.start, match.end, STAGE, article.text[match.start:match.end],
                how="coreference", role=match.term.role,
                note="the group named right after it" if group is not None
                else "the group the article names so",
                **describe([group or bound[form]], dictionary, date)))
            continue
        local = _adjective_country(text, match.end, article.lang) or _sentence_country(
            article, match.start, conflict.country if conflict else country)
        here = next((c for c in dictionary.conflicts.values() if c.country == local), None) \
            if local else None
        fields = _resolve_generic(match, named, dictionary, here if local else conflict, date,
                                  local or country)
        if fields is None:
            continue
        result = [m for m in result if m not in overlapping]
        result.append(ActorMention(
            match.start, match.end, STAGE, article.text[match.start:match.end], **fields))
    return _possessives(article, text, result, mentions, dictionary, date)


@lru_cache(maxsize=8)
def _affiliation_pattern(words: tuple[str, ...], joining: tuple[str, ...],
                         ) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """Words before a group's name that tie other groups to it (`affiliation` of the actor
    terms), and the small words that may join several such names ("liés à Al-Qaïda et à
    l'État islamique"); None for a language that has none."""
    if not words:
        return None
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                           for w in sorted(words, key=len, reverse=True))
    return (re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE),
            frozenset(w.casefold() for w in joining))


#: how far before a group's name the words tying others to it may stand (characters)
AFFILIATION_REACH = 60


def _affiliation_cue(text: str, end: int,
                     affiliation: tuple[re.Pattern[str], frozenset[str]] | None,
                     ) -> re.Match[str] | None:
    """The words of affiliation ("liés à") right after ``end``, if any."""
    if affiliation is None:
        return None
    space = re.match(r"\s*", text[end:end + 3])
    return affiliation[0].match(text, end + (space.end() if space else 0))


def _affiliate_of(text: str, cue: re.Match[str] | None, mentions: list[ActorMention],
                  dictionary: Dictionary,
                  affiliation: tuple[re.Pattern[str], frozenset[str]] | None) -> str | None:
    """"des jihadistes liés à l'État islamique": the generic noun right before words of
    affiliation (``cue``, :func:`_affiliation_cue`) is the named group's affiliate, coded as
    that group; its id, else None."""
    if cue is None or affiliation is None:
        return None
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start < cue.end() or mention.start > cue.end() + 6:
            continue
        actor = dictionary.actors.get(mention.actor_id or "")
        between = re.findall(r"[^\W\d_]+", text[cue.end():mention.start])
        if actor is not None and actor.kind in ("rebel-group", "jihadist-group", "militia") \
                and all(word.casefold() in affiliation[1] for word in between):
            return actor.id
    return None


def _affiliated(text: str, start: int,
                affiliation: tuple[re.Pattern[str], frozenset[str]] | None) -> bool:
    """Whether the name at ``start`` follows words tying others to it, with only names and
    joining words between ("des groupes liés à Al-Qaïda et à l'État islamique")."""
    if affiliation is None:
        return False
    pattern, joining = affiliation
    for cue in pattern.finditer(text, max(0, start - AFFILIATION_REACH), start):
        between = re.findall(r"[^\W\d_]+", text[cue.end():start])
        if all(word[:1].isupper() or word.casefold() in joining for word in between):
            return True
    return False


def _possessives(article: Article, text: str, result: list[ActorMention],
                 named: list[ActorMention], dictionary: Dictionary,
                 date: str | None) -> list[ActorMention]:
    """"La Russie a envoyé des renforts. Son aviation a bombardé Saraqeb": a force
    named with a possessive (`possessive`) is the force of the state named last before it, in
    its sentence or the one before: the noun with that state's adjective when the dictionaries
    know it ("aviation russe"), else that state's armed forces."""
    words = _possessive_words(article.lang or "fr")
    if words is None:
        return result
    for match in words.pattern.finditer(text):
        start, end = match.start("form"), match.end("form")
        sentences = [s for s in article.sentences if s.start <= start]
        floor = sentences[-2].start if len(sentences) > 1 else 0
        state = next((actor for m in reversed(named) if floor <= m.start and m.end <= start
                      and (actor := dictionary.get(m.actor_id or "")) is not None
                      and actor.kind in words.kinds and actor.country), None)
        if state is None:
            continue
        noun = match.group("form")
        ids = next((found for adjective in words.adjectives.get(state.country.upper(), ())
                    if (found := dictionary.lookup(f"{noun} {adjective}"))), [])
        conflict = next((c for c in dictionary.conflicts.values()
                         if c.country == state.country), None)
        fields = {"how": "coreference", "note": f"the forces of {state.name}, named before",
                  "role": words.role, **describe(ids, dictionary, date)} if ids \
            else _role_holder(words.role, conflict, state.country, dictionary, date,
                              how="coreference")
        if not fields:
            continue
        result = [m for m in result if not (start < m.end and end > m.start)]
        result.append(ActorMention(start, end, STAGE, article.text[start:end], **fields))
    return result


@dataclass(frozen=True)
class _Possessive:
    """The language's `possessive` table, compiled once."""

    pattern: re.Pattern[str]  # a possessive determiner, then a force's noun (group "form")
    kinds: frozenset[str]  # the kinds of actor it may point back to
    role: str
    adjectives: dict[str, tuple[str, ...]]  # country code -> its adjectives, sorted


@lru_cache(maxsize=8)
def _possessive_words(lang: str) -> _Possessive | None:
    """The `possessive` table of ``lang`` (None when it has none)."""
    data = _terms(lang).get("possessive") or {}
    determiners, forms = data.get("determiners", []), data.get("forms", [])
    if not determiners or not forms:
        return None
    adjectives: dict[str, list[str]] = {}
    for form, code in demonyms(lang).items():
        adjectives.setdefault(code, []).append(form)
    return _Possessive(
        pattern=re.compile(rf"(?<!\w)(?:{alternatives(determiners)})\s+"
                           rf"(?P<form>{alternatives(forms)})(?!\w)", re.IGNORECASE),
        kinds=frozenset(data.get("antecedents", [])),
        role=str(data.get("role") or "armed-forces"),
        adjectives={code: tuple(sorted(found)) for code, found in adjectives.items()})


#: what joins a generic noun to the name of its group: "les rebelles des ADF", "du M23"
_OF_GROUP = re.compile(r"(?:\s+(?-i:[a-zà-ÿ]+))?\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*",
                       re.IGNORECASE)  # an adjective may come first: "rebelles touareg du"


def _form_key(words: str) -> str:
    """A generic phrase without its determiner, folded: "les rebelles" and "Des rebelles"."""
    folded = " ".join(words.lower().replace("’", "'").split())
    return re.sub(r"^(?:les|des|de|d'|ces|leurs|l'|la|le)\s*", "", folded)


@lru_cache(maxsize=8)
def _last_words(nouns: tuple[str, ...]) -> frozenset[str]:
    """The last word of each group noun, as :func:`_form_key` writes it ("groupe armé" ->
    "armé"): made once per table, not for every generic phrase."""
    return frozenset(_form_key(noun).split(" ")[-1] for noun in nouns)


@lru_cache(maxsize=8)
def _membership_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """What joins a generic noun to its group by a word of membership, `membership`: "des
    bandits appartenant au gang X", "les assaillants, membres du groupe Y"."""
    if not words:
        return None
    return re.compile(rf"\s*,?\s+(?:{'|'.join(map(re.escape, words))})\s+"
                      r"(?:à\s+la|à\s+l['’]|au|aux|à|de\s+la|de\s+l['’]|du|des|de|d['’])\s*",
                      re.IGNORECASE)


def _joint(text: str, end: int, terms: dict[str, Any]) -> re.Match[str] | None:
    """What joins the generic noun ending at ``end`` to a group's name after it, if anything
    does: "des rebelles du", "des bandits appartenant au"."""
    joint = _OF_GROUP.match(text, end)
    if joint is None:
        pattern = _membership_pattern(tuple(terms.get("membership", [])))
        joint = pattern.match(text, end) if pattern is not None else None
    return joint


def _group_after(text: str, end: int, mentions: list[ActorMention], dictionary: Dictionary,
                 terms: dict[str, Any]) -> str | None:
    """The armed group named right after a generic noun ("rebelles des Forces démocratiques
    alliées", "rebelles du groupe 3R": a noun of a group, `group_nouns`, may come between;
    "le groupe armé 3R": the generic is itself such a noun, the name set right after it): its
    id, None when no group is named there."""
    nouns = terms.get("group_nouns", [])
    joint = _joint(text, end, terms)
    if joint is None:
        # "le groupe armé 3R": a noun of a group set right before the group's name
        space = re.match(r"[ \t]+", text[end:end + 3])
        if space is None or _form_key(text[max(0, end - 30):end]).split(" ")[-1] not in \
                _last_words(tuple(nouns)):
            return None
        starts = {end + space.end()}
    else:
        at = joint.end()
        named = re.match(rf"(?:{'|'.join(map(re.escape, nouns))})\s+", text[at:at + 40],
                         re.IGNORECASE) if nouns else None
        starts = {at, at + named.end()} if named else {at}
    for mention in mentions:
        actor = dictionary.actors.get(mention.actor_id or "")
        if mention.start in starts and actor is not None \
                and actor.kind in ("rebel-group", "jihadist-group", "militia"):
            return actor.id
    return None


def _adjective_country(text: str, end: int, lang: str | None) -> str | None:
    """The country a people's adjective right after a generic phrase names ("huit militaires
    béninois"), when no dictionary conflict reads it."""
    following = re.match(r"\s+([^\W\d_]+)", text[end:end + 40])
    return demonyms(lang or "fr").get(following.group(1).lower()) if following else None


def _sentence_country(article: Article, start: int, own: str | None) -> str | None:
    """The one country, other than the article's own, where every place of the sentence at
    ``start`` lies ("Mardi, au Mali, une patrouille de l'armée…" in a round-up of the Sahel):
    the country of the generic actors it names; None otherwise."""
    sentence = next(((s.start, s.end) for s in article.sentences if s.start <= start < s.end),
                    None)
    if sentence is None:
        return None
    countries = {p.country.upper() for p in article.places or []
                 if sentence[0] <= p.start < sentence[1] and p.resolved and p.country
                 and p.role is None}
    if len(countries) != 1:
        return None
    (found,) = countries
    return found if found != (own or "").upper() else None


def _resolve_generic(
    match: GenericMatch, named: list[tuple[int, str]], dictionary: Dictionary,
    conflict: Conflict | None, date: str | None, country: str | None,
) -> dict[str, Any] | None:
    """The fields of the mention a generic phrase makes: the most mentioned actor of the right
    kind (coreference), else the dictionary actor playing its role in the conflict (the one an
    adjective names, else the article's), else the role's ACLED template in that conflict's
    country (else the article's country); None when none applies."""
    term = match.term
    if term.corefer:
        antecedent = salient(named, term.corefer, dictionary, match.start)
        if antecedent is not None:
            note = f"most mentioned {'/'.join(term.corefer)} in the article"
            return {"how": "coreference", "note": note, "role": term.role,
                    **describe([antecedent], dictionary, date)}
    if term.role is None:
        return None
    how = "implied" if term.implied else "generic"
    if term.conflict and term.conflict.startswith(ISO_PREFIX):
        # a people's adjective of a country no conflict is about ("frappes américaines"): the
        # dictionary's forces of that country when it has them, else the role's template there
        code = term.conflict[len(ISO_PREFIX):]
        forces = next((a.id for a in dictionary.actors.values()
                       if a.kind == "state-forces" and a.country == code), None) \
            if term.role == "armed-forces" else None
        if forces is not None:
            return {"how": how, "note": f"the forces of {code}", "role": term.role,
                    **describe([forces], dictionary, date)}
        return _role_holder(term.role, None, code, dictionary, date, how=how) or None
    context = dictionary.conflicts.get(term.conflict) if term.conflict else conflict
    where = context.country if context is not None else country
    return _role_holder(term.role, context, where, dictionary, date, how=how) or None


def _role_holder(role: str, context: Conflict | None, where: str | None,
                 dictionary: Dictionary, date: str | None, *, how: str) -> dict[str, Any]:
    """The fields of whoever plays ``role``: the dictionary actor holding it in the conflict
    ``context``, else the role's ACLED template in the country ``where`` ({} when none)."""
    for step in role_chain(role, where):
        holder = context.holder(step, date) if context is not None else None
        if holder is not None and holder in dictionary.actors:
            assert context is not None
            return {"how": how, "note": f"{step} in the {context.id} conflict",
                    "role": role, **describe([holder], dictionary, date)}
    found = template(role, where)
    name = country_name(where)
    if found is None or name is None:
        return {}
    acled = found.name(name)
    return {"how": how, "note": f"{found.role} in {name}", "role": role,
            "canonical": acled, "kind": found.kind or None, "sector": found.sector or None,
            "country": where, "acled": acled}


def _article_date(article: Article) -> str | None:
    claim = article.published
    if claim is None:
        return None
    return claim.value or claim.page_date


def _keyed(mentions: list[ActorMention]) -> list[ActorMention]:
    """Give every mention a key: its actor id, or for an unknown name the slug of the fullest
    form of that name in the article ("Khush" after "Sonia Khush" is the same person)."""
    from dataclasses import replace

    unknown = [mention for mention in mentions
               if mention.actor_id is None and mention.acled is None]
    keyed = []
    for mention in mentions:
        if mention.actor_id is not None:
            keyed.append(replace(mention, key=mention.actor_id))
            continue
        if mention.acled is not None:  # a generic actor of a country: one key for it
            keyed.append(replace(mention, key=slug(mention.acled)))
            continue
        last = mention.text.split()[-1] if mention.text.split() else mention.text
        fuller = [other.text for other in unknown
                  if other.label == mention.label and other.text.split()[-1:] == [last]]
        keyed.append(replace(mention, key=slug(max(fuller, key=len, default=mention.text))))
    return keyed

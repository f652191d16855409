"""Event mentions: what happened, who did it to whom, where, when, how many, says who.

Trigger words and phrases (language table ``events``) are found on the parse; the triggers of
one clause that describe the same kind of thing make one event mention, typed in ACLED's and
PLOVER's typologies (``data/events/typology.toml``). Its actors, place and time come from the
spans of the upstream stages in the event's clause, then its sentence; figures from the
clause, the sentence or the sentence right after (a toll reported after the event). Statements
that are hypothetical, conditional, possible, future, negated or questions are kept with their
modality and ``occurred=False``. Every field carries :class:`~chronique.types.Evidence`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from .. import nlp
from ..events import context as ctx
from ..events import sides
from ..events.clauses import clause_head, clause_span, clause_tokens
from ..events.incidents import any_word, scene_verbs, words_of
from ..events.lexicon import Trigger, context_words, find_triggers, kind_info, misread_verbs
from ..events.roles import (
    AGENT_DEPS,
    ARMED_KINDS,
    Roles,
    assign,
    case_of,
    genitive_cases,
    is_source,
    mention_root,
)
from ..pipeline import stage
from ..types import (
    ActorMention,
    Article,
    Attribution,
    EventMention,
    Evidence,
    Figure,
    Place,
    TimeExpr,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

STAGE = "events"
VIOLENCE = frozenset({
    "armed_clash", "territory", "government_regains", "nonstate_overtakes", "air_strike",
    "shelling", "suicide_bomb", "remote_explosive", "grenade", "attack", "abduction",
    "sexual_violence", "chemical_weapon", "mob_violence",
})
#: kinds that move forces (reinforcements sent), whose clause may tell a fight's toll
DEPLOYMENT = frozenset({"reinforcement"})
PROTEST = frozenset({"peaceful_protest", "protest_with_intervention", "violent_demonstration",
                     "excessive_force"})


nlp.parse_repairs.register("misread verbs", misread_verbs)


@stage("events", requires=("text", "sentences", "times", "places", "actors", "figures"),
       assigns=("events", "mentions"), order=60, parse=True, version="52")
def make_events(*, follow_sentences: int = 1) -> EventStage:
    """Find event mentions; ``follow_sentences``: how far a later toll may refer back."""
    return EventStage(follow_sentences=follow_sentences)


class EventStage:
    def __init__(self, *, follow_sentences: int = 1) -> None:
        self.follow_sentences = follow_sentences

    def __call__(self, article: Article) -> Article:
        article.mentions = extract(article, follow_sentences=self.follow_sentences)
        article.events = list(article.mentions)  # one record per mention until grouped
        return article


def extract(article: Article, *, follow_sentences: int = 1) -> list[EventMention]:
    """The event mentions of ``article`` (its upstream spans must already be set)."""
    if not article.text.strip():
        return []
    lang = article.lang or "fr"
    doc = nlp.doc_for(article)
    words = context_words(lang)
    groups: dict[tuple[int, str], list[Trigger]] = {}
    found = find_triggers(doc, lang)
    roots = {_root(doc, t).i for t in found}
    trigger_tokens = {i for t in found for i in range(t.first, t.last + 1)}
    carved: dict[int, tuple[int, int]] = {}  # a participle told with its own time: its span
    for trigger in found:
        if trigger.rule.context or not _licensed(doc, trigger, article, words) \
                or _resumed(doc, trigger, roots):
            continue
        root = _root(doc, trigger)
        own = _dated_participle(article, root, trigger_tokens)
        head = root if own is not None else clause_head(root)
        if own is not None:
            carved[root.i] = own
        family = "violence" if trigger.rule.kind in VIOLENCE | PROTEST else trigger.rule.kind
        groups.setdefault((head.i, family), []).append(trigger)
    usable = sides.usable(article)
    spans = [(a.start, a.end) for a in usable]
    places = _said_at(article, [p for p in article.places
                                if not any(s <= p.start and p.end <= e for s, e in spans)], words,
                      found)
    mentions = [_mention(article, doc, doc[head_i], found, words, usable, places,
                         [span for i, span in carved.items() if i != head_i], carved.get(head_i))
                for (head_i, _), found in sorted(groups.items(), key=lambda item: item[1][0].start)]
    ctx.narrative_dates(article, mentions)
    _attach_figures(article, doc, mentions, follow_sentences, words)
    mentions = [m for m in mentions if not _cumulative_only(article, m, words)]
    for mention in mentions:
        _refine_kind(mention, words)
        _other_side(article, doc, mention, usable, words)
    return mentions


#: how far after the words saying who speaks a place can still be where they said it
SAID_AT_REACH = 50
_GAP = re.compile(r"[^,;:.!?«»()\n]*")
_CLAUSE_GAP = re.compile(r"[^;:.!?«»()\n]*")
_SENTENCE_END = re.compile(r"\s*(?:[.!?]|$)")


def _said_at(article: Article, places: list[Place], words: dict[str, Any],
             triggers: list[Trigger]) -> list[Place]:
    """``places``, those named as where a statement was made given the role ``said``: after
    a preposition of ``said_at`` inside the words of an attribution that say who speaks, or
    after them (:func:`_after_cue`), outside what it reports (", a annoncé la mission de l'ONU
    à Bangui", "a annoncé mardi à Niamey le ministère", "citées par l'agence Lusa à Maputo").
    Such a place tells where the event was only when nothing else does."""
    prepositions = words.get("said_at", [])
    cues = [a for a in article.attributions if a.source_start >= 0]
    if not prepositions or not cues:
        return places
    before = _said_at_pattern(tuple(prepositions))
    text = article.text
    starts = [t.start for t in triggers]
    marked = []
    for place in places:
        said = place.role is None and before.search(text, max(0, place.start - 12), place.start) \
            and any(a.start <= place.start and not _reported(a, place)
                    and _after_cue(text, a, place, starts) for a in cues)
        marked.append(replace(place, role="said") if said else place)
    return marked


def _after_cue(text: str, cue: Attribution, place: Place, triggers: list[int]) -> bool:
    """Whether ``place`` is inside the words of ``cue`` or just after them: within
    :data:`SAID_AT_REACH`, no event word between, and no break but a comma when the place ends
    the sentence ("…, a indiqué le gouverneur, dans un message transmis à la presse à X.")."""
    if place.end <= cue.end:
        return True
    if place.start - cue.end > SAID_AT_REACH or any(cue.end <= t < place.start for t in triggers):
        return False
    return bool(_GAP.fullmatch(text, cue.end, place.start)) or bool(
        _CLAUSE_GAP.fullmatch(text, cue.end, place.start) and _SENTENCE_END.match(text, place.end))


def _reported(attribution: Attribution, place: Place) -> bool:
    """Whether ``place`` is in what ``attribution`` reports (a target that holds the cue
    itself, "selon X" inside the sentence it covers, tells nothing)."""
    start, end = attribution.target_start, attribution.target_end
    return start <= place.start < end and not start <= attribution.start < end


@cache
def _said_at_pattern(prepositions: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, prepositions))})\s+$", re.IGNORECASE)


def _other_side(article: Article, doc: Doc, mention: EventMention, usable: list[ActorMention],
                words: dict[str, Any]) -> None:
    """Actor2 from the victims of the toll, else the other camp of a battle (not who speaks of
    it: "les autorités attribuent l'attaque aux séparatistes")."""
    if mention.actor2:
        return
    parties = [a for a in usable if not (mention.sentence_start <= a.start < mention.sentence_end
                                         and (root := mention_root(doc, a)) is not None
                                         and is_source(doc, a, root, words))]
    found = sides.victims(mention, parties) or sides.opponent(article, mention, parties, words)
    if not found:
        return
    mention.actor2 = found
    source = mention.attribution.source if mention.attribution else None
    mention.evidence.extend(_ev("actor2", article, a, a.stage, source) for a in found)


def _resumed(doc: Doc, trigger: Trigger, roots: set[int]) -> bool:
    """"les combats ont repris": a territory verb whose subject is an event resumes it; "les
    soldats contrôlent depuis avril ce port": a hold since a date is a state, not a change."""
    if not trigger.rule.territory:
        return False
    root = _root(doc, trigger)
    if any(c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ == "depuis"
                                             for g in c.children) for c in root.children):
        return True
    return any(c.dep_ == "nsubj" and c.i in roots for c in root.children)


def _root(doc: Doc, trigger: Trigger) -> Token:
    return doc[trigger.first:trigger.last + 1].root


def _licensed(doc: Doc, trigger: Trigger, article: Article, words: dict[str, Any]) -> bool:
    """Whether an ambiguous trigger word is used as an event here."""
    root = _root(doc, trigger)
    if _acronym(doc, trigger):
        return False  # "les hommes du RAID sont intervenus": a unit's name, not a raid
    previous = doc[root.i - 1].lower_.replace("\u2019", "'") if root.i else ""
    heads = set(words.get("modifier_heads", []))
    if root.i > 1 and previous in ("de", "d'") and doc[root.i - 2].lemma_.casefold() in heads:
        return False  # "la puissance de frappe"
    if root.dep_ == "nmod" and root.head.lemma_.casefold() in heads:
        return False
    if root.dep_ == "conj" and root.head.dep_ == "nmod" \
            and root.head.head.lemma_.casefold() in heads:
        return False  # "un poste de surveillance et de contrôle"
    if _toll_of_the_conflict(root, words):
        return False
    sheltering = {w.casefold() for w in words.get("sheltering_verbs", [])}
    if trigger.rule.kind == "displacement" and root.dep_ == "obj" \
            and root.head.lemma_.casefold() in sheltering:
        return False  # "une école abritant des déplacés" says what the school is
    nonviolent = set(words.get("nonviolent_modifiers", []))
    if any(child.lower_ in nonviolent or child.lemma_.casefold() in nonviolent
           for child in root.children):
        return False
    if trigger.rule.kind in PROTEST and root.pos_ in ("NOUN", "ADJ") and root.dep_ == "appos" \
            and "Sing" in root.morph.get("Number", []) \
            and any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in root.children):
        return False  # "…, raconte Karim, un manifestant": who speaks, described
    routine = {w.casefold() for w in words.get("routine_times", [])}
    if trigger.rule.kind in PROTEST and root.pos_ == "NOUN" and any(
            c.dep_.startswith("nmod") and c.lower_ in routine for c in root.children):
        return False  # "le rassemblement du matin" of a school
    fallen = {w.casefold() for w in words.get("fallen_things", [])}
    if trigger.rule.territory and root.pos_ == "NOUN" and any(
            c.dep_.startswith("nmod") and (c.lemma_.casefold() in fallen or c.lower_ in fallen)
            for c in root.children):
        return False  # "la chute de débris sur un immeuble": a thing fell
    states = {w.casefold() for w in words.get("holding_states", [])}
    if trigger.rule.territory and root.lower_ in states \
            and not any(c.dep_ in ("det", "case") for c in root.children) \
            and not any(t.dep_ in ("aux", "aux:tense") for t in root.children):
        return False  # "qui contrôle une large partie de la commune": a state
    escaping = {w.casefold() for w in words.get("escaping_verbs", [])}
    if trigger.rule.territory and root.head.i != root.i \
            and root.head.lemma_.casefold() in escaping:
        return False  # "la seule ville qui échappe encore au contrôle des rebelles": not taken
    need = trigger.rule.needs
    if previous in trigger.rule.not_after:
        return False  # "se mettre d'accord"
    if _shot_down(root, words) or _time_anchor(root, words) or _topic_of(root, words) \
            or _disabled(root, words):
        return False
    if need == "fired":
        fire = set(words.get("fire_verbs", []))
        near = [*root.children, *root.ancestors]
        return any(t.lower_ in fire or t.lemma_.casefold() in fire for t in near)
    if need == "place":
        idioms = {w.casefold() for w in words.get("not_taken", [])}
        if root.pos_ in ("VERB", "AUX") and any(
                (child.dep_ in ("obj", "nsubj:pass") or child.dep_.startswith("obl"))
                and child.lemma_.casefold() in idioms for child in root.children) \
                or root.dep_ == "acl" and root.head.lemma_.casefold() in idioms:
            # "avant de prendre la fuite", "pris en embuscade", "les images ont été prises à
            # l'étranger": no place taken
            return False
        nouns = set(words.get("territory_nouns", []))
        subtree = {t.i for t in root.subtree} | {t.i for t in root.head.children} | {root.head.i}
        if any(doc[i].lower_ in nouns for i in subtree):
            return True
        sentence = root.sent
        return any(ctx.within(p, sentence.start_char, sentence.end_char) and
                   any(doc[i].idx <= p.start < doc[i].idx + len(doc[i]) + 1 for i in subtree)
                   for p in article.places)
    if need in ("aerial", "aircraft"):
        # "aerial": a strike named by a noun is one; struck by a verb, by aircraft; "aircraft":
        # by aircraft, however read ("visées par l'aviation", "un drone a ciblé")
        aerial = set(words.get("aerial", []))
        return need == "aerial" and root.pos_ not in ("VERB", "AUX") \
            or any(t.lower_ in aerial for t in root.subtree)
    if need == "besieged":
        return _besieged(article, doc, root, words)
    if need == "chanted":  # "la foule a repris le slogan", "des slogans ont fusé"
        chant = {w.casefold() for w in words.get("chant_verbs", [])}
        return any(t.pos_ in ("VERB", "AUX") and (t.lemma_.casefold() in chant
                                                  or t.lower_ in chant) for t in root.sent)
    if need == "gathered":
        return _gathered(root, words)
    if need == "armed":  # an armed group named before the trigger in its sentence
        sentence = root.sent
        return any(sentence.start_char <= a.start < root.idx and a.kind in NONSTATE_ARMED
                   for a in article.actors or [])
    if need == "armed_dead":  # soldiers, police or fighters counted dead in its sentence
        return any(f.kind == "killed" and f.who in ARMED_DEAD
                   for f in _sentence_figures(article, root))
    if need == "toll":  # a toll of dead or wounded in the trigger's sentence
        return any(f.kind in ("killed", "injured") for f in _sentence_figures(article, root))
    if need == "people" and root.pos_ in ("VERB", "AUX"):
        return _people_object(root, article.lang or "fr", words)
    if need == "object" and root.pos_ in ("VERB", "AUX"):
        deps = {child.dep_ for child in root.children}
        return bool(deps & {"obj", "obl", "obl:arg", "obl:mod", "nsubj:pass", "aux:pass"}) or \
            "Part" in root.morph.get("VerbForm", [])
    return True


def _sentence_figures(article: Article, root: Token) -> list[Figure]:
    """The figures of the sentence ``root`` is in."""
    sentence = root.sent
    return [f for f in article.figures or []
            if sentence.start_char <= f.start < sentence.end_char]


#: the people a toll counts (`who`) whose death tells of fighting
ARMED_DEAD = frozenset({"soldiers", "police", "fighters", "rebels", "jihadists"})
#: the kinds of non-state armed actor (the actors stage's kinds)
NONSTATE_ARMED = ARMED_KINDS - {"state-forces"}


def _gathered(root: Token, words: dict[str, Any]) -> bool:
    """"se sont rassemblés … pour dénoncer l'ingérence": people who gather, with a clause of
    what they gather for that is a demand or a stand (`gathering_purposes`)."""
    if root.pos_ not in ("VERB", "AUX") or not _reflexive(root):
        return False
    purposes = {w.casefold() for w in words.get("gathering_purposes", [])}
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.casefold() in purposes
               for c in root.children)


def _besieged(article: Article, doc: Doc, root: Token, words: dict[str, Any]) -> bool:
    """"le siège de Marioupol", "lever le siège": a noun that names what it encircles, or that
    is laid or lifted; not a seat ("siège provisoire du gouvernement", "au siège de l'ONU")."""
    if root.pos_ in ("VERB", "AUX"):
        return False  # "il siège au conseil"
    laid = {w.casefold() for w in words.get("siege_verbs", [])}
    if root.head.lemma_.casefold() in laid or any(c.dep_ == "case" and c.lower_ in laid
                                                    for c in root.children):
        return True
    # what is besieged is its complement with "de": "le siège de Marioupol, de la ville"
    of = genitive_cases(words)
    inside = [t for c in root.children if c.dep_ == "nmod" and c.i > root.i
              and case_of(c) in of for t in c.subtree]
    nouns = set(words.get("territory_nouns", []))
    if any(t.lower_ in nouns for t in inside):
        return True
    return any(any(t.idx <= p.start < t.idx + len(t) for t in inside) for p in article.places)


def _acronym(doc: Doc, trigger: Trigger) -> bool:
    """A one-word trigger written in capitals in a sentence that is not: an acronym that
    happens to spell an event word."""
    if trigger.first != trigger.last:
        return False
    token = doc[trigger.first]
    return len(token.text) >= 3 and token.text.isupper() \
        and any(t.text.islower() for t in token.sent if t.is_alpha)


def _time_anchor(root: Token, words: dict[str, Any]) -> bool:
    """"au lendemain de l'embuscade", "après cette attaque": an event told before, named bare
    to date another; the clause tells that other event."""
    if root.pos_ != "NOUN" or any(c.dep_.startswith(("nmod", "obl", "acl", "nummod"))
                                  for c in root.children):
        return False  # "après la chute de Tripoli fin août": an event recalled with its own
    pointing = {w.casefold() for w in words.get("anchor_determiners", [])}
    if not any(c.dep_ == "det" and c.lower_.replace("\u2019", "'") in pointing
               for c in root.children):
        return False
    heads = {w.casefold() for w in words.get("anchor_heads", [])}
    cases = {w.casefold() for w in words.get("anchor_prepositions", [])}
    if root.dep_ == "nmod" and root.head.lemma_.casefold() in heads:
        return True
    return any(c.dep_ == "case" and c.lower_ in cases for c in root.children)


def _topic_of(root: Token, words: dict[str, Any]) -> bool:
    """"le procès des auteurs de l'attaque de l'hôtel": an event noun under a noun of what is
    done about an incident (`about_heads`), within a few steps, is what the clause is about."""
    heads = {w.casefold() for w in words.get("about_heads", [])}
    current = root
    for _ in range(3):  # through a participle: "des auteurs présumés de l'attaque"
        if current.dep_ not in ("nmod", "acl", "amod") or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.casefold() in heads or current.lower_ in heads:
            return True
    return False


def _people_object(root: Token, lang: str, words: dict[str, Any]) -> bool:
    """The verb's object is people ("a neutralisé une vingtaine d'assaillants"), not a thing
    ("neutraliser la menace"): a noun of the casualty table's `who`, or of `people_objects`."""
    people = _who_nouns(lang) | {w.casefold() for w in words.get("people_objects", [])}
    for child in root.children:
        if child.dep_ not in ("obj", "nsubj:pass"):
            continue
        nouns = [child, *(g for g in child.children if g.dep_ == "nmod")]
        if any(n.lemma_.casefold() in people or n.lower_ in people for n in nouns):
            return True
    return False


@cache
def _who_nouns(lang: str) -> frozenset[str]:
    """The last word of every `who` noun of the casualty table ("civils", "forces")."""
    from ..lang import table

    return frozenset(w.split()[-1].casefold()
                     for group in table(lang, "casualties")["who"].values() for w in group)


def _disabled(root: Token, words: dict[str, Any]) -> bool:
    """"Plusieurs motos et un véhicule piégé ont été détruits", "un engin explosif a été
    désamorcé": a device the forces destroyed, seized or defused (`disabled_verbs`) went off
    nowhere; no explosion."""
    disabled = {w.casefold() for w in words.get("disabled_verbs", [])}
    if root.pos_ not in ("NOUN", "PROPN") or not disabled:
        return False
    current = root
    for _ in range(3):  # (through a list: "des motos et un véhicule piégé")
        if current.dep_ in ("obj", "nsubj:pass") or current.dep_ == "nsubj" \
                and current.head.pos_ == "ADJ":
            return current.head.lemma_.casefold() in disabled \
                or current.head.lower_ in disabled
        if current.dep_ != "conj" or current.head.i == current.i:
            return False
        current = current.head
    return False


def _shot_down(root: Token, words: dict[str, Any]) -> bool:
    """"les défenses ont abattu neuf drones", "douze drones, dont dix ont été abattus": what is
    shot down is a machine (`machines`), not people: an interception, no violence; so is
    "la défense aérienne a abattu 32 drones", the machine the trigger."""
    interception = set(words.get("interception_verbs", []))
    machines = set(words.get("machines", []))
    if root.pos_ == "NOUN" and root.dep_ in ("obj", "nsubj:pass") \
            and root.head.lemma_.casefold() in interception \
            and (root.lemma_.casefold() in machines or root.lower_ in machines):
        return True
    if root.pos_ == "NOUN" and (root.lemma_.casefold() in machines or root.lower_ in machines) \
            and _after_interception(root, interception):
        return True  # "a abattu dans la nuit 25 des 31 drones", parsed apart from the verb
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.casefold() not in interception:
        return False
    if _reflexive(root):
        return False  # "une roquette s'est abattue sur la ville": it fell, it hit
    for child in root.children:
        if child.dep_ not in ("obj", "nsubj:pass"):
            continue
        noun = child
        if noun.pos_ in ("NUM", "PRON") and (root.dep_ == "acl:relcl" or noun.i > 0
                                              and noun.doc[noun.i - 1].lower_ == "dont"):
            # "des drones, dont sept ont été abattus" (the relative's noun, or the noun before
            # "dont" when the parse made it a clause of the verb before): a machine's noun,
            # past a time told after it ("85 drones au cours de la nuit, dont 60 …"), back to
            # the verb before; else the noun the relative hangs on
            nouns = []
            for token in reversed(noun.doc[noun.sent.start:min(noun.i, root.i)]):
                if token.pos_ in ("VERB", "AUX") and token.i != root.i:
                    break
                if token.pos_ == "NOUN":
                    nouns.append(token)
            fallback = root.head if root.dep_ == "acl:relcl" else nouns[0] if nouns else noun
            noun = next((t for t in nouns if t.lemma_.casefold() in machines
                         or t.lower_ in machines), fallback)
        elif noun.pos_ == "NUM":  # "9 des 12 drones"
            noun = next((g for g in noun.children if g.dep_ == "nmod"), noun)
        if noun.lemma_.casefold() in machines or noun.lower_ in machines:
            return True
    # the parse hung the object elsewhere: a machine's noun just after, before any other verb
    for token in root.doc[root.i + 1:min(root.sent.end, root.i + 1 + INTERCEPTION_REACH)]:
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.pos_ == "NOUN" and (token.lemma_.casefold() in machines
                                     or token.lower_ in machines):
            return True
    return False


def _reflexive(verb: Token) -> bool:
    """Whether the verb has its reflexive pronoun ("s'abattre": to fall, not to shoot down)."""
    return any(c.lower_.replace("\u2019", "'") in ("se", "s'") for c in verb.children)


#: how many words before a machine's noun an interception verb may stand when the parse
#: hangs the noun elsewhere ("a abattu dans la nuit 25 des 31 drones")
INTERCEPTION_REACH = 8


def _after_interception(noun: Token, interception: set[str]) -> bool:
    """Whether an active interception verb (not "s'abattre") stands a few words before the
    noun, in its sentence, with no other verb between."""
    start = max(noun.sent.start, noun.i - INTERCEPTION_REACH)
    for token in reversed(noun.doc[start:noun.i]):
        if token.pos_ in ("VERB", "AUX") and token.lemma_.casefold() in interception:
            return not _reflexive(token)
        if token.pos_ == "VERB":
            return False
    return False


TOLL_VERBS = frozenset({"faire", "causer", "provoquer", "coûter", "entraîner"})


def _toll_of_the_conflict(root: Token, words: dict[str, Any]) -> bool:
    """"(le conflit) a fait 320.000 morts et des millions de déplacés depuis six ans": a count
    in a cumulative toll, not an event."""
    pattern = words.get("cumulative_period")
    if not pattern or not re.search(pattern, root.sent.text, re.I):
        return False
    current = root
    for _ in range(5):
        if current.dep_ not in ("obj", "conj", "nmod"):
            return False
        current = current.head
        if current.lemma_.casefold() in TOLL_VERBS:
            return True
    return False


def _cut_before(article: Article, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The start of the written sentence that the parser made a sentence of its own
    ("Dimanche" | ", une unité de l'armée a été prise pour cible"), if any."""
    for written in article.sentences:
        if written.start < sentence[0] < written.end:
            return written.start, sentence[0]
    return None


def _headed_in(doc: Doc, actor: ActorMention, head: Token, clause: tuple[int, int]) -> bool:
    """An actor whose head word is in the clause though its words run past it ("par des hommes
    armés non identifiés": the participle opens a clause of its own)."""
    if not clause[0] <= actor.start < clause[1] or actor.end <= clause[1]:
        return False
    root = mention_root(doc, actor)
    return root is not None and clause_head(root).i == head.i


def _stray_agent(doc: Doc, head: Token, usable: list[ActorMention]) -> list[ActorMention]:
    """"Un prêtre a été enlevé dimanche à X, dans les hauteurs de Y, par des individus armés,
    a annoncé …": the agent of a passive verb that has none, told after it in its sentence
    with no verb between; the parse may hang it on a noun of the phrases in between (and so
    in the clause of the verb of saying after it)."""
    if not any(c.dep_ == "aux:pass" for c in head.children) \
            or any(c.dep_ in AGENT_DEPS for c in head.children):
        return []
    for token in doc[head.i + 1:head.sent.end]:
        if token.pos_ in ("VERB", "AUX"):
            return []
        if token.dep_ == "case" and token.lower_ == "par":
            return [a for a in usable if (root := mention_root(doc, a)) is not None
                    and root.i == token.head.i]
    return []


def _meanwhile(text: str, trigger_end: int, actor: ActorMention, words: dict[str, Any]) -> bool:
    """Whether ``actor`` is named after the trigger in a clause telling what went on meanwhile
    ("des combats acharnés, alors que Moscou et Ankara ont cessé tout dialogue"): the parse
    may hang it in the trigger's clause; it is the subject of its own."""
    if actor.start < trigger_end:
        return False
    pattern = any_word(tuple(words.get("concurrent", [])))
    return pattern is not None and pattern.search(text, trigger_end, actor.start) is not None


def _relative_undergoer(doc: Doc, head: Token, usable: list[ActorMention],
                        words: dict[str, Any]) -> ActorMention | None:
    """"les rebelles qui essuient des tirs de l'aviation": the party a relative clause of a
    verb of undergoing (`undergo`) hangs on, its subject the relative pronoun, underwent the
    event its object names; the clause itself names only the noun's pronoun."""
    undergo = {w.casefold() for w in words.get("undergo", [])}
    if head.dep_ != "acl:relcl" or head.lemma_.casefold() not in undergo \
            or not any(c.dep_ == "nsubj" and "Rel" in c.morph.get("PronType", [])
                       for c in head.children):
        return None
    noun = head.head
    for actor in usable:
        root = mention_root(doc, actor)
        if root is not None and root.i == noun.i:
            return actor
    return None


def _dated_participle(article: Article, root: Token,
                      trigger_tokens: set[int]) -> tuple[int, int] | None:
    """"la localité de X, tombée aux mains de jihadistes il y a une semaine": a past
    participle hung on a noun that names no event, told with a time of its own, is an earlier
    event, not part of the clause it sits in; its span, else None."""
    if root.dep_ != "acl" or root.pos_ not in ("VERB", "AUX") \
            or "Part" not in root.morph.get("VerbForm", []) \
            or "Past" not in root.morph.get("Tense", []) \
            or any(c.dep_.startswith("aux") for c in root.children) \
            or root.head.i in trigger_tokens or root.head.pos_ not in ("NOUN", "PROPN"):
        return None
    tokens = list(root.subtree)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    # its time, or the one right after it that the parse hung elsewhere ("… il y a une semaine")
    times = [t for t in article.times if t.value and start <= t.start
             and (t.end <= end or (end <= t.start and not article.text[end:t.start].strip()))]
    if not times:
        return None
    return start, max(end, *(t.end for t in times))


def _mention(article: Article, doc: Doc, head: Token, triggers: list[Trigger],
             words: dict[str, Any], usable: list[ActorMention],
             places: list[Place], carved: list[tuple[int, int]] | None = None,
             own_span: tuple[int, int] | None = None) -> EventMention:
    primary = _primary(triggers, doc, article.lang or "fr")
    root = _root(doc, primary)
    clause = own_span or clause_span(doc, head)
    clause = (min(clause[0], *(t.start for t in triggers)),
              max(clause[1], *(t.end for t in triggers)))
    sentence = (root.sent.start_char, root.sent.end_char)
    # (and a name the clause's edge cuts: "de Boko | Haram ont tué", misparsed)
    actors = [a for a in usable if (ctx.within(a, *clause) or a.start < clause[0] < a.end
                                    or _headed_in(doc, a, head, clause))
              and not _meanwhile(article.text, primary.end, a, words)]
    actors += [a for a in _stray_agent(doc, head, usable) if a not in actors]
    roles = assign(doc, primary, head, actors, words, article.text)
    undergoer = _relative_undergoer(doc, head, usable, words)
    if undergoer is not None and not roles.actor2:
        roles.actor2 = [undergoer]
    if not roles.actor1 and (_non_finite(head) or _shares_subject(head)) \
            and not _after_another_clause(head):
        roles.actor1 = _controller(doc, article, head)
    if _under_participle(head) and all(a.kind == "civilians" for a in roles.actor1):
        # "Des insurgés se réclamant de l'EI ont décapité cinq villageois", parsed with the
        # verb under the participle: the participle's subject is the verb's
        roles.actor1 = _controller(doc, article, head) or roles.actor1
    if not roles.actor1 and undergoer is None:
        roles.actor1 = sides.antecedent(article, doc, head, root, sentence, usable, words) or \
            sides.fronted(article, primary.start, primary.end, sentence, usable, words)
    if not roles.actor1:  # the object may be found ("… | ont lancé une attaque contre l'armée")
        _cut_subject(article, head, roles, usable, words)
    fronted = _cut_before(article, sentence)
    place = ctx.pick_place(article, doc, {t.i for t in doc[primary.first:primary.last + 1]}
                           | _scene_verb(article.text, root, article.lang or "fr"),
                           clause, sentence, primary.start, places, fronted)
    modality = ctx.modality(article, doc, root, head, primary.start, primary.end, words)
    others = frozenset((t.start, t.end) for t in article.times
                       if any(s <= t.start and t.end <= e for s, e in carved or ()))
    # the time of a participle told as an event of its own is that event's ("des prisonniers
    # tués en 1996"), never this one's, unless this one's word is inside it ("trois passants
    # tués dans d'autres frappes samedi": then it says when, if nothing else does)
    elsewhere = frozenset((t.start, t.end) for t in article.times
                          if any(s <= t.start and t.end <= e and not s <= primary.start < e
                                 for s, e in carved or ()))
    said = ctx.said_times(article, doc, root, sentence, words)
    time = ctx.pick_time(article, clause, sentence, primary.start,
                         past=modality in ctx.OCCURRED, said=said | others, fronted=fronted,
                         later=ctx.later_times(article, doc, head, sentence, words) | elsewhere)
    attribution = ctx.pick_attribution(article, doc, primary.start, primary.end, sentence)
    mention = EventMention(
        start=clause[0], end=clause[1], stage=STAGE, text=article.text[clause[0]:clause[1]],
        kind=primary.rule.kind, trigger=primary.text,
        actor1=roles.actor1, actor2=roles.actor2, assoc1=roles.assoc1, assoc2=roles.assoc2,
        place=place, time=time, attribution=attribution, modality=modality,
        certainty=ctx.certainty(article, attribution, modality, sentence, words,
                                (primary.start, primary.end)),
        occurred=modality in ctx.OCCURRED,
        sentence_start=sentence[0], sentence_end=sentence[1],
        triggers=[t.text for t in triggers],
    )
    if primary.rule.territory:
        mention.kind = _territory_kind(roles, words) or _territory_by_noun(root, head, words)
    mention.kind = _combined_kind(mention.kind, {t.rule.kind for t in triggers}, root, words)
    _date(article, mention, words)
    _label(mention)
    mention.evidence = _evidence(article, mention, triggers, head)
    if time is not None and (time.start, time.end) in said:
        # "a annoncé samedi", a dateline: when it was told, which tells no incident apart from
        # another told with its own day; the date stays, with its evidence, as the best guess
        mention.time = None
    return mention


def _scene_verb(text: str, root: Token, lang: str) -> set[int]:
    """The verb that says where the event word, its subject, happened ("l'embuscade a eu lieu
    près du village de X", `scene_verbs`): what it governs is the event's, as the event
    word's own complements are."""
    verb = root.head
    pattern = scene_verbs(lang)
    if root.dep_ not in ("nsubj", "nsubj:pass") or verb.i == root.i or pattern is None:
        return set()
    start = min([verb.idx] + [c.idx for c in verb.children
                              if c.dep_.startswith(("aux", "expl")) and c.i < verb.i])
    return {verb.i} if pattern.match(text, start) else set()


def _cut_subject(article: Article, head: Token, roles: Roles, usable: list[ActorMention],
                 words: dict[str, Any]) -> None:
    """The subject the parser cut off when it split a sentence before the verb ("Des membres
    du gang 400 Mawozo | ont enlevé…"): the last party named between the article's sentence
    start and the verb's own sentence; actor1 of an active verb, actor2 of a passive one."""
    if head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in head.children):
        return
    cut = head.sent.start_char
    start = next((s.start for s in article.sentences if s.start <= head.idx < s.end), cut)
    if start >= cut:
        return
    before = [a for a in usable if start <= a.start and a.end <= cut
              and sides.camp(a, words) is not None]
    if not before:
        return
    subject = max(before, key=lambda a: a.start)
    passive = any(c.dep_ == "aux:pass" for c in head.children)
    if passive and roles.actor2:
        return
    (roles.actor2 if passive else roles.actor1).append(subject)


def _non_finite(head: Token) -> bool:
    """An infinitive or participle clause whose subject is the governing clause's."""
    forms = set(head.morph.get("VerbForm", []))
    finite_aux = any("Fin" in c.morph.get("VerbForm", []) for c in head.children
                     if c.dep_.startswith("aux"))
    return bool(forms & {"Inf", "Part"}) and not finite_aux and head.dep_ in (
        "advcl", "xcomp", "acl", "obl:mod")


def _after_another_clause(head: Token) -> bool:
    """A participle right after a comma that closes a clause of another verb than the one the
    parse hung it on ("l'armée a annoncé …, où le groupe avait attaqué une base, tuant
    quarante soldats"): it tells that clause's result; the governing subject is not its."""
    if head.i < 2 or head.doc[head.i - 1].text != "," or "Part" not in head.morph.get(
            "VerbForm", []):
        return False
    token = head.doc[head.i - 2]
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token.pos_ in ("VERB", "AUX") and token.i != head.head.i and token.i < head.i


def _under_participle(head: Token) -> bool:
    """A finite verb with no subject of its own that the parse hung under a present
    participle ("Des insurgés se réclamant du groupe ont décapité…": "réclamant" read as the
    root, "décapité" as its clause)."""
    governor = head.head
    finite_aux = any("Fin" in c.morph.get("VerbForm", []) for c in head.children
                     if c.dep_.startswith("aux"))
    return finite_aux and head.dep_ in ("advcl", "conj", "ccomp") \
        and governor.pos_ == "VERB" and "Part" in governor.morph.get("VerbForm", []) \
        and "Pres" in governor.morph.get("Tense", []) and governor.i < head.i \
        and not any(c.dep_.startswith(("nsubj", "expl:subj")) for c in head.children)


def _shares_subject(head: Token) -> bool:
    """A verb coordinated with an earlier one and with no subject of its own: the first one's
    is its subject ("les rebelles ont lancé une offensive et se sont emparés de trois
    villages")."""
    return head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") \
        and head.head.i < head.i \
        and not any(c.dep_.startswith(("nsubj", "expl:subj", "csubj")) for c in head.children)


def _controller(doc: Doc, article: Article, head: Token) -> list[ActorMention]:
    """The actor that is the subject of the clause governing ``head``."""
    governor = head.head
    subjects = {c.i for c in governor.children if c.dep_ == "nsubj"}
    for mention in article.actors:
        piece = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if piece is not None and len(piece) and piece.root.i in subjects:
            return [mention]
    return []


def _primary(triggers: list[Trigger], doc: Doc | None = None, lang: str = "fr") -> Trigger:
    """The most specific trigger; result words ("tuer") yield to the others of the clause. A
    change of hands ("tomber aux mains de X", "ont repris le contrôle de X après trois jours de
    combats") ranks as the territory kinds it becomes. An event noun a demonstrative points
    back with ("ont tiré des roquettes en riposte à cette frappe") is the incident told before:
    it yields to the clause's own act."""
    causes = [t for t in triggers if not t.rule.outcome] or triggers
    if doc is not None and len(causes) > 1:
        own = [t for t in causes if not _pointed_back(doc, t, lang)]
        causes = own or causes
    territory = kind_info("nonstate_overtakes").get("priority", 0)

    def rank(trigger: Trigger) -> tuple[int, int]:
        info = kind_info(trigger.rule.kind)
        default = territory if trigger.rule.territory else 0
        return info.get("priority", default), -trigger.start

    return max(causes, key=rank)


@cache
def _demonstratives(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The demonstratives, the words of an answer and the prepositions of what follows."""
    incidents = words_of(lang)
    return (frozenset(w.casefold() for w in incidents.get("demonstratives", [])),
            frozenset(w.casefold() for w in incidents.get("response_verbs", [])),
            frozenset(w.casefold() for w in context_words(lang).get("anchor_prepositions", [])))


def _pointed_back(doc: Doc, trigger: Trigger, lang: str) -> bool:
    """Whether the trigger's noun is an incident told before that the clause answers or
    follows: a demonstrative determines it ("cette frappe") and it is the complement of an
    answer ("en riposte à cette frappe") or follows "après" ("après cette attaque")."""
    pointing, answers, anchors = _demonstratives(lang)
    for i in range(trigger.first, trigger.last + 1):
        token = doc[i]
        if not any(c.dep_ == "det" and c.lower_ in pointing for c in token.children):
            continue
        # the answer's word governs it, or stands just before it when the parse hangs both
        # on the verb ("« en riposte » à cette frappe")
        before = doc[max(0, i - 4):i]
        if token.head.lemma_.casefold() in answers or token.head.lower_ in answers \
                or any(t.lemma_.casefold() in answers for t in before) \
                or any(c.dep_ == "case" and c.lower_ in anchors for c in token.children):
            return True
    return False


def _combined_kind(kind: str, kinds: set[str], root: Token, words: dict[str, Any]) -> str:
    """Protesters in a clash make a riot; protesters killed, excessive force; aircraft in an
    explosion make an air strike."""
    sentence = {t.lower_ for t in root.sent}
    protest = bool(kinds & PROTEST) or bool(sentence & set(words.get("protest_context", [])))
    if protest and "armed_clash" in kinds | {kind} and kind not in (
            "protest_with_intervention", "excessive_force"):
        return "violent_demonstration"
    if kinds & PROTEST and "attack" in kinds | {kind} and kind not in (
            "protest_with_intervention", "violent_demonstration"):
        # "ont été tués lors d'une manifestation réprimée", whichever word leads the clause
        return "excessive_force"
    if kind in ("remote_explosive", "shelling") and _aircraft(root, words):
        return "air_strike"
    if kind in ("armed_clash", "attack"):
        # "une attaque de drone", "des attaques d'artillerie", "a attaqué avec des bombes"
        weapon = _weapon(root, words)
        if weapon:
            return weapon
    if kind == "air_strike" and _weapon(root, words) == "shelling":
        return "shelling"  # "des bombardements d'artillerie"
    return kind


def _weapon(root: Token, words: dict[str, Any]) -> str | None:
    """The remote kind an attack noun's own complement names: aircraft and drones make an air
    strike, artillery, mortars, rockets and missiles a shelling."""
    aerial, artillery = set(words.get("aerial", [])), set(words.get("artillery", []))
    instruments = {w.casefold() for w in words.get("instrument_cases", [])}
    verbal = root.pos_ in ("VERB", "AUX")
    for child in root.children:
        if child.dep_ not in (("obl", "obl:mod", "obl:agent") if verbal else ("nmod", "amod")):
            continue
        if verbal and not any(c.dep_ == "case" and c.lower_ in instruments
                              for c in child.children):
            continue  # "tué par un drone russe", "frappé avec des roquettes"
        near = {child.lower_, *(c.lower_ for c in child.children
                                if c.dep_ in ("conj", "amod", "nmod"))}
        if near & aerial:
            return "air_strike"
        if near & artillery:
            return "shelling"
    return None


def _aircraft(root: Token, words: dict[str, Any]) -> bool:
    """Aircraft named in the sentence as the means, not the target ("contre un avion"); not
    aircraft doing something of their own in another clause when this one names its own guns
    ("les avions ont frappé le marché et les canons de l'armée pilonnent la route": a
    shelling; "des roquettes ont frappé le dépôt pendant que des chasseurs survolaient le
    secteur": an air strike)."""
    aerial = set(words.get("aerial", []))
    head = clause_head(root)
    guns: bool | None = None  # whether the clause names its own guns, read at the first aircraft
    for token in root.sent:
        if token.lower_ not in aerial:
            continue
        if guns is None:
            own = [t.lower_ for t in clause_tokens(root.doc, head)]
            artillery = set(words.get("artillery", []))
            guns = any(w in artillery for w in own) and not any(w in aerial for w in own)
        if guns:
            other = clause_head(token)
            if other.i != head.i and other.lower_ not in aerial \
                    and other.lemma_.casefold() not in aerial:
                continue  # the aircraft's own act
        target = token if token.pos_ == "NOUN" else token.head
        if not any(c.dep_ == "case" and c.lower_ in ("contre", "vers") for c in target.children):
            return True
    return False


def _territory_kind(roles: Roles, words: dict[str, Any]) -> str | None:
    if not roles.actor1:
        return None
    return "government_regains" if _is_government(roles.actor1[0], words) else "nonstate_overtakes"


def _territory_by_noun(root: Token, head: Token, words: dict[str, Any]) -> str:
    """Type a territory change from the acting noun when no actor mention fills actor1."""
    path = [root, *root.head.children, *(a for a in root.ancestors if a.i != head.i), head]
    if head.dep_ in ("advcl", "xcomp", "acl") and head.head.i != head.i:
        path.append(head.head)  # "Après avoir repris la ville, l'armée avance"
    # first whose hands it fell into ("tombée aux mains de jihadistes")
    agents = [g for c in root.children if c.dep_.startswith("obl") for g in c.children
              if g.dep_ == "nmod"]
    agents += [c for t in path for c in t.children if c.dep_ in ("nsubj", "obl:agent", "nmod")]
    state, nonstate = set(words.get("state_nouns", [])), set(words.get("nonstate_nouns", []))
    for agent in agents:
        near = {agent.lower_, agent.lemma_.casefold(), *(c.lower_ for c in agent.children)}
        if near & state:
            return "government_regains"
        if near & nonstate:
            return "nonstate_overtakes"
    return "armed_clash"


def _is_government(actor: ActorMention, words: dict[str, Any]) -> bool:
    government = {w.casefold() for w in words.get("government", [])}
    values = [actor.sector, actor.kind]
    return any(v and v.casefold() in government for v in values) or bool(
        actor.side and actor.side.casefold().startswith("government"))


def _date(article: Article, mention: EventMention, words: dict[str, Any]) -> None:
    if mention.time is not None:
        mention.time = _range_start(article, mention.time, words)
    found = ctx.date_of(mention.time.value) if mention.time else None
    if found is None:
        mention.time = None
        found = ctx.fallback_date(article)
    if found is not None:
        mention.date, mention.date_precision, mention.date_prec = found


def _range_start(article: Article, time: TimeExpr, words: dict[str, Any]) -> TimeExpr:
    """The first day of a range of days written as two dates ("du 6 au 11 décembre 2024":
    `range_links`) when ``time`` is its last: what happened over the range began that day, and
    every event told with it is dated alike."""
    links = {w.casefold() for w in words.get("range_links", [])}
    for first in article.times:
        if first.end <= time.start and time.start - first.end <= 12 and first.type == "DATE" \
                and first.value[:1].isdigit() \
                and article.text[first.end:time.start].strip().casefold() in links:
            return first
    return time


def _label(mention: EventMention) -> None:
    info = kind_info(mention.kind)
    mention.event_type = info.get("event_type")
    mention.sub_event_type = info.get("sub_event_type")
    mention.disorder_type = info.get("disorder_type")
    mention.plover = info.get("plover")
    mention.plover_mode = info.get("plover_mode")
    mention.civilian_targeting = bool(info.get("civilian_targeting", False))


#: kinds of taking people whose later killing (a figure's ``kind_from == "fate"``: "arrêtés
#: lors d'une opération, puis exécutés") makes the mention an attack
HELD_EVENT_KINDS = frozenset({"arrests", "abduction"})


def _refine_kind(mention: EventMention, words: dict[str, Any]) -> None:
    """People held, then killed, were attacked; a killing of soldiers or fighters by an armed
    actor is a battle, not an attack."""
    if mention.kind in HELD_EVENT_KINDS and any(
            f.kind == "killed" and f.kind_from == "fate" for f in mention.figures):
        mention.kind = "attack"
        _label(mention)
    if mention.kind != "attack":
        return
    combatants = {w.casefold() for w in words.get("combatants", [])}
    victims = [f.who.casefold() for f in mention.figures if f.who]
    armed = {"rebel", "rebels", "militia", "jihadist", "military"}
    armed_target = any(_is_government(a, words) or (a.sector or "").casefold() in armed
                       for a in mention.actor2)
    if armed_target or (victims and all(v in combatants for v in victims)):
        mention.kind = "armed_clash"
        _label(mention)


def _sentence_index(bounds: list[tuple[int, int]], offset: int) -> int:
    for index, (start, end) in enumerate(bounds):
        if start <= offset < end:
            return index
    return -1


#: how far before a figure a word of answering may stand (characters)
ANSWER_REACH = 40


def _attach_figures(article: Article, doc: Doc, mentions: list[EventMention],
                    follow: int, words: dict[str, Any] | None = None) -> None:
    """Give each non-cumulative figure to the event of its clause, sentence, or just before.

    A restatement ("Parmi les 240 morts") is the figure it refers to, already counted: it goes
    to no event. Its parts ("on dénombre 24 civils dont 19 enfants, victimes de frappes") go to
    the event of their own clause or sentence, else to the event of the figure restated; the
    parts of any other figure go where that figure went.
    """
    bounds = _joined_fragments(doc)
    figures = article.figures
    owner: dict[int, EventMention] = {}
    answer = _answer_pattern(words or {})
    toll = any_word(tuple((words or {}).get("toll_nouns", ())))
    for index, figure in enumerate(figures):
        if figure.cumulative or _restatement(figures, index) \
                or _answered(article, doc, figure, answer):
            continue
        parent = figure.part_of
        target = None
        if parent is not None and not _restatement(figures, parent):
            target = owner.get(parent)
        target = target or _figure_owner(figure, mentions, bounds, follow, article) \
            or _toll_owner(article, figure, mentions, bounds, follow, toll, words or {})
        if target is None and parent is not None and _restatement(figures, parent):
            target = owner.get(figures[parent].refers_to or -1)
        if target is None:
            continue
        owner[index] = target
        target.figures.append(figure)
        target.evidence.append(_ev("figures", article, figure, figure.stage, figure.source))


#: how many sentences further back than a bare figure a toll (`toll_nouns`) may count
TOLL_REACH = 2


def _toll_owner(article: Article, figure: Figure, mentions: list[EventMention],
                bounds: list[tuple[int, int]], follow: int, toll: re.Pattern[str] | None,
                words: dict[str, Any]) -> EventMention | None:
    """The event a toll counts (a figure whose sentence calls it so: "un bilan d'au moins
    vingt morts") when a witness's account or a quote stands between them: the last violent
    event up to `TOLL_REACH` sentences further back than a bare figure's, unless a date of
    another day, or a time after or before it (`shift_after`), is told in between ("Trois
    mois plus tard, …")."""
    here = _sentence_index(bounds, figure.start)
    if toll is None or here < 0 or not toll.search(article.text, bounds[here][0], figure.start):
        return None
    found = _figure_owner(figure, mentions, bounds, follow + TOLL_REACH, article)
    if found is None:
        return None
    shifts = tuple(words.get("shift_after", ()))
    for time in article.times:
        if not found.sentence_end <= time.start < figure.start:
            continue
        if time.type == "DURATION" and article.text[time.end:time.end + 20].lstrip() \
                .casefold().startswith(shifts):
            return None
        if time.type == "DATE" and time.value[:1].isdigit() and not (
                found.date and (time.value.startswith(found.date)
                                or found.date.startswith(time.value))):
            return None
    return found


def _joined_fragments(doc: Doc) -> list[tuple[int, int]]:
    """The parse's sentences, a fragment of a word or two the parser cut off the start of the
    next one on the same line ("Douze | soldats ont été tués…") joined to it.

    Read from the document's arrays: building every sentence's span and tokens costs more
    than the rest of the step."""
    if not len(doc):
        return []
    import numpy
    from spacy.attrs import IS_PUNCT, IS_SPACE, SENT_START

    rows = doc.to_array([SENT_START, IS_PUNCT, IS_SPACE])
    starts = [0, *(numpy.flatnonzero(rows[1:, 0] == 1) + 1).tolist()]
    words = numpy.add.reduceat((rows[:, 1] == 0) & (rows[:, 2] == 0), starts).tolist()
    ends = [*starts[1:], len(doc)]
    text = nlp.text_of(doc)
    bounds: list[tuple[int, int]] = []
    pending: int | None = None
    for first, end, count in zip(starts, ends, words, strict=True):
        last = doc[end - 1]
        start = doc[first].idx if pending is None else pending
        pending = None
        if count <= 2 and not last.is_punct and end < len(doc) \
                and "\n" not in text[last.idx + len(last):doc[end].idx + 1]:
            pending = start
            continue
        bounds.append((start, last.idx + len(last)))
    if pending is not None:
        bounds.append((pending, len(text)))
    return bounds


def _answer_pattern(words: dict[str, Any]) -> re.Pattern[str] | None:
    """A word of answering an act (`answer_stems`) then a noun of harm (`harm_nouns`) and its
    "de", ending where a figure starts: "répondre à la mort de"."""
    stems, harm = words.get("answer_stems", []), words.get("harm_nouns", [])
    if not stems or not harm:
        return None
    return re.compile(
        rf"(?<!\w)(?:{'|'.join(map(re.escape, stems))})\w*[^.;:!?]*?"
        rf"(?<!\w)(?:{'|'.join(map(re.escape, harm))})\s+"
        rf"(?:{'|'.join(map(re.escape, words.get('genitive', [])))})['’]?\s*$", re.IGNORECASE)


def _answered(article: Article, doc: Doc, figure: Figure,
              answer: re.Pattern[str] | None) -> bool:
    """"… disant répondre à la mort de quatre de ses combattants": people whose harm
    (`harm_nouns`) an act answers (`answer_stems`, a few words before the figure in its
    sentence) were harmed in an earlier event, not in the act ("a riposté, tuant douze
    assaillants" is the answer's own toll)."""
    if answer is None:
        return False
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    start = span.sent.start_char if span is not None else max(0, figure.start - ANSWER_REACH)
    return bool(answer.search(article.text, max(start, figure.start - ANSWER_REACH),
                              figure.start))


def _restatement(figures: list[Figure], index: int) -> bool:
    """"Parmi les 240 morts": a figure that refers back to one given before."""
    return 0 <= index < len(figures) and figures[index].refers_to is not None


def _figure_owner(figure: Figure, mentions: list[EventMention], bounds: list[tuple[int, int]],
                  follow: int, article: Article | None = None) -> EventMention | None:
    """The event of the figure's clause, else sentence, else the last violent event of the
    ``follow`` sentences before, unless the figure's sentence names another place ("105
    civils l'ont été à Alep-Ouest" is not the toll of the event at Alep-Est)."""
    clause = [m for m in mentions if m.start <= figure.start < m.end]
    same = [m for m in mentions if m.sentence_start <= figure.start < m.sentence_end]
    here = _sentence_index(bounds, figure.start)
    joined = [m for m in mentions if here >= 0 and _sentence_index(bounds, m.start) == here]
    for group in (clause, same, joined):
        if group:  # the nearest, not a move of forces when there is another ("les renforts
            # dépêchés ont neutralisé dix assaillants": the fighting's toll)
            return min(group, key=lambda m: (m.kind in DEPLOYMENT and len(group) > 1,
                                             abs(m.start - figure.start)))
    kinds = VIOLENCE | PROTEST | {"displacement"}
    earlier = [m for m in mentions
               if 0 <= here - _sentence_index(bounds, m.sentence_start) <= follow
               and m.sentence_start < figure.start and m.kind in kinds]
    if not earlier:
        return None
    found = max(earlier, key=lambda m: m.start)
    if article is not None and here >= 0 and _elsewhere(article, found, bounds[here]):
        return None
    return found


def _elsewhere(article: Article, mention: EventMention, sentence: tuple[int, int]) -> bool:
    """Whether ``sentence`` names a place and none is the event's own."""
    if mention.place is None:
        return False
    names = [p for p in article.places if ctx.within(p, *sentence)
             and p.role not in ctx.NOT_THE_SCENE | {"container", "reference"}
             and not _about_source(article, p)]
    own = {mention.place.text.casefold(), (mention.place.name or "").casefold()} - {""}
    return bool(names) and not any(p.text.casefold() in own for p in names)


_TITLE = re.compile(r"\s*,\s*[^.;:!?«»\"\n]{0,100}$")


def _about_source(article: Article, place: Place) -> bool:
    """Whether ``place`` is in the title of who speaks ("a déclaré X, administrateur du
    territoire de Beni"): where the source holds office, not where anything happened."""
    return any(0 <= a.source_end <= place.start
               and _TITLE.fullmatch(article.text, a.source_end, place.start)
               for a in article.attributions)


def _cumulative_only(article: Article, mention: EventMention, words: dict[str, Any]) -> bool:
    """A clause that only restates the conflict's cumulative toll over a long period."""
    figures = [f for f in article.figures if mention.start <= f.start < mention.end]
    if not figures or not all(f.cumulative for f in figures):
        return False
    pattern = words.get("cumulative_period")
    return bool(pattern and re.search(pattern, mention.text, re.IGNORECASE))


def _ev(field: str, article: Article, span: Any, stage_name: str, source: str | None = None,
        ) -> Evidence:
    return Evidence(field, article.id, span.start, span.end, stage_name,
                    article.text[span.start:span.end], source)


def _evidence(article: Article, mention: EventMention, triggers: list[Trigger],
              head: Token) -> list[Evidence]:
    source = mention.attribution.source if mention.attribution else None
    names = ("trigger", "kind", "event_type", "sub_event_type", "disorder_type", "plover",
             "plover_mode")
    items = [_ev(name, article, trigger, STAGE, source) for trigger in triggers for name in names]
    for role in ("actor1", "actor2", "assoc1", "assoc2"):
        items.extend(_ev(role, article, m, m.stage, source) for m in getattr(mention, role))
    if mention.kind in ("government_regains", "nonstate_overtakes") and mention.actor1:
        items.append(_ev("kind", article, mention.actor1[0], mention.actor1[0].stage, source))
    if mention.place is not None:
        items.append(_ev("place", article, mention.place, mention.place.stage, source))
    items.extend(_date_evidence(article, mention))
    if mention.attribution is not None:
        items.append(_ev("attribution", article, mention.attribution, mention.attribution.stage,
                         source))
    verb = _Offsets(head.idx, head.idx + len(head))
    items.append(_ev("modality", article, verb, STAGE, source))
    items.append(_ev("occurred", article, verb, STAGE, source))
    items.append(_ev("certainty", article, mention.attribution or verb, STAGE, source))
    return items


class _Offsets:
    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def _date_evidence(article: Article, mention: EventMention) -> list[Evidence]:
    if mention.time is not None:
        return [_ev(name, article, mention.time, mention.time.stage)
                for name in ("time", "date", "date_precision", "date_prec")]
    claim = article.published
    if claim is None or mention.date is None:
        return []
    located = [c for c in claim.evidence if c.start >= 0]
    if located:
        return [_ev(name, article, located[0], "dating")
                for name in ("date", "date_precision", "date_prec")]
    return [Evidence(name, article.id, -1, -1, "dating", claim.value or "",
                     claim.page_date_source)
            for name in ("date", "date_precision", "date_prec")]

"""Who acts, who is targeted, who supports: actor roles of an event from the parse.

Only actor mentions found by the Actors stage (``article.actors``) can fill a role; the parse
decides which role. Signals, strongest first: a support participle ("appuyées par", "soutenu
par", "et ses alliés") → associated actor; the passive agent ("menée par") → actor1;
"contre", "visant", "sur" → actor2; "aux mains de" with a phrase trigger → actor1; the subject
of the trigger verb or of its clause → actor1 (a passive subject → actor2); the direct object of
the trigger verb → actor2; "de" on a noun trigger → the trigger's ``de`` role. Actors named as
the source of the statement ("selon l'OSDH") fill no role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from ..geo.chains import alternatives
from ..nlp import text_of
from ..types import ActorMention
from .lexicon import Trigger, verb_keys, word_keys

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

AGENT_DEPS = frozenset({"obl:agent"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
#: the note of an actor that says it did the act itself ("l'armée affirme avoir neutralisé"):
#: a party though it is the source
CLAIMANT = "claims the act as its own"
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass"})
OBJECT_DEPS = frozenset({"obj"})


@dataclass
class Roles:
    actor1: list[ActorMention] = field(default_factory=list)
    actor2: list[ActorMention] = field(default_factory=list)
    assoc1: list[ActorMention] = field(default_factory=list)
    assoc2: list[ActorMention] = field(default_factory=list)


def mention_root(doc: Doc, mention: ActorMention) -> Token | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def case_of(token: Token) -> str:
    """The preposition introducing ``token`` ("par", "contre", "de"…), lowercased."""
    for child in token.children:
        if child.dep_ in ("case", "mark") or (child.dep_ == "fixed" and child.i < token.i):
            return child.lower_.replace("'", "").replace("\u2019", "")
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and previous.pos_ == "ADP":
        return previous.lower_
    return ""


def _before(doc: Doc, token: Token, words: set[str], reach: int = 4,
            unbroken: bool = False) -> str | None:
    """The first of ``words`` among the ``reach`` tokens before ``token``'s subtree (with
    ``unbroken``, no punctuation between: not "Selon lui, les FARDC ont …")."""
    first = min(t.i for t in token.subtree) if token.dep_ != "conj" else token.i
    for i in range(first - 1, max(-1, first - 1 - reach), -1):
        key = doc[i].lower_
        lemma = doc[i].lemma_.casefold()
        if key in words or lemma in words:
            return key
        if unbroken and doc[i].is_punct:
            return None
    return None


def is_source(doc: Doc, mention: ActorMention, root: Token, words: dict[str, list[str]]) -> bool:
    """The actor is the source of the statement ("selon l'OSDH", "rapporte l'OSDH")."""
    according = set(words.get("according", []))
    if _before(doc, root, according, reach=3, unbroken=True):
        return True
    # "d'après le bulletin de la 3e région militaire": the source's complement, however deep;
    # "confirmé par un commandant des forces armées": the agent of a verb of speech
    speech_verbs = set(words.get("speech_verbs", []))
    token = root
    for _ in range(4):
        if any(c.dep_ == "case" and c.lower_ in according for c in token.children):
            return True
        if (token.dep_ in AGENT_DEPS or case_of(token) == "par") \
                and verb_keys(token.head) & speech_verbs:
            return True
        if token.head.i == token.i or token.dep_ not in ("nmod", "appos", "flat:name", "obl",
                                                          "obl:mod"):
            break
        token = token.head
    if root.dep_ == "appos" and root.head.i != root.i:
        root = root.head  # "les Forces de soutien rapide (FSR) ont imputé…": the speaker's acronym
    # "le Bureau conjoint des Nations unies … a dénoncé": named inside the speaker's phrase
    for _ in range(3):
        if root.dep_ != "nmod" or root.head.i == root.i or root.head.pos_ not in ("NOUN", "PROPN") \
                or root.head.dep_ not in SUBJECT_DEPS:
            break
        root = root.head
    speech = bool(verb_keys(root.head) & speech_verbs)
    # the speaker: the subject of a verb of speech, or what the parse hangs before it
    return speech and (root.dep_ in SUBJECT_DEPS or root.i < root.head.i)


def assign(doc: Doc, trigger: Trigger, clause_head: Token, candidates: list[ActorMention],
           words: dict[str, list[str]], text: str | None = None) -> Roles:
    """Fill actor roles for the event whose trigger is ``trigger`` in ``clause_head``'s clause."""
    roles = Roles()
    text = text if text is not None else text_of(doc)
    placed: dict[int, str] = {}
    pending: list[tuple[ActorMention, Any]] = []
    sides = _between(text, candidates, words)
    roots = {m.start: mention_root(doc, m) for m in candidates}
    support = {w.casefold() for w in words.get("support", [])}
    named = {i for m in candidates if m.actor_id and (r := roots[m.start]) is not None
             for i in ((r.i, r.head.i) if r.dep_ in NAME_DEPS else (r.i,))}
    for mention in candidates:
        root = roots[mention.start]
        if root is not None and _in_description(root, trigger, named, support):
            continue  # "la milice X, accusée d'exactions contre les civils": not a party
        if root is not None and _describes_the_place(text, root.sent.start_char, mention, words):
            continue  # "À Kidal, la place forte des rebelles, un élu a compté…"
        if _among_the_counted(text, mention, words):
            _put(roles, "actor2", mention)  # "trente personnes, dont des VDP, ont été tuées"
            if root is not None:
                placed[root.i] = "actor2"
            continue
        if mention.start in sides:
            _put(roles, sides[mention.start], mention)
            if root is not None:  # "aux rebelles du NAS": the group named inside takes it too
                placed[root.i] = sides[mention.start]
            continue
        claimed = _claims_own_act(root, trigger, words) if root is not None else None
        if claimed is None and root is not None and _announces_own_act(root, trigger, mention,
                                                                        words):
            claimed = "actor1"
        if claimed is not None and root is not None:
            # "l'armée affirme avoir neutralisé…": it did, though it is also the source ("…
            # avoir repoussé une attaque": it was attacked)
            _put(roles, claimed, replace(mention, note=CLAIMANT))
            placed[root.i] = claimed
            continue
        if _agent_of_noun(text, mention, trigger):
            _put(roles, "actor1", mention)  # "l'arrestation par les forces de l'ordre de …"
            if root is not None:
                placed[root.i] = "actor1"
            continue
        if root is None or is_source(doc, mention, root, words):
            continue
        if _spoken_of(root, trigger, words):
            continue  # "Kinshasa accuse le Rwanda après des tirs d'obus": whom one accuses
        role = "actor2" if _dies(mention, root, clause_head, words) \
            or _counts_its_losses(root, words) else \
            _role(doc, trigger, clause_head, root, words)
        if role is None:
            pending.append((mention, root))
            continue
        if role == "actor1" and trigger.rule.agent and root.head.i not in range(
                trigger.first, trigger.last + 1) and _agent_named(doc, trigger, candidates):
            role = "actor2"  # "le régime a vu Palmyre tomber aux mains de l'EI": it lost it
        _put(roles, role, mention)
        placed[root.i] = role
    for mention, root in pending:  # conjuncts share the role of their first conjunct
        role = placed.get(root.head.i) if root.dep_ == "conj" else None
        role = role or _coordinated(text, mention, roles)
        role = role or _nested(root, placed, words)
        role = role or _held_by_text(text, mention, trigger, words)
        role = role or _agent_inside(root, words)
        role = role or _attributed_by_text(text, mention, words)
        role = role or _owner_of_target(root, trigger, words, clause_head)
        role = role or _fired_from(root, trigger, words)
        role = role or _owner_of_means(root, trigger, words)
        role = role or _harmed(root, words)
        role = role or _inside_subject(root, trigger, clause_head, words)
        role = role or _inside_agent(root, trigger, clause_head, words) \
            or _inside_agent(_first_token(doc, mention) or root, trigger, clause_head, words)
        role = role or _inside_opponent(_first_token(doc, mention) or root, trigger, words)
        role = role or _of_the_noun_described(doc, root, trigger, words)
        if role is None and mention.how == "implied" and trigger.first <= root.i <= trigger.last:
            role = "actor1"  # the event phrase names its author: "une frappe israélienne"
        if role is None and mention.end <= trigger.start and _undergoes(root):
            role = "actor2"  # "sept soldats tués dans une embuscade": they were killed
        if role is None and root.dep_ in PASSIVE_SUBJECT_DEPS and _passive(root.head, words) \
                and root.head.lemma_.casefold() in {w.casefold()
                                                   for w in words.get("harm_verbs", [])}:
            role = "actor2"  # "trois gendarmes ont été tués …, a-t-on appris de source …"
        if role is None and root.i < clause_head.i and _passive(clause_head, words) \
                and not any(c.dep_ == "case" for c in root.children):
            # "huit civils, dont trois enfants, ont été tués par …": the subject of a passive
            # the parse read as another complement underwent it
            role = "actor2"
        if role is None and mention.end <= trigger.start and _repelled(doc, trigger, words):
            role = "actor2"  # "Burkina : des VDP repoussent une attaque", the parse lost them
        if role is None and mention.end <= trigger.start and root.i < clause_head.i \
                and clause_head.lemma_.casefold() in {w.casefold()
                                                      for w in words.get("undergo", [])} \
                and not _pronominal(clause_head, words):
            # "à X, neuf VDP sont tombés au combat", hung on the place; "un camion de l'armée a
            # heurté une mine" (not "des jeunes se sont heurtés aux forces de l'ordre")
            role = "actor2"
        if role is None and mention.end <= trigger.start and not roles.actor1:
            role = "actor1"
        if role is not None:
            _put(roles, role, mention)
            placed[root.i] = role
    _against_the_other(doc, trigger, roles, words)
    _split_joint(roles)
    _prefer_named(roles, text, words)
    _allies(doc, text, roles, words)
    return roles


#: how a name hangs on the noun of its kind ("la milice X", "le groupe Y")
NAME_DEPS = frozenset({"nmod", "appos", "flat:name"})
DESCRIPTION_DEPS = frozenset({"acl", "acl:relcl"})


def _in_description(root: Token, trigger: Trigger, named: set[int], support: set[str]) -> bool:
    """Whether ``root`` is inside a clause that describes an actor (a participle or a relative
    on its noun: "la milice X, accusée de nombreuses exactions contre les civils") that does
    not hold the event's trigger. Who supports the actor ("soutenues par des milices") is its
    ally, read by the roles' own rule."""
    current = root
    for _ in range(6):
        if current.head.i == current.i:
            return False
        if current.dep_ in DESCRIPTION_DEPS and current.pos_ == "VERB" \
                and current.head.i in named and current.lemma_.casefold() not in support:
            return not any(trigger.first <= t.i <= trigger.last for t in current.subtree)
        current = current.head
    return False


def _describes_the_place(text: str, sentence_start: int, mention: ActorMention,
                         words: dict[str, Any]) -> bool:
    """Whether the actor is named in the apposition that describes the place opening its
    sentence ("À Kidal, la place forte des rebelles, …", `place_apposition`): what the place
    is, not who took part."""
    pattern = words.get("place_apposition")
    if not pattern:
        return False
    before = text[sentence_start:mention.start]
    return re.search(pattern, before) is not None and "," in text[mention.end:mention.end + 60]


def _spoken_of(root: Token, trigger: Trigger, words: dict[str, Any]) -> bool:
    """Whether the actor is the object of a verb of speech ("accuse le Rwanda") and the event
    is told beside it, after a preposition of time (`anchor_prepositions`: "… après des tirs
    d'obus sur Goma"): whom a statement speaks of, not a party to the event told beside it
    (unlike "accuse l'armée d'avoir tué", where the event is what it is accused of)."""
    verb = root.head
    if root.dep_ != "obj" or not verb_keys(verb) & {
            w.casefold() for w in words.get("speech_verbs", [])}:
        return False
    anchors = {w.casefold() for w in words.get("anchor_prepositions", [])}
    tokens = set(range(trigger.first, trigger.last + 1))
    return any(child.dep_.startswith("obl") and case_of(child) in anchors
               and tokens & {t.i for t in child.subtree} for child in verb.children)


def _among_the_counted(text: str, mention: ActorMention, words: dict[str, Any]) -> bool:
    """The actor is named among the people a toll counts, after its noun, a comma and a word
    of inclusion ("trente personnes, dont des VDP,"): one of the victims."""
    pattern = _among_pattern(tuple(words.get("among", ())),
                             tuple(words.get("counted_people", ())))
    if pattern is None:
        return False
    before = text[max(0, mention.start - 80):mention.start].replace("\u2019", "'")
    return pattern.search(before) is not None


@cache
def _among_pattern(among: tuple[str, ...], counted: tuple[str, ...]) -> re.Pattern[str] | None:
    """A noun of a count, a comma, a word of inclusion and at most three words, up to where
    the actor begins; None when the language has no such words."""
    if not among or not counted:
        return None
    return re.compile(rf"(?<!\w)(?:{alternatives(list(counted))})\s*,\s*"
                      rf"(?:{alternatives(list(among))})\s+(?:[^\W\d_]+\s+){{0,3}}$",
                      re.IGNORECASE)


def _repelled(doc: Doc, trigger: Trigger, words: dict[str, Any]) -> bool:
    """Whether the trigger is the object of a verb of repelling ("repoussent une attaque"):
    who is named before it, where the parse tied them to nothing, was attacked."""
    repelling = {w.casefold() for w in words.get("repelling", [])}
    return any(doc[i].dep_ in OBJECT_DEPS and doc[i].head.lemma_.casefold() in repelling
               for i in range(trigger.first, trigger.last + 1))


def _undergoes(root: Token) -> bool:
    """The actor is what a past participle says was done to it ("sept soldats tués", "des
    civils blessés"), or to the people it names the members of ("deux membres du groupe
    tués"): not the one who acted."""
    nouns = [root, root.head] if root.dep_ == "nmod" and root.head.pos_ == "NOUN" else [root]
    return any(child.dep_ in ("acl", "amod") and "Part" in child.morph.get("VerbForm", [])
               and "Past" in child.morph.get("Tense", []) and child.i > noun.i
               and not any(g.dep_.startswith("aux") for g in child.children)
               for noun in nouns for child in noun.children)


def _dies(mention: ActorMention, root: Token, clause_head: Token, words: dict[str, Any]) -> bool:
    """The state's forces, its auxiliaries or civilians are named before a clause whose verb
    says they died in the event ("huit soldats (FAMa) ont péri dans une embuscade"), its
    subject or a noun the parser left unattached. Fighters of a group who die in a clash may
    have started it: their side stays open."""
    dying = {w.casefold() for w in words.get("death_verbs", [])}
    hit = {w.casefold() for w in [*words.get("armed_state", []), "civilians"]}
    if (mention.kind or "").casefold() not in hit and (mention.sector or "").casefold() not in hit \
            and not state_side(mention):
        return False
    verb = clause_head.lemma_.casefold()
    phrases = {f"{verb} {d.lower_} {c.lemma_.casefold()}" for c in clause_head.children
               if c.dep_ == "obj" for d in c.children if d.dep_ == "det"}
    return bool(({verb} | phrases) & dying) and root.i < clause_head.i \
        and not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "aux:tense", "aux:pass")
                    for t in root.doc[root.i + 1:clause_head.i])


def _counts_its_losses(root: Token, words: dict[str, Any]) -> bool:
    """The subject of a verb of counting one's losses whose object is the dead or wounded
    ("l'armée déplore six morts dans une attaque", "les FAMa ont enregistré deux blessés"):
    the side that was hit (`loss_verbs`, `loss_nouns`)."""
    verb = root.head
    if root.dep_ not in SUBJECT_DEPS or verb.i == root.i or verb.lemma_.casefold() not in {
            w.casefold() for w in words.get("loss_verbs", [])}:
        return False
    nouns = {w.casefold() for w in words.get("loss_nouns", [])}
    return any(c.dep_ == "obj" and (c.lemma_.casefold() in nouns or c.lower_ in nouns)
               for c in verb.children)


def state_side(actor: ActorMention) -> bool:
    """A militia that fights on its state's side (a conflict's auxiliaries: Burkina Faso's
    VDP): its dead, like the soldiers', are the side that was hit; no enemy of the forces."""
    from ..actors.dictionary import load_dictionary
    from ..actors.generic import on_state_side

    return bool(actor.actor_id) and on_state_side(load_dictionary(), actor.actor_id or "")


#: how many steps up from the trigger the verb that carries it may be ("avoir tiré une salve
#: de roquettes": the noun's head, then that noun's verb)
CARRIER_STEPS = 2


def _announces_own_act(root: Token, trigger: Trigger, mention: ActorMention,
                       words: dict[str, Any]) -> bool:
    """A state force that announces an act of the kind only it does, named by a noun ("la
    police a annoncé jeudi l'arrestation de cinq suspects", `own_announced_kinds`): it made
    the arrest, as well as telling of it."""
    kinds = set(words.get("own_announced_kinds", []))
    verbs = {w.casefold() for w in words.get("own_announcing_verbs", [])}
    verb = root.head
    return trigger.rule.kind in kinds and mention.kind == "state-forces" \
        and root.dep_ in SUBJECT_DEPS and verb.lemma_.casefold() in verbs \
        and any(c.dep_ == "obj" and any(trigger.first <= t.i <= trigger.last for t in c.subtree)
                for c in verb.children)


def _claims_own_act(root: Token, trigger: Trigger, words: dict[str, Any]) -> str | None:
    """The subject of a verb of claiming whose infinitive complement is the trigger ("l'armée
    affirme avoir neutralisé quinze assaillants", "le groupe dit avoir abattu"): the one who
    acted ("actor1"), as well as the one who says so (not "le régime a vu Palmyre tomber");
    the one attacked ("actor2") when what it claims is to have repelled the attack ("l'armée
    affirme avoir repoussé une attaque", `repelling`); None when it claims no act of its own."""
    verb = root.head
    claims = {w.casefold() for w in words.get("claim_verbs", [])}
    if root.dep_ not in SUBJECT_DEPS or verb.lemma_.casefold() not in claims:
        return None
    owned = {w.casefold() for w in words.get("claim_nouns_verbs", [])}
    if verb.lemma_.casefold() in owned and any(
            c.dep_ == "obj" and any(trigger.first <= t.i <= trigger.last for t in c.subtree)
            for c in verb.children):
        # "le JNIM a revendiqué l'attaque", "l'armée a revendiqué la prise de X", "le
        # Hezbollah a revendiqué des tirs de roquettes sur X"
        return "actor1"
    doc = root.doc
    undergo = {w.casefold() for w in words.get("undergo", [])}
    repelling = {w.casefold() for w in words.get("repelling", [])}
    carriers: set[int] = set()
    for i in range(trigger.first, trigger.last + 1):
        token = doc[i]
        for _ in range(CARRIER_STEPS):  # "avoir tiré une salve de roquettes"
            if token.head.i == token.i:
                break
            token = token.head
            carriers.add(token.i)
    for child in verb.children:
        # the trigger, or the verb it is the object of ("affirme avoir mené une frappe")
        if child.dep_ != "xcomp" or not (trigger.first <= child.i <= trigger.last
                                         or child.i in carriers):
            continue
        if child.lemma_.casefold() in undergo:
            return None  # "les insurgés affirment avoir subi des tirs": they underwent them
        if any("Inf" in t.morph.get("VerbForm", []) for t in (child, *child.children)):
            return "actor2" if child.lemma_.casefold() in repelling else "actor1"
    return None


def _allies(doc: Doc, text: str, roles: Roles, words: dict[str, Any]) -> None:
    """"les djihadistes et leurs alliés", "le groupe HTS (…), et ses alliés": unnamed allies
    coordinated with the actor of a side are an associated actor of that side."""
    nouns = {w.casefold() for w in words.get("allies", [])}
    possessives = {w.casefold() for w in words.get("allies_possessive", [])}
    if not nouns:
        return
    for side, assoc in (("actor1", "assoc1"), ("actor2", "assoc2")):
        for actor in list(getattr(roles, side)):
            found = _allies_after(text, actor, nouns, possessives) or \
                _allies_in_parse(doc, actor, nouns, possessives)
            bucket: list[ActorMention] = getattr(roles, assoc)
            if found is None or any(m.start < found[1] and found[0] < m.end for m in bucket):
                continue
            bucket.append(_ally(actor, *found, text, words))


_ALLIES_GAP = re.compile(r"\s*,?\s*(?:et|ainsi que)\s+(\w+)\s+(\w+)\b")


def _allies_after(text: str, actor: ActorMention, nouns: set[str],
                  possessives: set[str]) -> tuple[int, int] | None:
    """The allies named right after the actor ("X et leurs alliés")."""
    match = _ALLIES_GAP.match(text, actor.end)
    if match is None or match.group(1).casefold() not in possessives \
            or match.group(2).casefold() not in nouns:
        return None
    return match.start(1), match.end(2)


def _allies_in_parse(doc: Doc, actor: ActorMention, nouns: set[str],
                     possessives: set[str]) -> tuple[int, int] | None:
    """The allies coordinated with the actor or with the noun it names ("le groupe X, …,
    et ses alliés")."""
    root = mention_root(doc, actor)
    heads = [root] if root is not None else []
    while heads and heads[-1].dep_ in ("nmod", "appos", "flat:name") and len(heads) < 3:
        heads.append(heads[-1].head)
    for head in heads:
        for token in head.children:
            if token.dep_ != "conj" or token.lower_ not in nouns:
                continue
            determiners = [c for c in token.children if c.dep_ == "det"]
            if any(d.lower_ in possessives for d in determiners):
                return min(token.idx, *(d.idx for d in determiners)), token.idx + len(token)
    return None


def _ally(actor: ActorMention, start: int, end: int, text: str,
          words: dict[str, Any]) -> ActorMention:
    name = actor.canonical or actor.text
    pattern = str(words.get("allies_name", "{actor}"))
    key = actor.key or actor.actor_id or re.sub(r"\W+", "-", name.casefold()).strip("-")
    return ActorMention(start, end, "events", text[start:end], canonical=pattern.format(
        actor=name), kind=None, sector=actor.sector, country=actor.country, side=actor.side,
        how="generic", key=f"allies-of-{key}",
        note=f"unnamed allies coordinated with {actor.text!r}")


def _nested(root: Token, placed: dict[int, str], words: dict[str, Any]) -> str | None:
    """"les rebelles du groupe armé État islamique", "des rebelles présumés des ADF": a party
    named inside the phrase of a placed one takes its role; inside what the placed author's
    phrase says was attacked ("des éléments armés contre un convoi de la Minusca"), the
    other role."""
    for head, targeted in _heads_above(root, ("nmod", "appos", "flat:name", "acl", "amod"),
                                       words):
        if head.i in placed:
            if not targeted:
                return placed[head.i]
            return "actor2" if placed[head.i] == "actor1" else None
    return None


def _heads_above(root: Token, deps: tuple[str, ...], words: dict[str, Any],
                 steps: int = 3) -> Iterator[tuple[Token, bool]]:
    """The nouns whose phrase ``root`` is named inside (through ``deps``, a few steps up), each
    with whether the way up went through a target ("contre un convoi de …")."""
    targets = set(words.get("target", []))
    targeted = False
    current = root
    for _ in range(steps):
        if current.dep_ not in deps or current.head.i == current.i:
            return
        targeted = targeted or case_of(current) in targets
        current = current.head
        yield current, targeted


def genitive_cases(words: dict[str, Any]) -> set[str]:
    """The prepositions of a noun's complement ("de", "du"…), as `case_of` gives them."""
    return {w.casefold() for w in words.get("genitive", [])}


def _agent_inside(root: Token, words: dict[str, Any]) -> str | None:
    """"par des combattants du M23", "attribuée à la milice X": a group named inside the agent
    phrase (a noun introduced by "par", or by "à" after `attributed_to`) is the one who acted;
    inside what that phrase says was attacked ("par des éléments armés contre un convoi de la
    Minusca"), the one who underwent it."""
    authors = {w.casefold() for w in words.get("attributed_to", [])}
    for head, targeted in _heads_above(root, ("nmod",), words):
        if head.pos_ == "NOUN" and (head.dep_ in AGENT_DEPS or case_of(head) == "par"
                                    or _attributed(head, authors)):
            return "actor2" if targeted else "actor1"
    return None


def _attributed_by_text(text: str, mention: ActorMention, words: dict[str, Any]) -> str | None:
    """"attribue l'attaque au groupe armé X" when the parse loses a name it does not know: a
    verb of `attributed_to` then "à" and at most three words right before the actor."""
    pattern = _words_before_actor(tuple(words.get("attributed_to", ())), "(?:à|au|aux)", 3)
    if pattern is None:
        return None
    return "actor1" if pattern.search(text, max(0, mention.start - ATTRIBUTED_REACH),
                                      mention.start) else None


#: how far before an actor the verb naming it the author may stand (characters)
ATTRIBUTED_REACH = 100


def _agent_of_noun(text: str, mention: ActorMention, trigger: Trigger) -> bool:
    """The actor follows the event's noun and "par" ("l'arrestation par les forces de
    l'ordre de quinze personnes", "le bombardement par l'aviation de…"), whatever the parse
    hung it on (a verb of speech, as its speaker): who did it."""
    return trigger.start < mention.start and trigger.text[:1].islower() \
        and " " not in trigger.text.strip() \
        and _AGENT_LINK.fullmatch(text, trigger.end, mention.start) is not None


_AGENT_LINK = re.compile(r"\s+par\s+(?:les\s+|la\s+|le\s+|l['’]\s*|des\s+|du\s+)?",
                         re.IGNORECASE)


def _held_by_text(text: str, mention: ActorMention, trigger: Trigger,
                  words: dict[str, Any]) -> str | None:
    """"le commissariat, occupé depuis une semaine par des membres du gang X" when the parse
    loses the agent: a participle of `holding`, its "par" and at most four words right before
    the actor: the actor held what the event was about, it underwent it; not when the
    participle is joined to the event's word ("envahis puis occupés par des grévistes":
    they took it)."""
    pattern = _words_before_actor(tuple(words.get("holding", ())), "par", 4)
    if pattern is None:
        return None
    found = pattern.search(text, max(0, mention.start - ATTRIBUTED_REACH), mention.start)
    if found is None or found.start() < trigger.end \
            or _JOINED.fullmatch(text, trigger.end, found.start()):
        return None  # (the participle the event's word itself: its agent acted)
    return "actor2"


_JOINED = re.compile(r"\s*(?:,\s*)?(?:et|puis)\s*", re.IGNORECASE)


@cache
def _words_before_actor(words: tuple[str, ...], link: str, most: int) -> re.Pattern[str] | None:
    """One of ``words``, then ``link`` (no other "par" between them), an article and at most
    ``most`` words, up to where the actor begins."""
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{alternatives(list(words))})(?!\w)"
                      rf"(?:(?!\spar\s)[^.;:!?«»]){{0,60}}?\s{link}\s+(?:la\s+|l['’]\s*)?"
                      rf"(?:[^\W\d_][\w'’-]*\s+){{0,{most}}}$", re.IGNORECASE)


def _attributed(noun: Token, authors: set[str]) -> bool:
    """"attribue l'attaque à la milice X", "une embuscade imputée au groupe armé X": the noun
    of the group whom a verb of `attributed_to` names as the author."""
    return case_of(noun) in ("à", "au", "aux") and (noun.head.lemma_.casefold() in authors
                                                    or noun.head.lower_ in authors)


def _owner_of_target(root: Token, trigger: Trigger, words: dict[str, Any],
                     clause_head: Token | None = None) -> str | None:
    """"ont attaqué une base de la Minusca", "une position de l'armée a été visée", "un tir
    contre un convoi de la police", "un Casque bleu tué … contre un convoi de la Minusca":
    whose the thing attacked is, it underwent the attack."""
    head = root.head
    if root.dep_ != "nmod" or head.i == root.i or head.pos_ != "NOUN" \
            or case_of(root) not in genitive_cases(words):
        return None
    trigger_tokens = range(trigger.first, trigger.last + 1)
    verbs = {*trigger_tokens, *([clause_head.i] if clause_head is not None else [])}
    # (or of the clause's verb of harm or fire when the event word is its subject: "des
    # drones de l'armée ont frappé des positions du M23")
    striking = {w.casefold() for w in (*words.get("harm_verbs", []),
                                      *words.get("fire_verbs", []))}
    if head.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and (
            head.head.i in trigger_tokens or head.head.i in verbs
            and head.head.lemma_.casefold() in striking and any(
                t.head.i == head.head.i and t.dep_ in SUBJECT_DEPS for t in
                (root.doc[i] for i in trigger_tokens))):
        return "actor2"
    targets = set(words.get("target", []))
    return "actor2" if case_of(head) in targets and head.head.i in verbs else None


def _fired_from(root: Token, trigger: Trigger, words: dict[str, Any]) -> str | None:
    """"des obus tirés depuis les positions du M23": whose the place a weapon was fired
    from is (`fired_from` before it, a verb of fire on the event word), it fired."""
    head = root.head
    origins = {w.casefold() for w in words.get("fired_from", [])}
    if root.dep_ != "nmod" or head.i == root.i or case_of(root) not in genitive_cases(words) \
            or case_of(head) not in origins:
        return None
    verb = head.head
    fire = {w.casefold() for w in words.get("fire_verbs", [])}
    tokens = range(trigger.first, trigger.last + 1)
    if verb.lemma_.casefold() in fire and (verb.i in tokens or verb.head.i in tokens):
        return "actor1"
    return None


def _owner_of_means(root: Token, trigger: Trigger, words: dict[str, Any]) -> str | None:
    """"des frappes de drones des paramilitaires X", "des tirs de roquettes du groupe Y":
    whose the weapons (`machines`) of the event word are, it struck."""
    head = root.head
    machines = {w.casefold() for w in words.get("machines", [])}
    genitive = genitive_cases(words)
    if root.dep_ != "nmod" or head.i == root.i or case_of(root) not in genitive \
            or head.lower_ not in machines or case_of(head) not in genitive:
        return None
    return "actor1" if trigger.first <= head.head.i <= trigger.last else None


def _harmed(root: Token, words: dict[str, Any]) -> str | None:
    """"la mort de plusieurs civils", "l'enlèvement de deux humanitaires": whom a noun of harm
    names underwent the event (`harm_nouns`)."""
    harm = {w.casefold() for w in words.get("harm_nouns", [])}
    if root.dep_ == "nmod" and case_of(root) in genitive_cases(words) \
            and root.head.lemma_.casefold() in harm:
        return "actor2"
    return None


def _prefer_named(roles: Roles, text: str, words: dict[str, Any]) -> None:
    """A side told by a generic word ("les rebelles") and by the name of the group right after
    it ("du groupe armé État islamique") is that group (not the one named as its support: "les
    rebelles, soutenus par le Rwanda")."""
    support = {w.casefold() for w in words.get("support", [])}
    for side, assoc in (("actor1", "assoc1"), ("actor2", "assoc2")):
        main: list[ActorMention] = getattr(roles, side)
        extra: list[ActorMention] = getattr(roles, assoc)
        if not main or main[0].how != "generic":
            continue
        named = [m for m in extra if m.how == "dictionary" and m.kind not in (None, "person")
                 and 0 <= m.start - main[0].end <= 40
                 and not support & set(re.findall(r"\w+", text[main[0].end:m.start].casefold()))]
        if named:
            extra.remove(named[0])
            extra.insert(0, main[0])
            main[0] = named[0]


def _agent_named(doc: Doc, trigger: Trigger, candidates: list[ActorMention]) -> bool:
    """Whether a phrase trigger's own agent ("aux mains des rebelles") is among the actors."""
    tokens = range(trigger.first, trigger.last + 1)
    for mention in candidates:
        root = mention_root(doc, mention)
        if root is not None and root.head.i in tokens and mention.start >= trigger.end:
            return True
    return False


def _inside_subject(root: Token, trigger: Trigger, clause_head: Token,
                    words: dict[str, Any]) -> str | None:
    """A party named inside the subject ("un général des Gardiens de la Révolution a été
    tué"): actor2 when the subject is passive or its verb one of undergoing ("un véhicule de
    l'armée a sauté sur une mine"), actor1 when active."""
    doc = root.doc
    # (and the verb the event's noun hangs on: "… ont été tuées dans des frappes")
    verbs = {clause_head.i, *range(trigger.first, trigger.last + 1),
             *(doc[i].head.i for i in range(trigger.first, trigger.last + 1)
               if doc[i].pos_ == "NOUN" and doc[i].head.pos_ == "VERB")}
    undergo = {w.casefold() for w in words.get("undergo", [])}
    current = root
    for _ in range(4):
        # (or the part told after "dont", a relative with no verb: "trois personnes, dont un
        # membre du Hezbollah, ont été tuées")
        part = current.dep_ == "acl:relcl" and current.pos_ in ("NOUN", "PROPN")
        if current.dep_ not in ("nmod", "amod", "appos", "flat:name") and not part \
                or current.head.i == current.i:
            break
        current = current.head
        if current.head.i in verbs and current.dep_ in PASSIVE_SUBJECT_DEPS:
            return "actor2"
        if current.head.i in verbs and current.dep_ in SUBJECT_DEPS:
            # ("Burkina Faso : des VDP repoussent une attaque", read "Burkina … des VDP")
            undergoes = current.head.lemma_.casefold() in undergo \
                and not _pronominal(current.head, words)  # not "se sont heurtés aux…"
            return "actor2" if undergoes or _repelled(doc, trigger, words) else "actor1"
    return None


def _first_token(doc: Doc, mention: ActorMention) -> Token | None:
    """The first word of the actor's name, its head in French ("Coalition des patriotes pour
    le changement") where the parse cut the name and hung its last words elsewhere."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _inside_agent(root: Token, trigger: Trigger, clause_head: Token,
                  words: dict[str, Any]) -> str | None:
    """A group named inside the agent of the event's passive ("enlevés par des combattants de
    la CPC", "… par des combattants présumés de la CPC": through a participle of suspicion,
    `suspected`): the author, as the agent's noun is."""
    verbs = {clause_head.i, *range(trigger.first, trigger.last + 1)}
    suspected = {w.casefold() for w in words.get("suspected", [])}
    current = root
    for _ in range(4):
        if current.head.i == current.i or not (
                current.dep_ in ("nmod", "appos", "flat:name")
                or current.dep_ == "obl:arg" and current.head.lemma_.casefold() in suspected
                or current.dep_ == "acl" and current.lemma_.casefold() in suspected):
            return None
        current = current.head
        if (current.dep_ in AGENT_DEPS or case_of(current) == "par") \
                and current.head.i in verbs:
            return "actor1"
    return None


def _inside_opponent(root: Token, trigger: Trigger, words: dict[str, Any]) -> str | None:
    """A group named inside the other side of a fight ("lors d'affrontements avec des
    membres du gang X", `opponent`): actor2, as that side's noun is."""
    if trigger.rule.kind != "armed_clash":
        return None
    opponent = set(words.get("opponent", []))
    for head, _ in _heads_above(root, ("nmod", "appos", "flat:name"), words):
        if case_of(head) in opponent and trigger.first <= head.head.i <= trigger.last:
            return "actor2"
    return None


def _of_the_noun_described(doc: Doc, root: Token, trigger: Trigger,
                           words: dict[str, Any]) -> str | None:
    """"un véhicule de l'armée saute sur une mine", "les FSR accusées d'avoir tué des civils"
    as headlines parse the verb as a modifier of the noun: the noun, or the party named inside
    its phrase, is the verb's subject's, actor2 when the verb is one of undergoing (read
    through its present form), actor1 otherwise."""
    verb = doc[trigger.first:trigger.last + 1].root
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    carrier = verb
    while carrier.dep_ == "xcomp" and carrier.head.i != carrier.i:
        carrier = carrier.head  # "les FSR accusées d'avoir tué des civils": who is accused did
    if carrier.dep_ != "acl":
        return None
    noun = carrier.head
    if root.i != noun.i and not any(
            head.i == noun.i
            for head, _ in _heads_above(root, ("nmod", "amod", "appos", "flat:name"), words)):
        return None
    if (root.i == noun.i or root.head.i == noun.i) and carrier.i == verb.i \
            and "Part" in verb.morph.get("VerbForm", []):
        # "sept soldats tués", "des dizaines de shebab tués", "un convoi de l'armée attaqué":
        # what was done to them (see `_undergoes`)
        return None
    undergo = {w.casefold() for w in words.get("undergo", [])}
    keys = word_keys(verb)
    return "actor2" if keys & undergo else "actor1"


#: how far before the first side its verb or preposition may be ("ont opposé samedi à X,
#: chef-lieu de la préfecture de Y, des combattants du Z")
SIDES_REACH = 140


def _between(text: str, candidates: list[ActorMention], words: dict[str, Any]) -> dict[int, str]:
    """"combats entre les rebelles et les forces loyales", "des heurts ont opposé la police à
    des manifestants": the first is actor1, the second actor2 (keyed by the mentions' start
    offsets)."""
    ordered = sorted(candidates, key=lambda m: m.start)
    for before_key, gap_key in (("between_before", "between_gap"),
                                ("oppose_before", "oppose_gap")):
        before, gap = words.get(before_key), words.get(gap_key)
        if not before or not gap:
            continue
        for index, first in enumerate(ordered):
            left = text[max(0, first.start - SIDES_REACH):first.start].replace("\u2019", "'")
            if not re.search(str(before), left, re.IGNORECASE):
                continue
            previous = first
            for second in ordered[index + 1:]:  # "entre le régime appuyé par les Russes et …"
                middle = text[previous.end:second.start].replace("\u2019", "'")
                if second.start - first.end > 90 or len(middle) > 40:
                    break
                if re.search(str(gap), middle, re.IGNORECASE):
                    return {first.start: "actor1", second.start: "actor2"}
                previous = second
    alone = words.get("oppose_second")  # "ont opposé des groupes de jeunes à la police"
    for mention in ordered if alone else ():
        left = text[max(0, mention.start - 120):mention.start].replace("\u2019", "'")
        if re.search(str(alone), left, re.IGNORECASE):
            return {mention.start: "actor2"}
    opening = words.get("oppose_before")  # "ont opposé l'armée à des miliciens": the first
    for mention in ordered if opening else ():
        left = text[max(0, mention.start - 80):mention.start].replace("\u2019", "'")
        if re.search(str(opening), left, re.IGNORECASE):
            return {mention.start: "actor1"}
    return {}


_COORDINATION = re.compile(
    r"^\s*(,|et|ainsi que|avec)\s+(ses|leurs|son|sa|les|des|du|de la|l')?\s*$")


def _coordinated(text: str, mention: ActorMention, roles: Roles) -> str | None:
    """The role of the actor just before ``mention`` when the two are coordinated ("X et ses
    alliés")."""
    for role in ("actor1", "actor2"):
        for other in getattr(roles, role):
            gap = text[other.end:mention.start]
            if 0 <= len(gap) <= 20 and _COORDINATION.match(gap.replace("\u2019", "'")):
                return role
    return None


def _put(roles: Roles, role: str, mention: ActorMention) -> None:
    bucket: list[ActorMention] = getattr(roles, role)
    if all(m.start != mention.start for m in bucket):
        bucket.append(mention)


#: the kinds of actor that fight: one of them that underwent an event against another side
ARMED_KINDS = frozenset({"state-forces", "armed-group", "militia", "rebel-group",
                         "jihadist-group"})


def _against_the_other(doc: Doc, trigger: Trigger, roles: Roles,
                       words: dict[str, Any]) -> None:
    """"Trois policiers ont été blessés lors d'une opération contre le gang X": where the side
    an event was against is named, an armed party its clause tells as hurt (with no one else
    acting) was the other side, its author; civilians caught in it stay where they are."""
    if roles.actor1:
        return
    targets = set(words.get("target", []))
    tokens = range(trigger.first, trigger.last + 1)
    against = [m for m in roles.actor2 if (root := mention_root(doc, m)) is not None
               and case_of(root) in targets and root.head.i in tokens]
    if not against:
        return
    sides = {m.actor_id or m.text for m in against}
    others = [m for m in roles.actor2 if m not in against and m.kind in ARMED_KINDS
              and (m.actor_id or m.text) not in sides]
    if others:
        roles.actor1 = others
        roles.actor2 = [m for m in roles.actor2 if m not in others]


def _split_joint(roles: Roles) -> None:
    """ACLED keeps one actor per side: further ones are associated actors of that side."""
    for side, assoc in (("actor1", "assoc1"), ("actor2", "assoc2")):
        bucket: list[ActorMention] = getattr(roles, side)
        # in text order; on the second side, after those of the first side's own actor ("huit
        # soldats tués dans des affrontements entre l'armée et des miliciens": the dead of the
        # first side are not the second)
        first = roles.actor1[0].actor_id if side == "actor2" and roles.actor1 else None
        bucket.sort(key=lambda m: (first is not None and m.actor_id == first, m.start))
        extra = [m for m in bucket[1:] if m.actor_id is None or m.actor_id != bucket[0].actor_id]
        setattr(roles, side, bucket[:1])
        getattr(roles, assoc).extend(m for m in extra if m not in getattr(roles, assoc))


def _role(doc: Doc, trigger: Trigger, clause_head: Token, root: Token,
          words: dict[str, list[str]]) -> str | None:
    support = set(words.get("support", []))
    targets = set(words.get("target", []))
    opponent = set(words.get("opponent", []))
    head = root.head
    case = case_of(root)
    trigger_tokens = set(range(trigger.first, trigger.last + 1))
    supporting = head.lemma_.casefold() in support or head.lower_ in support
    if supporting or _before(doc, root, support, 2):
        supported = head.head if head.lemma_.casefold() in support else head
        side = "assoc2" if _targets(supported, trigger_tokens, targets) else "assoc1"
        return side
    holding = {w.casefold() for w in words.get("holding", [])}
    if (root.dep_ in AGENT_DEPS or case == "par") and head.lemma_.casefold() in holding \
            and head.i not in trigger_tokens and head.i != clause_head.i:
        return "actor2"  # "des positions tenues par des loyalistes", "secteurs occupés par"
    repelling = {w.casefold() for w in words.get("repelling", [])}
    if (root.dep_ in AGENT_DEPS or case == "par") and head.lemma_.casefold() in repelling \
            and head.i == clause_head.i:
        return "actor2"  # "les assaillants ont été repoussés par l'armée": it was attacked
    if root.dep_ in AGENT_DEPS or case == "par":
        return "actor1"
    authors = {w.casefold() for w in words.get("attributed_to", [])}
    if case in ("à", "au", "aux") and (head.lemma_.casefold() in authors
                                       or head.lower_ in authors):
        return "actor1"  # "une attaque attribuée à des jihadistes présumés"
    if case in targets or _before(doc, root, targets, 1):
        return "actor2"
    taken_from = {w.casefold() for w in words.get("taken_from", [])}
    if trigger.rule.territory and case in taken_from \
            and head.i in {clause_head.i, *trigger_tokens}:
        return "actor2"  # "ont repris aux shebab la localité de X": whom it was taken from
    if case in opponent and head.i in trigger_tokens and trigger.rule.kind == "armed_clash":
        return "actor2"  # "les combats avec l'armée": the other side of the fight
    if trigger.rule.agent and head.i in trigger_tokens:
        return trigger.rule.agent
    verbs = {clause_head.i, *trigger_tokens}
    undergo = {w.casefold() for w in words.get("undergo", [])}
    if head.i in verbs and root.dep_ in SUBJECT_DEPS and head.lemma_.casefold() in undergo \
            and not _pronominal(head, words):
        # "les insurgés subissent des bombardements", "un camion a heurté une mine" (not "les
        # jeunes se sont heurtés aux forces de l'ordre": they clash)
        return "actor2"
    if head.i == clause_head.i and head.i not in trigger_tokens \
            and root.dep_ in SUBJECT_DEPS and head.lemma_.casefold() in repelling \
            and any(doc[i].dep_ in OBJECT_DEPS and doc[i].head.i == head.i
                    for i in trigger_tokens):
        return "actor2"  # "l'armée a repoussé une attaque de jihadistes": it was attacked
    if head.i == clause_head.i and root.dep_ in PASSIVE_SUBJECT_DEPS \
            and head.lemma_.casefold() in repelling and not _pronominal(head, words):
        return "actor1"  # "les assaillants ont été repoussés": they attacked
    if head.i in verbs and root.dep_ in SUBJECT_DEPS:
        return "actor1"
    if head.i in verbs and root.dep_ in PASSIVE_SUBJECT_DEPS:
        # "des manifestants se sont rassemblés": a pronominal verb's subject acts
        return "actor1" if _pronominal(head, words) else "actor2"
    if head.i in trigger_tokens and root.dep_ in OBJECT_DEPS:
        return "actor2"
    if head.i in trigger_tokens and case in genitive_cases(words):
        return trigger.rule.de or "actor1"
    return None


def _passive(verb: Token, words: dict[str, Any]) -> bool:
    """Whether the verb is in a compound passive ("ont été tués", "a été enlevé"; not "est
    tombé", which the parse may also read as a passive: `passive_participles`)."""
    participles = {w.casefold() for w in words.get("passive_participles", [])}
    return any(child.dep_ == "aux:pass" and child.lower_ in participles
               for child in verb.children)


def _pronominal(verb: Token, words: dict[str, Any]) -> bool:
    """A verb with its reflexive pronoun ("se rassembler", "s'emparer"), which the parse may
    read as a passive."""
    reflexive = {w.casefold() for w in words.get("reflexive_pronouns", [])}
    return any(c.dep_.startswith("expl") and c.lower_.rstrip("'\u2019") in reflexive
               for c in verb.children)


def _targets(token: Token, trigger_tokens: set[int], targets: set[str]) -> bool:
    """Whether ``token`` is the target side of the event (introduced by "contre"…)."""
    return case_of(token) in targets or token.dep_ in OBJECT_DEPS and token.head.i in trigger_tokens

"""Actor roles the clause alone does not give: the antecedent of a subject pronoun, the subject
of a fronted adjunct, the victims named with a toll, the other side of a battle.

These read the sentence around the event with the spans of the Actors stage; they only fill a
role that the parse left empty (see :mod:`.roles` for the clause itself).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..types import ActorMention, Article, EventMention
from .roles import mention_root

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Figure kinds whose "parmi les X" names the victims of the event.
VICTIM_KINDS = frozenset({"killed", "injured", "missing", "arrested", "abducted", "dead",
                          "wounded"})
#: Event kinds with two armed sides.
TWO_SIDED = frozenset({"armed_clash", "government_regains", "nonstate_overtakes"})


def usable(article: Article) -> list[ActorMention]:
    """The actor mentions that can fill a role: not a bare name the NER took that is a place
    ("la place Tahrir", "A Benghazi")."""
    places = [(p.start, p.end) for p in article.places]
    return [a for a in article.actors
            if a.how != "ner" or not any(s < a.end and a.start < e for s, e in places)]


def _values(actor: ActorMention) -> set[str]:
    return {v.casefold() for v in (actor.kind, actor.sector) if v}


def camp(actor: ActorMention, words: dict[str, Any]) -> str | None:
    """``state`` or ``nonstate`` for an armed party, else None."""
    values = _values(actor)
    if values & {w.casefold() for w in words.get("not_parties", [])} and actor.kind:
        return None
    if values & {w.casefold() for w in words.get("armed_state", [])}:
        return "state"
    if values & {w.casefold() for w in words.get("armed_nonstate", [])}:
        return "nonstate"
    return None


def _is_source(article: Article, actor: ActorMention) -> bool:
    return any(a.source_start <= actor.start and actor.end <= a.source_end
               for a in article.attributions if a.source_start >= 0)


def antecedent(article: Article, doc: Doc, head: Token, trigger: Token,
               sentence: tuple[int, int], actors: list[ActorMention],
               words: dict[str, Any]) -> list[ActorMention]:
    """"…, qu'ils ont pris": the actor a subject pronoun of the clause refers back to (the last
    party named before it in the sentence, else the subject of the sentence before, else the
    last party named there: "les rebelles ont encerclé les soldats près de Kidal. Ils ont pris
    le camp" are the rebels)."""
    pronouns = {w.casefold() for w in words.get("subject_pronouns", [])}
    subjects = [c for t in (trigger, head) for c in t.children
                if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in pronouns]
    if not subjects:
        return []
    pronoun = subjects[0]
    before = [a for a in actors if a.end <= pronoun.idx and not _is_source(article, a)
              and camp(a, words) is not None]
    here = [a for a in before if a.start >= sentence[0]]
    if here:
        return [max(here, key=lambda a: a.start)]
    previous = [a for a in before if a.start >= _previous_start(article, sentence[0])]
    said = [a for a in previous if _subject(doc, a)]
    if said:
        return [said[0]]
    return [max(previous, key=lambda a: a.start)] if previous else []


def _subject(doc: Doc, actor: ActorMention) -> bool:
    """Whether the actor's words are the subject of their clause."""
    root = mention_root(doc, actor)
    return root is not None and root.dep_ in ("nsubj", "nsubj:pass")


def _previous_start(article: Article, start: int) -> int:
    """The start of the sentence before the one starting at ``start``."""
    earlier = [s.start for s in article.sentences if s.start < start]
    return earlier[-1] if earlier else start


def fronted(article: Article, trigger_start: int, trigger_end: int, sentence: tuple[int, int],
            actors: list[ActorMention], words: dict[str, Any]) -> list[ActorMention]:
    """"Après avoir conquis la ville, les insurgés ont…": the subject named after the comma
    closing a fronted non-finite adjunct."""
    pattern = words.get("fronted_adjunct")
    text = article.text
    sentence = next(((s.start, s.end) for s in article.sentences
                     if s.start <= trigger_start < s.end), sentence)
    opening = text[sentence[0]:trigger_start].replace("\u2019", "'")
    if not pattern or not re.match(str(pattern), opening, re.IGNORECASE) or "," in opening:
        return []
    comma = text.find(",", trigger_end, sentence[1])
    if comma < 0:
        return []
    after = [a for a in actors if comma < a.start <= comma + 30 and a.end <= sentence[1]]
    return [min(after, key=lambda a: a.start)] if after else []


def victims(mention: EventMention, actors: list[ActorMention]) -> list[ActorMention]:
    """"13 blessés parmi les rebelles": the party named inside the event's toll."""
    taken = {(a.start, a.end) for a in mention.actor1 + mention.assoc1}
    for figure in mention.figures:
        if figure.kind not in VICTIM_KINDS:
            continue
        inside = [a for a in actors if figure.start <= a.start and a.end <= figure.end
                  and (a.start, a.end) not in taken]
        if inside:
            return [inside[0]]
    return []


def opponent(article: Article, mention: EventMention, actors: list[ActorMention],
             words: dict[str, Any]) -> list[ActorMention]:
    """The other side of a battle: the nearest armed party of the other camp in the
    sentence, when the clause named one side only."""
    if mention.kind not in TWO_SIDED or not mention.actor1 or mention.actor2:
        return []
    own = camp(mention.actor1[0], words)
    if own is None:
        return []
    keys = {a.key or a.actor_id or a.text for a in mention.actor1 + mention.assoc1}
    others = [a for a in actors
              if mention.sentence_start <= a.start and a.end <= mention.sentence_end
              and camp(a, words) not in (None, own) and (a.key or a.actor_id or a.text) not in keys
              and not _is_source(article, a)]
    anchor = mention.actor1[0].start
    return [min(others, key=lambda a: abs(a.start - anchor))] if others else []


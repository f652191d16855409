"""Trigger tables and the event typology, and the matcher that finds triggers in a parse.

Trigger phrases come from the language table ``events`` (``lang/<lang>/events.toml``); the
typology (ACLED event/sub-event types, PLOVER types and modes) from ``data/events/typology.toml``.
A phrase word matches a token when the token's lowercase form or lemma is one of its
``|``-separated alternatives; words written with a hyphen are also found in the raw text, since
the tokenizer may split them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from ..lang import supported, table
from ..nlp import Misreading, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One trigger phrase of the table: its words (sets of alternatives) and what it signals."""

    words: tuple[frozenset[str], ...]
    kind: str
    de: str | None = None
    agent: str | None = None
    needs: str | None = None
    territory: bool = False
    context: bool = False
    outcome: bool = False  # a result word ("tuer") that yields to the other words of its clause
    not_after: tuple[str, ...] = ()  # words that, just before, make it no trigger ("d'accord")
    order: int = 0


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger found in a text: token range ``[first, last]``, char span, its rule."""

    first: int
    last: int
    start: int
    end: int
    text: str
    rule: TriggerRule


@cache
def typology() -> dict[str, Any]:
    """The typology table: ``{"kind": {key: {...}}, "inter": {...}}``."""
    path = resources.files("chronique").joinpath("data/events/typology.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def kind_info(kind: str) -> dict[str, Any]:
    """ACLED/PLOVER labels of ``kind`` (empty dict for an unknown kind)."""
    return dict(typology()["kind"].get(kind, {}))


@cache
def rules(lang: str) -> tuple[TriggerRule, ...]:
    """The trigger rules of ``lang``, longest phrases first."""
    data = table(lang, "events")
    built = [
        TriggerRule(
            words=tuple(
                frozenset(alt.casefold() for alt in word.split("|"))
                for word in entry["phrase"].split()
            ),
            kind=entry["kind"],
            de=entry.get("de"),
            agent=entry.get("agent"),
            needs=entry.get("needs"),
            territory=bool(entry.get("territory", False)),
            context=bool(entry.get("context", False)),
            outcome=bool(entry.get("outcome", False)),
            not_after=tuple(entry.get("not_after", ())),
            order=order,
        )
        for order, entry in enumerate(data["trigger"])
    ]
    return tuple(sorted(built, key=lambda rule: (-len(rule.words), rule.order)))


def context_words(lang: str) -> dict[str, list[str]]:
    """The ``[context]`` lists of the language table (intent, possible, according…)."""
    return dict(table(lang, "events").get("context", {}))


#: Future and conditional endings of first-group verbs, which the tagger often mislabels.
PRESENT_ENDINGS = ("ent", "es", "e")
FUTURE_ENDINGS = ("eraient", "erait", "erons", "eront", "erez", "erai", "eras", "era")


def _keys(token: Any) -> frozenset[str]:
    lower = token.lower_
    verbal = (len(lower) > 4 and lower.endswith(PRESENT_ENDINGS)
              and (token.pos_ in ("VERB", "AUX") or _bare(token)))
    return _word_keys(lower, token.lemma_, verbal)


def verb_keys(token: Any) -> frozenset[str]:
    """The lemma of a verb, and with its bare object noun the locution it makes ("fait état
    de" → "faire état", "a fait part de" → "faire part"): how word lists of verbs name it."""
    lemma = token.lemma_.casefold()
    return frozenset({lemma, *(f"{lemma} {child.lower_}" for child in token.children
                               if child.dep_ == "obj" and child.pos_ == "NOUN"
                               and not any(c.dep_ == "det" for c in child.children))})


@lru_cache(maxsize=100_000)
def _word_keys(lower: str, lemma: str, verbal: bool) -> frozenset[str]:
    """The forms a word is looked up under: itself, its lemma, without a final s, the
    infinitive of a future or conditional and, for a ``verbal`` word, of a present."""
    keys = {lower, lemma.casefold(), lower.rstrip("s")}
    future = next((e for e in FUTURE_ENDINGS if lower.endswith(e)), None)
    if future is not None and len(lower) > len(future) + 2:
        keys.add(lower[: -len(future)] + "er")
    present = next((e for e in PRESENT_ENDINGS if lower.endswith(e)), None) if len(lower) > 4 \
        else None
    if present is not None and verbal:
        keys.add(lower[: -len(present)] + "er")  # present of first-group verbs ("pilonne")
    return frozenset(keys)


def word_keys(token: Any, *, verbal: bool = True) -> frozenset[str]:
    """The forms ``token`` is looked up under (see :func:`_word_keys`), read as a verb when
    ``verbal`` ("saute" is also "sauter")."""
    return _word_keys(token.lower_, token.lemma_, verbal)


@cache
def _index(lang: str) -> dict[str, tuple[TriggerRule, ...]]:
    """First-word alternative -> the rules starting with it, longest first."""
    index: dict[str, list[TriggerRule]] = {}
    for rule in rules(lang):
        for alt in rule.words[0]:
            index.setdefault(alt, []).append(rule)
    return {key: tuple(value) for key, value in index.items()}


def event_words(lang: str) -> frozenset[str]:
    """The words a trigger phrase of ``lang`` may open with (see :func:`word_keys`)."""
    return frozenset(_index(lang))


def _token_keys(doc: Doc) -> tuple[list[frozenset[str]], list[bool]]:
    """:func:`_keys` of every token, and whether each is adverbial (an adverb, or attached as
    ``advmod`` or ``fixed``), read from the document's arrays rather than token by token."""
    from spacy.attrs import DEP, LEMMA, LOWER, POS
    from spacy.parts_of_speech import ADV, AUX, VERB

    strings = doc.vocab.strings
    adverbial_deps = {strings.add("advmod"), strings.add("fixed")}
    keys: list[frozenset[str]] = []
    adverbial: list[bool] = []
    rows = doc.to_array([LOWER, LEMMA, POS, DEP]).tolist() if len(doc) else []
    # per (form, lemma, part of speech): the keys, or None when they depend on the token's
    # determiners (a word with a present ending tagged as neither verb nor auxiliary)
    seen: dict[tuple[int, int, int], tuple[frozenset[str] | None, str, str]] = {}
    for i, (lower_id, lemma_id, pos, dep) in enumerate(rows):
        known = seen.get((lower_id, lemma_id, pos))
        if known is None:
            lower, lemma = strings[lower_id], strings[lemma_id]
            present = len(lower) > 4 and lower.endswith(PRESENT_ENDINGS)
            found = None if present and pos not in (VERB, AUX) else _word_keys(lower, lemma,
                                                                               present)
            known = seen[(lower_id, lemma_id, pos)] = (found, lower, lemma)
        found, lower, lemma = known
        keys.append(found if found is not None else _word_keys(lower, lemma, _bare(doc[i])))
        adverbial.append(pos == ADV or dep in adverbial_deps)
    return keys, adverbial


def _bare(token: Any) -> bool:
    """No determiner: a word tagged as a noun may be a mis-tagged verb."""
    return not any(child.dep_ == "det" for child in token.children)


def find_triggers(doc: Doc, lang: str) -> list[Trigger]:
    """Non-overlapping triggers of ``doc``, longest match first, in text order."""
    index = _index(lang)
    text = text_of(doc)
    keys, adverbial = _token_keys(doc)
    gaps = _gap_words(lang)  # "a sauté mercredi sur une mine": a day may come between
    adverbial = [flag or bool(key & gaps) for flag, key in zip(adverbial, keys, strict=True)]
    taken: set[int] = set()
    # a hyphenated word first: "attentat-suicide" is one word, not "attentat" and "suicide"
    found: list[Trigger] = _hyphenated(doc, text, lang, taken)
    for i in range(len(doc)):
        if i in taken:
            continue
        candidates = {rule for key in keys[i] for rule in index.get(key, ())}
        for rule in sorted(candidates, key=lambda rule: (-len(rule.words), rule.order)):
            last = _match(keys, adverbial, i, rule)
            if last is not None and not taken.intersection(range(i, last + 1)):
                found.append(_trigger(doc, text, i, last, rule))
                taken.update(range(i, last + 1))
                break
    return sorted(found, key=lambda trigger: trigger.start)


#: Adverbial words a phrase may have between its words ("tomber à nouveau aux mains de").
PHRASE_GAP = 2


@cache
def _gap_words(lang: str) -> frozenset[str]:
    """Words of time that may come between a phrase's words as adverbs do (``phrase_gap``)."""
    return frozenset(w.casefold() for w in context_words(lang).get("phrase_gap", []))


def _match(keys: list[frozenset[str]], adverbial: list[bool], first: int,
           rule: TriggerRule) -> int | None:
    """The index of the last word of ``rule``'s phrase read from ``first``, else None."""
    position = first
    for k, alternatives in enumerate(rule.words):
        if k:
            position += 1
            gap = 0
            while (position < len(keys) and gap < PHRASE_GAP and adverbial[position]
                   and not keys[position] & alternatives):
                position += 1
                gap += 1
        if position >= len(keys) or not keys[position] & alternatives:
            return None
    return position


def _trigger(doc: Doc, text: str, first: int, last: int, rule: TriggerRule) -> Trigger:
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    return Trigger(first, last, start, end, text[start:end], rule)


def _hyphenated(doc: Doc, text: str, lang: str, taken: set[int]) -> list[Trigger]:
    """Single hyphenated words ("cessez-le-feu") the tokenizer may have split."""
    found = []
    for rule in rules(lang):
        if len(rule.words) != 1:
            continue
        for word in rule.words[0]:
            if "-" not in word:
                continue
            for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is None or any(t.i in taken for t in span):
                    continue
                taken.update(t.i for t in span)
                found.append(Trigger(span.start, span.end - 1, match.start(), match.end(),
                                     match.group(0), rule))
    return found


@cache
def _misread_table(lang: str) -> tuple[dict[str, str], dict[str, str], frozenset[str],
                                       frozenset[str]] | None:
    """The ``[misread_verb]`` table of ``lang`` (endings, stand-ins, what may follow) and the
    trigger verbs it applies to (first words of the trigger phrases ending as an infinitive
    built from those endings does), or None when the language has none."""
    if lang not in supported():
        return None
    data = table(lang, "events").get("misread_verb")
    if not data:
        return None
    verbs = frozenset(alt for rule in rules(lang) for alt in rule.words[0]
                      if alt.endswith("er"))
    return (dict(data["endings"]), dict(data["stand_in"]), frozenset(data["next_pos"]), verbs)


def misread_verbs(doc: Doc) -> list[Misreading]:
    """Trigger verbs in the present the model read as an adjective or a noun hung on the noun
    just before them, their subject ("l'aviation ennemie pilonne les faubourgs"): no
    determiner of their own, agreeing in number with that noun, followed in their sentence by
    what starts an object or an adverbial."""
    found = _misread_table(doc.lang_)
    if found is None:
        return []
    endings, stand_ins, next_pos, verbs = found
    if not len(doc):
        return []
    import numpy
    from spacy.attrs import DEP, POS
    from spacy.parts_of_speech import ADJ, NOUN

    rows = doc.to_array([DEP, POS])
    amod = doc.vocab.strings.add("amod")
    candidates = numpy.flatnonzero((rows[:, 0] == amod) & numpy.isin(rows[:, 1], [NOUN, ADJ]))
    misread = []
    for i in candidates.tolist():
        token = doc[i]
        lower = token.lower_
        ending = max((e for e in endings if lower.endswith(e)), key=len, default=None)
        if ending is None or len(lower) < len(ending) + 3 \
                or lower[: -len(ending)] + "er" not in verbs:
            continue
        subject, number = token.head, endings[ending]
        after = token.nbor(1) if token.i + 1 < token.sent.end else None
        if subject.i > token.i or subject.pos_ not in ("NOUN", "PROPN") or after is None \
                or after.pos_ not in next_pos \
                or any(child.dep_ == "det" for child in token.children) \
                or subject.morph.get("Number", [number]) != [number]:
            continue
        misread.append(Misreading(token.i, stand_ins[number], "VERB",
                                  lower[: -len(ending)] + "er"))
    return misread

"""Who says so: sources of statements and the strength of the reporting verb.

Four shapes, read per sentence with the language table ``reporting_verbs``:

- a source cue before the source: "selon l'OSDH", "toujours selon Moscou", "d'après un
  responsable cité par les médias officiels" (``how="selon"``);
- an inverted reporting verb after the statement: "…, rapporte l'OSDH", "…, a annoncé la
  Croix-Rouge internationale" (``how="inverted"``);
- a subject and its verb before the statement: "L'OSDH indique que …" (``how="que"``), "OCHA
  fait état de plus de 14 000 déplacés", "La Russie accuse les Etats-Unis de …" (``"verb"``);
- a statement someone could not confirm: "une information qui n'a pu être confirmée par
  l'OSDH" (``how="unconfirmed"``, ``strength="unconfirmed"``): a doubt, not a source.

An attribution's span covers the cue and the source; ``target_start``/``target_end`` cover the
clause or sentence it applies to. Pronoun sources ("a-t-il dit", "elle indique que") and bare
definite heads ("le ministère") take the last source named before that shares the head word.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ..lang import table
from ..types import Article, Attribution, Span
from . import sources
from .modality import unglue

STAGE = "figures"
_RANK = {"reported": 0, "claimed": 1, "unconfirmed": 2, "denied": 3}
_STRENGTH_CERTAINTY = {"claim": "claimed", "unconfirmed": "unconfirmed", "deny": "denied"}
_WORDS = re.compile(r"[\w']+")
_JOINT = re.compile(r"(?:\s|^)(?P<w>et|mais|;)[\s,]*$")
_SUBORDINATE = re.compile(r"\s*,\s*(?:où|qui|dont|lequel|laquelle|lesquels|lesquelles|ce qui)\b")
_GLUED = re.compile(r"[.!?»](?=[A-ZÀ-Ý])")  # "insurgés.L'hôpital": a sentence end without space


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())


def _alt(phrases: Any) -> str:
    parts = sorted({_key(p) for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())).replace("'", "['’]") for p in parts)


@dataclass(frozen=True)
class _Grammar:
    selon: re.Pattern[str]
    inverted: re.Pattern[str]
    verb: re.Pattern[str]
    pronoun: re.Pattern[str]
    paren: re.Pattern[str]
    unconfirmed: tuple[re.Pattern[str], ...]
    forms: dict[str, tuple[str, str, bool]]  # form -> (lemma, strength, needs "que")
    #: lemma -> words that, right after the verb, make it an act ("répondre par des frappes")
    acts: dict[str, tuple[str, ...]]
    verb_words: frozenset[str]  # first words of the verb forms: a sentence without one is skipped
    doubt_words: tuple[str, ...]  # stems an unconfirmed statement needs
    data: dict[str, Any]


@cache
def _grammar(lang: str) -> _Grammar:
    data = table(lang, "reporting_verbs")
    forms: dict[str, tuple[str, str, bool]] = {}
    inverted_forms: list[str] = []
    for lemma, entry in data["verbs"].items():
        for form in entry["forms"]:
            forms[_key(form)] = (
                lemma.replace("_", " "),
                entry["strength"],
                bool(entry.get("que_only")),
            )
            if entry.get("inverted", True) and not form.endswith("ant"):
                inverted_forms.append(form)
    aux = _alt(data["auxiliaries"]["words"])
    adverbs = rf"(?:(?:{_alt(data['adverbs']['words'])})\s+){{0,2}}"
    flags = re.I
    learned = data["source_cues"].get("learned")  # "a-t-on appris auprès de": a pattern
    return _Grammar(
        selon=re.compile(  # "d'après-midi" is no cue
            rf"(?<!\w)(?P<cue>{_alt(data['source_cues']['cues'])}"
            rf"{'|' + learned if learned else ''})(?![\w-])\s*", flags),
        inverted=re.compile(
            rf"[,»]\s*(?P<cue>(?:(?:{aux})\s+)?{adverbs}(?P<verb>{_alt(inverted_forms)}))\s+{adverbs}"
            rf"(?:à\s+(?:l['’]\s*|la\s+|le\s+|aux?\s+)?[A-Z][\w-]*\s+)?(?=\S)",
            flags,
        ),
        paren=re.compile(
            rf"\((?P<src>[A-Z]{{2,10}}|{_alt(data['paren_sources']['words'])})\)(?=\s*(?:[.;]|$))",
            flags,
        ),
        pronoun=re.compile(
            rf"[,»]\s*(?P<cue>(?:{aux})-t?-(?P<p1>il|elle|ils|elles)\s+{adverbs}"
            rf"(?P<verb>{_alt(inverted_forms)})|(?P<verb2>{_alt(inverted_forms)})-t?-(?P<p2>il|elle|ils|elles))"
            rf"(?!\w)",
            flags,
        ),
        verb=re.compile(
            rf"(?<![\w'’])(?<!se\s)(?P<cue>(?:(?:{aux})\s+)?{adverbs}(?P<verb>{_alt(forms)})(?!\w))"
            rf"(?P<que>\s*(?:,[^,.;]{{1,40}},\s*)?qu(?:e\b|['’]))?",
            flags,
        ),
        unconfirmed=tuple(re.compile(p, flags) for p in data["unconfirmed"]["patterns"]),
        forms=forms,
        acts={lemma.replace("_", " "): tuple(entry["act_before"])
              for lemma, entry in data["verbs"].items() if entry.get("act_before")},
        verb_words=frozenset(form.split()[0].split("'")[-1] for form in forms),
        doubt_words=tuple(data["unconfirmed"]["keywords"]),
        data=data,
    )


def find_attributions(
    text: str, sentences: Sequence[Span], *, lang: str = "fr"
) -> list[Attribution]:
    """The attributions of ``text``, in text order (see the module docs for the shapes)."""
    grammar = _grammar(lang)
    bounds = unglue([(s.start, s.end) for s in sentences] or [(0, len(text))], text)
    found: list[Attribution] = []
    for index, (start, end) in enumerate(bounds):
        previous = bounds[index - 1] if index else None
        named = _selon(text, start, end, grammar) + _inverted(text, start, end, grammar)
        found.extend(named)
        found.extend(_subject_verb(text, start, end, grammar, named))
        found.extend(_unconfirmed(text, start, end, previous, grammar))
        found.extend(_paren(text, start, end, grammar))
    return _resolve(sorted(_dedupe(found), key=lambda a: (a.start, a.end)), grammar)


def _selon(text: str, start: int, end: int, grammar: _Grammar) -> list[Attribution]:
    cues = grammar.data["source_cues"]
    found = []
    for match in grammar.selon.finditer(text, start, end):
        source_start = match.end()
        if sources.is_not_source(text[source_start:end], cues["not_sources"]):
            continue
        source_end = sources.source_end(text, source_start, end, grammar.data)
        if source_end <= source_start:
            continue
        before = text[start : match.start()].strip(' ,«»"')
        rest = text[source_end:end]
        glued = [m.end() for m in _GLUED.finditer(text, start, match.start())]
        if not before:  # "Selon Moscou, le régime aurait repris…"
            target = (sources.after_comma(text, source_end, end), end)
        elif not rest.strip(' .,;»"') or _SUBORDINATE.match(rest):  # "…, selon l'OSDH."
            target = (glued[-1] if glued else start, match.start())
        else:  # an incise: its clause ("… et, selon Amnesty, 78 blessés") or the sentence
            joints = list(_JOINT.finditer(text[: match.start()], start))
            target = (joints[-1].start("w") if joints else start, end)
        found.append(
            _make(
                text,
                match.start(),
                source_start,
                source_end,
                target,
                None,
                cues["strength"],
                "selon",
                grammar,
            )
        )
    return found


def _inverted(text: str, start: int, end: int, grammar: _Grammar) -> list[Attribution]:
    found = []
    for match in grammar.inverted.finditer(text, start, end):
        source_start = match.end()
        if not sources.starts_source(text[source_start:end]):
            continue
        source_end = sources.apposition(
            text, sources.source_end(text, source_start, end, grammar.data), end
        )
        lemma, strength, _ = grammar.forms[_key(match["verb"])]
        target = (start, match.start())
        found.append(
            _make(
                text,
                match.start("cue"),
                source_start,
                source_end,
                target,
                lemma,
                strength,
                "inverted",
                grammar,
            )
        )
    for match in grammar.pronoun.finditer(text, start, end):  # "…», a-t-il protesté"
        pronoun = "p1" if match["p1"] else "p2"
        lemma, strength, _ = grammar.forms[_key(match["verb"] or match["verb2"])]
        found.append(
            _make(
                text,
                match.start("cue"),
                match.start(pronoun),
                match.end(pronoun),
                (start, match.start()),
                lemma,
                strength,
                "inverted",
                grammar,
                match.end("cue"),
            )
        )
    return found


def _subject_verb(
    text: str, start: int, end: int, grammar: _Grammar, named: list[Attribution]
) -> list[Attribution]:
    words = _WORDS.findall(text[start:end].lower().replace("’", "'"))
    if grammar.verb_words.isdisjoint(word.split("'")[-1] for word in words):
        return []
    found = []
    for match in grammar.verb.finditer(text, start, end):
        participle = _key(match["verb"]).endswith("ant")
        subject = sources.subject(text, start, match.start(), participle=participle)
        if subject is None:
            subject = _named_before(text, start, match.start(), named, participle=participle)
        if subject is None:
            continue
        lemma, strength, que_only = grammar.forms[_key(match["verb"])]
        if que_only and not match["que"]:
            continue
        if _acts(text, match.end("cue"), grammar.acts.get(lemma, ())):
            continue
        how = "que" if match["que"] else "verb"
        target_start = match.end() if match["que"] else match.end("cue")
        while target_start < end and text[target_start].isspace():
            target_start += 1
        target_end = end
        if participle:  # "évoquant vingt-quatre morts pour jeudi," ends at its comma
            comma = text.find(",", target_start, end)
            target_end = comma if comma >= 0 else end
        found.append(
            _make(
                text,
                subject[0],
                subject[0],
                subject[1],
                (target_start, target_end),
                lemma,
                strength,
                how,
                grammar,
                match.end("cue"),
            )
        )
        break  # one subject per sentence: later verbs belong to the reported speech
    return found


def _acts(text: str, position: int, words: tuple[str, ...]) -> bool:
    """Whether the verb ending at ``position`` is followed by one of ``words``: "l'armée a
    répondu par des tirs" is an act, not the army's words."""
    following = text[position:position + 40].lstrip().lower()
    return any(following.startswith(word + " ") for word in words)


def _paren(text: str, start: int, end: int, grammar: _Grammar) -> list[Attribution]:
    """ "Le conflit a fait plus de 30.000 morts (CNT)." — wire style: the source in brackets."""
    found = []
    for match in grammar.paren.finditer(text, start, end):
        words = {_key(w) for w in grammar.data["paren_sources"]["words"]}
        if match["src"].isupper() or _key(match["src"]) in words:
            src = (match.start("src"), match.end("src"))
            found.append(
                _make(
                    text,
                    match.start(),
                    *src,
                    (start, match.start()),
                    None,
                    "neutral",
                    "paren",
                    grammar,
                    match.end(),
                )
            )
    return found


def _named_before(
    text: str, start: int, verb_start: int, named: list[Attribution], *, participle: bool
) -> tuple[int, int] | None:
    """ "…, a raconté le docteur X, joint par téléphone, précisant que …" and "…, rappelle RSF,
    qui indique …": the source named just before speaks again."""
    before = [a for a in named if a.source_end <= verb_start and a.how != "unconfirmed"]
    if not before:
        return None
    last = before[-1]
    between = text[last.source_end : verb_start]
    if participle or re.match(r"\s*,\s*qui\s+(?:[\w'’-]+\s+){0,2}$", between):
        return last.source_start, last.source_end
    return None


def _unconfirmed(
    text: str, start: int, end: int, previous: tuple[int, int] | None, grammar: _Grammar
) -> list[Attribution]:
    found: list[Attribution] = []
    sentence = text[start:end].lower()
    if not any(word in sentence for word in grammar.doubt_words):
        return found
    for pattern in grammar.unconfirmed:
        for match in pattern.finditer(text, start, end):
            comma = text.rfind(",", start, match.start())
            cue_start = comma + 1 if comma >= 0 and match.start() - comma < 40 else match.start()
            while text[cue_start].isspace():
                cue_start += 1
            if cue_start - start < 3 and previous is not None:
                # "Ces informations n'ont pu être vérifiées." is about the sentence before
                target = previous
            else:
                target = (start, comma if comma >= 0 and cue_start > comma else match.start())
            source = match.groupdict().get("src")
            source_start = match.start("src") if source else match.end()
            source_end = match.end("src") if source else match.end()
            found.append(
                _make(
                    text,
                    cue_start,
                    source_start,
                    source_end,
                    target,
                    "confirmer",
                    "unconfirmed",
                    "unconfirmed",
                    grammar,
                    match.end(),
                )
            )
    return found


def _make(
    text: str,
    cue_start: int,
    source_start: int,
    source_end: int,
    target: tuple[int, int],
    verb: str | None,
    strength: str,
    how: str,
    grammar: _Grammar,
    cue_end: int | None = None,
) -> Attribution:
    end = max(source_end, cue_end or source_end)
    source = sources.clean_source(text[source_start:source_end], grammar.data)
    target_start, target_end = target
    while target_end > target_start and text[target_end - 1] in " ,;:\u00a0\u202f":
        target_end -= 1
    target = (target_start, target_end)
    return Attribution(
        cue_start,
        end,
        STAGE,
        text[cue_start:end],
        source=source,
        verb=verb,
        strength=strength,
        target_start=target[0],
        target_end=target[1],
        source_start=source_start,
        source_end=source_end,
        how=how,
    )


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    """One attribution per cue: a subject-verb reading inside an inverted one is the same."""
    kept: list[Attribution] = []
    for attribution in sorted(found, key=lambda a: a.end - a.start, reverse=True):
        if not any(
            a.start <= attribution.start and attribution.end <= a.end and a.how != "unconfirmed"
            for a in kept
        ):
            kept.append(attribution)
    return kept


def _resolve(found: list[Attribution], grammar: _Grammar) -> list[Attribution]:
    """Pronouns and bare heads ("il", "le ministère") take the last named source that fits."""
    pronouns = {_key(w) for w in grammar.data["pronouns"]["words"]}
    resolved: list[Attribution] = []
    named: list[str] = []
    for attribution in found:
        words = _key(attribution.source).split()
        if words and words[0] in pronouns and len(words) == 1 and named:
            attribution = replace(attribution, source=named[-1])
        elif (
            len(words) == 2
            and words[0] in ("le", "la", "l'", "les")
            or (len(words) == 1 and words[0].startswith("l'"))
        ):
            head = words[-1].removeprefix("l'")
            for earlier in reversed(named):
                match = re.search(rf"\b({re.escape(head)}\b[^,;()]*)", earlier, re.I)
                if match and _key(match.group(1)) != head:
                    attribution = replace(attribution, source=match.group(1).strip())
                    break
        resolved.append(attribution)
        if attribution.how != "unconfirmed" and _key(attribution.source) not in pronouns:
            named.append(attribution.source)
    return resolved


def _covering(article: Article, start: int, end: int) -> list[Attribution]:
    return [a for a in article.attributions if a.target_start <= start and end <= a.target_end]


def attribution_for(article: Article, start: int, end: int) -> Attribution | None:
    """The source of ``text[start:end]``: the narrowest attribution whose target covers it.

    Doubts ("n'a pu être confirmée par l'OSDH") are not sources: see :func:`certainty_for`.
    """
    covering = [a for a in _covering(article, start, end) if a.strength != "unconfirmed"]
    if not covering:
        return None
    return min(covering, key=lambda a: (a.target_end - a.target_start, abs(a.start - start)))


def certainty_for(article: Article, start: int, end: int, *, lang: str | None = None) -> str:
    """reported | claimed | unconfirmed | denied for ``text[start:end]``: the strongest doubt
    among the attributions covering it and the hearsay conditional of its clause."""
    from .modality import certainty

    levels = [
        _STRENGTH_CERTAINTY.get(a.strength, "reported") for a in _covering(article, start, end)
    ]
    levels.append(certainty(article.text, start, end, lang=lang or article.lang or "fr"))
    return max(levels, key=lambda level: _RANK.get(level, 0))


def sentence_index(sentences: Sequence[Span], position: int) -> int:
    """The index of the sentence holding ``position`` (or the one before it)."""
    starts = [s.start for s in sentences]
    return max(0, bisect.bisect_right(starts, position) - 1)

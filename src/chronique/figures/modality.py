"""Modality of a clause: did it happen (asserted), or is it supposed, feared, planned, denied?

:func:`modality` reads the clause holding a span (the sentence cut at ``, ; : ( ) « »``) and
the sentence around it, with the cues of the language table ``modality``, in this order:

1. ``question`` — the sentence ends with "?" ("Le régime parviendra-t-il … ?");
2. ``hypothetical`` — the sentence or clause opens with "si", "au cas où"… ("Si Alep venait à
   tomber, cela représenterait …"): both the condition and its consequence;
3. ``negated`` — "ne … pas/plus/aucun…" around the span ("n'ont fait aucun progrès"), "n'a pu
   être …"; "ne … que" and "ne … plus que" are restrictions, not negations;
4. hearsay (``aurait rendu``, "le bilan s'élèverait à") is ``asserted``: it happened
   according to someone, and :func:`certainty` says ``claimed``;
5. ``possible`` — "pourrait", "risquent", "potentiellement";
6. ``future`` — a conditional after a past reporting verb ("a annoncé qu'elle enverrait"),
   "va/vont + infinitive", a future tense, "est prévu";
7. ``conditional`` — any other conditional ("la conquête représenterait", "constituerait");
8. ``asserted`` otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lang import table

_CLAUSE_BREAK = re.compile(r"[,;:()«»\"“”]|\s[–—-]\s|\s(?=qui\s)")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n|(?<=[a-zà-ÿ0-9»\"”)][.!?])(?=[A-ZÀ-Ý])")
_GLUED = re.compile(r"(?<=[a-zà-ÿ0-9»\"”)][.!?])(?=[A-ZÀ-Ý])")
_WORD = re.compile(r"[\w'’-]+")


def _alt(words: Any) -> str:
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())).replace("'", "['’]") for w in parts)


@dataclass(frozen=True)
class _Grammar:
    opener: re.Pattern[str]
    negation: re.Pattern[str]
    negation_extra: tuple[re.Pattern[str], ...]
    forward_only: tuple[str, ...]  # negations that cover only what follows them ("sans")
    possible: re.Pattern[str]
    future_words: re.Pattern[str]
    future: tuple[re.Pattern[str], ...]
    not_future: frozenset[str]
    conditional: tuple[re.Pattern[str], ...]
    hearsay: tuple[re.Pattern[str], ...]
    reported_past: re.Pattern[str]


@cache
def _grammar(lang: str) -> _Grammar:
    data = table(lang, "modality")
    flags = re.I
    particles = _alt(data["negation"]["particles"])
    cond = data["conditional"]
    return _Grammar(
        opener=re.compile(rf"^\W*(?:{_alt(data['hypothetical']['openers'])})(?![\w])", flags),
        negation=re.compile(
            rf"\bn(?:e\s+|['’]\s*)(?:[\w'’-]+\s+){{0,3}}?(?P<p>{particles})\b(?!\s*qu(?:e\b|['’]))",
            flags,
        ),
        negation_extra=tuple(re.compile(p, flags) for p in data["negation"]["patterns"]),
        forward_only=tuple(w.casefold() for w in data["negation"].get("forward_only", [])),
        possible=re.compile(
            rf"(?<![\w'’])(?:{_alt(data['possible']['words'])})(?![\w])"
            + "".join(f"|{pattern}" for pattern in data["possible"].get("patterns", [])), flags),
        future_words=re.compile(rf"(?<![\w'’])(?:{_alt(data['future']['words'])})(?![\w])", flags),
        future=tuple(re.compile(p, flags) for p in data["future"]["patterns"]),
        not_future=frozenset(w.lower() for w in data["future"]["not_future"]),
        conditional=tuple(re.compile(p) for p in cond["patterns"]),
        hearsay=tuple(re.compile(p, flags) for p in cond["hearsay"]),
        reported_past=re.compile(
            rf"\b(?:a|ont|avait|avaient)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_alt(cond['reported_past'])})\b[^.?!]*?\bqu(?:e\b|['’])",
            flags,
        ),
    )


def unglue(bounds: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sentences split again where a scraped page glued two together: "insurgés.L'hôpital"."""
    split: list[tuple[int, int]] = []
    for start, end in bounds:
        for cut in _GLUED.finditer(text, start, end):
            split.append((start, cut.start()))
            start = cut.start()
        split.append((start, end))
    return split


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``: from after the last end mark to the next."""
    left = max(0, start - 600)
    for mark in _SENTENCE_END.finditer(text, left, start):
        left = mark.end()
    match = _SENTENCE_END.search(text, max(end, start), len(text))
    right = match.end() if match else len(text)
    while left < start and text[left].isspace():
        left += 1
    return left, right


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding ``text[start:end]``: its sentence cut at commas, colons, brackets."""
    left, right = sentence_bounds(text, start, end)
    clause_start = left
    for mark in _CLAUSE_BREAK.finditer(text, left, start):
        clause_start = mark.end()
    match = _CLAUSE_BREAK.search(text, max(end, start), right)
    return clause_start, match.start() if match else right


def modality(text: str, start: int, end: int, *, lang: str = "fr") -> str:
    """asserted | hypothetical | conditional | possible | future | negated | question."""
    grammar = _grammar(lang)
    left, right = sentence_bounds(text, start, end)
    sentence = text[left:right]
    clause_start, clause_end = clause_bounds(text, start, end)
    clause = text[clause_start:clause_end]
    if sentence.rstrip(' »"”)').endswith("?"):
        return "question"
    if grammar.opener.search(sentence) or grammar.opener.search(clause):
        return "hypothetical"
    if _negated(text, start, end, clause_start, clause_end, grammar):
        return "negated"
    if _hearsay(clause, grammar):
        return "asserted"
    clause = _with_relative(text, end, clause_start, clause_end, right)
    if grammar.possible.search(clause):
        return "possible"
    if _conditional(clause, grammar):
        before = text[left:clause_end]
        return "future" if grammar.reported_past.search(before) else "conditional"
    if _future(clause, grammar):
        return "future"
    return "asserted"


def certainty(text: str, start: int, end: int, *, lang: str = "fr") -> str:
    """claimed when the clause is hearsay (conditionnel journalistique), else reported."""
    grammar = _grammar(lang)
    left, right = sentence_bounds(text, start, end)
    clause_start, clause_end = clause_bounds(text, start, end)
    if grammar.opener.search(text[left:right]):
        return "reported"
    return "claimed" if _hearsay(text[clause_start:clause_end], grammar) else "reported"


def _with_relative(text: str, end: int, clause_start: int, clause_end: int, right: int) -> str:
    """ "une prise qui constituerait …": a noun's mood is that of the relative clause after it."""
    if clause_end - end <= 2 and re.match(r"\s*qui\s", text[clause_end : clause_end + 6]):
        match = _CLAUSE_BREAK.search(text, clause_end + 4, right)
        return text[clause_start : match.start() if match else right]
    return text[clause_start:clause_end]


def _negated(
    text: str, start: int, end: int, clause_start: int, clause_end: int, grammar: _Grammar
) -> bool:
    """A negation whose scope (subject up to three words after the particle) holds the span."""
    for pattern in (grammar.negation, *grammar.negation_extra):
        for match in pattern.finditer(text, clause_start, clause_end):
            if start < match.start() and match.group().casefold().startswith(grammar.forward_only):
                continue  # "une roquette s'est abattue sans faire de victimes": it fell
            words = list(_WORD.finditer(text, match.end(), clause_end))[:3]
            scope_end = words[-1].end() if words else match.end()
            if start < scope_end:
                return True
    return False


def _hearsay(clause: str, grammar: _Grammar) -> bool:
    return any(pattern.search(clause) for pattern in grammar.hearsay)


def _conditional(clause: str, grammar: _Grammar) -> bool:
    return any(pattern.search(clause) for pattern in grammar.conditional)


def _future(clause: str, grammar: _Grammar) -> bool:
    if grammar.future_words.search(clause):
        return True
    for pattern in grammar.future:
        for match in pattern.finditer(clause):
            if match.group().lower() not in grammar.not_future and not match.group()[0].isupper():
                return True
    return False

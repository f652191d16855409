"""Generic references ("le régime", "les rebelles", "les djihadistes") and the article's conflict.

The forms come from the language table ``actor_terms``; the actors they stand for come from the
``[conflict]`` table of the dictionary file of the conflict the article is about. That conflict is
chosen per article from its cues (country names, cities, leaders) and the countries of the
dictionary actors already found in it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .dictionary import Conflict, Dictionary


@dataclass(frozen=True, slots=True)
class GenericTerm:
    """One compiled [[generic]] entry, possibly bound to one conflict by an adjective."""

    regex: re.Pattern[str]
    role: str | None
    corefer: tuple[str, ...]
    conflict: str | None
    #: the lowercased words of each form: a text that lacks some word of every form has no
    #: match (None: no such shortcut, the regex is always run over the whole text)
    form_words: tuple[frozenset[str], ...] | None = None
    #: the lowercased words of each form in order, and the most words a determiner has
    form_tokens: tuple[tuple[str, ...], ...] = ()
    reach: int = 0
    #: the characters of the forms and determiners (see :func:`_words_of`)
    alphabet: frozenset[str] = frozenset()
    #: the phrase names an action, not its author ("une frappe russe"): how="implied"
    implied: bool = False
    #: one word of each form (its longest): a text with none of them has no match
    keys: frozenset[str] = frozenset()

@dataclass(frozen=True, slots=True)
class GenericMatch:
    start: int
    end: int
    term: GenericTerm


def _determiners(words: list[str]) -> str:
    """A regex of the determiners; an entry written ``re:…`` is a regex itself (numbers)."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        if word.startswith("re:"):  # an elided one ("groupe d'") ends at its apostrophe
            parts.append(f"(?:{word[3:]})" + ("" if word.endswith("['’]") else "\\s+"))
            continue
        escaped = re.escape(word).replace(r"\ ", r"\s+")
        parts.append(escaped if word.endswith("'") else escaped + r"\s+")
    return "(?:" + "|".join(parts) + ")"


def _form_regex(forms: list[str]) -> str:
    ordered = sorted(forms, key=len, reverse=True)
    escaped = [re.escape(form).replace(r"\ ", r"\s+") for form in ordered]
    return "(?:" + "|".join(escaped) + ")"


_COMPILED: dict[int, tuple[GenericTerm, ...]] = {}
_WORDS = re.compile(r"\w+")


#: the prefix of a term's "conflict" that is a country's ISO code, for a people's adjective
#: of a country no conflict of the dictionaries is about ("frappes américaines")
ISO_PREFIX = "iso:"


def compile_terms(table: dict[str, Any]) -> tuple[GenericTerm, ...]:
    """The [[generic]] entries of a language table as regexes (cached per loaded table)."""
    if id(table) not in _COMPILED:
        _COMPILED[id(table)] = tuple(_compile(table))
    return _COMPILED[id(table)]


def _compile(table: dict[str, Any]) -> list[GenericTerm]:
    loose = _determiners(table.get("determiners", []))
    strict = _determiners(table.get("strict_determiners", table.get("determiners", [])))
    adjectives: dict[str, list[str]] = table.get("adjectives", {})
    terms: list[GenericTerm] = []
    for entry in table.get("generic", []):
        plain = [form for form in entry["forms"] if "{adj}" not in form]
        bound = [form for form in entry["forms"] if "{adj}" in form]
        groups: list[tuple[list[str], str | None]] = [(plain, None)] if plain else []
        # (the adjectives of countries no conflict is about are read only with the strikes of
        # an entry marked `foreign`, "frappes américaines": "soldats français", "avions
        # américains" may be anyone's story of its own foreign troops or planes)
        pairs = [(f"{ISO_PREFIX}{code}", words)
                 for code, words in table.get("adjectives_of_countries", {}).items()] \
            if entry.get("foreign") else list(adjectives.items())
        for conflict_id, words in pairs:
            expanded = [form.replace("{adj}", word) for form in bound for word in words]
            if expanded:
                groups.append((expanded, conflict_id))
        det = strict if entry.get("determiner") else loose + "?"
        words = table.get("strict_determiners", table.get("determiners", [])) if entry.get(
            "determiner") else table.get("determiners", [])
        reach = max((len(_WORDS.findall(word)) for word in words), default=0)
        for group, conflict in groups:
            pattern = rf"(?<![\w'-]){det}(?P<form>{_form_regex(group)})(?![\w-])"
            form_words = _form_words(group)
            tokens = tuple(tuple(word.lower() for word in _WORDS.findall(form))
                           for form in group) if form_words is not None else ()
            alphabet = frozenset("".join(group) + "".join(words))
            terms.append(GenericTerm(re.compile(pattern, re.IGNORECASE), entry.get("role"),
                                     tuple(entry.get("corefer", ())), conflict,
                                     form_words, tokens, reach, alphabet,
                                     bool(entry.get("implied")), _keys(form_words)))
    return terms


def _keys(form_words: tuple[frozenset[str], ...] | None) -> frozenset[str]:
    """The longest word of each form (a quick test that rules out most terms in a text)."""
    if form_words is None:
        return frozenset()
    return frozenset(max(sorted(words), key=len) for words in form_words if words)


def _form_words(forms: list[str]) -> tuple[frozenset[str], ...] | None:
    """The lowercased words of each form, or None when a form does not start with a word.

    Every word of a form is a whole word of the text where the form matches: the form's
    regex is preceded by a determiner or a non-word, followed by a non-word, and the words
    inside it are separated by the same non-word characters in the text."""
    words = []
    for form in forms:
        if re.match(r"\w", form) is None or _SPECIAL is None or not _plain_case(form):
            return None
        words.append(frozenset(word.lower() for word in re.findall(r"\w+", form)))
    return tuple(words)


def _plain_case(text: str) -> bool:
    """Whether case-insensitive matching of ``text`` amounts to comparing ``str.lower()``
    character by character (no "İ", "ſ", Kelvin sign…)."""
    return all(len(char.lower()) == 1 and char not in _SPECIAL for char in set(text))


try:
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

    #: non-ASCII characters that the regex engine matches case-insensitively beyond lower()
    _SPECIAL = frozenset(chr(code) for key, values in _EXTRA_CASES.items()
                         for code in (key, *values) if code > 127)
except ImportError:  # pragma: no cover - other Pythons: never take the shortcut
    _SPECIAL = None  # type: ignore[assignment]


def _words_of(text: str, alphabet: frozenset[str] | None = None) -> frozenset[str] | None:
    """The lowercased words of ``text``; None when its case folding is not plain, leaving out
    the characters that match none of ``alphabet`` case-insensitively (Greek letters beside
    French forms): such characters are never part of a match, nor are their words."""
    if _SPECIAL is None:
        return None
    for char in set(text):
        if not _plain_case(char) and (alphabet is None or not _foreign(char, alphabet)):
            return None
    return frozenset(word.lower() for word in _WORDS.findall(text))


@lru_cache(maxsize=1024)
def _foreign(char: str, alphabet: frozenset[str]) -> bool:
    """Whether the regex engine, ignoring case, matches ``char`` to no character of
    ``alphabet`` and none of them to ``char``."""
    mine = re.compile(re.escape(char), re.IGNORECASE)
    return not any(mine.fullmatch(other) or re.fullmatch(re.escape(other), char, re.IGNORECASE)
                   for other in alphabet)


class _Words:
    """The words of a text (``\\w+``, lowercased) with their offsets, indexed by word."""

    def __init__(self, text: str) -> None:
        found = list(_WORDS.finditer(text))
        self.starts = [match.start() for match in found]
        self.lowered = [match.group().lower() for match in found]
        self.at: dict[str, list[int]] = {}
        for index, word in enumerate(self.lowered):
            self.at.setdefault(word, []).append(index)

    def starts_of(self, term: GenericTerm) -> list[int]:
        """Where a match of ``term`` may start: a form's words follow one another from some
        word of the text (the regex matches each word whole, with only non-word characters
        between them), and a determiner takes up to ``term.reach`` words before it."""
        positions: set[int] = set()
        for form in term.form_tokens:
            size = len(form)
            for index in self.at.get(form[0], ()):
                if tuple(self.lowered[index:index + size]) == form:
                    positions.update(self.starts[max(0, index - term.reach):index + 1])
        return sorted(positions)


def _term_matches(text: str, term: GenericTerm, words: _Words | None) -> list[re.Match[str]]:
    """``term.regex.finditer(text)``, trying the regex only where a match may start when the
    text's words are known (same matches: the leftmost from each point on, not overlapping)."""
    if words is None or not term.form_tokens:
        return list(term.regex.finditer(text))
    matches = []
    end = 0
    for start in words.starts_of(term):
        if start < end:
            continue
        match = term.regex.match(text, start)
        if match is not None:
            matches.append(match)
            end = match.end()
    return matches


def find_generics(text: str, terms: tuple[GenericTerm, ...]) -> list[GenericMatch]:
    """Every generic form in ``text``, longest first where they overlap."""
    words = _words_of(text, _alphabet(terms))
    indexed = _Words(text) if words is not None else None
    found = [
        GenericMatch(match.start("form"), match.end("form"), term)
        for term in terms
        if words is None or term.form_words is None
        or (not term.keys.isdisjoint(words)
            and any(needed <= words for needed in term.form_words))
        for match in _term_matches(text, term, indexed)
    ]
    found.sort(key=lambda item: (-(item.end - item.start), item.start))
    kept: list[GenericMatch] = []
    for item in found:
        if all(item.end <= other.start or item.start >= other.end for other in kept):
            kept.append(item)
    return sorted(kept, key=lambda item: item.start)


#: characters of an article's opening (title and lead) whose cues count twice
LEAD = 300


_ALPHABETS: dict[int, tuple[tuple[GenericTerm, ...], frozenset[str] | None]] = {}


def _alphabet(terms: tuple[GenericTerm, ...]) -> frozenset[str] | None:
    """The characters of every term's forms (None: some term's forms are not plain words);
    remembered per tuple of terms (:func:`compile_terms` gives the same one each time)."""
    known = _ALPHABETS.get(id(terms))
    if known is None or known[0] is not terms:
        alphabet: frozenset[str] | None = frozenset().union(*(term.alphabet for term in terms))
        if any(term.form_words is not None and not term.alphabet for term in terms):
            alphabet = None
        known = _ALPHABETS[id(terms)] = (terms, alphabet)
    return known[1]


@lru_cache(maxsize=8)
def _cue_regex(
    cues: tuple[tuple[str, tuple[str, ...]], ...]
) -> tuple[re.Pattern[str] | None, dict[str, tuple[str, ...]]]:
    """One regex for the cues of all conflicts ((conflict id, cues) pairs), and the conflicts
    each cue is one of (where cues overlap, the longest is read: "Niger State", not "Niger")."""
    owners: dict[str, list[str]] = {}
    for conflict_id, words in cues:
        for cue in words:
            owners.setdefault(cue, []).append(conflict_id)
    if not owners:
        return None, {}
    alternatives = "|".join(re.escape(cue) for cue in sorted(owners, key=len, reverse=True))
    regex = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    return regex, {cue: tuple(ids) for cue, ids in owners.items()}


def article_conflict(text: str, countries: list[str], dictionary: Dictionary,
                     border: re.Pattern[str] | None = None) -> Conflict | None:
    """The conflict the article is about: most cues (twice those of the title and lead, where
    a news story says where it happens) plus twice the actors of its country; of conflicts
    scored alike, the one cued first. A cue ``border`` matches right before names a neighbour
    ("près de la frontière burkinabè" in a story of Niger), not where it happens. A conflict
    with no cues is never chosen: it serves the forms bound to it by an adjective ("l'armée
    russe" in an article about Ukraine)."""
    found = Counter(countries)
    ordered = sorted(dictionary.conflicts.values(), key=lambda item: item.id)
    regex, owners = _cue_regex(tuple((item.id, item.cues) for item in ordered))
    cued: Counter[str] = Counter()
    first: dict[str, int] = {}
    for match in regex.finditer(text) if regex is not None else ():
        if border is not None and border.search(text, max(0, match.start() - 40),
                                                match.start()):
            continue
        for conflict_id in owners[match.group()]:
            cued[conflict_id] += 2 if match.start() < LEAD else 1
            first.setdefault(conflict_id, match.start())
    best, best_key = None, (0, 0)
    for conflict in ordered:
        if not conflict.cues:
            continue
        score = cued[conflict.id] + 2 * found.get(conflict.country, 0)
        key = (score, -first.get(conflict.id, len(text)))
        if score > 0 and key > best_key:
            best, best_key = conflict, key
    return best


def border_pattern(words: list[str], links: list[str]) -> re.Pattern[str] | None:
    """What makes the cue after it a neighbour: "la frontière", "la frontière avec le"."""
    if not words:
        return None
    nouns = "|".join(map(re.escape, words))
    joined = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in links)
    tail = rf"(?:\s+(?:{joined}))?" if joined else ""
    return re.compile(rf"(?<!\w)(?:{nouns}){tail}\s*$", re.IGNORECASE)


def salient(
    candidates: list[tuple[int, str]], kinds: tuple[str, ...], dictionary: Dictionary, position: int
) -> str | None:
    """Among (start, actor id) mentions, the most frequent of ``kinds``; ties: nearest before.
    A militia that fights beside a state's forces (a conflict's `auxiliaries`, Burkina Faso's
    VDP) is none of the unnamed attackers a phrase like "les assaillants" stands for."""
    skip_state_side = "state-forces" not in kinds
    eligible = [(start, actor_id) for start, actor_id in candidates
                if (actor := dictionary.get(actor_id)) is not None and actor.kind in kinds
                and not (skip_state_side and on_state_side(dictionary, actor_id))]
    if not eligible:
        return None
    counts = Counter(actor_id for _, actor_id in eligible)
    top = max(counts.values())
    tied = {actor_id for actor_id, count in counts.items() if count == top}

    def nearness(actor_id: str) -> tuple[int, int]:
        before = [start for start, other in eligible if other == actor_id and start < position]
        after = [start for start, other in eligible if other == actor_id and start >= position]
        return (1, max(before)) if before else (0, -min(after))

    return max(sorted(tied), key=nearness)


#: the roles of a conflict that fight on its state's side
STATE_SIDE_ROLES = frozenset({"armed-forces", "soldiers", "police", "gendarmerie",
                              "national-guard", "auxiliaries"})


def on_state_side(dictionary: Dictionary, actor_id: str) -> bool:
    """Whether the actor holds one of :data:`STATE_SIDE_ROLES` in a conflict (Burkina Faso's
    VDP, the army's auxiliaries)."""
    return bool(STATE_SIDE_ROLES.intersection(dictionary.held_roles(actor_id)))


@dataclass(frozen=True, slots=True)
class Template:
    """What a generic phrase names when no dictionary entry plays its role (see
    ``data/acled/generic_actors.toml``)."""

    role: str
    acled: str
    kind: str
    sector: str

    def name(self, country: str) -> str:
        return self.acled.format(country=country)


@lru_cache(maxsize=1)
def generic_actors() -> dict[str, Any]:
    """The role table of ``data/acled/generic_actors.toml``."""
    import tomllib
    from importlib import resources

    path = resources.files("chronique").joinpath("data/acled/generic_actors.toml")
    roles: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8")).get("roles", {})
    return roles


def role_chain(role: str, country: str | None) -> list[str]:
    """``role`` and the roles it stands for in ``country`` (``same_as``, ``by_country``), in
    the order they are tried: "gendarmerie" in Mali is tried as itself, then "armed-forces"."""
    roles = generic_actors()
    chain = [role]
    while True:
        entry = roles.get(chain[-1], {})
        following = entry.get("by_country", {}).get(country or "", entry.get("same_as"))
        if not following or following in chain:
            return chain
        chain.append(following)


def template(role: str, country: str | None) -> Template | None:
    """The template that ``role`` takes in ``country`` (None: the role has none)."""
    for name in role_chain(role, country):
        entry = generic_actors().get(name, {})
        if "acled" in entry:
            return Template(name, entry["acled"], entry.get("kind", ""), entry.get("sector", ""))
    return None


def country_name(code: str | None) -> str | None:
    """A country's English name as ACLED writes it, from its ISO alpha-2 code."""
    if not code:
        return None
    from ..export.countries import country_info

    name: str | None = country_info(code)["country"]
    return name

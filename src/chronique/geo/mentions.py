"""Finding toponyms in a text: the model's LOC/GPE entities plus a gazetteer scan.

The scan catches what the model misses or mislabels (it tags "Kallassé" MISC and misses "Qabun",
"Bab Touma", "Rukn al Din"). It looks at runs of words that start with a capital (or with a
lower-case word that begins a gazetteer name, such as "place" in "place des Abbassides"), longest
first, and keeps those naming a supplementary entry, a country or a large city. It never starts
inside a hyphenated name ("al-Cham" in "Ahrar al-Cham" is not Damascus) nor inside a person or
organisation the model found, unless the model's span is exactly a curated name (it tags
"Bab Touma" and "Rukn al Din" as persons): such a mention is kept only when its parent city is
named in the article or a locative preposition comes before it ("à Benghazi"). After such a
preposition, towns of some size are accepted too ("au Caire", "de Bani Walid").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import Gazetteer
from .normalize import fold, normalize

_LOCATIVE = re.compile(r"(?:^|\s)(?:à|a|au|aux|en|de|du|d'|d’|dans|vers|depuis|près de|sur)\s*$",
                       re.IGNORECASE)
TOWN = 10_000
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ed|ach|ech|as|es|ar|er|az|ez|at|an)-", re.IGNORECASE)
#: capitalized words that may start a sentence before a name ("En Syrie", "Au Caire")
FUNCTION_WORDS = frozenset([
    "à", "a", "au", "aux", "en", "de", "du", "des", "d", "la", "le", "les", "l", "dans", "vers",
    "sur", "sous", "selon", "depuis", "entre", "pour", "par", "et", "ou", "mais", "car", "donc",
    "si", "où", "quand",
])
_WORD = re.compile(r"(?:[ldjLDJ]|[Qq]u)['’](?=\w)|[^\W\d_]+(?:[-'’][^\W\d_]+)*")
MAX_WORDS = 6


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    source: str  # ner | gazetteer


@lru_cache(maxsize=100_000)
def _capitalized(word: str) -> bool:
    article = _ARABIC_ARTICLE.match(word)
    if article:
        word = word[article.end():]
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def scan(text: str, gazetteer: Gazetteer, *, blocked: list[tuple[int, int]],
         not_places: frozenset[str]) -> list[Mention]:
    """Gazetteer matches in ``text`` outside the ``blocked`` spans."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    tails = _Tails(_suffixes(not_places), _suffixes(frozenset(gazetteer.lower_endings)))
    found: list[Mention] = []
    i = 0
    while i < len(words):
        match = _match_at(text, words, i, gazetteer, not_places, tails)
        if match is not None and (match in blocked or not _inside(match, blocked)
                                  or _country_within(text, match, blocked, gazetteer)):
            locative = bool(_LOCATIVE.search(text[max(0, match[0] - 12):match[0]]))
            trusted = locative or _country(text[match[0]:match[1]], gazetteer)
            source = "gazetteer-person" if match in blocked and not trusted else "gazetteer"
            found.append(Mention(match[0], match[1], source))
            i = next(k for k in range(i, len(words) + 1)
                     if k == len(words) or words[k][0] >= match[1])
        else:
            i += 1
    return found


@dataclass(frozen=True)
class _Tails:
    """The endings of the folded names not to take, and of the curated names ending in lower
    case: a span whose folded last word is not one of them is not one of those names (folding
    goes character by character, so a folded span ends with its folded last word)."""

    not_places: frozenset[str]
    lower_endings: frozenset[str]


@lru_cache(maxsize=16)
def _suffixes(names: frozenset[str]) -> frozenset[str]:
    return frozenset(name[k:] for name in names for k in range(len(name)))


def _match_at(text: str, words: list[tuple[int, int]], i: int, gazetteer: Gazetteer,
              not_places: frozenset[str], tails: _Tails | None = None) -> tuple[int, int] | None:
    start = words[i][0]
    first = text[start:words[i][1]]
    if start > 0 and text[start - 1] == "-":
        return None
    if not _capitalized(first) and first.casefold() not in gazetteer.first_words:
        return None
    if i > 0 and _continues(text, words[i - 1], start):
        return None
    locative: bool | None = None  # whether a locative preposition comes before (asked once)
    for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
        end = words[i + n - 1][1]
        if i + n < len(words) and _ARABIC_ARTICLE.match(text, words[i + n][0]) \
                and words[i + n][0] == end + 1:
            continue  # "Tahrir al-Cham": the name goes on
        last = text[words[i + n - 1][0]:end]
        surface = text[start:end]
        if "\n" in surface:
            continue
        capitalized = _capitalized(last)
        if not capitalized and n == 1:
            continue
        tail = (fold(last) or None) if tails is not None else None
        if (tails is None or tail is None or tail in tails.not_places) \
                and fold(surface) in not_places:
            continue
        if not capitalized:
            if (tails is None or tail is None or tail in tails.lower_endings) \
                    and fold(surface) in gazetteer.lower_endings:
                return start, end  # a curated name ending in lower case: "Vieille ville"
            continue
        if _known(surface, gazetteer):
            return start, end
        if locative is None:
            locative = _LOCATIVE.search(text[max(0, start - 12):start]) is not None
        if locative and _town(surface, gazetteer):
            return start, end
    return None


def _country(surface: str, gazetteer: Gazetteer) -> bool:
    return any(entry.kind == "country" for entry in gazetteer.lookup(surface))


def _country_within(text: str, match: tuple[int, int], blocked: list[tuple[int, int]],
                    gazetteer: Gazetteer) -> bool:
    """A country named inside, not at the head of, an organisation's name ("la coalition menée
    par les États-Unis"): the country is still a toponym of its own."""
    return _country(text[match[0]:match[1]], gazetteer) and all(
        start < match[0] for start, end in blocked if start <= match[0] and match[1] <= end)


def _continues(text: str, previous: tuple[int, int], start: int) -> bool:
    """Whether the word before ``start`` is a capitalized part of the same proper name
    ("Hayet Tahrir": not a mention of Tahrir)."""
    word = text[previous[0]:previous[1]]
    if previous[1] != start - 1 or text[previous[1]] != " " or not _capitalized(word):
        return False
    if word.casefold() in FUNCTION_WORDS:
        return False
    before = text[max(0, previous[0] - 2):previous[0]]
    return not (previous[0] == 0 or before.strip() == "" and "\n" in before
                or before.rstrip().endswith((".", "!", "?", ":", "«", "\"", "—", "–")))


def _town(surface: str, gazetteer: Gazetteer) -> bool:
    """A town of some size: accepted after a locative preposition ("au Caire", "à Ibb")."""
    key = normalize(surface)
    return len(key) >= 3 and any(entry.kind in ("city", "town") and entry.population >= TOWN
                                 for entry in gazetteer.lookup_key(key))


def _known(surface: str, gazetteer: Gazetteer) -> bool:
    """A curated entry or a country: large cities are left to the model, since their
    alternate names include common words ("Des", "Son", "Tous")."""
    key = normalize(surface)
    if len(key) < 3:
        return False
    return gazetteer.has_local(key) or gazetteer.names_a_country(key)



def _inside(span: tuple[int, int], blocked: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in blocked)


def merge(mentions: list[Mention]) -> list[Mention]:
    """Overlapping mentions reduced to the longest of each cluster, in text order."""
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= other.start or mention.start >= other.end for other in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)

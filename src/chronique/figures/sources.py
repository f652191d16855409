"""Reading a source's words: where "selon l'OSDH" ends, which words before a verb are its
subject, and what to drop from them. Used by :mod:`.attribution`."""

from __future__ import annotations

import re
from typing import Any


def key(phrase: str) -> str:
    """Lower case, ASCII apostrophes, single spaces."""
    return " ".join(phrase.lower().replace("’", "'").split())


_TOKEN = re.compile(r"\s+|\([^()\n]{0,80}\)|[,;:!?«»\"“”\n.]|[^\s,;:!?«»\"“”\n().]+")
_DETERMINERS = (
    "le",
    "la",
    "l'",
    "les",
    "un",
    "une",
    "des",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cet",
    "cette",
    "m.",
    "mme",
)
_PREPOSITIONS = frozenset(
    [
        "dans",
        "en",
        "selon",
        "pour",
        "après",
        "avant",
        "lors",
        "depuis",
        "par",
        "à",
        "au",
        "aux",
        "sur",
        "malgré",
        "face",
        "outre",
        "alors",
        "si",
        "quand",
        "lorsque",
        "mais",
        "et",
        "ou",
        "ni",
        "car",
        "donc",
        "or",
        "toutefois",
        "cependant",
        "pourtant",
        "ainsi",
        "parmi",
        "chez",
        "vers",
        "contre",
        "avec",
        "sans",
        "entre",
        "sous",
        "durant",
        "pendant",
    ]
)
_NOT_SUBJECTS = frozenset(
    {"on", "cela", "ce", "ça", "c'", "qui", "nous", "je", "j'", "vous", "tu", "il y", "y"}
)
_INVERTED_PRONOUN = re.compile(r"-t?-(?:il|elle|ils|elles|on)\b")
_RELATIVES = frozenset(
    {"qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"}
)
_ABBREVIATIONS = frozenset({"M", "Mme", "MM", "Dr", "Mgr", "St", "Pr", "Me"})


def source_end(text: str, start: int, limit: int, data: dict[str, Any]) -> int:
    """Where a source's words end: punctuation, a word starting something else, or a length cap."""
    stops = frozenset(key(w) for w in data["source_end"]["words"])
    cap = start + int(data["source_end"]["max_chars"])
    position, end, previous = start, start, ""
    while position < min(limit, cap):
        match = _TOKEN.match(text, position)
        if match is None:
            break
        token = match.group()
        position = match.end()
        if token.isspace():
            continue
        if token == "." and previous in _ABBREVIATIONS:
            end = position
            continue
        if len(token) == 1 and token in ',;:!?«»"“”\n.':
            break
        word = key(token)
        if end > start and (word in stops or word.startswith("qu'")):
            break
        if previous.startswith("(") and token[0].islower():
            break  # "le Yemen Post (en anglais) un manifestant a été tué"
        end, previous = position, token
    return end


def apposition(text: str, end: int, limit: int) -> int:
    """ ", Igor Konachenkov." after a source: the name is part of it."""
    match = re.compile(r",\s*(?:[A-ZÉÈ][\w'’-]+\s*){1,4}(?=[.;]|$)").match(text, end, limit)
    return match.end() if match else end


def after_comma(text: str, position: int, end: int) -> int:
    """Where the statement starts after "Selon Moscou, [qui soutient l'armée,] …"."""
    comma = text.find(",", position, end)
    if comma < 0:
        while position < end and text[position].isspace():
            position += 1
        return position
    position = comma + 1
    while position < end and text[position].isspace():
        position += 1
    if re.match(r"(?:qui|dont|lequel|laquelle|elle-même|lui-même)\b", text[position:end]):
        return after_comma(text, position, end)
    return position


def starts_source(rest: str) -> bool:
    word = key(rest.split(" ", 1)[0]) if rest else ""
    return bool(rest) and (
        rest[0].isupper() or word in _DETERMINERS or word.startswith(("l'", "d'"))
    )


def is_not_source(rest: str, not_sources: list[str]) -> bool:
    head = key(rest[:30])
    return not rest.strip() or any(
        head == w or head.startswith(w + " ") or (w.endswith("'") and head.startswith(w))
        for w in map(key, not_sources)
    )


def subject(
    text: str, start: int, verb_start: int, *, participle: bool = False
) -> tuple[int, int] | None:
    """The subject right before a verb: the last segment of the sentence before it, or the one
    before an apposition ("Le directeur de l'OSDH, généralement bien informé, précise que").
    A participle opens its own segment: "L'ONG HRW, évoquant vingt-quatre morts, …"."""
    pieces = text[start:verb_start].split(",")
    if _INVERTED_PRONOUN.search(pieces[-1]):
        return None  # "…», a-t-il dit": the inverted reading has it
    if participle and len(pieces) > 1 and not pieces[-1].strip():
        pieces = pieces[:-1]
    offsets = [start]
    for piece in pieces[:-1]:
        offsets.append(offsets[-1] + len(piece) + 1)
    for index in range(len(pieces) - 1, -1, -1):
        stripped = pieces[index].strip()
        first = key(stripped.split()[0]) if stripped else ""
        if key(stripped) in _NOT_SUBJECTS or first in _RELATIVES:
            return None
        if _is_subject(stripped):
            offset = offsets[index] + pieces[index].find(stripped)
            return offset, offset + len(stripped)
        if not _is_apposition(stripped):
            return None
    return None


def _is_apposition(words: str) -> bool:
    first = key(words.split()[0]) if words else ""
    return (
        bool(words)
        and words[0].islower()
        and first not in _PREPOSITIONS
        and first not in _DETERMINERS
    )


def _is_subject(words: str) -> bool:
    if not words or len(words.split()) > 12 or any(mark in words for mark in '«»"“”'):
        return False
    if words[0] in "(–-":
        return False
    first = key(words.split()[0])
    elided = first.split("'")[0] if "'" in first else ""
    if first in _PREPOSITIONS or elided in {"qu", "c", "s", "n", "lorsqu", "puisqu", "jusqu"}:
        return False
    return (
        words[0].isupper()
        or first in _DETERMINERS
        or first.startswith("l'")
        or first in {"il", "elle", "ils", "elles"}
    )


def clean_source(source: str, data: dict[str, Any]) -> str:
    source = " ".join(source.split()).strip(" ,")
    cues = data["source_cues"]
    for prefix in sorted(cues["strip_prefixes"], key=len, reverse=True):
        if key(source).startswith(key(prefix)):
            return source[len(prefix) :].strip()
    source = re.split(
        r"\s+(?:pour sa part|de son côté|pour leur part|de leur côté|quant à (?:lui|elle))\b",
        source,
    )[0]
    return source

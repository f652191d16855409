"""Evidence about when an article was written: date lines, office holders, known events."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from ..lang import table
from ..types import DateCandidate
from . import calendar as cal
from .lexicon import Lexicon, alt

FAR_FUTURE = dt.date(9999, 12, 31)


@dataclass(frozen=True)
class Window:
    """A closed interval of days in which the article must have been written."""

    start: dt.date
    end: dt.date
    candidate: DateCandidate


def _tsv(package: str, name: str) -> list[dict[str, str]]:
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:]]


def _date(value: str, default: dt.date) -> dt.date:
    ref = cal.parse_ref(value)
    return ref.date or default


def _terms(text: str) -> str:
    words = [w.strip() for w in text.split("|") if w.strip()]
    return alt(words) if words else r"(?!x)x"


@lru_cache(maxsize=1)
def _roles() -> tuple[re.Pattern[str], dict[str, list[tuple[re.Pattern[str], dict[str, str]]]]]:
    """One pattern for every name, and per name the (role terms, row) it may be named with."""
    by_name: dict[str, list[tuple[re.Pattern[str], dict[str, str]]]] = {}
    for row in _tsv("chronique.data.actors", "roles.tsv"):
        names = {n.strip() for n in [row["name"], *row.get("aliases", "").split("|")] if n.strip()}
        role_re = re.compile(_terms(row["role_terms_fr"]), re.IGNORECASE)
        for name in names:
            by_name.setdefault(name, []).append((role_re, row))
    pattern = re.compile(alt(by_name, lower=False) + r"(?!-)")
    return pattern, by_name


@lru_cache(maxsize=1)
def _events() -> list[tuple[re.Pattern[str], dict[str, str]]]:
    return [
        (re.compile(_terms(row["terms_fr"]), re.IGNORECASE), row)
        for row in _tsv("chronique.data.events", "known_starts.tsv")
    ]


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"[.!?\n]+", text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _sentence_of(
    sentences: list[tuple[int, int]], starts: list[int], offset: int
) -> tuple[int, int]:
    return sentences[max(0, bisect.bisect_right(starts, offset) - 1)]


_NEAR = 80


@lru_cache(maxsize=1)
def _former() -> re.Pattern[str]:
    words = table("fr", "time")["roles"]["not_in_office"]
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")\s*$", re.IGNORECASE)


def _holds_role(text: str, role_re: re.Pattern[str], name: re.Match[str], s_start: int,
                s_end: int, actor: str) -> bool:
    """The role is written next to the name (no other office holder nearer to it), and not as
    a former or future one."""
    pattern, by_name = _roles()
    for role in role_re.finditer(text, max(s_start, name.start() - _NEAR),
                                 min(s_end, name.end() + _NEAR)):
        if _former().search(text[max(0, role.start() - 25) : role.start()]):
            continue
        around = (max(s_start, role.start() - _NEAR), min(s_end, role.end() + _NEAR))
        nearest = min(
            pattern.finditer(text, *around),
            key=lambda m: min(abs(m.start() - role.end()), abs(role.start() - m.end())),
            default=None,
        )
        if nearest is not None and all(
            row["actor_id"] != actor for _, row in by_name.get(nearest.group(0), [])
        ):
            continue
        return True
    return False


def role_windows(text: str) -> list[Window]:
    """Persons named with a role they held only for a time, one window per actor and role."""
    pattern, by_name = _roles()
    found: dict[tuple[str, str], list[Window]] = {}
    sentences = _sentences(text)
    starts = [s for s, _ in sentences]
    for name in pattern.finditer(text):
        s_start, s_end = _sentence_of(sentences, starts, name.start())
        for role_re, row in by_name.get(name.group(0), []):
            key = (row["actor_id"], row["role"])
            if any(w.candidate.note.endswith(row["start"] + ")") for w in found.get(key, [])):
                continue
            if not _holds_role(text, role_re, name, s_start, s_end, row["actor_id"]):
                continue
            start = _date(row["start"], dt.date(1, 1, 1))
            end = _date(row["end"], FAR_FUTURE) if row["end"] else FAR_FUTURE
            note = f"{row['name']} named as {row['role']} ({row['start']}–{row['end'] or 'now'})"
            candidate = DateCandidate(f"{row['start']}/{row['end']}", "role", 1.0, name.start(),
                                      name.end(), note)
            found.setdefault(key, []).append(Window(start, end, candidate))
    windows = []
    for spans in found.values():
        # the same actor in the same role over several terms: the union of the terms
        first = spans[0]
        windows.append(Window(min(w.start for w in spans), max(w.end for w in spans),
                              first.candidate))
    return windows


@lru_cache(maxsize=1)
def _founded() -> list[tuple[re.Pattern[str], str, str, tuple[str, ...]]]:
    """Per dictionary entry with a ``founded`` date: a pattern of its names (acronyms and short
    names in their exact case; none another entry also bears, as "RSF" is also Reporters sans
    frontières), its date, its name, and its names folded (a text holding none of them need not be
    searched)."""
    from ..actors.dictionary import load_dictionary

    actors = load_dictionary().actors.values()
    owners: dict[str, set[str]] = {}
    for actor in actors:
        for n in (actor.name, *actor.aliases):
            owners.setdefault(n.casefold(), set()).add(actor.id)
    out = []
    for actor in actors:
        if not actor.founded:
            continue
        names = {n for n in (actor.name, *actor.aliases) if n and len(owners[n.casefold()]) == 1}
        if not names:
            continue
        exact = [n for n in names if n.isupper() or len(n) <= 4]
        loose = [n for n in names if n not in exact]
        parts = [rf"(?<![\w-]){re.escape(n)}(?![\w-])"
                 for n in sorted(exact, key=len, reverse=True)]
        if loose:
            parts.append(rf"(?i:{alt(loose)})")
        folded = tuple({" ".join(n.casefold().split()) for n in names})
        out.append((re.compile("|".join(parts)), actor.founded, actor.name, folded))
    return out


def founded_windows(text: str, horizon: dt.date) -> list[Window]:
    """A group, force or mission the text names was formed before the text was written: one
    window per such actor, from its founding to ``horizon`` (the last day the data describe).
    A lower bound only: an actor dissolved since is still named in retrospect."""
    windows = []
    folded = " ".join(text.casefold().split())
    for pattern, founded, name, names in _founded():
        if not any(n in folded for n in names):
            continue  # none of its names anywhere, whatever the case: the pattern cannot match
        match = pattern.search(text)
        ref = cal.parse_ref(founded)
        if match is None or ref.year is None:
            continue
        start = dt.date(ref.year, ref.month or 1, ref.day or 1)
        if start > horizon:
            continue
        note = f"{name} named (formed {founded})"
        windows.append(Window(start, horizon, DateCandidate(f"{founded}/", "founded", 1.0,
                                                            match.start(), match.end(), note)))
    return windows


@cache
def _day_month(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(\d{{1,2}}|1er)\s+({alt(lex.words('months'))})(?!\s+\d)", re.IGNORECASE)


_SINCE = re.compile(r"depuis\s+(?:plus\s+de\s+|près\s+de\s+|bientôt\s+|environ\s+)?(\w+(?:-\w+)?)"
                    r"\s+ans\b", re.IGNORECASE)


def event_windows(
    text: str, lex: Lexicon, number: Callable[[Lexicon, str], float | None]
) -> list[Window]:
    """Durations counted from known starts and day-month mentions of those starts."""
    windows = []
    sentences = _sentences(text)
    starts = [s for s, _ in sentences]
    months = lex.words("months")
    for term_re, row in _events():
        start = cal.parse_ref(row["start"]).date
        if start is None:
            continue
        end = cal.parse_ref(row["end"]).date if row["end"] else None
        seen: set[tuple[int, int]] = set()
        for term in term_re.finditer(text):
            s_start, s_end = _sentence_of(sentences, starts, term.start())
            if (s_start, s_end) in seen:
                continue
            seen.add((s_start, s_end))
            for since in _SINCE.finditer(text, s_start, s_end):
                years = number(lex, since.group(1))
                if years is None or years != int(years) or years > 100:
                    continue
                low = cal.safe_date(start.year + int(years), start.month, start.day)
                high = cal.safe_date(start.year + int(years) + 1, start.month, start.day)
                if low and high:
                    note = f"'{since.group(0)}' of {row['event_id']} (began {row['start']})"
                    candidate = DateCandidate(f"{low}/{high}", "content", 1.0, since.start(),
                                              since.end(), note)
                    windows.append(Window(low, high, candidate))
            for mention in _day_month(lex).finditer(text[s_start:s_end]):
                day = 1 if mention.group(1) == "1er" else int(mention.group(1))
                if (months.get(mention.group(2).lower()), day) != (start.month, start.day):
                    continue
                high = (end or start) + dt.timedelta(days=90)
                note = f"'{mention.group(0)}' beside '{term.group(0)}': {row['event_id']} " \
                       f"({row['start']}–{row['end'] or '…'})"
                candidate = DateCandidate(f"{start}/{high}", "content", 1.0,
                                          s_start + mention.start(), s_start + mention.end(), note)
                windows.append(Window(start, high, candidate))
    return windows

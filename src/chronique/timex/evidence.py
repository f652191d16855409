"""Evidence about when an article was written: date lines, office holders, known events."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

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
def _roles() -> list[tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]]:
    rows = []
    for row in _tsv("chronique.data.actors", "roles.tsv"):
        names = sorted({n.strip() for n in [row["name"], *row.get("aliases", "").split("|")]
                        if n.strip()}, key=len, reverse=True)
        name_re = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
        rows.append((name_re, re.compile(_terms(row["role_terms_fr"]), re.IGNORECASE), row))
    return rows


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


def role_windows(text: str) -> list[Window]:
    """Persons named with a role they held only for a time, one window per actor and role."""
    found: dict[tuple[str, str], list[Window]] = {}
    sentences = _sentences(text)
    for name_re, role_re, row in _roles():
        first = name_re.search(text)
        if first is None:
            continue
        for s_start, s_end in sentences:
            if s_end <= first.start():
                continue
            name = name_re.search(text, s_start, s_end)
            if not name:
                continue
            role = role_re.search(text, s_start, s_end)
            if not role:
                continue
            start = _date(row["start"], dt.date(1, 1, 1))
            end = _date(row["end"], FAR_FUTURE) if row["end"] else FAR_FUTURE
            note = f"{row['name']} named as {row['role']} ({row['start']}–{row['end'] or 'now'})"
            candidate = DateCandidate(f"{row['start']}/{row['end']}", "role", 1.0, name.start(),
                                      name.end(), note)
            key = (row["actor_id"], row["role"])
            found.setdefault(key, []).append(Window(start, end, candidate))
            break
    windows = []
    for spans in found.values():
        # the same actor in the same role over several terms: the union of the terms
        start = min(w.start for w in spans)
        end = max(w.end for w in spans)
        if len(spans) == 1:
            windows.append(spans[0])
        else:
            windows.append(Window(start, end, spans[0].candidate))
    return windows


_SINCE = re.compile(r"depuis\s+(?:plus\s+de\s+|près\s+de\s+|bientôt\s+|environ\s+)?(\w+(?:-\w+)?)"
                    r"\s+ans\b", re.IGNORECASE)


def event_windows(text: str, lex: Lexicon, number: callable) -> list[Window]:
    """Durations counted from known starts and day-month mentions of those starts."""
    windows = []
    sentences = _sentences(text)
    months = lex.words("months")
    for term_re, row in _events():
        start = cal.parse_ref(row["start"]).date
        if start is None:
            continue
        end = cal.parse_ref(row["end"]).date if row["end"] else None
        if not term_re.search(text):
            continue
        for s_start, s_end in sentences:
            term = term_re.search(text, s_start, s_end)
            if not term:
                continue
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
            day_month = rf"(\d{{1,2}}|1er)\s+({alt(months)})(?!\s+\d)"
            for mention in re.finditer(day_month, text[s_start:s_end], re.IGNORECASE):
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

"""Find time expressions in a text and normalize them against a reference date.

Every pattern of the lexicon runs over the stretches of text around trigger words; among
overlapping matches the longest wins (then the pattern's priority); each kept match is turned
into a TIMEX3 value by its handler, in text order, so that a clock time or "la veille" can lean
on the last date mentioned.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from ..types import TimeExpr
from . import calendar as cal
from .handlers import HANDLERS, Context, Result
from .lexicon import Lexicon, lexicon

log = logging.getLogger(__name__)


def ascii_apostrophes(text: str) -> str:
    """The text with typographic apostrophes made ASCII (same length, same offsets)."""
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
STAGE = "times"

# among overlapping candidates of the same length, the lower number wins


PRIORITY = {
    "date": 0, "month_day_year": 0, "numeric": 0, "range_start": 0, "day_current": 0,
    "part_edge": 1, "night_of": 1,
    "part_of_day": 1, "weekday_day": 1, "deictic": 1, "clock": 2, "weekday_set": 2,
    "ordinal_weekday": 2, "weekday_habit": 2, "set_every": 2, "quarter": 2, "short_year": 7,
    "weekday": 3, "set": 3, "period_part": 3, "period": 4, "holiday": 4, "decade": 4, "century": 4,
    "duration": 5, "duration_word": 6, "month": 6, "year": 7, "season": 7, "anaphoric_period": 7,
    "fixed": 8, "ref_adjective": 8, "this_part": 8, "the_part": 9, "anaphoric": 9, "same_day": 9,
    "that_moment": 9,
}

_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


WINDOW = 60


def _windows(lex: Lexicon, text: str) -> list[tuple[int, int]]:
    """Stretches of the text around the words a time expression needs, merged."""
    windows: list[tuple[int, int]] = []
    for match in lex.trigger.finditer(text):
        start = max(0, match.start() - WINDOW)
        end = min(len(text), match.end() + WINDOW)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


Candidate = tuple[int, int, str, re.Match[str]]

#: the candidates of the last few texts: an article is tagged once undated (to date it) and
#: once against its date, and the candidates do not depend on the reference
_RECENT: dict[tuple[int, str], tuple[Lexicon, list[Candidate]]] = {}
_RECENT_SIZE = 4


def _candidates(lex: Lexicon, text: str) -> list[Candidate]:
    key = (id(lex), text)
    hit = _RECENT.get(key)
    if hit is not None and hit[0] is lex:
        return list(hit[1])
    chosen = _find_candidates(lex, text)
    if len(_RECENT) >= _RECENT_SIZE:
        del _RECENT[next(iter(_RECENT))]
    _RECENT[key] = (lex, chosen)
    return list(chosen)


def _find_candidates(lex: Lexicon, text: str) -> list[Candidate]:
    found = []
    seen: set[tuple[int, int, str]] = set()
    for w_start, w_end in _windows(lex, text):
        for name, pattern in lex.patterns:
            for match in pattern.finditer(text, w_start, w_end):
                key = (match.start(), match.end(), name)
                if match.end() > match.start() and key not in seen:
                    seen.add(key)
                    found.append((match.start(), match.end(), name, match))
    found.sort(key=lambda c: (c[0] - c[1], PRIORITY[c[2]], c[0]))
    chosen: list[tuple[int, int, str, re.Match[str]]] = []
    taken = bytearray(len(text) + 1)
    for cand in found:
        if any(taken[cand[0] : cand[1]]):
            continue
        taken[cand[0] : cand[1]] = b"\x01" * (cand[1] - cand[0])
        chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    if lex.name_before is not None:
        chosen = [c for c in chosen if c[2] not in _NAMEABLE
                  or not lex.name_before.search(text, max(0, c[0] - 40), c[0])]
    return chosen


#: patterns of a day that may be part of a place's name ("le pont du 6 Octobre")
_NAMEABLE = frozenset({"date", "month_day_year"})


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def _run(ctx: Context, name: str, match: re.Match[str]) -> Result | None:
    try:
        return HANDLERS[name](ctx, match)
    except (ValueError, OverflowError):  # a date beyond the calendar: not a time expression
        log.debug("skipped %r", match.group(0))
        return None


_EXPLICIT = ("date", "month_day_year", "range_start", "weekday_day", "numeric", "holiday",
             "day_current")
_AHEAD = re.compile(r"\s*,?\s*$")


def _explicit_dates(ctx: Context, candidates: list[tuple[int, int, str, re.Match[str]]]) -> list:
    dates = []
    for _start, _end, name, match in candidates:
        if name in _EXPLICIT and (result := _run(ctx, name, match)):
            day = _DAY_VALUE.match(result.value)
            if day and (date := cal.safe_date(int(day[1]), int(day[2]), int(day[3]))):
                dates.append(date)
    return dates


def _anchor_ahead(ctx: Context, candidates: list, index: int) -> None:
    """A clock time followed by its day ("vers 0 h 40, jeudi") takes that day as anchor."""
    if index + 1 >= len(candidates):
        return
    start, end, name, match = candidates[index + 1]
    if name not in ("weekday", "deictic", "date", "weekday_day"):
        return
    if not _AHEAD.match(ctx.text[candidates[index][1] : start]) or start - candidates[index][1] > 3:
        return
    result = _run(ctx, name, match)
    day = _DAY_VALUE.match(result.value) if result else None
    if day:
        ctx.anchor = cal.safe_date(int(day[1]), int(day[2]), int(day[3])) or ctx.anchor


def _now_before(ctx: Context, start: int, kind: str) -> Result | None:
    """``d'ici la fin de l'année``: the word "ici" is the moment the span is counted from."""
    before = ctx.lex.now_before.search(ctx.text, max(0, start - 16), start)
    if before is None:
        return None
    word = ctx.lex.lookup("now_before", before.group(1))
    at = before.start(1) + before.group(1).lower().rfind(word)
    if kind == "DURATION" or ctx.ref.date is None:
        kind, value = "TIME", "PRESENT_REF"
    else:
        kind, value = "DATE", cal.fmt(ctx.ref.date)
    return Result(kind, value, at, at + len(word))


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _telling(lex: Lexicon, text: str, start: int) -> bool:
    """Whether the day at ``start`` comes right after a verb of saying ("a indiqué lundi")."""
    pattern = lex.telling
    return pattern is not None and pattern.search(text, max(0, start - 40), start) is not None


def tag(text: str, *, reference: str | None, lang: str = "fr") -> list[TimeExpr]:
    """Time expressions of ``text`` with TIMEX3 values resolved against ``reference``."""
    lex = lexicon(lang)
    plain = ascii_apostrophes(text)
    ref = cal.parse_ref(reference)
    ctx = Context(lex, plain, ref, ref.date)
    candidates = _candidates(lex, plain)
    ctx.explicit = _explicit_dates(ctx, candidates)
    out: list[TimeExpr] = []
    # the anchor before a day of telling, and where the sentence of the telling ends
    saved: tuple[dt.date | None, str, int] | None = None
    covered = 0  # where the last expression ends ("deux jours plus tôt" past its length)
    for index, (_start, _end, name, match) in enumerate(candidates):
        if _start < covered:
            continue
        if saved is not None and _start >= saved[2]:
            ctx.anchor, ctx.last = saved[0], saved[1]  # the sentence of the telling is over
            saved = None
        if name == "clock":
            _anchor_ahead(ctx, candidates, index)
        result = _run(ctx, name, match)
        if result is None or not result.value:
            continue
        start, end = _trim(plain, result.start, result.end)
        if (now := _now_before(ctx, start, result.type)) is not None:
            out.append(TimeExpr(now.start, now.end, STAGE, text[now.start : now.end],
                                type=now.type, value=now.value, anchor=reference))
        out.append(
            TimeExpr(start, end, STAGE, text[start:end], type=result.type, value=result.value,
                     anchor=reference, mod=result.mod)
        )
        covered = max(covered, end)
        if _telling(lex, plain, start):
            # "a indiqué lundi": within its sentence what is reported counts from that day
            # ("a précisé vendredi que les victimes avaient péri dans l'immeuble bombardé la
            # veille"); a later sentence's "la veille" from the day told before it
            boundary = _SENTENCE_END.search(plain, end)
            saved = (ctx.anchor, ctx.last, boundary.end() if boundary else len(plain))
        else:
            saved = None
        if result.type in ("DATE", "TIME") and result.value[:4].isdigit():
            # "vers 15 h 30, hier": the day does not make the time mentioned before it coarser
            if not ctx.last.startswith(result.value + "T"):
                ctx.last = result.value
            ctx.last_end = end
        day = _DAY_VALUE.match(result.value)
        if day and result.type in ("DATE", "TIME"):
            ctx.anchor = cal.safe_date(int(day[1]), int(day[2]), int(day[3])) or ctx.anchor
    return out

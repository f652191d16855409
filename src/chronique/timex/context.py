"""The state a handler reads: the text, the reference date, the last dates mentioned, and the
tense cues around an expression."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import calendar as cal
from . import values as v
from .lexicon import Cues, Lexicon

_DURATION_BEFORE = re.compile(
    r"(?<![\w'])(?:pendant|durant|depuis|en|plus\s+de|moins\s+de|environ|y\s+a|"
    r"toutes\s+les|dans|pr[èe]s\s+de|quelque|au\s+moins)\s*$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s+([^\W\d][\w']*)")
_BOUNDARY = re.compile(r"[.!?;\n]")
_WORD = re.compile(r"\w+(?:['-]\w+)*")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEAR_MONTH = re.compile(r"^(\d{4})(?:-(\d{2}))?")


@dataclass
class Result:
    type: str
    value: str
    start: int
    end: int
    mod: str | None = None


@dataclass
class Context:
    lex: Lexicon
    text: str
    ref: cal.Ref
    anchor: dt.date | None
    explicit: list[dt.date] = field(default_factory=list)
    last: str = ""  # the value of the last date mentioned, at any granularity
    last_end: int = -1  # where it ended in the text
    _directions: dict[tuple[int, int], int] = field(default_factory=dict)

    def direction(self, start: int, end: int) -> int:
        """+1 when the nearest tense cue of the sentence looks forward, -1 back, 0 unknown."""
        key = (start, end)
        if key not in self._directions:
            self._directions[key] = self._direction(start, end)
        return self._directions[key]

    def _direction(self, start: int, end: int) -> int:
        left = max(self.text.rfind(c, max(0, start - 300), start) for c in ".!?\n") + 1
        right_match = _BOUNDARY.search(self.text, end, end + 300)
        right = right_match.start() if right_match else min(len(self.text), end + 300)
        words = list(_WORD.finditer(self.text, left, right))
        order = sorted(
            (start - w.end() if w.end() <= start else w.start() - end, index)
            for index, w in enumerate(words) if not start <= w.start() < end
        )
        for _distance, index in order:  # nearest first; a tie goes to the word on the left
            word = words[index].group()
            # (a name inside the sentence, a particle before it maybe: "Wad al-Noura" is no
            # verb in the future)
            if not word.isupper() and any(ch.isupper() for ch in word) and (
                    words[index].start() > left + 1
                    or re.match(r"\s*[:,]", self.text[words[index].end():])):
                continue  # (or a label heading the sentence: "Uvira : Mercredi, …")
            sign = _sign(self.lex.cues, word.lower(), words, index)
            if sign:
                return sign
        return 0

    def anchored(self) -> str | None:
        if self.anchor is not None:
            return cal.fmt(self.anchor)
        return None


def _sign(cues: Cues, word: str, words: list[re.Match[str]], index: int) -> int:
    """The tense cue of ``word``; a present auxiliary counts only before a past participle
    ("ont attaqué", not "ont rendez-vous"); "a-t-il" is read as "a"."""
    sign = cues.sign(word)
    head = word.split("-", 1)[0]
    if not sign and head != word:
        word, sign = head, cues.sign(head)
    if word not in cues.auxiliaries:
        return sign
    for following in words[index + 1 : index + 5]:
        nxt = following.group().lower().split("-", 1)[0]
        if nxt in cues.adverbs:
            continue
        return -1 if cues.is_participle(nxt) else 0
    return 0


def _direction_word(ctx: Context, m: re.Match[str]) -> int | None:
    word = m.groupdict().get("dir")
    return ctx.lex.lookup("direction", word) if word else None


def _dir(ctx: Context, m: re.Match[str]) -> int:
    explicit = _direction_word(ctx, m)
    return explicit if explicit is not None else ctx.direction(m.start(), m.end())


def _with_time(ctx: Context, m: re.Match[str], day: str) -> tuple[str, str]:
    """Add the clock time or the part of day of the match to a day value."""
    groups = m.groupdict()
    if groups.get("clock"):
        clock = v.clock_value(ctx.lex, groups["clock"])
        if clock:
            return "TIME", f"{day}T{clock}"
    if groups.get("part"):
        return "TIME", f"{day}T{ctx.lex.lookup('parts_of_day', groups['part'])}"
    return "DATE", day


def _part_mod(ctx: Context, m: re.Match[str]) -> str | None:
    word = m.groupdict().get("pp")
    return (ctx.lex.lookup("period_parts", word) or None) if word else None

"""Compiled cue tables of one language for the line cleaner: furniture, comments, dates, bylines.

The words live in ``lang/<lang>/furniture.toml``; this module only turns them into regular
expressions once per process and offers small predicates over one line of text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import table

_WS = re.compile(r"\s+")
_TRAIL = re.compile(r"[\s:!.?»«\"'”“…›>|\-–—•*]+$")
_LEAD = re.compile(r"^[\s:!.»«\"'”“…‹<|\-–—•*+]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_YEAR_CUT = 50
_DIGIT = re.compile(r"\d")
_EDGE_PUNCT = "\"'«»“”()[],.;:!?…"


def norm(text: str) -> str:
    """Lower case, whitespace collapsed, typographic apostrophes straightened."""
    return _WS.sub(" ", text.replace("’", "'")).strip().lower()


def bare(text: str) -> str:
    """:func:`norm` without leading and trailing punctuation (for whole-line label matches)."""
    return _LEAD.sub("", _TRAIL.sub("", norm(text)))


def words(text: str) -> list[str]:
    """The alphabetic words of ``text`` (apostrophes and hyphens kept inside a word)."""
    return _WORD.findall(text.replace("’", "'"))


def _alt(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found on a line: ISO value (possibly partial) or '' when it has no year."""

    start: int
    end: int
    iso: str


class Cues:
    """The compiled cue table of one language."""

    def __init__(self, lang: str) -> None:
        t = table(lang, "furniture")
        full = re.IGNORECASE
        self.share = re.compile(rf"^(?:{_alt(t['share'])})$", full)
        self.labels = re.compile(rf"^(?:{_alt(t['labels'])})$", full)
        self.end_markers = re.compile(rf"^(?:{_alt(t['end_markers'])})$", full)
        self.calls = re.compile(rf"^(?:{_alt(t['calls'])})", full)
        self.cta_max_words = int(t["cta_max_words"])
        # cues start a token: testing only token starts keeps the search fast on long lines
        self.strong = re.compile(rf"(?:^|(?<=[\s(«\"'’]))(?:{_alt(t['strong'])})", full)
        self.strong_max_words = int(t["strong_max_words"])
        self.comment_headers = re.compile(rf"^(?:{_alt(t['comment_headers'])})$", full)
        self.comment_forms = re.compile(_alt(t["comment_forms"]), full)
        self.comment_cues = re.compile(rf"^(?:{_alt(t['comment_cues'])})$", full)
        self.informal = re.compile(_alt(t["informal"]), re.IGNORECASE)
        self.personal = re.compile(_alt(t["personal"]), re.IGNORECASE)
        self.discussion = re.compile(_alt(t["discussion"]), full)
        self.english = frozenset(t["english_words"])
        self.french = frozenset(t["french_words"])
        self.byline = re.compile(rf"^(?:{_alt(t['byline_starts'])})\s+(?=[A-ZÀ-ÖØ-Þ])", full)
        self.source = re.compile(rf"^(?:{_alt(t['source_labels'])})\s*:+\s*(?P<value>\S.*)$", full)
        self._months: dict[str, int] = {}
        for number, names in enumerate(t["months"], start=1):
            for name in names:
                self._months[name] = number
        month = _alt(sorted(self._months, key=len, reverse=True))
        weekday = _alt(t["weekdays"])
        self._dates = re.compile(
            rf"(?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})(?:-(?P<id>\d{{2}}))?\b)"
            rf"|(?P<dmy>\b(?P<d1>\d{{1,2}})(?:er)?\s+(?P<m1>{month})\.?(?:\s+(?P<y1>\d{{4}}))?\b)"
            rf"|(?P<mdy>\b(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})\b)"
            rf"|(?P<num>\b(?P<d3>\d{{1,2}})[/.-](?P<m3>\d{{1,2}})[/.-](?P<y3>\d{{4}}|\d{{2}})\b)"
            rf"|(?P<my>\b(?P<m4>{month})\.?\s+(?P<y4>\d{{4}})\b)",
            re.IGNORECASE,
        )
        self._filler = re.compile(
            rf"\b(?:{weekday}|{_alt(sorted(t['date_words'], key=len, reverse=True))})\b"
            r"|\d{1,2}\s*[h:]\s*\d{0,2}|\b\d{1,4}\b|[|,;:.()\[\]—–\-/•·]",
            re.IGNORECASE,
        )
        self._updated = re.compile(_alt(t["updated_words"]), re.IGNORECASE)
        self.date_prefix = re.compile(
            rf"\s*(?:date|publié le|mis en ligne le)\s*:?\s*(?={self._dates.pattern})",
            re.IGNORECASE,
        )

    # -- dates -------------------------------------------------------------------------------
    def dates(self, text: str) -> list[DateHit]:
        """Every date written on ``text`` with its ISO value (year-less dates have iso '')."""
        if not _DIGIT.search(text):
            return []
        return [DateHit(m.start(), m.end(), self._iso(m)) for m in self._dates.finditer(text)]

    def first_date(self, text: str) -> DateHit | None:
        match = self._dates.search(text)
        return DateHit(match.start(), match.end(), self._iso(match)) if match else None

    def _iso(self, m: re.Match[str]) -> str:
        if m.group("iso"):
            return m.group("iso")
        if m.group("dmy"):
            return _ymd(m.group("y1"), self._months[m.group("m1").lower()], m.group("d1"))
        if m.group("mdy"):
            return _ymd(m.group("y2"), self._months[m.group("m2").lower()], m.group("d2"))
        if m.group("num"):
            return _ymd(m.group("y3"), int(m.group("m3")), m.group("d3"))
        return _ymd(m.group("y4"), self._months[m.group("m4").lower()], None)

    def date_leftover(self, text: str) -> str:
        """What is left of ``text`` once its dates, times and date words are taken out."""
        return _WS.sub(" ", self._filler.sub(" ", self._dates.sub(" ", text))).strip()

    def is_update(self, text: str, start: int) -> bool:
        """Whether the date at ``start`` is announced as an update ("Mis à jour le …")."""
        before = text[max(0, start - 30) : start]
        return bool(self._updated.search(before))

    # -- language ----------------------------------------------------------------------------
    def is_foreign(self, text: str) -> bool:
        """A line written in English (platform notices) rather than in the article's language."""
        tokens = [w.strip(_EDGE_PUNCT) for w in text.lower().split()]
        if len(tokens) < 4:
            return False
        en = sum(w in self.english for w in tokens)
        fr = sum(w in self.french for w in tokens)
        return en >= 2 and en >= 0.25 * len(tokens) and fr * 3 <= en


def _ymd(year: str | None, month: int, day: str | None) -> str:
    if not year or not 1 <= month <= 12:
        return ""
    y = int(year)
    if len(year) == 2:
        y += 2000 if y < _YEAR_CUT else 1900
    if day is None:
        return f"{y:04d}-{month:02d}"
    d = int(day)
    return f"{y:04d}-{month:02d}-{d:02d}" if 1 <= d <= 31 else f"{y:04d}-{month:02d}"


@cache
def cues(lang: str) -> Cues:
    """The compiled cues of ``lang`` (built once per process)."""
    return Cues(lang)

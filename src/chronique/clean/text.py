"""Line-level cleaning of plain text that still carries the furniture of the page it came from.

A scraped page is a column of lines: navigation and headline menus, the title, the byline and
date, the article body (paragraphs and section headings), then share prompts, related links,
the reader comments and the footer. The cleaner decides line by line, on general grounds:

1. **what a line says** — a date/byline/source line becomes metadata; labels, calls to action
   and notices (cue words of ``lang/<lang>/furniture.toml``) and English lines are furniture;
2. **repetition** — a paragraph printed twice in one article keeps its first copy;
3. **reader comments** — from a comment header, from the action lines of comments ("Répondre",
   "X a écrit :"), or from a run of chatty first/second-person lines after the body, the rest
   of the page is comments;
4. **shape and position** — the body is the stretch from the first to the last prose line
   (a sentence or a long line); runs of three or more headline-shaped lines are menus; before
   the body only the title is kept, after it only prose. Short lines inside the body are section
   headings and stay.

Every removed piece is returned with its reason and its offsets into the input: nothing
disappears silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..types import Removed
from .cues import Cues, bare, cues, norm, words

_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.…](?:[\s»\"'”’)\]]*)$")
_QUESTION_END = re.compile(r"[!?](?:[\s»\"'”’)\]]*)$")
_TAIL_TAGS = re.compile(r"(?:\s+(?:#\w+|@\w+|https?://\S+))+\s*$")
_INTRO_END = re.compile(r":\s*$")
_LINK_BULLET = re.compile(r"^[»›>]\s*\w")
_QUOTED = re.compile(r"[«»“”]")
_CAPITAL = re.compile(r"^[\W_]*[A-ZÀ-ÖØ-Þ0-9«\"“]")
_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*$")
_PARTICLES = frozenset(
    {"de", "du", "des", "d'", "la", "le", "el", "al", "ben", "van", "von", "et", "&"}
)
_NAME_THEN_ROLE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:(?:de|du|des|la|le|el|al|ben|van|von)\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}"
    r"\s*,"
)

PROSE_WORDS = 24  # a line this long is prose whatever its punctuation
LONG_WORDS = 16  # a long paragraph (for the article resuming after an inserted block)
SENTENCE_WORDS = 5  # a line ending like a sentence with this many words is prose
QUESTION_WORDS = 12  # ... and a question or exclamation this long (shorter ones: headlines)
INTRO_WORDS = 8  # ... and a line announcing what follows ("… a déclaré :") this long
RESUME_RUN = 3  # long plain prose lines in a row after the article's end: the article resumes
MENU_RUN = 3  # this many headline-shaped lines in a row are a menu
HEADLINE_MAX_WORDS = 22
REPEAT_MIN_WORDS = 8
CHATTY_WINDOW = 6
CHATTY_MIN = 4
LABEL_MAX_WORDS = 6
HEAD_PROSE = 3  # the page date is read before the body's fourth paragraph


@dataclass(slots=True)
class Cleaned:
    """The cleaned text, what was removed (with offsets into the input) and metadata found."""

    text: str
    removed: list[Removed] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    kept: list[tuple[int, int]] = field(default_factory=list)  # input offsets of the kept lines


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    n_words: int
    reason: str | None = None
    meta: dict[str, Any] | None = None
    chatty: bool = False
    prose: bool = False  # a sentence or a long line
    headline: bool = False  # shaped like a title
    low: str = ""  # normalized text (lower case, whitespace collapsed)

    def __post_init__(self) -> None:
        self.low = norm(self.text)
        self.prose = _is_prose(self.text, self.n_words)
        self.headline = not self.prose and _is_headline(self.text, self.n_words)


def _is_prose(text: str, n_words: int) -> bool:
    if n_words >= PROSE_WORDS:
        return True
    text = _TAIL_TAGS.sub("", text)
    if n_words >= SENTENCE_WORDS and text.startswith("@"):
        return True  # a quoted post ("@name: …")
    if n_words >= SENTENCE_WORDS and _SENTENCE_END.search(text):
        return True
    if n_words >= INTRO_WORDS and _INTRO_END.search(text):
        return True  # a sentence announcing a quotation or a video
    return n_words >= QUESTION_WORDS and bool(_QUESTION_END.search(text))


def _is_headline(text: str, n_words: int) -> bool:
    """Capitalized, not a sentence, not too long, not an intro ending with ':'."""
    t = text.rstrip()
    if not 2 <= n_words <= HEADLINE_MAX_WORDS or t.endswith((".", ":", ";", ",")):
        return False
    return bool(_CAPITAL.match(t))


def clean_text(text: str, *, lang: str = "fr") -> Cleaned:
    """Return ``text`` cleaned of furniture, comments and repeats, with what was removed and why.

    Meta keys: ``page_date`` (ISO, possibly partial), ``page_date_text`` (the line as written),
    ``updated``, ``source``, ``byline``.
    """
    cue = cues(lang)
    meta: dict[str, Any] = {}
    removed: list[Removed] = []
    lines = _split(text, cue, meta, removed)
    _join_wrapped(lines)
    for line in lines:
        line.meta = {}
        line.reason = _metadata(line, cue, line.meta) or _furniture(line, cue)
    for i, line in enumerate(lines):
        line.chatty = _is_chatty(lines, i, cue)
    _repeats(lines)
    end = _comments(lines, cue)
    _menus(lines)
    end = min(end, _article_end(lines, cue))
    head = _frame(lines)
    for i, line in enumerate(lines[:end]):
        if not (line.reason or "").startswith("metadata:"):
            continue
        for key, value in (line.meta or {}).items():
            if key == "source" or i <= head:
                meta.setdefault(key, value)
    kept = [line for line in lines if line.reason is None]
    removed.extend(Removed(ln.text, ln.reason or "", ln.start, ln.end) for ln in lines if ln.reason)
    removed.sort(key=lambda r: r.raw_start)
    return Cleaned(
        text="\n".join(line.text for line in kept),
        removed=removed,
        meta=meta,
        kept=[(line.start, line.end) for line in kept],
    )


# -- splitting -------------------------------------------------------------------------------


def trimmed_lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each non-blank line of ``text``, surrounding white space left out."""
    for match in _LINE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def _split(text: str, cue: Cues, meta: dict[str, Any], removed: list[Removed]) -> list[_Line]:
    lines: list[_Line] = []
    for start, end in trimmed_lines(text):
        start = _date_prefix(text, start, end, cue, meta, removed)
        if end > start:
            content = text[start:end]
            lines.append(_Line(start, end, content, len(words(content))))
    return lines


def _date_prefix(
    text: str, start: int, end: int, cue: Cues, meta: dict[str, Any], removed: list[Removed]
) -> int:
    """A paragraph that opens with its date ("date 2017-03 Des rues …"): the date is metadata."""
    prefix = cue.date_prefix.match(text, start, end)
    if not prefix:
        return start
    hit = cue.first_date(text[prefix.end() : end])
    if hit is None or not hit.iso or hit.start != 0:
        return start
    cut = prefix.end() + hit.end
    rest = text[cut:end]
    if len(words(rest)) < SENTENCE_WORDS:
        return start  # a date line on its own: handled as a line
    _set_date(meta, hit.iso, text[start:cut].strip())
    removed.append(Removed(text[start:cut], "metadata:date-line", start, cut))
    while cut < end and text[cut].isspace():
        cut += 1
    return cut


def _join_wrapped(lines: list[_Line]) -> None:
    """A line cut in the middle of a sentence (the next one goes on in lower case) is prose
    when the sentence it starts is."""
    for i in range(len(lines) - 2, -1, -1):
        line, after = lines[i], lines[i + 1]
        if after.prose and after.text[:1].islower() and not _SENTENCE_END.search(line.text):
            line.prose, line.headline = True, False


# -- what a line says ------------------------------------------------------------------------


def _set_date(meta: dict[str, Any], iso: str, written: str) -> None:
    if iso and "page_date" not in meta:
        meta["page_date"] = iso
        meta["page_date_text"] = written


def _metadata(line: _Line, cue: Cues, meta: dict[str, Any]) -> str | None:
    """Date, byline and source lines become metadata."""
    if line.n_words > 30:
        return None
    source = cue.source.match(line.text)
    if source and len(words(source["value"])) <= 5:
        meta.setdefault("source", source["value"].strip())
        return "metadata:source-line"
    hits = cue.dates(line.text)
    byline = cue.byline.match(line.text)
    leftover = cue.date_leftover(line.text) if hits or byline else ""
    rest = line.text[byline.end() :] if byline else ""
    if byline and (_is_name_list(cue.date_leftover(rest)) or _NAME_THEN_ROLE.match(rest)):
        _dates_to_meta(line.text, hits, cue, meta)
        meta.setdefault("byline", _byline_name(line.text[byline.end() :], cue))
        return "metadata:byline"
    if hits and any(h.iso for h in hits) or hits and not leftover:
        if not leftover:
            _dates_to_meta(line.text, hits, cue, meta)
            return "metadata:date-line"
        full_date = any(len(h.iso) == len("2000-01-01") for h in hits)
        name_words = len(words(leftover))
        named = 2 <= name_words <= 4 and _is_name_list(leftover)
        if full_date and named and line.text[:1].isalpha():
            _dates_to_meta(line.text, hits, cue, meta)
            meta.setdefault("byline", leftover.strip(" ,—–-|"))
            return "metadata:byline"
    return None


def _is_name_list(rest: str) -> bool:
    """One to eight words, all capitalized or name particles ("de", "al", "et"…): names."""
    tokens = rest.replace(",", " ").split()
    if not 1 <= len(tokens) <= 8 or not _NAME.match(tokens[0]):
        return False
    return all(_NAME.match(t) or t.lower() in _PARTICLES for t in tokens)


def _byline_name(rest: str, cue: Cues) -> str:
    first_date = cue.first_date(rest)
    name = rest[: first_date.start] if first_date else rest
    name = re.split(r"\s+(?:publié|mis à jour|le)\b", name, maxsplit=1, flags=re.I)[0]
    return name.strip(" ,—–-|")


def _dates_to_meta(text: str, hits: list[Any], cue: Cues, meta: dict[str, Any]) -> None:
    for hit in hits:
        if not hit.iso:
            continue
        if cue.is_update(text, hit.start):
            meta.setdefault("updated", hit.iso)
        else:
            _set_date(meta, hit.iso, text)


def _furniture(line: _Line, cue: Cues) -> str | None:
    """Labels, calls to action, notices and foreign-language lines."""
    label = bare(line.text)
    if line.n_words <= LABEL_MAX_WORDS and cue.share.match(label):
        return "furniture:share-prompt"
    if line.n_words <= LABEL_MAX_WORDS and cue.labels.match(label):
        return "furniture:label"
    if line.n_words <= HEADLINE_MAX_WORDS and _LINK_BULLET.match(line.text):
        return "furniture:related"
    lowered = line.low
    if line.n_words <= cue.cta_max_words and cue.calls.match(lowered.lstrip("([«\"' ")):
        return "furniture:call-to-action"
    if line.n_words <= cue.strong_max_words and cue.strong.search(lowered):
        return "furniture:notice"
    if cue.is_foreign(line.text):
        return "furniture:foreign-language"
    return None


# -- repetition ------------------------------------------------------------------------------


def _repeats(lines: list[_Line]) -> None:
    """A paragraph seen earlier in the same text goes; so do short lines inside a repeated run."""
    seen: set[str] = set()
    repeated_short: list[int] = []
    for i, line in enumerate(lines):
        key = line.low
        if key in seen:
            if line.n_words >= REPEAT_MIN_WORDS:
                line.reason = line.reason or "repeated-paragraph"
            else:
                repeated_short.append(i)
        seen.add(key)
    for i in repeated_short:
        neighbours = lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]
        if any(n.reason == "repeated-paragraph" for n in neighbours):
            lines[i].reason = lines[i].reason or "repeated-paragraph"


# -- reader comments -------------------------------------------------------------------------


def _comments(lines: list[_Line], cue: Cues) -> int:
    """Find where the reader comments start; every line from there on is removed."""
    start = _comment_start(lines, cue)
    if start is None:
        return len(lines)
    for line in lines[start:]:
        if line.reason is None or line.reason == "repeated-paragraph":
            line.reason = "comments"
    return start


def _comment_start(lines: list[_Line], cue: Cues) -> int | None:
    prose_seen = 0
    chatty = [line.chatty for line in lines]
    for i, line in enumerate(lines):
        if prose_seen >= 2:
            label = bare(line.text)
            if line.n_words <= 30 and cue.comment_headers.match(label):
                return i
            if line.n_words <= 25 and cue.comment_forms.search(line.text):
                return i
            if line.n_words <= 12 and cue.comment_cues.match(label) and _more_cues(lines, i, cue):
                return max(0, i - 1) if _author_line(lines, i - 1) else i
        if prose_seen >= 3 and chatty[i] and line.reason is None:
            if sum(chatty[i : i + CHATTY_WINDOW]) >= CHATTY_MIN or cue.discussion.search(line.text):
                return i
            rest = [ln.chatty for ln in lines[i:] if ln.reason is None]
            if len(rest) <= CHATTY_WINDOW and sum(rest) >= max(2, (len(rest) + 1) // 2):
                return i  # the page ends with a few reader lines
        if line.prose and line.reason is None:
            prose_seen += 1
    return None


def _more_cues(lines: list[_Line], i: int, cue: Cues) -> bool:
    """A comment action line counts when another one follows (comments come in numbers)."""
    for line in lines[i + 1 : i + 40]:
        if line.n_words <= 12 and cue.comment_cues.match(bare(line.text)):
            return True
    return False


def _author_line(lines: list[_Line], i: int) -> bool:
    return i >= 0 and lines[i].reason is None and lines[i].n_words <= 4 and not lines[i].prose


def _is_chatty(lines: list[_Line], i: int, cue: Cues) -> bool:
    """A reader talking: informal writing, or first/second person about the page itself.

    Quotations are not chatty: a line with quotation marks, a tweet (``@name``), a line that
    announces a quotation (ends with ':') or one announced by the previous line.
    """
    line = lines[i]
    text = line.text.rstrip()
    if line.reason is not None or _QUOTED.search(text) or text.startswith("@"):
        return False
    if text.endswith(":") or (i > 0 and lines[i - 1].text.rstrip().endswith(":")):
        return False
    if not cue.informal.search(text):
        return bool(cue.discussion.search(text)) and bool(cue.personal.search(text))
    previous = lines[i - 1].text.rstrip() if i > 0 else "."
    wrapped = text[:1].islower() and not previous.endswith((".", "!", "?", "…", ":", "»", '"'))
    return not wrapped or cue.informal.search(text[:1].upper() + text[1:]) is not None


# -- shape and position ----------------------------------------------------------------------


def _menus(lines: list[_Line]) -> None:
    """Runs of headline-shaped lines are menus; the last one stays when prose follows (title)."""
    run: list[int] = []
    for i, line in enumerate(lines + [_Line(0, 0, "", 0)]):
        if line.reason is not None and i < len(lines):
            continue
        if i < len(lines) and line.headline:
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            title = None
            if i < len(lines) and line.prose:  # the title: last line of the run with 3+ words
                title = next((j for j in reversed(run) if lines[j].n_words >= 3), None)
            for j in run:
                if j != title:
                    lines[j].reason = "furniture:menu"
        run = []


def _article_end(lines: list[_Line], cue: Cues) -> int:
    """After the body, a menu, a related-links title or a link bullet ends the article.

    What follows is footer or comments, unless plain long prose resumes (the article went on
    after an inserted block). Returns the index of the first end found (len(lines) if none).
    """
    first_end = len(lines)
    prose_seen, ended = 0, False
    for i, line in enumerate(lines):
        if ended:
            if line.reason is None and _resumes(lines, i):
                ended = False
            elif line.reason is None:
                line.reason = "comments" if line.chatty else "furniture:footer"
                continue
        if line.reason is None and line.prose:
            prose_seen += 1
        elif prose_seen >= RESUME_RUN and _ends_article(lines, i, cue):
            ended = True
            first_end = min(first_end, i)
            if line.reason is None:
                line.reason = "furniture:related"
    return first_end


def _ends_article(lines: list[_Line], i: int, cue: Cues) -> bool:
    """A menu, a share prompt, a related-links title, or a block of furniture (two lines or
    more: a lone "Lire aussi" or "» link" inside the body does not end it)."""
    line = lines[i]
    if line.reason in ("furniture:menu", "furniture:share-prompt"):
        return True
    if line.reason in (None, "furniture:label") and cue.end_markers.match(bare(line.text)):
        return True
    lone = line.reason in ("furniture:call-to-action", "furniture:label", "furniture:related")
    if not lone or i + 1 >= len(lines):
        return False
    return (lines[i + 1].reason or "").startswith("furniture:")


def _resumes(lines: list[_Line], i: int) -> bool:
    """Three long, plain (not chatty) prose lines in a row, the first at ``i``."""
    run = 0
    for line in lines[i:]:
        if line.reason is not None:
            continue
        if line.n_words < LONG_WORDS or line.chatty or not line.prose:
            return False
        run += 1
        if run >= RESUME_RUN:
            return True
    return False


def _frame(lines: list[_Line]) -> int:
    """Before the body only the title stays; after the body only prose.

    Returns the index up to which lines belong to the head of the article (title, byline,
    date: the body's first lines included), where the page date is read.
    """
    body = [i for i, line in enumerate(lines) if line.reason is None and line.prose]
    if not body:
        return len(lines)
    first, last = body[0], body[-1]
    _timeline_dates(lines, first, last)
    title = _title(lines, first)
    for i in range(first):
        if lines[i].reason is None and i != title:
            lines[i].reason = "furniture:header"
    for i in range(last + 1, len(lines)):
        if lines[i].reason is None:
            lines[i].reason = "furniture:footer"
    return body[min(HEAD_PROSE, len(body) - 1)]


def _timeline_dates(lines: list[_Line], first: int, last: int) -> None:
    """Date lines inside the body, each followed by kept text (a chronology), are article text."""
    prose_before = 0
    for j in range(first, last):
        line = lines[j]
        if line.reason is None and line.prose:
            prose_before += 1
        elif line.reason == "metadata:date-line" and prose_before >= 2:
            line.reason = None if lines[j + 1].reason is None else line.reason


def _title(lines: list[_Line], first: int) -> int | None:
    """The last headline-shaped line kept before the body (metadata lines may sit between)."""
    for i in range(first - 1, max(-1, first - 5), -1):
        line = lines[i]
        if line.reason is None:
            if line.headline:
                return i
            continue
        if not line.reason.startswith(("metadata:", "furniture:label", "furniture:notice",
                                       "furniture:call-to-action", "furniture:share-prompt")):
            return None
    return None

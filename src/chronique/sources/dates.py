"""Publication dates an input file carries outside its text: a sidecar, the file name, the folders.

An analyst's folder often says when an article was published: ``2016-12-08/article.txt``,
``2016/12/08/article.txt``, ``20161208_afp.txt``, ``2016-12-08-frappes.txt``, or a sidecar
``article.json`` / ``article.meta`` beside ``article.txt``. What is read here becomes the page
date *claim* of the article (with ``page_date_source`` naming where it came from); the dating
stage still checks it against the content, as it does for a page's own date.

Order (``auto``): the item's own date (JSON Lines ``published``, feed date) stays; then the
sidecar; then ``--published DATE`` given by the user; then a date in the file name; then date
folders. ``published_from`` narrows this to one origin: ``sidecar``, ``path`` (the file name,
then the folders), ``name`` (the file name only) or ``none`` (no date from outside the text,
except the item's own and ``--published``).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import ChroniqueError
from ..types import RawItem

log = logging.getLogger(__name__)

ORIGINS = ("auto", "sidecar", "name", "path", "none")
SIDECAR_SUFFIXES = (".json", ".meta")
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")
SIDECAR_DATE_KEYS = ("published", "date", "datePublished", "pubdate", "publication_date")
SIDECAR_FIELDS = ("title", "source", "url")
MAX_SIDECAR = 1 << 20

_YEAR = r"(?:19|20)\d\d"
_DAY_IN_NAME = re.compile(
    rf"(?<!\d)(?P<y>{_YEAR})(?P<sep>[-_.]?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)
_DAY_FOLDER = re.compile(
    rf"^(?P<y>{_YEAR})(?P<sep>[-_.]?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])$"
)
_MONTH_FOLDER = re.compile(rf"^(?P<y>{_YEAR})[-_.](?P<m>0[1-9]|1[0-2])$")
_YEAR_PART = re.compile(rf"^{_YEAR}$")
_MONTH_PART = re.compile(r"^(0?[1-9]|1[0-2])$")
_DAY_PART = re.compile(r"^(0?[1-9]|[12]\d|3[01])$")
_ISO_PREFIX = re.compile(rf"^({_YEAR})(?:-(\d\d)(?:-(\d\d))?)?")


@dataclass(frozen=True)
class DatePolicy:
    """Where page dates come from for files: ``published`` (the user's date) and the origin."""

    published: str | None = None
    origin: str = "auto"

    def __post_init__(self) -> None:
        if self.origin not in ORIGINS:
            raise ChroniqueError(
                f"--published-from {self.origin!r}: expected one of {', '.join(ORIGINS)}"
            )
        if self.published is not None and parse_user_date(self.published) is None:
            raise ChroniqueError(
                f"--published {self.published!r}: expected YYYY-MM-DD, YYYY-MM or YYYY"
            )


def parse_user_date(value: str) -> str | None:
    """``value`` as a valid ISO date, month or year, else None."""
    value = value.strip()
    for form, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            dt.datetime.strptime(value, form)
        except ValueError:
            continue
        return value[:size] if len(value) == size else None
    return None


def _valid(year: str, month: str, day: str | None = None) -> str | None:
    try:
        dt.date(int(year), int(month), int(day or 1))
    except ValueError:
        return None
    return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")


def date_from_name(path: Path) -> str | None:
    """A day written in the file name (``20161208_afp.txt``, ``2016-12-08-x.txt``)."""
    for match in _DAY_IN_NAME.finditer(path.stem):
        value = _valid(match["y"], match["m"], match["d"])
        if value:
            return value
    return None


def date_from_folders(path: Path) -> str | None:
    """The day (or month) named by the folders holding ``path``, innermost first:
    ``2016-12-08/``, ``20161208/``, ``2016/12/08/``, ``2016/12/``, ``2016-12/``."""
    parts = list(path.parent.parts)
    for index in range(len(parts) - 1, -1, -1):
        part = parts[index]
        match = _DAY_FOLDER.match(part)
        if match:
            value = _valid(match["y"], match["m"], match["d"])
            if value:
                return value
        if _DAY_PART.match(part) and index >= 2 and _MONTH_PART.match(parts[index - 1]) \
                and _YEAR_PART.match(parts[index - 2]):
            value = _valid(parts[index - 2], parts[index - 1], part)
            if value:
                return value
        if _MONTH_PART.match(part) and index >= 1 and _YEAR_PART.match(parts[index - 1]):
            return _valid(parts[index - 1], part)
        match = _MONTH_FOLDER.match(part)
        if match:
            return _valid(match["y"], match["m"])
    return None


def sidecars(path: Path) -> list[Path]:
    """The sidecar files that may describe ``path``: ``a.json``, ``a.meta``, ``a.txt.json`` …"""
    return [
        candidate
        for suffix in SIDECAR_SUFFIXES
        for candidate in (path.with_suffix(suffix), path.with_name(path.name + suffix))
        if candidate != path
    ]


def is_sidecar(path: Path) -> bool:
    """Whether ``path`` is a sidecar: a ``.json``/``.meta`` file beside an article of its name."""
    name = path.name
    for suffix in SIDECAR_SUFFIXES:
        if not name.lower().endswith(suffix):
            continue
        stem = name[: -len(suffix)]
        if Path(stem).suffix.lower() in ARTICLE_SUFFIXES and (path.parent / stem).is_file():
            return True
        return any((path.parent / (stem + ext)).is_file() for ext in ARTICLE_SUFFIXES)
    return False


def read_sidecar(path: Path) -> dict[str, Any]:
    """The fields of the first sidecar beside ``path``: JSON or ``key: value`` lines."""
    for candidate in sidecars(path):
        if not candidate.is_file():
            continue
        try:
            if candidate.stat().st_size > MAX_SIDECAR:
                log.warning("sidecar %s too large, ignored", candidate)
                continue
            text = candidate.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            log.warning("sidecar %s unreadable: %s", candidate, error)
            continue
        fields = _parse_sidecar(text)
        if fields:
            return fields
    return {}


def _parse_sidecar(text: str) -> dict[str, Any]:
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            record = json.loads(stripped)
        except json.JSONDecodeError:
            return {}
        return record if isinstance(record, dict) else {}
    fields: dict[str, Any] = {}
    for line in stripped.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and value.strip():
            fields.setdefault(key.strip().lower(), value.strip())
    return fields


def _sidecar_date(fields: dict[str, Any]) -> str | None:
    for key in SIDECAR_DATE_KEYS:
        value = fields.get(key) or fields.get(key.lower())
        if isinstance(value, str):
            match = _ISO_PREFIX.match(value.strip())
            if match:
                value = value.strip()
                # keep a full timestamp as given; keep a valid partial date
                if len(value) >= 10 and _valid(value[:4], value[5:7], value[8:10]):
                    return value
                if _valid(match[1], match[2] or "01", match[3]):
                    return match[0]
    return None


def with_dates(
    items: Iterable[RawItem], path: Path | None, policy: DatePolicy
) -> Iterator[RawItem]:
    """``items`` read from the file ``path`` (None: stdin), each given the page date its file
    carries."""
    fields = read_sidecar(path) if path and policy.origin in ("auto", "sidecar") else {}
    for item in items:
        yield _dated(item, path, policy, fields)


def _dated(item: RawItem, path: Path | None, policy: DatePolicy, fields: dict[str, Any]) -> RawItem:
    changes: dict[str, Any] = {}
    for key in SIDECAR_FIELDS:
        value = fields.get(key)
        if isinstance(value, str) and value.strip() and not getattr(item, key):
            changes[key] = value.strip()
    if item.error is None and not item.page_date:
        found = _date_for(path, policy, fields)
        if found:
            changes["page_date"], changes["page_date_source"] = found
    return replace(item, **changes) if changes else item


def _date_for(
    path: Path | None, policy: DatePolicy, fields: dict[str, Any]
) -> tuple[str, str] | None:
    origin = policy.origin
    if origin in ("auto", "sidecar"):
        value = _sidecar_date(fields)
        if value:
            return value, "sidecar"
    if policy.published:
        return policy.published, "option"
    if path is not None and origin in ("auto", "path", "name"):
        value = date_from_name(path)
        if value:
            return value, "file-name"
    if path is not None and origin in ("auto", "path"):
        value = date_from_folders(path)
        if value:
            return value, "path"
    return None

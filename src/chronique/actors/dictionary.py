"""The actor dictionary: who is who, read from TOML files in ``data/actors/`` and user files.

Each file holds ``[[actor]]`` entries (id, name, aliases, kind, sector, country, wikidata, side,
acled, predecessors, successors, source) and optionally one ``[conflict]`` table: the cues that
tell an article is about that conflict and the actor ids that generic phrases ("le régime", "les
rebelles") stand for there. The format is documented in ``data/actors/README.md``.

Users add their own files with the ``CHRONIQUE_ACTORS`` environment variable (paths to files or
folders, separated by ``os.pathsep``) or the ``dictionaries`` option of the ``actors`` stage; an
entry with an id already known replaces it.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError

ENV_VAR = "CHRONIQUE_ACTORS"

#: Labels given to dictionary matches in the entity ruler, by kind.
RULER_LABELS = {"person": "PER", "state": "LOC"}


@dataclass(frozen=True, slots=True)
class Actor:
    """One dictionary entry."""

    id: str
    name: str
    kind: str
    sector: str = ""
    country: str = ""
    wikidata: str = ""
    side: str = ""
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    predecessors: tuple[str, ...] = ()
    successors: tuple[str, ...] = ()
    source: str = ""
    origin: str = ""  # the file it came from
    founded: str = ""  # ISO day, month or year the group, force or mission was formed
    #: the names ACLED gives the actor, oldest first, each with the period it covers
    acled: tuple[AcledName, ...] = ()
    #: a transnational group's branch in a country, as (country code, actor id): "l'État
    #: islamique" in a Nigerian article is its West Africa province
    branches: tuple[tuple[str, str], ...] = ()

    def branch(self, country: str | None) -> str | None:
        """The id of the group's branch in ``country``, None when it has none there."""
        return dict(self.branches).get((country or "").upper())

    def acled_name(self, date: str | None = None) -> str | None:
        """The ACLED name at ``date``: the one whose period holds it, the earliest for a date
        before every period, else (unknown date, or after every period) the latest."""
        if not self.acled:
            return None
        if date:
            day = date[:10]
            for item in self.acled:
                if (not item.start or item.start <= day) and (not item.end or day < item.end):
                    return item.name
            if self.acled[0].start and day < self.acled[0].start:
                return self.acled[0].name
        return self.acled[-1].name


@dataclass(frozen=True, slots=True)
class AcledName:
    """The name ACLED gives an actor, possibly only between two dates (a regime's forces)."""

    name: str
    start: str = ""
    end: str = ""


@dataclass(frozen=True, slots=True)
class RoleHolder:
    """The actor that plays a role in a conflict, possibly only between two dates."""

    id: str
    start: str = ""
    end: str = ""


@dataclass(frozen=True, slots=True)
class Conflict:
    """A conflict context: its country, the cues that reveal it, and who plays which role."""

    id: str
    country: str
    cues: tuple[str, ...] = ()
    roles: dict[str, tuple[RoleHolder, ...]] = field(default_factory=dict)

    def holder(self, role: str, date: str | None = None) -> str | None:
        """The actor id playing ``role`` (at ``date`` when the role changed hands)."""
        holders = self.roles.get(role, ())
        if len(holders) == 1 and not date:
            return holders[0].id
        for holder in holders:
            if date and (not holder.start or holder.start <= date[:10]) and (
                not holder.end or date[:10] < holder.end
            ):
                return holder.id
        return None


#: Names shorter than this (normalized) must match an alias up to case and accents only.
MIN_LAX = 7
#: fuzzy lookups remembered per dictionary (the same misspelled names recur across articles)
FUZZY_CACHE = 50_000


@lru_cache(maxsize=200_000)
def _exact(text: str) -> str:
    return " ".join(deaccent(text.replace("\u2019", "'")).lower().split())


@lru_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """A spelling-tolerant key: no accents or case, al-/el- and sh/ch, ou/u, double letters."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[-_'\"«»().,]+", " ", text)
    text = re.sub(r"\b(?:el|al|ul|il|ol|ad|ar|as|ash|az)\b", "al", text)
    text = text.replace("sh", "ch").replace("ou", "u").replace("dj", "j").replace("kh", "k")
    text = re.sub(r"(.)\1+", r"\1", text)
    return " ".join(text.split())


def deaccent(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


def slug(text: str) -> str:
    """A lowercase ascii id for a name."""
    return re.sub(r"[^a-z0-9]+", "-", deaccent(text).lower()).strip("-")


class Dictionary:
    """Actors and conflicts with the lookups the stage needs."""

    def __init__(self, actors: dict[str, Actor], conflicts: dict[str, Conflict]) -> None:
        self.actors = actors
        self.conflicts = conflicts
        self._index: dict[str, list[str]] = {}
        self._exact: dict[str, list[str]] = {}
        for actor in actors.values():
            for form in (actor.name, *actor.aliases, *actor.demonyms):
                for index, key in ((self._index, normalize(form)), (self._exact, _exact(form))):
                    ids = index.setdefault(key, [])
                    if actor.id not in ids:
                        ids.append(actor.id)
        self._keys = sorted(self._index)
        #: the keys by first character, each list in sorted order (what :meth:`fuzzy` scans)
        self._by_initial: dict[str, list[str]] = {}
        for candidate in self._keys:
            self._by_initial.setdefault(candidate[:1], []).append(candidate)
        self._fuzzy_cache: dict[tuple[str, frozenset[str] | None, float], str | None] = {}
        #: actor id -> the roles it holds in the conflicts, in the files' order
        self._held: dict[str, tuple[str, ...]] = {}
        for conflict in conflicts.values():
            for role, holders in conflict.roles.items():
                for holder in holders:
                    if role not in self._held.get(holder.id, ()):
                        self._held[holder.id] = (*self._held.get(holder.id, ()), role)

    def held_roles(self, actor_id: str) -> tuple[str, ...]:
        """The roles ``actor_id`` holds in the conflicts ("auxiliaries" for Burkina Faso's
        VDP), in the order the conflict files give them."""
        return self._held.get(actor_id, ())

    def __len__(self) -> int:
        return len(self.actors)

    def get(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None

    def lookup(self, text: str) -> list[str]:
        """Ids whose name or an alias is ``text`` up to spelling variation (up to case and
        accents only for short names: "Sanaa" is not "Sana")."""
        key = normalize(text)
        if len(key) < MIN_LAX:
            return list(self._exact.get(_exact(text), ()))
        return list(self._index.get(key, ()))

    def fuzzy(
        self, text: str, *, kinds: set[str] | None = None, cutoff: float = 0.88
    ) -> str | None:
        """The id of the closest alias to ``text`` (a misspelling), or None."""
        memo = (text, frozenset(kinds) if kinds is not None else None, cutoff)
        if memo not in self._fuzzy_cache:
            if len(self._fuzzy_cache) >= FUZZY_CACHE:
                self._fuzzy_cache.clear()
            self._fuzzy_cache[memo] = self._fuzzy(text, kinds, cutoff)
        return self._fuzzy_cache[memo]

    def _fuzzy(self, text: str, kinds: set[str] | None, cutoff: float) -> str | None:
        key = normalize(text)
        if len(key) < 6:
            return None
        best, best_score = None, cutoff
        letters = Counter(key)
        for candidate in self._by_initial.get(key[0], ()):
            if abs(len(candidate) - len(key)) > 3:
                continue
            # SequenceMatcher.quick_ratio() (letters in common, in any order), without building
            # a matcher for the candidates it rules out
            common = sum((letters & _letters(candidate)).values())
            if 2.0 * common / (len(key) + len(candidate)) < best_score:
                continue
            matcher = difflib.SequenceMatcher(None, key, candidate)
            score = matcher.ratio()
            if score >= best_score:
                ids = [i for i in self._index[candidate]
                       if kinds is None or self.actors[i].kind in kinds]
                if ids:
                    best, best_score = ids[0], score
        return best

    def patterns(self, tokenize: Callable[[str], list[str]] | None = None) -> list[dict[str, Any]]:
        """EntityRuler patterns for every alias (surnames of persons left to the model).

        With ``tokenize``, multi-word aliases become token patterns (lowercase), which the
        ruler adds without running the whole pipeline over each of them."""
        patterns: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()
        for actor in self.actors.values():
            label = RULER_LABELS.get(actor.kind, "ORG")
            for form in (actor.name, *actor.aliases):
                if actor.kind == "person" and _single_token(form):
                    continue
                for pattern in _forms_to_patterns(form):
                    if tokenize is not None and isinstance(pattern, str):
                        pattern = [{"LOWER": token.lower()} for token in tokenize(pattern)]
                    key = (repr(pattern), actor.id)
                    if key not in seen:
                        seen.add(key)
                        patterns.append({"label": label, "pattern": pattern, "id": actor.id})
            for form in actor.demonyms:
                patterns.append({"label": label, "pattern": [{"ORTH": form}], "id": actor.id})
        return patterns

    def match_patterns(self) -> list[tuple[str, Any]]:
        """(form, pattern) pairs for the stage's own matcher, every alias and demonym included."""
        pairs: list[tuple[str, Any]] = []
        forms: set[str] = set()
        for actor in self.actors.values():
            forms.update((actor.name, *actor.aliases))
        for form in sorted(forms):
            pairs.extend((form, pattern) for pattern in _forms_to_patterns(form))
        for actor in self.actors.values():
            pairs.extend((form, [{"ORTH": form}]) for form in actor.demonyms)
        return pairs


@lru_cache(maxsize=100_000)
def _letters(text: str) -> Counter[str]:
    return Counter(text)


def _single_token(form: str) -> bool:
    return re.fullmatch(r"[\w]+", form) is not None


def _is_acronym(form: str) -> bool:
    return _single_token(form) and form.isupper()


def _forms_to_patterns(form: str) -> list[Any]:
    """Token patterns for one-word aliases (case-aware), phrase strings for the rest."""
    if _is_acronym(form) or len(form) <= 3:
        return [[{"ORTH": form}]]
    if re.match(r"(?:Le|La|Les|The|Al) [A-Z]", form) and re.fullmatch(r"[\w ]+", form):
        return [[{"ORTH": word} for word in form.split()]]  # "Le Monde", not "le monde"
    if _single_token(form):
        lowered = {form.lower(), deaccent(form).lower()}
        if form.islower():  # written in lowercase in the dictionary: "houthistes", "chabiha"
            return [[{"LOWER": value}] for value in sorted(lowered)]
        return [[{"LOWER": value, "IS_LOWER": False}] for value in sorted(lowered)]
    variants = {form, deaccent(form)}
    for before, after in ((" al-", " el-"), (" el-", " al-"), (" Al-", " El-"), (" El-", " Al-")):
        if before in form:
            variants.add(form.replace(before, after))
    return sorted(variants)


def builtin_files() -> list[Path]:
    return sorted((Path(__file__).resolve().parents[1] / "data" / "actors").glob("*.toml"))


def user_files(extra: tuple[str, ...] = ()) -> list[Path]:
    """Files named by ``CHRONIQUE_ACTORS`` and ``extra`` (folders give their ``*.toml``)."""
    names = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p] + list(extra)
    paths: list[Path] = []
    for name in names:
        path = Path(name).expanduser()
        if path.is_dir():
            paths.extend(sorted(path.glob("*.toml")))
        elif path.is_file():
            paths.append(path)
        else:
            raise ConfigError(f"actor dictionary {name!r} not found (from {ENV_VAR} or options)")
    return paths


def load_dictionary(extra: tuple[str, ...] = ()) -> Dictionary:
    """The built-in dictionary plus user files (cached per set of files)."""
    files = tuple(str(path) for path in (*builtin_files(), *user_files(extra)))
    return _load(files)


@lru_cache(maxsize=8)
def _load(files: tuple[str, ...]) -> Dictionary:
    actors: dict[str, Actor] = {}
    conflicts: dict[str, Conflict] = {}
    for name in files:
        try:
            data = tomllib.loads(Path(name).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise ConfigError(f"cannot read actor dictionary {name}: {error}") from error
        for entry in data.get("actor", []):
            actor = _actor(entry, name)
            actors[actor.id] = actor
        if "conflict" in data:
            conflict = _conflict(data["conflict"], name)
            conflicts[conflict.id] = conflict
    return Dictionary(actors, conflicts)


def _actor(entry: dict[str, Any], origin: str) -> Actor:
    missing = [key for key in ("id", "name", "kind") if not entry.get(key)]
    if missing:
        raise ConfigError(f"{origin}: actor {entry.get('id', entry)!r} lacks {', '.join(missing)}")
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", entry["id"]):
        raise ConfigError(f"{origin}: actor id {entry['id']!r} is not a lowercase ascii slug")
    def strings(key: str) -> tuple[str, ...]:
        return tuple(str(value) for value in entry.get(key, ()))

    def text(key: str) -> str:
        return str(entry.get(key, ""))

    return Actor(
        id=entry["id"], name=entry["name"], kind=entry["kind"], sector=text("sector"),
        country=text("country"), wikidata=text("wikidata"), side=text("side"),
        aliases=strings("aliases"), demonyms=strings("demonyms"),
        predecessors=strings("predecessors"), successors=strings("successors"),
        source=text("source"), origin=Path(origin).name, acled=_acled(entry, origin),
        founded=_founded(entry, origin), branches=_branches(entry, origin),
    )


def _branches(entry: dict[str, Any], origin: str) -> tuple[tuple[str, str], ...]:
    """``branches = { NG = "iswap", MZ = "islamic-state-mozambique" }``, checked."""
    value = entry.get("branches", {})
    if not isinstance(value, dict) or not all(
            re.fullmatch(r"[A-Z]{2}", str(k)) and isinstance(v, str) for k, v in value.items()):
        raise ConfigError(f"{origin}: actor {entry['id']!r}: branches must map two-letter "
                          f"country codes to actor ids")
    return tuple(sorted(value.items()))


def _founded(entry: dict[str, Any], origin: str) -> str:
    """``founded = "2020-12-15"`` (or ``"2020-12"``, ``"2020"``), checked."""
    value = str(entry.get("founded", ""))
    if value and not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        raise ConfigError(f"{origin}: actor {entry['id']!r}: founded {value!r} is not "
                          f"YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _acled(entry: dict[str, Any], origin: str) -> tuple[AcledName, ...]:
    """``acled = "Name"`` or ``acled = [{ name = "…", start = "…", end = "…" }, …]``."""
    value = entry.get("acled")
    if not value:
        return ()
    if isinstance(value, str):
        return (AcledName(value),)
    try:
        return tuple(AcledName(str(item["name"]), str(item.get("start", "")),
                               str(item.get("end", ""))) for item in value)
    except (KeyError, TypeError) as error:
        raise ConfigError(f"{origin}: actor {entry['id']!r} has a malformed acled "
                          f"field ({error})") from error


def _conflict(table: dict[str, Any], origin: str) -> Conflict:
    roles: dict[str, tuple[RoleHolder, ...]] = {}
    for role, value in table.get("roles", {}).items():
        if isinstance(value, str):
            roles[role] = (RoleHolder(value),)
        else:
            roles[role] = tuple(
                RoleHolder(item["id"], item.get("start", ""), item.get("end", "")) for item in value
            )
    if "id" not in table:
        raise ConfigError(f"{origin}: [conflict] needs an id")
    return Conflict(table["id"], table.get("country", ""), tuple(table.get("cues", ())), roles)

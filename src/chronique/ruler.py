"""The entity ruler's token matcher, with its patterns looked up instead of tried at each token.

spaCy's ``Matcher`` tries each of its patterns at each token. The actor dictionary gives the
ruler a few hundred token patterns (acronyms, demonyms and "Le Monde"-like names on ``ORTH``,
one-word names on ``LOWER``, some with ``IS_LOWER``), which made the ruler cost about a tenth of
the parse. :class:`LookupMatcher` looks up each token's ``ORTH`` and ``LOWER`` values among the
patterns' first tokens and checks the rest of those patterns only. For such patterns (a fixed
sequence of tokens, each an exact value, no operator) the ``Matcher`` returns its matches by end
token, then start token, then the order in which the patterns were added, each (key, start, end)
once: the lookup returns the same list, so the ruler's entities are unchanged.

Anything else goes to the ruler's own ``Matcher``, which stays the reference: attributes, calls
with options, and every call after a pattern is added or removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

Matcher = Any  # spacy.matcher.Matcher (its type stubs lack attributes used here)

#: the token specs looked up: an exact ORTH or LOWER value, with an optional IS_LOWER test
_SPEC_FORMS = ({"ORTH"}, {"LOWER"}, {"ORTH", "IS_LOWER"}, {"LOWER", "IS_LOWER"})
_ORTH, _LOWER, _IS_LOWER = 0, 1, 2  # columns of the token table

#: one token of a pattern: (column, value, required IS_LOWER or None)
Spec = tuple[int, int, "bool | None"]


class LookupMatcher:
    """A stand-in for a ruler's ``Matcher`` (see the module docstring)."""

    def __init__(self, full: Matcher, patterns: list[tuple[int, tuple[Spec, ...]]]) -> None:
        import numpy

        self._full = full
        self._patterns = patterns  # (key, specs) in the order they were added
        self._first: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})
        for index, (_, specs) in enumerate(patterns):
            column, value, _ = specs[0]
            self._first[column].setdefault(value, []).append(index)
        self._first_keys = tuple(numpy.array(sorted(values), dtype=numpy.uint64)
                                 for values in self._first)
        self._stale = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._full, name)

    def __len__(self) -> int:
        return len(self._full)

    def __contains__(self, key: object) -> bool:
        return key in self._full

    def add(self, *args: Any, **kwargs: Any) -> None:
        self._stale = True
        self._full.add(*args, **kwargs)

    def remove(self, key: Any) -> None:
        self._stale = True
        self._full.remove(key)

    def __call__(self, doclike: Any, **kwargs: Any) -> Any:
        from spacy.tokens import Doc

        if self._stale or kwargs or not isinstance(doclike, Doc) or not len(doclike):
            return self._full(doclike, **kwargs)
        return self._matches(doclike)

    def _matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        import numpy
        from spacy.attrs import IS_LOWER, LOWER, ORTH

        table = doc.to_array([ORTH, LOWER, IS_LOWER])
        starts = numpy.isin(table[:, _ORTH], self._first_keys[_ORTH]) | numpy.isin(
            table[:, _LOWER], self._first_keys[_LOWER])
        rows = table.tolist()
        found: list[tuple[int, int, int, int]] = []  # (end, start, pattern index, key)
        for start in numpy.flatnonzero(starts).tolist():
            row = rows[start]
            candidates = self._first[_ORTH].get(row[_ORTH], []) + self._first[_LOWER].get(
                row[_LOWER], [])
            for index in candidates:
                key, specs = self._patterns[index]
                end = start + len(specs)
                if end <= len(rows) and all(
                    _fits(rows[start + offset], spec) for offset, spec in enumerate(specs)
                ):
                    found.append((end, start, index, key))
        found.sort()
        matches: list[tuple[int, int, int]] = []
        seen: set[tuple[int, int, int]] = set()
        for end, start, _, key in found:
            if (key, start, end) not in seen:
                seen.add((key, start, end))
                matches.append((key, start, end))
        return matches


def _fits(row: list[int], spec: Spec) -> bool:
    column, value, is_lower = spec
    return row[column] == value and (is_lower is None or bool(row[_IS_LOWER]) == is_lower)


def lookup_matcher(full: Matcher, entries: Sequence[tuple[int, list[dict[str, Any]]]]
                   ) -> LookupMatcher | None:
    """A :class:`LookupMatcher` for ``full``, given its ``(key, pattern)`` entries in the order
    they were added; None when some pattern is not a fixed sequence of exact values (its
    matches could not be ordered as the ``Matcher`` orders them) or the entries are not all of
    ``full``'s patterns."""
    if not _same_entries(full, entries):
        return None
    strings = full.vocab.strings
    patterns: list[tuple[int, tuple[Spec, ...]]] = []
    for key, pattern in entries:
        if not pattern or not all(_plain(spec) for spec in pattern):
            return None
        patterns.append((key, tuple(
            (_ORTH, strings.add(spec["ORTH"]), spec.get("IS_LOWER")) if "ORTH" in spec
            else (_LOWER, strings.add(spec["LOWER"]), spec.get("IS_LOWER"))
            for spec in pattern
        )))
    return LookupMatcher(full, patterns)


def _plain(spec: Any) -> bool:
    if not isinstance(spec, dict) or set(spec) not in _SPEC_FORMS:
        return False
    value = spec.get("ORTH", spec.get("LOWER"))
    return isinstance(value, str) and isinstance(spec.get("IS_LOWER", False), bool)


def _same_entries(full: Matcher, entries: Sequence[tuple[int, list[dict[str, Any]]]]) -> bool:
    by_key: dict[int, list[Any]] = {}
    for key, pattern in entries:
        by_key.setdefault(key, []).append(pattern)
    if len(by_key) != len(full):
        return False
    for key, patterns in by_key.items():
        stored = full.get(key)
        if stored is None or stored[0] is not None or list(stored[1]) != patterns:
            return False
    return True


def install(ruler: Any, patterns: Sequence[dict[str, Any]]) -> bool:
    """Give ``ruler`` (a spaCy ``EntityRuler`` to which ``patterns`` were just added, and
    nothing else) a :class:`LookupMatcher`; False when it keeps its own ``Matcher``."""
    create_label = getattr(ruler, "_create_label", None)
    full = getattr(ruler, "matcher", None)
    if create_label is None or full is None or isinstance(full, LookupMatcher):
        return False
    entries = []
    for entry in patterns:
        if isinstance(entry["pattern"], list):
            label = entry["label"]
            if "id" in entry:
                label = create_label(label, entry["id"])
            entries.append((full._normalize_key(label), entry["pattern"]))
    matcher = lookup_matcher(full, entries)
    if matcher is None:
        return False
    ruler.matcher = matcher
    return True

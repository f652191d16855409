"""Exact and near-duplicate detection.

Exact: equal hashes of the normalized text (case, accents kept; whitespace and punctuation
folded). Near: MinHash over word 5-shingles, LSH candidates at ``threshold``, each candidate pair
confirmed by the exact Jaccard similarity of the shingle sets. A duplicate points to the first
article of its cluster in the order given (``duplicate_of``) with its similarity; nothing is
deleted. The dedup pass gives a canonical order (earliest page date from the input, fullest
text, id), so that the links do not depend on the order the articles arrived in.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def norm_hash(text: str) -> str:
    return hashlib.sha256(" ".join(words(text)).encode()).hexdigest()[:16]


def shingles(text: str, size: int = 5) -> set[str]:
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def jaccard(left: set[str], right: set[str]) -> float:
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


@dataclass(frozen=True, slots=True)
class Link:
    article_id: str
    duplicate_of: str
    similarity: float


def find_duplicates(
    items: Iterable[tuple[str, str]],
    *,
    shingle_size: int = 5,
    threshold: float = 0.5,
    num_perm: int = 128,
    text_of: Callable[[str], str] | None = None,
) -> list[Link]:
    """Links for ``items`` (``(id, text)`` in corpus order: the earlier one is the original).

    ``items`` is read once, in order. Without ``text_of`` the texts are kept to confirm LSH
    candidates; with it, only each article's LSH bucket keys are kept and a candidate's text is
    asked of ``text_of`` (candidates are few), so a long stream of articles costs a few KB each.
    """
    from datasketch import MinHash

    exact: list[Link] = []
    links: dict[str, Link] = {}
    first_by_hash: dict[str, str] = {}
    bands = _Bands(threshold, num_perm)
    texts: dict[str, str] = {}
    for article_id, text in items:
        digest = norm_hash(text)
        if digest in first_by_hash:
            exact.append(Link(article_id, first_by_hash[digest], 1.0))
            continue
        first_by_hash[digest] = article_id
        grams = shingles(text, shingle_size)
        if not grams:
            continue
        signature = MinHash(num_perm=num_perm, seed=1)
        signature.update_batch([gram.encode() for gram in grams])
        keys = bands.keys(signature.hashvalues)
        candidates = bands.query(keys)
        if candidates:
            if text_of is not None:
                texts = {candidate: text_of(candidate) for candidate in candidates}
            best = _best(grams, candidates, texts, threshold, shingle_size)
            if best is not None:
                original = links[best[0]].duplicate_of if best[0] in links else best[0]
                links[article_id] = Link(article_id, original, round(best[1], 4))
        if text_of is None:
            texts[article_id] = text
        bands.insert(article_id, keys)
    return exact + list(links.values())


class _Bands:
    """The buckets of MinHash LSH (datasketch's bands and rows for ``threshold`` and
    ``num_perm``), compact: per band, a bucket key (the band's hash values as bytes) → the
    index of the one article in it, or the list of them; candidates come earliest first."""

    def __init__(self, threshold: float, num_perm: int) -> None:
        from datasketch import MinHashLSH

        self.ranges = MinHashLSH(threshold=threshold, num_perm=num_perm).hashranges
        self.tables: list[dict[bytes, int | list[int]]] = [{} for _ in self.ranges]
        self.ids: list[str] = []

    def keys(self, values: Any) -> list[bytes]:
        return [values[start:end].tobytes() for start, end in self.ranges]

    def query(self, keys: list[bytes]) -> list[str]:
        found: set[int] = set()
        for key, table in zip(keys, self.tables, strict=True):
            hit = table.get(key)
            if isinstance(hit, int):
                found.add(hit)
            elif hit is not None:
                found.update(hit)
        return [self.ids[index] for index in sorted(found)]

    def insert(self, article_id: str, keys: list[bytes]) -> None:
        index = len(self.ids)
        self.ids.append(article_id)
        for key, table in zip(keys, self.tables, strict=True):
            hit = table.get(key)
            if hit is None:
                table[key] = index
            elif isinstance(hit, int):
                table[key] = [hit, index]
            else:
                hit.append(index)


def _best(
    grams: set[str], candidates: list[str], texts: dict[str, str], threshold: float, size: int
) -> tuple[str, float] | None:
    scored = [(candidate, jaccard(grams, shingles(texts[candidate], size)))
              for candidate in candidates]
    scored = [item for item in scored if item[1] >= threshold]
    return max(scored, key=lambda item: item[1]) if scored else None

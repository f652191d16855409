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
from collections.abc import Sequence
from dataclasses import dataclass

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
    items: Sequence[tuple[str, str]],
    *,
    shingle_size: int = 5,
    threshold: float = 0.5,
    num_perm: int = 128,
) -> list[Link]:
    """Links for ``items`` (``(id, text)`` in corpus order: the earlier one is the original)."""
    from datasketch import MinHash, MinHashLSH

    links: dict[str, Link] = {}
    first_by_hash: dict[str, str] = {}
    for article_id, text in items:
        digest = norm_hash(text)
        if digest in first_by_hash:
            links[article_id] = Link(article_id, first_by_hash[digest], 1.0)
        else:
            first_by_hash[digest] = article_id
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    texts: dict[str, str] = {}  # shingles are made again for the few candidates: no set kept
    order = {article_id: index for index, (article_id, _) in enumerate(items)}
    for article_id, text in items:
        if article_id in links:
            continue
        grams = shingles(text, shingle_size)
        if not grams:
            continue
        signature = MinHash(num_perm=num_perm, seed=1)
        signature.update_batch([gram.encode() for gram in grams])
        candidates = [c for c in lsh.query(signature) if order[c] < order[article_id]]
        best = _best(grams, candidates, texts, threshold, shingle_size)
        if best is not None:
            original = links[best[0]].duplicate_of if best[0] in links else best[0]
            links[article_id] = Link(article_id, original, round(best[1], 4))
        texts[article_id] = text
        lsh.insert(article_id, signature)
    return list(links.values())


def _best(
    grams: set[str], candidates: list[str], texts: dict[str, str], threshold: float, size: int
) -> tuple[str, float] | None:
    scored = [(candidate, jaccard(grams, shingles(texts[candidate], size)))
              for candidate in candidates]
    scored = [item for item in scored if item[1] >= threshold]
    return max(scored, key=lambda item: item[1]) if scored else None

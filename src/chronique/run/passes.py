"""Corpus passes: cross-article work between the prepare and analyze phases.

Each pass is a keyed reduce over the store (per site, per corpus) registered by name in
:data:`chronique.registry.corpus_passes`: ``fn(store, **options) -> dict`` returning counts. They
are idempotent: running one twice changes nothing the second time.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from .. import registry
from ..clean.site import remove_lines, site_furniture
from ..dedup import find_duplicates
from ..store.base import Store
from ..types import Article

log = logging.getLogger(__name__)

DEFAULT_PASSES = ("site-furniture", "dedup")
DEFAULT_AFTER = ("merge",)


def default_passes() -> list[str]:
    """The corpus passes run between the prepare and analyze phases."""
    return [name for name in DEFAULT_PASSES if name in registry.corpus_passes]


def default_after() -> list[str]:
    """The passes run after the analysis (the merge of event mentions into events)."""
    return [name for name in DEFAULT_AFTER if name in registry.corpus_passes]


def run_passes(
    store: Store, names: list[str], options: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for name in names:
        results[name] = registry.corpus_passes.get(name)(store, **options.get(name, {}))
    return results


def site_furniture_pass(
    store: Store, *, min_articles: int = 3, min_share: float = 0.3
) -> dict[str, int]:
    """Remove lines that recur across many articles of the same site (scoped per site).

    Reads the store in one stream keeping each article's id and text only, then rereads the
    articles of the sites that have furniture, a chunk at a time, to write the changes."""
    by_site: dict[str, list[tuple[str, str]]] = defaultdict(list)
    from ..store.common import site_of

    for article in store.iter_articles(include_rejected=False):
        site = site_of(article)
        if site:
            by_site[site].append((article.id, _with_site_lines(article)))
    changed = 0
    for site, items in by_site.items():
        if len(items) < min_articles:
            continue
        lines = site_furniture([text for _, text in items], min_articles=min_articles,
                               min_share=min_share)
        log.info("site %s: %d furniture lines", site, len(lines))
        if not lines:
            continue
        for ids in _chunks([article_id for article_id, _ in items], REREAD):
            batch = []
            for article in store.iter_articles(ids=ids):
                cleaned = remove_lines(article.text, lines)
                if cleaned.removed:
                    article.text = cleaned.text
                    article.removed.extend(cleaned.removed)
                    article.done = [name for name in article.done if _is_prepare(name)]
                    batch.append(article)
            store.put(batch, phase="text-changed")
            changed += len(batch)
    return {"sites": len(by_site), "changed": changed}


def _with_site_lines(article: Article) -> str:
    extra = [piece.text for piece in article.removed if piece.reason == "site-furniture"]
    return "\n".join([article.text, *extra])


def _is_prepare(name: str) -> bool:
    from ..pipeline import stage_spec

    return name in registry.stages and stage_spec(name).phase == "prepare"


def dedup_pass(store: Store, *, threshold: float = 0.5, shingle_size: int = 5) -> dict[str, int]:
    """Link exact and near duplicates to the canonical article of their cluster, whatever the
    order the articles arrived in (:func:`canonical_order`).

    Reads the store in one stream keeping each article's order key, id and current link only,
    then streams the texts again in canonical order, :data:`REREAD` articles at a time, to
    :func:`~chronique.dedup.find_duplicates`, which keeps each article's LSH bucket keys, not
    its text (the few candidates' texts are read again); then rereads the articles whose link
    changes, a chunk at a time, to write them."""
    seen = sorted(
        (canonical_key(article), article.id, (article.duplicate_of, article.similarity))
        for article in store.iter_articles(include_rejected=False)
    )
    order = [article_id for _, article_id, _ in seen]
    current = {article_id: link for _, article_id, link in seen}
    del seen
    links = {
        link.article_id: link
        for link in find_duplicates(
            _texts(store, order),
            threshold=threshold,
            shingle_size=shingle_size,
            text_of=lambda article_id: _text(store, article_id),
        )
    }
    targets = {}
    for article_id in order:
        link = links.get(article_id)
        target = (link.duplicate_of, link.similarity) if link else (None, None)
        if current[article_id] != target:
            targets[article_id] = target
    del order, current
    for ids in _chunks(list(targets), REREAD):
        batch = []
        for article in store.iter_articles(ids=ids):
            article.duplicate_of, article.similarity = targets[article.id]
            batch.append(article)
        store.put(batch, phase="links")
    return {"duplicates": len(links), "changed": len(targets)}


def _texts(store: Store, ids: list[str]) -> Iterator[tuple[str, str]]:
    """``(id, text)`` of the articles ``ids`` in that order, read :data:`REREAD` at a time."""
    for chunk in _chunks(ids, REREAD):
        texts = {article.id: article.text for article in store.iter_articles(ids=chunk)}
        for article_id in chunk:
            yield article_id, texts.pop(article_id, "")


def _text(store: Store, article_id: str) -> str:
    return next((article.text for article in store.iter_articles(ids=[article_id])), "")


#: page-date sources fixed when the article comes in; a date line counts when the cleaning
#: found it (one the analysis finds later would make the order depend on what was analysed when)
_INPUT_DATES = ("jsonl", "feed", "http", "meta", "url", "sidecar", "option", "file-name",
                "path")


def canonical_order(articles: Iterable[Article]) -> list[Article]:
    """Articles in the order that makes the first of a cluster its original: the earliest page
    date its input or its date line gave (dated before undated), then the fullest text (most
    words), then the id. The same articles give
    the same order whatever the order they came in."""
    return sorted(articles, key=canonical_key)


def canonical_key(article: Article) -> tuple[str, int, str]:
    """The sort key of :func:`canonical_order`."""
    from ..dedup import words
    from ..validate import valid_partial

    claim = article.published
    date = None
    if claim is not None and (claim.page_date_source in _INPUT_DATES or (
            claim.page_date_source == "text-line" and "page_date_text" in article.meta)):
        date = valid_partial(claim.page_date)
    return (date[:10] if date else "~", -len(words(article.text)), article.id)


#: articles reread from the store at a time to write a pass's changes
REREAD = 200


def _chunks(ids: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


registry.corpus_passes.register("site-furniture", site_furniture_pass)
registry.corpus_passes.register("dedup", dedup_pass)

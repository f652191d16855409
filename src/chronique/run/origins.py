"""The same content read under several names is one article, whatever the order it came in.

An article's id is the hash of its content (and URL, and the input's own id), so two files with
the same text are one article. Which name it carries must not depend on which file came first:
it carries the first of its names in sorted order, and the others are kept in
``meta["also_from"]`` (sorted), so that every file read is accounted for.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..store import Store
from ..types import Article


def one_per_content(store: Store, chunk: Sequence[Article], known: Collection[str]
                    ) -> list[Article]:
    """One article per id of ``chunk``, in chunk order, named canonically; an article the store
    already holds under other names is renamed there when a new name sorts first."""
    groups: dict[str, list[Article]] = {}
    for article in chunk:
        groups.setdefault(article.id, []).append(article)
    stored = _stored_names(store, [article_id for article_id in groups if article_id in known])
    out: list[Article] = []
    renamed: list[str] = []
    for article_id, group in groups.items():
        names = {article.origin for article in group if article.origin}
        before = stored.get(article_id)
        if before is not None:
            names.update(before)
        ordered = sorted(names)
        first = group[0]
        if ordered:
            first.origin = ordered[0]
            if len(ordered) > 1:
                first.meta["also_from"] = ordered[1:]
        if before is not None and before != ordered:  # stored: origin, then sorted others
            renamed.append(article_id)
        out.append(first)
    if renamed:
        _rename(store, {article.id: article for article in out if article.id in renamed})
    return out


def _stored_names(store: Store, ids: list[str]) -> dict[str, list[str]]:
    """Each stored id's names: its origin first, then the others it was read under."""
    return store.names(ids)


def _rename(store: Store, chosen: dict[str, Article]) -> None:
    """Give the stored articles the canonical name and the other names (status untouched)."""
    changed = []
    for article in store.iter_articles(ids=list(chosen)):
        new = chosen[article.id]
        article.origin = new.origin
        if "also_from" in new.meta:
            article.meta["also_from"] = new.meta["also_from"]
        changed.append(article)
    store.put(changed, phase="links")

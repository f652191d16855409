"""Time expressions of the article, normalized against its believed date, linked to sentences.

Also registers the ``times`` export table: one row per time expression with its offsets into the
cleaned text and the sentence it belongs to.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterator
from typing import Any

from .. import registry
from ..pipeline import stage
from ..timex import tag
from ..types import Article, Sentence, TimeExpr


@stage("times", requires=("text", "sentences", "published"), assigns=("times",), order=20,
       version="11")
def make_times() -> TimesStage:
    """Tag DATE, TIME, DURATION and SET expressions against the article's believed date."""
    return TimesStage()


def reference_of(article: Article) -> str | None:
    """The date relative expressions are resolved against: the believed date, else the page's.

    A range (``2016-11-15/2017-01-20``) gives its start's year and month only.
    """
    claim = article.published
    if claim is None:
        return None
    value = claim.value or claim.page_date
    if value and "/" in value:
        start, end = value.split("/", 1)
        value = start[:7] if start[:7] == end[:7] else start[:4] if start[:4] == end[:4] else None
    return value


def link_sentences(times: list[TimeExpr], sentences: list[Sentence]) -> list[TimeExpr]:
    """Each expression with the offsets of the sentence that contains its start."""
    starts = [s.start for s in sentences]
    out = []
    for expr in times:
        index = bisect.bisect_right(starts, expr.start) - 1
        if 0 <= index < len(sentences) and expr.start < sentences[index].end:
            sentence = sentences[index]
            expr = dataclasses.replace(expr, sentence_start=sentence.start,
                                       sentence_end=sentence.end)
        out.append(expr)
    return out


class TimesStage:
    def __call__(self, article: Article) -> Article:
        found = tag(article.text, reference=reference_of(article), lang=article.lang or "fr")
        article.times = link_sentences(found, article.sentences)
        return article


def times_rows(store: Any, **filters: str | None) -> Iterator[dict[str, Any]]:
    """Rows of the ``times`` table; ``since``/``until`` filter values, ``type`` the type."""
    since, until, kind = filters.get("since"), filters.get("until"), filters.get("type")
    for article in store.iter_articles(include_rejected=False):
        for expr in article.times:
            if kind and expr.type != kind:
                continue
            if since and expr.value[:1].isdigit() and expr.value[: len(since)] < since:
                continue
            if until and expr.value[:1].isdigit() and expr.value[: len(until)] > until:
                continue
            sentence = (
                article.text[expr.sentence_start : expr.sentence_end]
                if expr.sentence_start >= 0 else ""
            )
            yield {
                "article_id": article.id,
                "external_id": article.external_id,
                "start": expr.start,
                "end": expr.end,
                "text": expr.text,
                "type": expr.type,
                "value": expr.value,
                "mod": expr.mod,
                "anchor": expr.anchor,
                "sentence_start": expr.sentence_start,
                "sentence_end": expr.sentence_end,
                "sentence": sentence,
                "published": article.published.value if article.published else None,
            }


registry.tables.register("times", times_rows)

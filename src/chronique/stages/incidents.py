"""Incidents: the sentence-level event mentions of an article grouped into one record per
real-world occurrence (see :mod:`chronique.events.incidents`).

``Article.mentions`` keeps every mention with its status (news, background, context,
not_occurred); ``Article.events`` becomes the incidents, each with its mentions as evidence.
"""

from __future__ import annotations

from .. import nlp
from ..events.incidents import build
from ..pipeline import stage
from ..types import Article


@stage("incidents", requires=("mentions",), assigns=("events", "mentions"), order=65, parse=True,
       version="66")
def make_incidents() -> IncidentStage:
    """Group event mentions into incidents."""
    return IncidentStage()


class IncidentStage:
    def __call__(self, article: Article) -> Article:
        doc = nlp.doc_for(article) if article.text.strip() and article.mentions else None
        article.events = build(article, doc)
        return article

"""The article's date as a claim: the page's date checked against the evidence of the content."""

from __future__ import annotations

from ..pipeline import stage
from ..timex.dating import date_article
from ..types import Article, DateClaim


@stage("dating", requires=("text", "sentences"), assigns=("published",), order=15)
def make_dating() -> DatingStage:
    """Decide the date the article was written; flag a page date the content contradicts."""
    return DatingStage()


class DatingStage:
    def __call__(self, article: Article) -> Article:
        given = article.published or DateClaim()
        claim = date_article(
            article.text,
            page_date=given.page_date,
            page_date_source=given.page_date_source,
            lang=article.lang or "fr",
        )
        claim.evidence = [*given.evidence, *claim.evidence]
        article.published = claim
        return article

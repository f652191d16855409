"""The article's date as a claim: the page's date checked against the evidence of the content."""

from __future__ import annotations

from ..pipeline import stage
from ..timex.dating import date_article
from ..types import Article, DateClaim
from ..validate import check_date, page_date_reason


@stage("dating", requires=("text", "sentences"), assigns=("published",), order=15,
       version="7")
def make_dating() -> DatingStage:
    """Decide the date the article was written; flag a page date the content contradicts."""
    return DatingStage()


class DatingStage:
    def __call__(self, article: Article) -> Article:
        given = article.published or DateClaim()
        page_date, why = check_date(given.page_date)
        reasons = list(given.reasons)
        if why is not None:  # a stored claim from before the check at the door
            article.meta.setdefault("page_date_raw", given.page_date)
            reasons.append(page_date_reason(str(given.page_date), given.page_date_source, why))
        claim = date_article(
            article.text,
            page_date=page_date,
            page_date_source=given.page_date_source,
            lang=article.lang or "fr",
        )
        claim.evidence = [*given.evidence, *claim.evidence]
        claim.reasons = [*(r for r in reasons if r not in claim.reasons), *claim.reasons]
        article.published = claim
        return article

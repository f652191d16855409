"""Clean: site furniture, reader comments, metadata lines and repeated paragraphs out.

Every removed piece is kept in ``Article.removed`` with its reason. Metadata found in the text
(a date line, a ``Source::`` line, a headline) fills the article's fields when the container gave
none; the outlet is else the site of the URL.
"""

from __future__ import annotations

from ..clean.text import clean_text
from ..clean.title import fill_title_and_outlet
from ..pipeline import stage
from ..types import Article, DateClaim


@stage(
    "clean",
    requires=("text",),
    assigns=("text", "published", "title", "source"),
    phase="prepare",
    order=20,
)
def make_clean() -> Clean:
    """Remove furniture from the decoded text."""
    return Clean()


class Clean:
    def __call__(self, article: Article) -> Article:
        cleaned = clean_text(article.text)
        article.removed.extend(cleaned.removed)
        article.text = cleaned.text
        meta = cleaned.meta
        if meta.get("source") and not article.source:
            article.source = meta["source"]
        if meta.get("page_date") and (article.published is None or not article.published.page_date):
            article.published = DateClaim(
                page_date=meta["page_date"], page_date_source="text-line",
                reasons=list(article.published.reasons) if article.published else [])
        for key in ("page_date_text", "byline", "updated"):
            if meta.get(key):
                article.meta[key] = meta[key]
        if not article.text.strip():
            article.rejected = "no-text: only furniture"
            return article
        return fill_title_and_outlet(article)

"""Decode and extract: raw bytes or markup to plain text, with encoding and mojibake repaired.

Rejections (the article is kept with its reason): ``empty``, ``binary`` (NUL bytes or mostly
control characters), ``too-large`` (over ``max_bytes``), ``no-text`` (markup with no text).
HTML goes through trafilatura (precision mode); its title, URL and page date (htmldate) are
kept when the container did not give them. Text is repaired with ftfy without uncurling quotes
or changing character widths, so legitimate characters stay as they are.
"""

from __future__ import annotations

import logging
import re

from ..pipeline import stage
from ..types import Article, DateClaim

log = logging.getLogger(__name__)

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@stage("decode", requires=("raw",), assigns=("text", "published"), phase="prepare", order=10)
def make_decode(*, max_bytes: int = 5_000_000, min_chars: int = 1) -> Decode:
    """Decode raw input to text (``max_bytes``: larger inputs are rejected as too large)."""
    return Decode(max_bytes=max_bytes, min_chars=min_chars)


class Decode:
    def __init__(self, *, max_bytes: int, min_chars: int) -> None:
        self.max_bytes = max_bytes
        self.min_chars = min_chars

    def __call__(self, article: Article) -> Article:
        raw = article.raw
        size = len(raw) if raw is not None else 0
        if not raw or not (raw.strip() if isinstance(raw, (str, bytes)) else raw):
            article.rejected = "empty: no content"
            return article
        if size > self.max_bytes:
            article.rejected = f"too-large: {size} bytes > limit {self.max_bytes}"
            return article
        text = raw if isinstance(raw, str) else self._decode(article, raw)
        if text is None:
            return article
        if isinstance(raw, bytes) and article.rejected is None:
            article.raw = text  # lossless: the decoded text is kept, the encoding in meta
        text = fix_text(text)
        if article.fmt == "html":
            text = self._extract(article, text)
        if len(text.strip()) < self.min_chars:
            article.rejected = "no-text: nothing readable after extraction"
            return article
        article.text = text
        return article

    def _decode(self, article: Article, raw: bytes) -> str | None:
        if b"\x00" in raw[:65536]:
            article.rejected = "binary: NUL bytes in input"
            return None
        for encoding in ("utf-8-sig", "cp1252", "latin-1"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            article.meta["encoding"] = encoding.removesuffix("-sig")
            break
        else:  # pragma: no cover - latin-1 decodes every byte string
            article.rejected = "binary: undecodable"
            return None
        controls = len(_CONTROL.findall(text[:65536]))
        if controls > 0.05 * min(len(text), 65536):
            article.rejected = f"binary: {controls} control characters in the first 64 KiB"
            return None
        return text

    def _extract(self, article: Article, html: str) -> str:
        from ..clean.html import extract

        page = extract(html, url=article.url)
        article.title = article.title or page.title
        article.url = article.url or page.url
        article.source = article.source or page.sitename
        if page.date and (article.published is None or not article.published.page_date):
            article.published = DateClaim(
                page_date=page.date, page_date_source="meta",
                reasons=list(article.published.reasons) if article.published else [])
        return page.text


def fix_text(text: str) -> str:
    """Repair mojibake and normalise line ends, keeping curly quotes and widths as they are."""
    import ftfy

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ftfy.fix_text(
        text,
        uncurl_quotes=False,
        fix_character_width=False,
        fix_latin_ligatures=False,
        normalization=None,
        explain=False,
    )

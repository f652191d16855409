"""A plain-text article's headline and outlet, read from its cleaned text and its input.

A headline is the first line of the cleaned text when it reads as one: a short line (at most
:data:`MAX_WORDS` words) starting with a capital, without final punctuation, followed by the
body; or a title line (``Titre : …``). It becomes the article's title; the text is unchanged.
The outlet is what the input named (JSON Lines or sidecar ``source`` or ``site``, a ``Source:``
line), else the site of the article's URL.
"""

from __future__ import annotations

import re

from ..types import Article

MAX_WORDS = 25
MAX_CHARS = 240
_TITLE_LINE = re.compile(r"^\s*(?:titre|title)\s*:+\s*(?P<value>\S.*?)\s*$", re.IGNORECASE)
_CAPITAL = re.compile(r"^[\W_]*[A-ZÀ-ÖØ-Þ0-9«\"“]")
_FINAL = (".", "!", "?", "…", ":", ";", ",")


def headline(text: str) -> str | None:
    """The headline that opens ``text``, or None."""
    first, newline, rest = text.lstrip().partition("\n")
    first = first.strip()
    title_line = _TITLE_LINE.match(first)
    if title_line:
        return title_line["value"]
    if not newline or not rest.strip() or not first or len(first) > MAX_CHARS:
        return None
    if not 2 <= len(first.split()) <= MAX_WORDS or first.endswith(_FINAL):
        return None
    return first if _CAPITAL.match(first) else None


def site(url: str | None) -> str | None:
    """The site of ``url`` (``www.lemonde.fr`` → ``lemonde.fr``)."""
    if url and "://" in url:
        host = url.split("://", 1)[1].split("/", 1)[0].split("@")[-1].split(":")[0]
        return host.lower().removeprefix("www.") or None
    return None


def fill_title_and_outlet(article: Article) -> Article:
    """Give ``article`` the headline of its text as title and its URL's site as source, where
    the input gave none."""
    if not article.title and article.fmt != "html":
        article.title = headline(article.text)
    if not article.source:
        named = article.meta.get("site")
        article.source = named if isinstance(named, str) and named.strip() else site(article.url)
    return article

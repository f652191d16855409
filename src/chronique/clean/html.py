"""HTML to main text with trafilatura; title, URL, site name and page date kept."""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Page:
    text: str
    title: str | None = None
    url: str | None = None
    sitename: str | None = None
    date: str | None = None


def extract(html: str, *, url: str | None = None) -> Page:
    """The main text of an HTML page (falls back to all visible text when extraction fails)."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            deduplicate=False,
        )
    except Exception as error:  # noqa: BLE001 - broken markup must not stop a run
        log.warning("trafilatura failed on %s: %s", url, error)
        document = None
    if document is None or isinstance(document, dict):
        return Page(text=_visible_text(html), date=_date(html, url))
    return Page(
        text=document.text or "",
        title=document.title,
        url=document.url or url,
        sitename=document.sitename,
        date=document.date or _date(html, url),
    )


def _date(html: str, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html, url=url, original_date=True, extensive_search=False)
    except Exception:  # noqa: BLE001
        return None


def _visible_text(html: str) -> str:
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001
        return ""
    for node in tree.xpath("//script|//style|//noscript"):
        node.drop_tree()
    lines = (line.strip() for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)

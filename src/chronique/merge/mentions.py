"""Event mentions read out of the store, with what the merge needs of their article, and blocks.

A block is the key of the keyed reduce: ``family|country|YYYY-MM|group``. Every mention falls in
exactly one block, so blocks can be merged independently (one process, one machine each).

- *family*: the ACLED event type (``Battles``, ``Explosions/Remote violence``…), else the
  sub-event kind: mentions of different families are never one event.
- *country*: the coarsest level of the place hierarchy (neighbourhood → city → admin1 →
  country); finer levels are compared when scoring (see :mod:`chronique.merge.cluster`). A
  mention without a place takes its article's most named country.
- *month*: the date window. Mentions dated to the day merge only one day apart at most, so a run
  of consecutive days with mentions that crosses a month's end stays in the earlier month's block
  when it stops within the new month's first :data:`SEAM_DAYS` days (see :func:`blocks_of`).
- *group*: ``occurred`` for asserted or alleged mentions, else the modality: hypothetical,
  conditional, negated, future or question mentions never merge into occurred events.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..serde import to_dict
from ..store.base import Store
from ..types import Article, EventMention
from ..validate import valid_partial

#: how far into a month a run of consecutive days from the previous month is kept in that
#: month's block; a longer run is cut at the month's start
SEAM_DAYS = 10

#: modalities that describe something that happened ("alleged": reported as a claim)
OCCURRED = frozenset({"asserted", "alleged", "reported", ""})
#: the group of a mention asserted but told as not done (a denied claim)
NOT_OCCURRED = "not-occurred"


@dataclass(slots=True)
class MentionRecord:
    """One event mention and the facts of its article the merge uses."""

    article_id: str
    index: int  # position in Article.events
    mention: EventMention
    published: str | None = None  # the article's believed publication date
    source: str | None = None  # the article's source (site) name
    root: str = ""  # the article this one duplicates (itself when original)
    sentence: str = ""  # the sentence holding the mention, for summaries and wording
    country: str | None = None  # the article's main country, when the mention has no place
    cache: dict = field(default_factory=dict, repr=False, compare=False)  # scoring features

    @property
    def key(self) -> str:
        return f"{self.article_id}#{self.index}"

    @property
    def date(self) -> str | None:
        mention = self.mention
        if mention.date:  # a stored date that is not a real one is no date
            return valid_partial(mention.date)
        if mention.time is not None and mention.time.value[:4].isdigit():
            return valid_partial(mention.time.value[:10])
        return None  # the events stage already fell back on the article's date where it could

    def order(self) -> tuple[str, str, int]:
        """Sort key: earliest published article first, then article id and offset."""
        return (self.published or "9999", self.article_id, self.mention.start)


def records_of(article: Article) -> list[MentionRecord]:
    """The article's event mentions as records (empty for rejected articles)."""
    if article.rejected and not article.duplicate_of:
        return []
    published = article.published.value if article.published else None
    source = article.source or article.meta.get("site") or _host(article.url) or article.id
    root = article.duplicate_of or article.id
    country = main_country(article)
    return [
        MentionRecord(
            article_id=article.id, index=index, mention=mention, published=published,
            source=source, root=root, sentence=_sentence(article, mention), country=country,
        )
        for index, mention in enumerate(article.events)
    ]


def main_country(article: Article) -> str | None:
    """The country (alpha-2, upper case) the article's places name most, ties by code."""
    countries = Counter(place.country.upper() for place in article.places if place.country)
    return min(countries, key=lambda c: (-countries[c], c)) if countries else None


def iter_records(store: Store) -> Iterable[MentionRecord]:
    """Every event mention of the store's articles (duplicates included: they add sources)."""
    for article in store.iter_articles(include_rejected=True):
        yield from records_of(article)


def family(mention: EventMention) -> str:
    return mention.event_type or mention.kind or "unknown"


def group(mention: EventMention) -> str:
    """``occurred``, or the modality of a mention that did not (or not yet) happen."""
    modality = (mention.modality or "asserted").lower()
    if modality in OCCURRED and getattr(mention, "occurred", True) is not False:
        return "occurred"
    return modality if modality not in OCCURRED else NOT_OCCURRED


def block_key(record: MentionRecord, *, month: str | None = None) -> str:
    """The block a mention belongs to: ``family|country|YYYY-MM|group``.

    ``month`` overrides the calendar month of the mention's date (:func:`blocks_of` moves the
    first days of a month into the previous month's block when a run of days crosses the seam).
    """
    mention = record.mention
    place = mention.place
    country = (place.country if place and place.country else record.country or "-").upper()
    if month is None:
        date = record.date or ""
        month = date[:7] if len(date) >= 7 else (date[:4] or "----")
    return f"{family(mention)}|{country}|{month}|{group(mention)}"


#: where a record goes, known without the record: its block key with the month left out (the
#: family, country and group whose days the seam rule reads), its precise day, its own month's
#: block and, when its day is within the first :data:`SEAM_DAYS` of a month, the previous
#: month's block
Placing = tuple[str, dt.date | None, str, str | None]


def placing(record: MentionRecord) -> Placing:
    """The :data:`Placing` of a record (what :func:`assign_blocks` needs of it)."""
    day = precise_day(record)
    seam = None
    if day is not None and day.day <= SEAM_DAYS:
        previous = day.replace(day=1) - dt.timedelta(days=1)
        seam = block_key(record, month=previous.strftime("%Y-%m"))
    return block_key(record, month=""), day, block_key(record), seam


def assign_blocks(placings: Sequence[Placing]) -> list[str]:
    """The block of each placed record, by the seam rule of :func:`blocks_of` (which reads the
    days of every record of a family, country and group: the shuffle of the keyed reduce)."""
    days: dict[str, set[dt.date]] = {}
    for base, day, _, _ in placings:
        if day is not None:
            days.setdefault(base, set()).add(day)
    return [seam if seam is not None and day is not None and _seam_month(day, days[base])
            else key for base, day, key, seam in placings]


def blocks_of(records: Iterable[MentionRecord]) -> dict[str, list[MentionRecord]]:
    """Records grouped by :func:`block_key`, each block in :meth:`MentionRecord.order`.

    A mention dated to day *d* of a month (*d* ≤ :data:`SEAM_DAYS`) joins the previous month's
    block when, among the mentions of its family, country and group, every day from that
    month's last day through *d* has a mention and the run stops before day :data:`SEAM_DAYS`
    + 1: two mentions a day apart across a month's end can then be one event. The grouping
    reads all records (like the shuffle of a keyed reduce); each block stays independent.
    """
    records = list(records)
    blocks: dict[str, list[MentionRecord]] = {}
    for record, key in zip(records, assign_blocks([placing(r) for r in records]), strict=True):
        blocks.setdefault(key, []).append(record)
    for records_in_block in blocks.values():
        records_in_block.sort(key=MentionRecord.order)
    return dict(sorted(blocks.items()))


def _seam_month(day: dt.date, days: set[dt.date]) -> str | None:
    """The previous month (``YYYY-MM``) when ``day`` is in a run of days crossing into its month
    that stops within the first :data:`SEAM_DAYS` days, else None (its own month)."""
    first = day.replace(day=1)
    last_before = first - dt.timedelta(days=1)
    if any(first + dt.timedelta(days=k) not in days for k in range(day.day)):
        return None  # a gap between the month's start and this day: no run crosses to it
    if last_before not in days:
        return None
    if all(first + dt.timedelta(days=k) in days for k in range(SEAM_DAYS + 1)):
        return None  # the run goes on past the seam: cut at the month's start
    return last_before.strftime("%Y-%m")


def precise_day(record: MentionRecord) -> dt.date | None:
    """The mention's day when it is dated to the day (ACLED time_precision 1), else None;
    kept in the record's cache (blocking and clustering both ask)."""
    if "day" not in record.cache:
        date, day = record.date, None
        if date and len(date) >= 10 and (record.mention.date_precision or 1) == 1:
            try:
                day = dt.date.fromisoformat(date[:10])
            except ValueError:
                day = None
        record.cache["day"] = day
    return record.cache["day"]


def fingerprint(records: Iterable[MentionRecord]) -> str:
    """A hash of everything in a block the merge reads: equal hash, equal events."""
    digest = hashlib.sha256()
    for record in sorted(records, key=MentionRecord.order):
        payload = [record.key, record.published, record.source, record.root, record.sentence,
                   record.country, to_dict(record.mention)]
        digest.update(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode())
    return digest.hexdigest()[:20]


def _sentence(article: Article, mention: EventMention) -> str:
    start, end = getattr(mention, "sentence_start", -1), getattr(mention, "sentence_end", -1)
    if 0 <= start < end <= len(article.text):
        return article.text[start:end].strip()
    for sentence in article.sentences:
        if sentence.start <= mention.start < sentence.end:
            return article.text[sentence.start:sentence.end].strip()
    if article.text and 0 <= mention.start < mention.end <= len(article.text):
        return _sentence_around(article.text, mention.start, mention.end)
    return mention.text


def _sentence_around(text: str, start: int, end: int) -> str:
    """The stretch between the sentence ends around ``[start, end)`` (no splitter at hand)."""
    marks = (". ", "\n", "! ", "? ")
    left = max(text.rfind(mark, 0, start) for mark in marks)
    rights = [pos for pos in (text.find(mark, end) for mark in marks) if pos >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[left + 1 if left >= 0 else 0:right].strip()


def _host(url: str | None) -> str | None:
    if url and "://" in url:
        return url.split("://", 1)[1].split("/", 1)[0].lower().removeprefix("www.")
    return None

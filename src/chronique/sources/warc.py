"""WARC and WARC.gz archives: one article per HTML response record.

A truncated or corrupt archive keeps the records read before the damage and yields one error
item saying where reading stopped.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from .. import registry
from ..types import RawItem

#: the most bytes one record's content may expand to (gzip, chunked or compressed HTTP bodies)
MAX_RECORD_BYTES = 16 * 2**20


def read_warc(data: bytes, origin: str) -> Iterator[RawItem]:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    records = ArchiveIterator(io.BytesIO(data))
    try:
        for record in records:
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read(MAX_RECORD_BYTES + 1)
            if len(body) > MAX_RECORD_BYTES:  # a decompression bomb is not expanded further
                yield _damaged(origin, count, f"a record expands past {MAX_RECORD_BYTES} bytes")
                return
            count += 1
            yield RawItem(
                origin=f"{origin}#{count}",
                fmt="html",
                data=body,
                url=url,
                page_date=record.http_headers.get_header("Last-Modified"),
                page_date_source="http"
                if record.http_headers.get_header("Last-Modified")
                else None,
                meta={"warc_date": record.rec_headers.get_header("WARC-Date")},
            )
    except Exception as error:  # noqa: BLE001 - warcio raises many kinds on damaged input
        yield _damaged(origin, count, f"{type(error).__name__}: {error}")
        return
    end = records.get_record_offset() + (records.get_record_length() or 0)
    if len(data[end:].strip(b"\r\n\0")) > 0:
        yield _damaged(origin, count, f"{len(data) - end} trailing bytes are not a whole record")
    elif count == 0:
        yield RawItem(origin=origin, fmt="warc", error="warc: no HTML response record")


def _damaged(origin: str, count: int, why: str) -> RawItem:
    return RawItem(
        origin=f"{origin}#after-{count}",
        fmt="warc",
        error=f"warc: archive damaged or truncated after {count} record(s): {why}",
    )


registry.sources.register("warc", read_warc)

"""Reading inputs: format detection, JSON Lines, feeds, WARC, folders."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from chronique.sources import detect_format, read_paths


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", b"Bonjour", "text"),
        ("a.html", b"", "html"),
        ("page", b"<!DOCTYPE html><html>", "html"),
        ("feed", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        ("a.atom", b"", "feed"),
        ("crawl.warc.gz", b"", "warc"),
        ("dump", b"WARC/1.0\r\n", "warc"),
        ("lines", b'{"text": "x"}', "jsonl"),
        ("notes", b"Damas, dimanche 19 mars", "text"),
    ],
)
def test_detect_format(name: str, head: bytes, expected: str) -> None:
    assert detect_format(name, head) == expected


def test_folder_is_read_recursively_in_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("deux")
    (tmp_path / "one.txt").write_text("un")
    (tmp_path / ".hidden.txt").write_text("caché")
    items = list(read_paths([tmp_path]))
    assert [Path(item.origin).name for item in items] == ["two.txt", "one.txt"]


def test_jsonl_fields_and_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps(
            {
                "id": "u1",
                "text": "Texte un",
                "url": "https://ex.fr/a",
                "title": "T",
                "published": "2016-12-08",
                "source": "AFP",
                "topic": "syrie",
            }
        ),
        "{not json",
        json.dumps({"id": "u3", "html": "<p>Texte trois</p>"}),
        json.dumps({"id": "u4"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = list(read_paths([path]))
    assert len(items) == 4
    first = items[0]
    assert (first.external_id, first.url, first.title, first.page_date, first.source) == (
        "u1",
        "https://ex.fr/a",
        "T",
        "2016-12-08",
        "AFP",
    )
    assert first.meta == {"topic": "syrie"}
    assert items[1].error.startswith("jsonl: invalid JSON") and items[1].origin.endswith(":2")
    assert items[2].fmt == "html" and items[2].error is None
    assert items[3].error == "jsonl: no 'text' or 'html' string field"


def test_rss_feed_items(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Le Site</title>'
        "<item><title>Un</title><link>https://site.fr/1</link>"
        "<pubDate>Thu, 08 Dec 2016 10:00:00 GMT</pubDate>"
        "<description>&lt;p&gt;Des combats à Alep.&lt;/p&gt;</description></item>"
        "<item><title>Deux</title><link>https://site.fr/2</link><description>B</description></item>"
        "</channel></rss>"
    )
    items = list(read_paths([path]))
    assert [item.title for item in items] == ["Un", "Deux"]
    assert items[0].url == "https://site.fr/1"
    assert items[0].page_date == "2016-12-08T10:00:00"
    assert items[0].source == "Le Site"
    assert "Alep" in str(items[0].data)


def _warc(records: list[tuple[str, str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, content_type, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    return buffer.getvalue()


def test_warc_html_responses_only(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        _warc(
            [
                (
                    "https://a.fr/1",
                    "text/html; charset=utf-8",
                    b"<html><body><p>Un</p></body></html>",
                ),
                ("https://a.fr/logo.png", "image/png", b"\x89PNG"),
                ("https://a.fr/2", "text/html", b"<html><body><p>Deux</p></body></html>"),
            ]
        )
    )
    items = list(read_paths([path]))
    assert [item.url for item in items] == ["https://a.fr/1", "https://a.fr/2"]
    assert all(item.error is None and item.fmt == "html" for item in items)


def test_truncated_warc_keeps_what_was_read(tmp_path: Path) -> None:
    first = _warc([("https://a.fr/1", "text/html", b"<html><body><p>Un</p></body></html>")])
    second = _warc([("https://a.fr/2", "text/html", b"<html><body><p>" + b"x" * 5000 + b"</p>")])
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(first + second[: len(second) // 2])
    items = list(read_paths([path]))
    assert items[0].url == "https://a.fr/1" and items[0].error is None
    assert items[-1].error is not None and items[-1].error.startswith(
        "warc: archive damaged or truncated"
    )


def test_gzip_is_not_mistaken_for_text(tmp_path: Path) -> None:
    path = tmp_path / "x.warc.gz"
    path.write_bytes(gzip.compress(b"not a warc at all"))
    items = list(read_paths([path]))
    assert len(items) == 1 and items[0].error is not None

"""Decoding raw input: bad input is rejected with a clear reason, good input is repaired."""

from __future__ import annotations

import pytest

from chronique.pipeline import Pipeline
from chronique.types import Article


def prepare(raw: str | bytes, fmt: str = "text") -> Article:
    pipeline = Pipeline(["decode"])
    return pipeline(Article(id="x", raw=raw, fmt=fmt))


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (b"\x00\x01\x02ELF binary", "binary"),
        (bytes(range(1, 32)) * 200, "binary"),
    ],
)
def test_bad_input_rejected_with_reason(raw: bytes, reason: str) -> None:
    article = prepare(raw)
    assert article.rejected is not None and article.rejected.startswith(reason + ":")


def test_too_large() -> None:
    article = Pipeline(["decode"], {"decode": {"max_bytes": 1000}})(
        Article(id="x", raw=b"a" * 1001, fmt="text")
    )
    assert article.rejected == "too-large: 1001 bytes > limit 1000"


def test_latin1_file_is_decoded() -> None:
    raw = "Les forces du régime ont bombardé Alep, à l'aube.".encode("latin-1")
    article = prepare(raw)
    assert article.rejected is None
    assert article.text == "Les forces du régime ont bombardé Alep, à l'aube."
    assert article.meta["encoding"] in ("cp1252", "latin-1")


def test_mojibake_repaired_but_legitimate_characters_kept() -> None:
    broken = "Les rebelles ont Ã©tÃ© repoussÃ©s"
    article = prepare(broken)
    assert article.text == "Les rebelles ont été repoussés"
    kept = "« Il n’y a pas eu de progrès » — l’OSDH, 14 000 déplacés"
    assert prepare(kept).text == kept


def test_broken_html_still_gives_text() -> None:
    html = (
        "<html><head><title>Alep</title></head><body><div><p>Les combats font rage "
        "dans les quartiers est d'Alep depuis le 15 novembre, selon l'OSDH.<p>Suite"
        "<div><b>non fermé"
    )
    article = prepare(html, fmt="html")
    assert article.rejected is None
    assert "Les combats font rage dans les quartiers est d'Alep" in article.text

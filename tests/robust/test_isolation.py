"""One bad input never stops a run: each is recorded against itself with its reason.

The hypothesis tests feed arbitrary bytes to every registered source format and the decoder:
nothing raises, and everything read can be stored."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronique import registry
from chronique.config import load_config
from chronique.ingest import article_from_raw
from chronique.pipeline import Pipeline
from chronique.run.local import run_paths
from chronique.sources.files import _read
from chronique.sources.guard import guarded
from chronique.store import open_store

PREPARE_ONLY = {"pipeline": {"analyze": ["sentences"], "after": []}}


def hostile_folder(folder: Path) -> dict[str, str]:
    """The isolation cases: file name -> a word the row's reason holds (None: a kept article)."""
    folder.mkdir()
    (folder / "zero.warc").write_bytes(b"")
    (folder / "zero.warc.gz").write_bytes(b"")
    (folder / "empty.jsonl").write_bytes(b"")
    (folder / "deep.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n")
    (folder / "deep-field.jsonl").write_text('{"text": "x", "meta": ' + "[" * 100_000
                                             + "]" * 100_000 + "}\n")
    (folder / "surrogate.jsonl").write_text(
        '{"id": "s1", "title": "\\udfff", "text": "Des combats \\ud800 ont eu lieu à Alep."}\n')
    name = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(name, "wb") as handle:
        handle.write("Des affrontements ont fait trois morts à Homs.".encode())
    return {"zero.warc": "empty", "zero.warc.gz": "empty", "empty.jsonl": "empty",
            "deep.jsonl": "recursion", "deep-field.jsonl": "recursion"}


def test_hostile_files_each_get_a_row_and_the_run_goes_on(tmp_path: Path) -> None:
    expected = hostile_folder(tmp_path / "in")
    db = tmp_path / "h.db"
    stats = run_paths([tmp_path / "in"], config=load_config(
        flags={"store": {"url": str(db)}, **PREPARE_ONLY}, environ={}))
    store = open_store(str(db))
    rows = {row["origin"]: (row["rejected"], row["text"], row["title"], row["external_id"])
            for row in store.execute("SELECT origin, rejected, text, title, external_id "
                                     "FROM articles")}
    store.close()
    assert stats.inputs == len(rows) == 7
    by_file = {Path(origin.split("#")[0].rsplit(":", 1)[0]).name: row
               for origin, row in rows.items()}
    for name, word in expected.items():
        assert word in (by_file[name][0] or "").lower(), (name, by_file[name])
    rejected, text, title, external = by_file["surrogate.jsonl"]
    assert rejected is None and external == "s1"
    assert text == "Des combats \ufffd ont eu lieu à Alep." and title == "\ufffd"
    # the name that is not UTF-8 is kept, escaped losslessly, and the article analysed
    assert by_file["caf\\xe9.txt"][0] is None and "Homs" in by_file["caf\\xe9.txt"][1]


def _storable(items, tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "fuzz.db"))
    try:
        articles = [article_from_raw(item) for item in items]
        store.put(articles, version="x", phase="prepared")
        prepared = [PREPARE(article) if article.rejected is None else article
                    for article in articles]
        store.put(prepared, version="x", phase="prepared")
    finally:
        store.close()


PREPARE = Pipeline(["decode", "clean"], on_error="raise")
FORMATS = sorted(registry.sources.names())
FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def test_every_format_is_fuzzed() -> None:
    assert {"text", "html", "jsonl", "feed", "warc"} <= set(FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
@FUZZ
@given(data=st.binary(max_size=3000))
def test_any_bytes_in_any_format_never_raise(fmt: str, data: bytes, tmp_path: Path) -> None:
    items = list(guarded(registry.sources.get(fmt), data, f"fuzz.{fmt}", fmt))
    assert items, "every file leaves a row or a reason"
    _storable(items, tmp_path)


_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=3),
    max_leaves=10)
_records = st.dictionaries(
    st.sampled_from(["id", "text", "html", "url", "title", "published", "source", "x"]),
    _values | st.text(alphabet=st.characters(codec=None), max_size=200), max_size=7)


@FUZZ
@given(records=st.lists(_records | _values, max_size=5))
def test_any_json_lines_never_raise(records: list, tmp_path: Path) -> None:
    data = "\n".join(json.dumps(record) for record in records).encode()
    items = list(_read(data, "fuzz.jsonl", None))
    assert len(items) >= max(1, len(records))
    _storable(items, tmp_path)


@FUZZ
@given(text=st.text(alphabet=st.characters(codec=None), max_size=2000),
       encoding=st.sampled_from(["utf-8", "utf-16", "utf-32", "cp1252", "latin-1"]))
def test_the_decoder_takes_any_text_in_any_encoding(text: str, encoding: str,
                                                    tmp_path: Path) -> None:
    data = text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")
    for fmt in ("text", "html"):
        _storable(list(_read(data, f"fuzz.{fmt}", fmt)), tmp_path)

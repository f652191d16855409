"""A plain-text article's headline becomes its title; its outlet is what the input names."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import SAMPLES

from chronique.clean.title import headline, site
from chronique.ingest import article_from_raw
from chronique.stages.clean import Clean
from chronique.stages.decode import make_decode
from chronique.types import RawItem

TITLES = {
    "000": None,
    "001": "Le régime syrien s’attaque au dernier carré rebelle à Alep",
    "002": "Syrie: l'armée de Bachar el-Assad s’empare d’immeubles stratégiques à Alep",
    "003": "Syrie\xa0: le régime Assad gagne du terrain à Alep, mais perd à nouveau Palmyre",
    "004": None,
}
OUTLETS = {"000": None, "001": "RTLMONDE", "002": None, "003": None, "004": None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frappes sur Idleb\nDes frappes ont visé la ville.", "Frappes sur Idleb"),
        ("Titre : Frappes sur Idleb\nDes frappes ont visé la ville.", "Frappes sur Idleb"),
        ("Des frappes ont visé la ville.\nLe bilan est lourd.", None),  # a sentence
        ("Selon l'OSDH, les combats continuent:\nà Alep", None),
        ("Frappes sur Idleb", None),  # nothing follows: the whole text is not a title
        ("frappes sur idleb\nDes frappes ont visé la ville.", None),
        (" ".join(["mot"] * 30).capitalize() + "\nSuite.", None),
    ],
)
def test_headline(text: str, expected: str | None) -> None:
    assert headline(text) == expected


def test_site_of_url() -> None:
    assert site("https://www.lemonde.fr/international/article/x.html") == "lemonde.fr"
    assert site("http://user@rfi.fr:8080/a") == "rfi.fr"
    assert site(None) is None and site("not a url") is None


def _prepared(key: str) -> tuple[str | None, str | None]:
    path = next(SAMPLES.glob(f"{key}_*.txt"))
    item = RawItem(origin=str(path), fmt="text", data=path.read_bytes())
    article = Clean()(make_decode()(article_from_raw(item)))
    return article.title, article.source


@pytest.mark.parametrize("key", sorted(TITLES))
def test_seed_titles_and_outlets(key: str) -> None:
    assert _prepared(key) == (TITLES[key], OUTLETS[key])


def test_url_site_is_the_outlet_when_none_is_named() -> None:
    item = RawItem(origin="x", fmt="text", url="https://www.france24.com/fr/a",
                   data="Combats à Alep\nDes combats ont eu lieu mardi à Alep.\n")
    article = Clean()(make_decode()(article_from_raw(item)))
    assert (article.title, article.source) == ("Combats à Alep", "france24.com")


def test_exports_show_outlets_never_hashes(tmp_path: Path) -> None:
    db = tmp_path / "seeds.db"
    run = [sys.executable, "-m", "chronique"]
    result = subprocess.run([*run, "run", str(SAMPLES), "--db", str(db)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    articles = [json.loads(line) for line in subprocess.run(
        [*run, "articles", "--db", str(db), "--json"], capture_output=True, text=True,
        timeout=600).stdout.splitlines()]
    by_key = {Path(row["origin"]).name[:3]: row for row in articles}
    assert {key: row["title"] for key, row in by_key.items()} == TITLES
    assert {key: row["source"] for key, row in by_key.items()} == OUTLETS
    exported = subprocess.run(
        [*run, "export", "--db", str(db), "--table", "events", "--format", "acled-csv"],
        capture_output=True, text=True, timeout=600).stdout
    rows = list(csv.DictReader(io.StringIO(exported)))
    ids = {row["id"] for row in articles}
    assert rows and all(row["source"] in ("", "RTLMONDE") for row in rows)
    assert not any(row["source"] in ids for row in rows)
    from_001 = [row for row in rows if row["article_id"] == by_key["001"]["id"]
                or by_key["001"]["id"] in row["evidence"]]
    assert from_001 and all(row["source"] == "RTLMONDE" for row in from_001)

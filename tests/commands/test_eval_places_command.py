"""``chronique eval places`` on a folder of gold events: a real process on a small collection
written for the test (two articles, three gold events), figures per country on stdout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLES = [
    {"id": "t-ml", "country": "Mali", "text": (
        "Mali : des civils tués dans le centre\nDes hommes armés ont attaqué dimanche le village "
        "de Toukoulbila, dans le cercle de Bandiagara, au Mali, tuant six civils.")},
    {"id": "t-cd", "country": "Democratic Republic of Congo", "text": (
        "RDC : attaque près de Beni\nDes assaillants ont tué quatre personnes lundi à Beni, "
        "dans la province du Nord-Kivu, selon les autorités locales.")},
]
GOLD = {
    "_about": "test collection",
    "t-ml": {"country": "Mali", "events": [
        {"id": "t-ml-1", "location": "Toukoulbila", "admin1": "Mopti", "country": "Mali"}]},
    "t-cd": {"country": "Democratic Republic of Congo", "events": [
        {"id": "t-cd-1", "location": "Beni", "admin1": "Nord-Kivu",
         "country": "Democratic Republic of Congo"},
        {"id": "t-cd-2", "location": "Kisangani", "admin1": "Tshopo",
         "country": "Democratic Republic of Congo"}]},
}


def chronique(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "chronique", *args], capture_output=True,
                          text=True, timeout=600)


@pytest.mark.slow
def test_per_country_figures(tmp_path: Path) -> None:
    (tmp_path / "articles.jsonl").write_text(
        "".join(json.dumps(article, ensure_ascii=False) + "\n" for article in ARTICLES),
        encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    result = chronique("eval", "places", str(tmp_path), "--errors")
    assert result.returncode == 0, result.stderr
    rows = {tuple(line.split("\t")[:2]): line.split("\t")[2:]
            for line in result.stdout.splitlines()[1:]}
    # the village no gazetteer has is placed in its cercle (Mopti); Kisangani is not named
    assert rows[("all", "Mali")] == ["1", "1", "1.000"]
    assert rows[("all", "Democratic Republic of Congo")] == ["1", "2", "0.500"]
    assert rows[("all", "all")] == ["2", "3", "0.667"]
    assert "Kisangani" in result.stderr


def test_a_folder_without_gold_is_an_error(tmp_path: Path) -> None:
    result = chronique("eval", "places", str(tmp_path))
    assert result.returncode == 2
    assert "gold.json" in result.stderr

"""Publication dates read from a file's folders, name and sidecar become its page date claim."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronique.errors import ChroniqueError
from chronique.ingest import article_from_raw
from chronique.sources import read_paths
from chronique.sources.dates import DatePolicy, date_from_folders, date_from_name

TEXT = "Des combats ont eu lieu mardi à Alep, selon l'OSDH.\n"


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("2016-12-08/a.txt", "2016-12-08"),
        ("corpus/2016/12/08/a.txt", "2016-12-08"),
        ("20161208/a.txt", "2016-12-08"),
        ("2016/12/a.txt", "2016-12"),
        ("2016-12/a.txt", "2016-12"),
        ("egypt/a.txt", None),
        ("2016-13-08/a.txt", None),
        ("2016-02-30/a.txt", None),
        ("12/08/a.txt", None),
    ],
)
def test_date_folders(relative: str, expected: str | None) -> None:
    assert date_from_folders(Path(relative)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("20161208_afp.txt", "2016-12-08"),
        ("2016-12-08-frappes.txt", "2016-12-08"),
        ("afp_2016_12_08.html", "2016-12-08"),
        ("depeche-20161208.txt", "2016-12-08"),
        ("article-42.txt", None),
        ("201612081530.txt", None),  # a longer number is not a date
        ("20161232_x.txt", None),
    ],
)
def test_date_in_file_name(name: str, expected: str | None) -> None:
    assert date_from_name(Path(name)) == expected


def _claims(paths: list[Path], **policy: str) -> dict[str, tuple[str | None, str | None]]:
    out = {}
    for item in read_paths(paths, dates=DatePolicy(**policy)):
        claim = article_from_raw(item).published
        out[Path(item.origin).name] = (
            claim.page_date if claim else None,
            claim.page_date_source if claim else None,
        )
    return out


def _write(root: Path, relative: str, text: str = TEXT) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folder_name_and_sidecar_claims(tmp_path: Path) -> None:
    _write(tmp_path, "2016-12-08/folder.txt")
    _write(tmp_path, "2016-12-08/20161207_afp.txt", TEXT + " Autre.")
    _write(tmp_path, "2016-12-08/side.txt", TEXT + " Encore.")
    _write(tmp_path, "2016-12-08/side.json", json.dumps(
        {"published": "2016-12-06T10:00:00", "title": "Combats à Alep", "source": "AFP"}))
    _write(tmp_path, "undated/plain.txt", TEXT + " Sans date.")
    _write(tmp_path, "undated/meta.txt", TEXT + " Méta.")
    _write(tmp_path, "undated/meta.meta", "Date: 2016-11-30\nSource: Le Monde\n")

    claims = _claims([tmp_path])

    assert claims == {
        "folder.txt": ("2016-12-08", "path"),
        "20161207_afp.txt": ("2016-12-07", "file-name"),
        "side.txt": ("2016-12-06T10:00:00", "sidecar"),
        "plain.txt": (None, None),
        "meta.txt": ("2016-11-30", "sidecar"),
    }  # the sidecars themselves are not read as articles
    items = {Path(item.origin).name: item for item in read_paths([tmp_path])}
    assert items["side.txt"].title == "Combats à Alep" and items["side.txt"].source == "AFP"
    assert items["meta.txt"].source == "Le Monde"


def test_published_option_and_origin_choice(tmp_path: Path) -> None:
    _write(tmp_path, "2016-12-08/20161207_afp.txt")
    _write(tmp_path, "2016-12-08/plain.txt", TEXT + " Autre.")

    assert _claims([tmp_path], origin="name") == {
        "20161207_afp.txt": ("2016-12-07", "file-name"), "plain.txt": (None, None)}
    assert _claims([tmp_path], origin="none") == {
        "20161207_afp.txt": (None, None), "plain.txt": (None, None)}
    assert _claims([tmp_path], published="2016-12-01") == {
        "20161207_afp.txt": ("2016-12-01", "option"), "plain.txt": ("2016-12-01", "option")}


def test_jsonl_published_is_kept_over_the_path(tmp_path: Path) -> None:
    lines = [{"text": TEXT, "published": "2016-12-05"}, {"text": TEXT + " Deux."}]
    path = _write(tmp_path, "2016-12-08/feed.jsonl", "\n".join(map(json.dumps, lines)))
    items = list(read_paths([path]))
    assert [(i.page_date, i.page_date_source) for i in items] == [
        ("2016-12-05", "jsonl"), ("2016-12-08", "path")]


@pytest.mark.parametrize(
    ("policy", "message"),
    [({"published": "8 décembre"}, "--published"), ({"origin": "folder"}, "--published-from")],
)
def test_bad_policy_is_refused(policy: dict[str, str], message: str) -> None:
    with pytest.raises(ChroniqueError, match=message):
        DatePolicy(**policy)

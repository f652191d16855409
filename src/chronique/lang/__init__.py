"""Language data: one folder per language (``lang/fr/``), plain tables read by the stages.

Stages never branch on a language code: they ask :func:`table` for the data of the article's
language and get the same shape whatever the language.
"""

from __future__ import annotations

import json
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from ..errors import ConfigError


@cache
def table(lang: str, name: str) -> Any:
    """Load ``lang/<lang>/<name>`` (``.toml``, ``.json`` or ``.tsv``) from the package."""
    folder = resources.files(__package__).joinpath(lang)
    for suffix in (".toml", ".json", ".tsv"):
        path = folder.joinpath(name + suffix)
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            if suffix == ".toml":
                return tomllib.loads(text)
            if suffix == ".json":
                return json.loads(text)
            return _tsv(text)
    raise ConfigError(f"no language table {name!r} for language {lang!r}")


@cache
def demonyms(lang: str) -> dict[str, str]:
    """Lowercase demonym -> country code, from the language's ``demonyms`` table (none when
    the language has no such table)."""
    try:
        rows = table(lang, "demonyms")
    except ConfigError:
        return {}
    return {row["form"].lower(): row["country"] for row in rows if row.get("country")}


def supported() -> list[str]:
    """Languages that have a folder of data."""
    root = resources.files(__package__)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


def _tsv(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:]]

"""Configuration: in-code defaults, then a TOML file, then environment, then command-line flags.

The resolved configuration is a plain dict, stored with every run (``chronique show-run``)::

    [store]
    url = "chronique.db"          # a SQLite path, or postgresql://…
    [run]
    runner = "local"              # a registered runner
    workers = 1                   # processes for the analyze phase
    batch = 16                    # articles per store commit
    article_seconds = 120         # wall-clock budget of one article's analysis (0: none)
    article_memory_mb = 768       # memory growth budget of one article's analysis (0: none)
    [pipeline]
    prepare = [...]               # default: every registered prepare stage, in order
    analyze = [...]               # default: every registered analyze stage, in order
    passes = [...]                # corpus passes between the phases (furniture, dedup)
    after = [...]                 # passes after the analysis (merge)
    on_error = "record"           # raise | skip | record
    [stages.<name>]               # keyword options of one stage factory
    [passes.<name>]               # keyword options of one corpus pass

Environment: ``CHRONIQUE_DB``, ``CHRONIQUE_WORKERS``, ``CHRONIQUE_RUNNER``, ``CHRONIQUE_ON_ERROR``.
"""

from __future__ import annotations

import copy
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULTS: dict[str, Any] = {
    "store": {"url": "chronique.db"},
    "run": {"runner": "local", "workers": 1, "batch": 16, "article_seconds": 120,
            "article_memory_mb": 768},
    "pipeline": {"on_error": "record"},
    "stages": {},
    "passes": {},
}

ENV = {
    "CHRONIQUE_DB": ("store", "url", str),
    "CHRONIQUE_WORKERS": ("run", "workers", int),
    "CHRONIQUE_RUNNER": ("run", "runner", str),
    "CHRONIQUE_ON_ERROR": ("pipeline", "on_error", str),
}

KNOWN_SECTIONS = set(DEFAULTS)


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
    return base


def load_config(
    path: str | Path | None = None,
    *,
    flags: dict[str, dict[str, Any]] | None = None,
    environ: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Resolve the configuration; unknown sections and malformed values are errors."""
    config = copy.deepcopy(DEFAULTS)
    if path is not None:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise ConfigError(f"cannot read config {path}: {error}") from error
        unknown = sorted(set(data) - KNOWN_SECTIONS)
        if unknown:
            raise ConfigError(
                f"unknown config section(s) {unknown}; valid: {sorted(KNOWN_SECTIONS)}"
            )
        _merge(config, data)
    variables: Mapping[str, str] = os.environ if environ is None else environ
    for variable, (section, key, kind) in ENV.items():
        if variable in variables:
            try:
                config[section][key] = kind(variables[variable])
            except ValueError as error:
                raise ConfigError(f"{variable}={variables[variable]!r}: {error}") from error
    for section, values in (flags or {}).items():
        config.setdefault(section, {}).update({k: v for k, v in values.items() if v is not None})
    return resolve_pipeline(config)


def resolve_pipeline(config: dict[str, Any]) -> dict[str, Any]:
    """Fill the stage lists from the registry where the configuration leaves them out."""
    from .pipeline import default_stages
    from .run.passes import default_after, default_passes

    pipeline = config["pipeline"]
    pipeline.setdefault("prepare", default_stages("prepare"))
    pipeline.setdefault("analyze", default_stages("analyze"))
    pipeline.setdefault("passes", default_passes())
    pipeline.setdefault("after", default_after())
    workers = config["run"].get("workers", 1)
    if not isinstance(workers, int) or workers < 1:
        raise ConfigError(f"run.workers must be a positive integer, not {workers!r}")
    for key in ("article_seconds", "article_memory_mb"):
        value = config["run"].get(key, 0)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ConfigError(f"run.{key} must be a number >= 0 (0: no limit), not {value!r}")
    return config

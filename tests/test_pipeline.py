"""Pipeline construction refuses what cannot work, and says why."""

from __future__ import annotations

import pytest

from chronique.config import load_config
from chronique.errors import ConfigError, PipelineOrderError
from chronique.pipeline import Pipeline


def test_order_error_names_the_provider() -> None:
    with pytest.raises(PipelineOrderError) as error:
        Pipeline(["sentences"])
    message = str(error.value)
    assert "'sentences' requires 'text'" in message and "decode" in message


def test_unknown_option_lists_valid_ones() -> None:
    with pytest.raises(ConfigError) as error:
        Pipeline(["decode"], {"decode": {"max_byte": 3}})
    assert "max_byte" in str(error.value) and "max_bytes" in str(error.value)


def test_unknown_stage() -> None:
    with pytest.raises(ConfigError, match="unknown stage 'nope'"):
        Pipeline(["nope"])


def test_bad_error_policy() -> None:
    with pytest.raises(ConfigError, match="on_error"):
        Pipeline(["decode"], on_error="ignore")


def test_config_layers(tmp_path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[run]\nworkers = 3\n[store]\nurl = "from-file.db"\n')
    config = load_config(
        path, environ={"CHRONIQUE_WORKERS": "2"}, flags={"store": {"url": "from-flag.db"}}
    )
    assert config["run"]["workers"] == 2
    assert config["store"]["url"] == "from-flag.db"
    assert config["pipeline"]["prepare"][:4] == ["decode", "clean", "budget", "language"]


def test_config_rejects_unknown_section(tmp_path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[pipelin]\non_error = 'raise'\n")
    with pytest.raises(ConfigError, match="pipelin"):
        load_config(path, environ={})


def test_version_changes_with_options() -> None:
    assert (
        Pipeline(["decode"]).version != Pipeline(["decode"], {"decode": {"max_bytes": 9}}).version
    )

"""``chronique serve`` refuses to expose reviews to the network without a token."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from chronique.commands import build_app
from chronique.commands.serve import is_loopback


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.8.0.1", True), ("localhost", True), ("::1", True),
     ("[::1]", True), ("0.0.0.0", False), ("192.168.1.10", False), ("::", False),
     ("example.org", False)],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_serve_refuses_a_public_address_without_token(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(build_app(), ["serve", "--db", str(tmp_path / "x.db"),
                                              "--host", "0.0.0.0"], env={"CHRONIQUE_TOKEN": ""})
    assert result.exit_code != 0
    assert "--token" in result.output


def test_serve_refuses_a_missing_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(build_app(), ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert "no store" in result.output

"""What is particular to the PostgreSQL store: its URL, its errors, the unaccent fallback."""

from __future__ import annotations

import socket
import sys

import pytest

from chronique.errors import MissingDependency, StoreError
from chronique.store import open_store
from chronique.store.postgres import redact
from chronique.types import Article


def test_redact_hides_the_password() -> None:
    assert redact("postgresql://ana:s3cret@db.example:5433/events") == \
        "postgresql://ana:***@db.example:5433/events"
    assert redact("postgresql:///events?host=/run/postgresql&password=s3cret") == \
        "postgresql:///events?host=/run/postgresql&password=***"
    assert redact("postgres://ana@db/events") == "postgres://ana@db/events"


def test_an_unreachable_server_is_a_store_error_without_the_password() -> None:
    pytest.importorskip("psycopg")
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(StoreError) as raised:
        open_store(f"postgresql://ana:s3cret@127.0.0.1:{port}/events?connect_timeout=3")
    message = str(raised.value)
    assert f"postgresql://ana:***@127.0.0.1:{port}/events" in message
    assert "s3cret" not in message


def test_without_psycopg_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(MissingDependency, match=r"chronique\[postgres\]"):
        open_store("postgresql://ana@localhost/events")


def test_without_the_unaccent_extension_search_still_works(postgres_url: str,
                                                           caplog: pytest.LogCaptureFixture
                                                           ) -> None:
    """A role that may not create extensions: the store opens, says so, and searches with
    accents."""
    import psycopg

    from tests.pgserver import SUPERUSER

    if not postgres_url.startswith(f"postgresql://{SUPERUSER}@/"):
        pytest.skip("needs the private test server (its roles log in without a password)")
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS chronique_plain")
        admin.execute("CREATE ROLE chronique_plain LOGIN")
        admin.execute("GRANT CREATE ON SCHEMA public TO chronique_plain")
    plain = postgres_url.replace(f"postgresql://{SUPERUSER}@", "postgresql://chronique_plain@")
    try:
        with caplog.at_level("WARNING", logger="chronique.store.postgres"):
            store = open_store(plain)
        assert "unaccent extension is not available" in caplog.text
        store.put([Article(id="a" * 16, text="Une frappe aérienne à Alep")])
        assert [a.id for a in store.iter_articles(search="aérienne")] == ["a" * 16]
        store.close()
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute("REASSIGN OWNED BY chronique_plain TO CURRENT_USER")
            admin.execute("DROP OWNED BY chronique_plain")
            admin.execute("DROP ROLE chronique_plain")

"""Shared fixtures: where the project and the reference data are."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples" / "seeds"


@pytest.fixture(scope="session", autouse=True)
def gazetteer_index() -> Path:
    """The GeoNames index, built once (about half a minute on a new machine) before any test,
    so that no request or timed step of a test pays for it."""
    from chronique.geo.build import ensure_index

    return ensure_index()


def shared_data_dir() -> Path:
    """The reference corpora: $CHRONIQUE_SHARED_DATA, else ../shared/data beside the repository."""
    env = os.environ.get("CHRONIQUE_SHARED_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


REQUIRE_SHARED = "CHRONIQUE_REQUIRE_SHARED"
NO_SHARED = "reference data not found at"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Every test skipped for want of the reference data under one line of the summary
    (``SKIPPED [N] tests/conftest.py: reference data not found at …``), not one per test."""
    here = str(Path(__file__).relative_to(REPO)) if REPO in Path(__file__).parents else __file__
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = getattr(report, "longrepr", None)
        if isinstance(longrepr, tuple) and len(longrepr) == 3 and NO_SHARED in str(longrepr[2]):
            report.longrepr = (here, _SKIP_LINE, longrepr[2])
        elif isinstance(longrepr, tuple) and len(longrepr) == 3 \
                and NO_POSTGRES in str(longrepr[2]):
            report.longrepr = (here, _POSTGRES_SKIP_LINE, longrepr[2])


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """Reference corpora (French TimeBank, cl-tls-fr, …; see the README). When they are absent
    the tests that need them are skipped, all under one reason; with CHRONIQUE_REQUIRE_SHARED=1
    (CI sets it) their absence is a failure."""
    path = shared_data_dir()
    if not (path / "fr-timebank").is_dir():
        message = (f"{NO_SHARED} {path} (set CHRONIQUE_SHARED_DATA): the tests of the "
                   "evaluations against reference corpora did not run")
        if os.environ.get(REQUIRE_SHARED, "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{message}; {REQUIRE_SHARED} is set")
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def francophone_dev(shared_data: Path) -> Path:
    """francophone-dev (articles.jsonl and gold.json), under the same one-line skip (or, with
    CHRONIQUE_REQUIRE_SHARED, failure) as the rest of the reference data."""
    path = shared_data / "francophone-dev"
    if not (path / "gold.json").is_file():
        message = f"{NO_SHARED} {path} (set CHRONIQUE_SHARED_DATA): francophone-dev is missing"
        if os.environ.get(REQUIRE_SHARED, "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{message}; {REQUIRE_SHARED} is set")
        pytest.skip(message)
    return path


REQUIRE_POSTGRES = "CHRONIQUE_REQUIRE_POSTGRES"
NO_POSTGRES = "the PostgreSQL store tests did not run"
TEST_POSTGRES = "CHRONIQUE_TEST_POSTGRES"


def _required(*names: str) -> bool:
    return any(os.environ.get(name, "").lower() in ("1", "true", "yes") for name in names)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server for the PostgreSQL store tests, as a URL with the right to create
    databases: $CHRONIQUE_TEST_POSTGRES when set, else a private server started from the
    distribution's binaries (``scripts/system-deps.sh`` installs them) and stopped after. When
    neither is there the tests are skipped, or fail under CHRONIQUE_REQUIRE_POSTGRES=1 or
    CHRONIQUE_REQUIRE_SHARED=1 (CI)."""
    given = os.environ.get(TEST_POSTGRES)
    if given:
        yield given
        return
    from tests.pgserver import PrivateServer, find_binaries

    message = ""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        message = "psycopg is not installed (pip install 'chronique[postgres]')"
    bindir = find_binaries()
    if bindir is None and not message:
        message = ("PostgreSQL's server binaries were not found (/usr/lib/postgresql/*/bin; "
                   "scripts/system-deps.sh installs them; or set CHRONIQUE_TEST_POSTGRES)")
    if message:
        message += f": {NO_POSTGRES}"
        if _required(REQUIRE_POSTGRES, REQUIRE_SHARED):
            pytest.fail(f"{message}; {REQUIRE_POSTGRES} or {REQUIRE_SHARED} is set")
        pytest.skip(message)  # one line of the summary for them all
    assert bindir is not None
    server = PrivateServer(bindir)
    try:
        server.start()
    except RuntimeError as error:
        server.stop()
        pytest.fail(f"could not start a private PostgreSQL server: {error}")
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A new empty database on the test server (dropped after the test), as a store URL."""
    from tests.pgserver import database

    with database(postgres_server) as url:
        yield url


_SKIP_LINE = next(number for number, line in enumerate(Path(__file__).read_text().splitlines(), 1)
                  if line.strip() == "pytest.skip(message)")
_POSTGRES_SKIP_LINE = next(
    number for number, line in enumerate(Path(__file__).read_text().splitlines(), 1)
    if line.strip() == "pytest.skip(message)  # one line of the summary for them all")


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    """The five bundled sample articles, keyed by their three-digit prefix ('000' … '004')."""
    return {
        path.name[:3]: path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))
    }


def seed_article(key: str) -> Any:
    """Seed ``key`` ('000' … '004') as an article with its page's date as the claimed date
    (tests/stages/seed_events.py gives it)."""
    from chronique.types import Article, DateClaim
    from tests.stages.seed_events import SEEDS

    path = next(SAMPLES.glob(f"{key}_*.txt"))
    published = str(SEEDS[key]["published"])
    return Article(id=key, text=path.read_text(encoding="utf-8"), lang="fr",
                   published=DateClaim(page_date=published, page_date_source="meta",
                                       value=published, precision="day"))


@pytest.fixture(scope="session")
def analyzed_seeds() -> dict[str, Any]:
    """The five seeds through the whole analyze pipeline, once per session."""
    from chronique.eval.events import analyze_pipeline
    from tests.stages.seed_events import SEEDS

    pipeline = analyze_pipeline()
    return {key: pipeline(seed_article(key)) for key in SEEDS}

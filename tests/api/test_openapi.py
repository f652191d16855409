"""The API against its own OpenAPI schema (schemathesis, bounded examples per operation).

Every operation is called with generated parameters and bodies; each response must have a
declared status code, content type and shape (errors included: one shape for all).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from chronique.api.app import create_app

from .seed import build_seed

_STORE_DIR = tempfile.TemporaryDirectory(prefix="chronique-openapi-")
_SEED = build_seed(Path(_STORE_DIR.name) / "seed.db")
schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(_SEED.url))


@schema.parametrize()
@settings(max_examples=12, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    # A review's value is checked against its field (a date, a count ≥ 0, a place…) and a
    # merge or split against the events that exist: schema-valid bodies may rightly get 422.
    excluded = [positive_data_acceptance] if case.method == "POST" else []
    case.call_and_validate(excluded_checks=excluded)

"""Without the reference data, the tests that need it are skipped under one summary line; with
CHRONIQUE_REQUIRE_SHARED=1 (as CI runs) they fail instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import REPO


def _pytest(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CHRONIQUE_")}
    environ.update(CHRONIQUE_SHARED_DATA=str(tmp_path / "absent"), **env)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/eval/test_timebank.py"],
        capture_output=True, text=True, timeout=600, cwd=REPO, env=environ)


def test_absent_reference_data_is_one_skip_line(tmp_path: Path) -> None:
    result = _pytest(tmp_path)
    assert result.returncode == 0, result.stdout
    lines = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(lines) == 1
    assert lines[0].startswith("SKIPPED [4] tests/conftest.py:")
    assert f"reference data not found at {tmp_path / 'absent'}" in lines[0]


def test_ci_turns_the_skip_into_a_failure(tmp_path: Path) -> None:
    result = _pytest(tmp_path, CHRONIQUE_REQUIRE_SHARED="1")
    assert result.returncode != 0
    assert "CHRONIQUE_REQUIRE_SHARED is set" in result.stdout

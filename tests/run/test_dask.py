"""The Dask runner gives exactly what the local runner gives, on a real local cluster."""

from __future__ import annotations

from pathlib import Path

from chronique.run.local import run_paths
from chronique.store import open_store

from ..conftest import SAMPLES
from .test_run import config_for


def _analyses(db: Path) -> dict[str, object]:
    return {
        article.id: (article.text, article.sentences, article.rejected, article.duplicate_of)
        for article in open_store(str(db)).iter_articles()
    }


def test_dask_runner_matches_local(tmp_path: Path) -> None:
    local = tmp_path / "local.db"
    run_paths([SAMPLES], config=config_for(local))
    distributed = tmp_path / "dask.db"
    stats = run_paths(
        [SAMPLES], config=config_for(distributed, run={"runner": "dask", "workers": 2})
    )
    assert stats.analyzed == 5
    assert _analyses(distributed) == _analyses(local)

"""``chronique eval places``: the places stage against hand-checked toponyms."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from . import eval_app


def _default_corpus() -> Path:
    shared = os.environ.get("CHRONIQUE_SHARED_DATA")
    root = Path(shared) if shared else Path.cwd().parent / "shared" / "data"
    return root / "cl-tls-fr" / "fr"


@eval_app.command("places")
def eval_places(
    path: Path = typer.Argument(Path("tests/data/places_cltls.tsv"),
                                help="Reference TSV: path, span, name, country, lat, lon."),
    corpus: Path = typer.Option(None, help="Folder the reference paths are relative to "
                                "(default: $CHRONIQUE_SHARED_DATA/cl-tls-fr/fr)."),
    errors: bool = typer.Option(False, "--errors", help="List the toponyms not right."),
) -> None:
    """Print the share of toponyms resolved and the share of resolved within 25 km of truth."""
    from ..eval.places import evaluate

    report = evaluate(path, corpus or _default_corpus())
    typer.echo(f"toponyms\t{report.total}")
    typer.echo(f"resolved\t{report.resolved}\t{report.share_resolved:.3f}")
    typer.echo(f"within_25km\t{report.correct}\t{report.share_correct:.3f}")
    if errors:
        for line in report.errors:
            typer.echo(line, err=True)

"""``chronique eval places``: the places stage against hand-checked toponyms."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from . import eval_app


def _default_corpus() -> Path:
    shared = os.environ.get("CHRONIQUE_SHARED_DATA")
    root = Path(shared) if shared else Path.cwd().parent / "shared" / "data"
    return root / "cl-tls-fr" / "fr"


_PATH = typer.Argument(help="Reference TSV: path, span, name, country, lat, lon.")
_CORPUS = typer.Option(help="Folder the reference paths are relative to "
                       "(default: $CHRONIQUE_SHARED_DATA/cl-tls-fr/fr).")
_ERRORS = typer.Option("--errors", help="List the toponyms not right on stderr.")


@eval_app.command("places")
def eval_places(
    path: Annotated[Path, _PATH] = Path("tests/data/places_cltls.tsv"),
    corpus: Annotated[Path | None, _CORPUS] = None,
    errors: Annotated[bool, _ERRORS] = False,
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

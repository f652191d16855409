"""``chronique eval actors [PATH]``: precision, recall and F1 of the actor mentions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import eval_app


@eval_app.command("actors")
def eval_actors(
    path: Annotated[Path | None, typer.Argument(
        help="The cl-tls-fr folder (default: $CHRONIQUE_SHARED_DATA/cl-tls-fr).")] = None,
    gold: Annotated[Path | None, typer.Option(
        help="Annotations of cl-tls-fr articles (TSV) to score instead of the bundled ones.")
    ] = None,
    errors: Annotated[bool, typer.Option(
        help="List the missed and extra mentions on stderr.")] = False,
) -> None:
    """Score the actors stage on the hand-annotated seeds and cl-tls-fr articles."""
    from ..eval.actors import evaluate_cltls, run

    if gold is not None:
        reports = [evaluate_cltls(path, gold, name=gold.name)]
    else:
        reports = run(str(path) if path else None)
    for report in reports:
        for line in report.lines():
            typer.echo(line)
        if errors:
            typer.echo(f"{report.name} missed: {report.relaxed.misses}", err=True)
            typer.echo(f"{report.name} extra: {report.relaxed.extras}", err=True)

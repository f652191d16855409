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
    francophone: Annotated[Path | None, typer.Option(
        help="The francophone-dev folder (default: $CHRONIQUE_SHARED_DATA/francophone-dev); "
             "skipped with a note when absent.")] = None,
) -> None:
    """Score the actors stage on the hand-annotated seeds and cl-tls-fr articles, then give
    per country the share of francophone-dev's gold actors (ACLED names) found in their
    articles, on the articles the data was written against and on the held-out ones apart."""
    from ..eval.actors import default_francophone, evaluate_cltls, evaluate_francophone, run

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
    if gold is not None:
        return
    folder = francophone or default_francophone()
    if not (folder / "gold.json").is_file():
        typer.echo(f"francophone-dev not found at {folder}: per-country figures skipped",
                   err=True)
        return
    for split in ("tune", "heldout"):
        per_country = evaluate_francophone(folder, split=split)
        for line in per_country.lines():
            typer.echo(line)
        if errors and per_country.misses:
            typer.echo(f"{per_country.name} missed: {per_country.misses}", err=True)

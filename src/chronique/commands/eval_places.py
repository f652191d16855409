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


_PATH = typer.Argument(help="Reference TSV: path, span, name, country, lat, lon; or a folder "
                       "with articles.jsonl and gold.json (such as francophone-dev): per-country "
                       "figures on its gold events.")
_CORPUS = typer.Option(help="Folder the reference paths are relative to "
                       "(default: $CHRONIQUE_SHARED_DATA/cl-tls-fr/fr).")
_ERRORS = typer.Option("--errors", help="List the toponyms not right on stderr.")


@eval_app.command("places")
def eval_places(
    path: Annotated[Path, _PATH] = Path("tests/data/places_cltls.tsv"),
    corpus: Annotated[Path | None, _CORPUS] = None,
    errors: Annotated[bool, _ERRORS] = False,
) -> None:
    """Score the places stage: the toponyms of a TSV, or per country the events of a gold folder.

    A TSV gives the share of toponyms resolved and of those within 25 km of the truth. A folder
    with articles.jsonl and gold.json (francophone-dev) gives, per country, the share of gold
    events whose location (or its admin1, for a place no gazetteer has) is among the resolved
    places, in the right country and within 50 km; articles set aside from rule writing (SHA-1
    of the id divisible by 3) are reported apart and their misses are not listed.
    """
    if path.is_dir():
        _gold(path, errors)
        return
    if not path.is_file():
        typer.echo(f"error: no such reference file or folder: {path}", err=True)
        raise typer.Exit(2)
    from ..eval.places import evaluate

    report = evaluate(path, corpus or _default_corpus())
    typer.echo(f"toponyms\t{report.total}")
    typer.echo(f"resolved\t{report.resolved}\t{report.share_resolved:.3f}")
    typer.echo(f"within_25km\t{report.correct}\t{report.share_correct:.3f}")
    if errors:
        for line in report.errors:
            typer.echo(line, err=True)


def _gold(folder: Path, errors: bool) -> None:
    from ..eval.places import evaluate_gold

    if not (folder / "gold.json").is_file() or not (folder / "articles.jsonl").is_file():
        typer.echo(f"error: {folder} has no gold.json and articles.jsonl", err=True)
        raise typer.Exit(2)
    typer.echo(f"evaluating the places of {folder} …", err=True)
    report = evaluate_gold(folder)
    typer.echo("part\tcountry\tright\tevents\tshare")
    for (part, country), tally in sorted(report.by_country.items(),
                                         key=lambda item: (item[0][0] != "all", item[0][0],
                                                           item[0][1] == "all", item[0][1])):
        typer.echo(f"{part}\t{country}\t{tally.found}\t{tally.total}\t{tally.share:.3f}")
    if errors:
        for line in report.errors:
            typer.echo(line, err=True)

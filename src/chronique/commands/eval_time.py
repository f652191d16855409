"""``chronique eval timebank`` and ``chronique eval dating``: the time figures."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from . import eval_app

_err = Console(stderr=True)


@eval_app.command("timebank")
def timebank(
    path: Annotated[Path, typer.Argument(help="French TimeBank Data folder (.tml files).")],
    split: Annotated[str, typer.Option(help="all | dev | test (every 4th document).")] = "all",
    errors: Annotated[int, typer.Option(help="List this many errors (dev split only).")] = 0,
) -> None:
    """Strict / relaxed / value / type P, R, F1 of the temporal tagger on French TimeBank."""
    from ..eval.timebank import MEASURES, SPLITS, evaluate

    if split not in SPLITS:
        raise typer.BadParameter(f"--split must be one of {', '.join(SPLITS)}")
    if errors and split != "dev":
        _err.print("--errors is only allowed on the dev split (the test split stays unseen)")
        raise typer.Exit(2)
    scores = evaluate(path, which=split)
    for row in scores.errors[:errors]:
        typer.echo("\t".join(row))
    table = Table(title=f"French TimeBank ({split}): {scores.gold} gold, {scores.system} found")
    for column in ("measure", "P", "R", "F1"):
        table.add_column(column, justify="right")
    for measure in MEASURES:
        p, r, f1 = scores.prf(measure)
        table.add_row(measure, f"{100 * p:.1f}", f"{100 * r:.1f}", f"{100 * f1:.1f}")
    Console().print(table)


@eval_app.command("dating")
def dating(
    path: Annotated[Path, typer.Argument(help="cl-tls-fr language folder, e.g. cl-tls-fr/fr")],
) -> None:
    """Date each article from its text alone; the folder name is the true date."""
    from ..eval.dating import evaluate

    s = evaluate(path)
    table = Table(title=f"Dating from text alone: {s.articles} articles")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_row("dated at day precision", f"{s.day} ({100 * s.share(s.day, s.articles):.1f} %)")
    table.add_row("  of those within ±1 day",
                  f"{s.day_right} ({100 * s.share(s.day_right, s.day):.1f} %)")
    table.add_row("dated at month precision or finer",
                  f"{s.month} ({100 * s.share(s.month, s.articles):.1f} %)")
    table.add_row("  of those in the right month",
                  f"{s.month_right} ({100 * s.share(s.month_right, s.month):.1f} %)")
    Console().print(table)

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
    by_topic: Annotated[bool, typer.Option(help="Also give the figures of each topic.")] = False,
) -> None:
    """Date each article from its text alone; the folder name is the true date."""
    from ..eval.dating import evaluate, topics

    rows = [("all", evaluate(path))]
    if by_topic:
        rows += [(name, evaluate(path, topic=name)) for name in topics(path)]
    table = Table(title="Dating from text alone (the folder name is the truth)")
    for column in ("articles", "day", "±1 day", "month", "right month"):
        table.add_column(column, justify="right")
    for name, s in rows:
        table.add_row(
            f"{name} ({s.articles})",
            f"{s.day} ({100 * s.share(s.day, s.articles):.1f} %)",
            f"{s.day_right} ({100 * s.share(s.day_right, s.day):.1f} %)",
            f"{s.month} ({100 * s.share(s.month, s.articles):.1f} %)",
            f"{s.month_right} ({100 * s.share(s.month_right, s.month):.1f} %)",
        )
    Console().print(table)

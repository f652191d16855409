"""``chronique merge``, ``chronique timeline`` and ``chronique eval timeline``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from . import app, eval_app
from .options import db_option, open_existing


@app.command("merge")
def merge_command(db: str | None = db_option()) -> None:
    """Merge the store's event mentions into events and episodes (only the changed blocks)."""
    from ..merge.run import merge_store

    store = open_existing(db)
    stats = merge_store(store)
    for label, ids in (("new", stats.created), ("updated", stats.updated),
                       ("removed", stats.removed)):
        for event_id in ids:
            typer.echo(f"{label}\t{event_id}", err=True)
    typer.echo(
        f"{stats.mentions} mentions in {stats.blocks} blocks ({len(stats.blocks_recomputed)} "
        f"recomputed) → {stats.events} events: {len(stats.created)} new, "
        f"{len(stats.updated)} updated, {len(stats.removed)} removed, {stats.unchanged} "
        f"unchanged; {stats.episodes} episodes ({stats.episodes_changed} changed)"
    )
    store.close()


@app.command("timeline")
def timeline_command(
    db: str | None = db_option(),
    since: str | None = typer.Option(None, help="First day (YYYY, YYYY-MM or YYYY-MM-DD)."),
    until: str | None = typer.Option(None, help="Last day."),
    place: str | None = typer.Option(None, help="Place or country name (substring, any level)."),
    actor: str | None = typer.Option(None, help="Actor id or name (substring)."),
    type: str | None = typer.Option(None, "--type", help="Event type or kind (substring)."),  # noqa: A002
    top: int | None = typer.Option(None, help="Keep the N most important dates."),
    per_day: int = typer.Option(1, help="Sentences per day when the day has no event."),
    format: str = typer.Option("text", "--format", help="text | jsonl | html"),  # noqa: A002
) -> None:
    """Per day, the merged events with summary, figures and sources (and referring sentences)."""
    from ..merge.render import RENDERERS
    from ..merge.timeline import build_timeline, episodes_within

    if format not in RENDERERS:
        raise typer.BadParameter(f"unknown format {format!r}; valid: {', '.join(RENDERERS)}")
    store = open_existing(db)
    days = build_timeline(store, since=since, until=until, place=place, actor=actor, type=type,
                          top=top, per_day=per_day)
    episodes = episodes_within(store, days) if days and not (place or actor or type) else []
    typer.echo(RENDERERS[format](days, episodes=episodes), nl=False)
    typer.echo(f"timeline: {len(days)} days", err=True)
    store.close()


CORPUS = typer.Argument(help="A topic folder, e.g. cl-tls-fr/fr/egypt.")
REFERENCE = typer.Argument(help="Its reference, e.g. cl-tls-fr/fr/reference/egypt.txt.")
OUTPUT = typer.Option(help="Write the system timeline here (reference format).")


@eval_app.command("timeline")
def eval_timeline_command(
    corpus: Annotated[Path, CORPUS],
    reference: Annotated[Path, REFERENCE],
    db: str | None = typer.Option(None, "--db", help="Keep the analyzed store here."),
    analyzed: bool = typer.Option(False, help="--db already holds the analyzed topic: skip the "
                                  "ingestion."),
    output: Annotated[Path | None, OUTPUT] = None,
) -> None:
    """Date-F1 and ROUGE-1/2 F (concat, agreement, align+ m:1) of our timeline of a topic."""
    from ..errors import ChroniqueError
    from ..eval.timeline import evaluate_topic

    try:
        result = evaluate_topic(corpus, reference, db=db, analyzed=analyzed, output=output)
    except ChroniqueError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(2) from error
    typer.echo(json.dumps(result, ensure_ascii=False, indent=1))

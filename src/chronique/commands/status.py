"""``chronique status``: what the whole store holds (``run`` counts only its own inputs)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import typer

from . import app
from .options import db_option, open_existing


def store_counts(store: Any) -> dict[str, Any]:
    """Articles by status and events (merged, and those the event exports write)."""
    from ..export.rows import merged_rows
    from ..run.local import rejection_reason

    counts: dict[str, Any] = {"store": store.url, "articles": 0, "cleaned": 0,
                              "duplicates": 0, "analyzed": 0}
    rejected: Counter[str] = Counter()
    for row in store.statuses():
        counts["articles"] += 1
        if row.rejected:
            rejected[rejection_reason(row.rejected)] += 1
            continue
        counts["cleaned"] += 1
        counts["duplicates"] += bool(row.duplicate_of)
        counts["analyzed"] += bool(row.analyzed)
    counts["rejected"] = dict(rejected)
    counts["events"] = store.count_events()
    counts["events_exported"] = sum(1 for _ in merged_rows(store)) if counts["events"] else 0
    counts["runs"] = len(list(store.runs()))
    return counts


@app.command("status")
def status(
    db: str | None = db_option(),
    json_output: bool = typer.Option(False, "--json", help="Print the counts as JSON."),
) -> None:
    """Count what the whole store holds: articles (cleaned, duplicates, analyzed, rejected by
    reason), events (merged; exported: those that happened, as the event exports write them)
    and runs."""
    store = open_existing(db)
    counts = store_counts(store)
    store.close()
    if json_output:
        typer.echo(json.dumps(counts, ensure_ascii=False))
        return
    typer.echo(f"store: {counts['store']}")
    for key in ("articles", "cleaned", "duplicates", "analyzed"):
        typer.echo(f"{key}\t{counts[key]}")
    for reason, count in sorted(counts["rejected"].items()):
        typer.echo(f"rejected: {reason}\t{count}")
    typer.echo(f"events\t{counts['events']} ({counts['events_exported']} exported: the others "
               "are hypothetical, planned, negated or questioned)")
    typer.echo(f"runs\t{counts['runs']}")

"""``chronique eval events``: precision, recall and F1 of event mentions by field."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from . import eval_app


def _default_data() -> Path:
    import os

    env = os.environ.get("CHRONIQUE_SHARED_DATA")
    base = Path(env) if env else Path.cwd().parent / "shared" / "data"
    return base / "cl-tls-fr" / "fr"


GoldOption = typer.Option(Path("tests/data/events_cltls"), "--gold",
                          help="Folder of hand-annotated articles (*.json).")
DataOption = typer.Option(None, "--data", help="The cl-tls-fr/fr folder (default: "
                          "$CHRONIQUE_SHARED_DATA/cl-tls-fr/fr or ../shared/data).")
JsonOption = typer.Option(False, "--json", help="Print the figures as JSON.")
SplitOption = typer.Option("all", "--split", help="all | tune | heldout (the articles listed "
                          "in the gold folder's heldout.txt, on which no rule was tuned).")
FrancophoneOption = typer.Option(None, "--francophone", help="Also score incidents on a "
                                 "francophone collection (articles.jsonl + gold.json), e.g. "
                                 "../shared/data/francophone-dev.")
SeedsOption = typer.Option(Path("tests/data/events_seeds"), "--seeds-gold",
                          help="Annotations of the sample articles (scored as incidents when "
                          "the folder and --seeds exist).")
SeedTextsOption = typer.Option(Path("samples/seeds"), "--seeds",
                               help="The sample articles' folder.")
ErrorsOption = typer.Option(False, "--errors", help="Also list every disagreement with the "
                            "annotations (to stderr; in the JSON under \"errors\"); never "
                            "for the unseen part of a francophone collection.")


@eval_app.command("events")
def eval_events(
    gold: Path = GoldOption,
    data: Path | None = DataOption,
    as_json: bool = JsonOption,
    errors: bool = ErrorsOption,
    split: str = SplitOption,
    francophone: Path | None = FrancophoneOption,
    seeds_gold: Path = SeedsOption,
    seeds: Path = SeedTextsOption,
) -> None:
    """Run the analyze pipeline on annotated articles and score the event record.

    Incidents (one real incident, one event; fragments are false positives): precision,
    recall, events per matched incident, unmatched events by class, per-field accuracy on
    matched events and the strict record F1 — on the cl-tls-fr annotations and, with
    --francophone, on a francophone collection (its tuned part and its unseen third apart).
    Then the mention-level P/R/F1 per field of the cl-tls-fr annotations."""
    from rich.console import Console
    from rich.table import Table

    from ..errors import ChroniqueError
    from ..eval import incidents as inc
    from ..eval.events import evaluate_cltls

    err = Console(stderr=True)
    try:
        report = evaluate_cltls(gold, data or _default_data(), split=split)
        sets = [inc.evaluate(inc.cltls(gold, data or _default_data(), split=split),
                             name=f"cl-tls-fr ({split})")]
        if seeds_gold.is_dir() and seeds.is_dir():
            sets.append(inc.evaluate(inc.cltls(seeds_gold, seeds), name="seeds"))
        if francophone is not None:
            for part in ("tune", "unseen"):
                sets.append(inc.evaluate(inc.francophone(francophone, split=part),
                                         name=f"{francophone.name} ({part})"))
    except ChroniqueError as error:
        err.print(f"[red]{error}[/red]")
        raise typer.Exit(1) from error
    if errors:
        for one in sets:
            if "(unseen)" in one.name:
                continue  # the unseen part stays unseen: its figures only
            for row in one.rows:
                if row["class"] != "match" or not all(row["checks"].values()):
                    err.print(json.dumps(row, ensure_ascii=False), markup=False,
                              highlight=False)
    if as_json:
        payload: dict[str, object] = {
            "articles": report.articles, "split": split, "fields": report.rows(),
            "false_occurred": report.false_occurred,
            "incidents": [one.summary() for one in sets]}
        if errors:
            payload["errors"] = report.errors
        typer.echo(json.dumps(payload, ensure_ascii=False))
        return
    for one in sets:
        summary = one.summary()
        table = Table(title=f"incidents — {summary['set']}: {summary['articles']} articles, "
                            f"{summary['gold_required']} required incidents, "
                            f"{summary['system_events']} events")
        table.add_column("measure")
        table.add_column("value", justify="right")
        for key in ("precision", "recall", "f1", "events_per_matched_incident", "record_f1"):
            table.add_row(key, str(summary[key]))
        for key, value in summary["unmatched"].items():
            table.add_row(f"unmatched: {key}", str(value))
        for key, value in summary["fields_on_matched"].items():
            table.add_row(f"matched: {key}", str(value))
        for key, value in summary["by_country"].items():
            if key != "?":
                table.add_row(f"country: {key}", value)
        Console().print(table)
    table = Table(title=f"event mentions, {report.articles} articles ({split})")
    for column in ("field", "tp", "fp", "fn", "precision", "recall", "f1"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for row in report.rows():
        table.add_row(*(str(row[key]) for key in ("field", "tp", "fp", "fn", "precision",
                                                   "recall", "f1")))
    Console().print(table)
    for line in report.false_occurred:
        err.print(f"occurred but should not be: {line}")
    if errors:
        for item in report.errors:
            err.print(f"{item['file']} [{item['field']}] gold={item['gold']!r} "
                      f"predicted={item['predicted']!r} at {item['anchor']!r}", markup=False,
                      highlight=False)
